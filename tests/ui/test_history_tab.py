"""History tab: the core timeline (the PDF's), sorted by instant, one zone named once,
each fact once, backdated and future entries flagged."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QColor

from bonusdesk.core.model import Channel, Contact, Direction, Status
from bonusdesk.ui.followup.timeline_tab import FLAGGED, TimelineTab


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def history(qtbot, session, folder, claim) -> TimelineTab:
    tab = TimelineTab(session)
    qtbot.addWidget(tab)
    tab.load(folder, folder.claims.get(claim.id))
    return tab


def test_entries_are_sorted_by_instant_and_shown_in_the_claims_zone(qtbot, session, folder,
                                                                    claim):
    session.clock = lambda: utc(2026, 11, 25)
    # A London contact logged at 20:30 London time (21:30 Paris) and a Paris status at
    # 21:20 Paris: by instant the status comes first, though "20:30" reads earlier.
    folder.contacts.add(Contact(claim_id=claim.id, channel=Channel.EMAIL,
                                at=utc(2026, 11, 20, 20, 30), zone="Europe/London",
                                direction=Direction.RECEIVED, reference="R-2"))
    folder.claims.set_status(claim.id, Status.REPORTED, at=utc(2026, 11, 20, 20, 20),
                             zone="Europe/Paris", note="by the form")
    tab = history(qtbot, session, folder, claim)
    rows = [(r.when, r.text) for r in tab.rows if r.entry.kind.value != "record"]
    times = [r.entry.at for r in tab.rows]
    assert times == sorted(times)
    assert rows.index(("2026-11-20 21:20", "Status: Reported (by the form)")) < rows.index(
        ("2026-11-20 21:30", "E-mail received – ref. R-2"))
    assert tab.zone_note.text() == "All times are Paris time (UTC+1)."
    assert tab.model.item(0, 0).text() == "2026-11-20 21:15"  # the incident, Paris time


def test_a_status_recorded_with_its_contact_is_one_line(qtbot, session, folder, claim):
    session.clock = lambda: utc(2026, 11, 25)
    contact = folder.contacts.add(Contact(
        claim_id=claim.id, channel=Channel.CHAT, at=utc(2026, 11, 20, 21, 0),
        zone="Europe/Paris", reference="T-1"))
    folder.claims.set_status(claim.id, Status.REPORTED, contact_id=contact.id,
                             at=utc(2026, 11, 20, 21, 1))
    tab = history(qtbot, session, folder, claim)
    lines = [r.text for r in tab.rows]
    assert "Chat sent – ref. T-1 – Status: Reported" in lines
    assert not any(line.startswith("Status: Reported") for line in lines)
    assert sum("Draft" in line for line in lines) == 0  # the creation is "claim opened"


def test_backdated_and_future_entries_are_flagged_in_red(qtbot, session, folder, claim):
    session.clock = lambda: utc(2026, 11, 25)
    folder.contacts.add(Contact(claim_id=claim.id, channel=Channel.PHONE,
                                at=utc(2026, 11, 19, 9, 0), zone="Europe/Paris"))
    folder.contacts.add(Contact(claim_id=claim.id, channel=Channel.EMAIL,
                                at=utc(2026, 12, 24, 9, 0), zone="Europe/Paris"))
    tab = history(qtbot, session, folder, claim)
    flagged = {r.text: r.flags for r in tab.rows if r.flags}
    assert flagged["Phone call sent"] == "dated before the incident"
    assert flagged["E-mail sent"] == "dated in the future"
    row = next(i for i, r in enumerate(tab.rows) if r.text == "Phone call sent")
    assert tab.model.item(row, 2).text() == "Phone call sent  [dated before the incident]"
    assert tab.model.item(row, 2).foreground().color() == QColor(FLAGGED)


def test_other_records_are_listed_in_words(qtbot, session, folder, claim):
    folder.claims.update(claim.id, promo_code="NEW10")
    tab = history(qtbot, session, folder, claim)
    assert "Claim details changed: promo code" in [r.text for r in tab.rows]
