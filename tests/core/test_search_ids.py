"""The claims list's search: the set of claim ids a text matches, straight from SQL."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from PIL import Image

from bonusdesk.core.model import Channel, Claim, Contact, EvidenceKind
from bonusdesk.core.search import matching_claim_ids, search


def png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(out, "PNG")
    return out.getvalue()


def other_claim(folder, platform, title: str) -> Claim:
    return folder.claims.create(Claim(title=title, platform_id=platform.id,
                                      incident_at=datetime(2026, 11, 2, tzinfo=UTC),
                                      incident_zone="Europe/Paris"))


def test_ids_come_from_claims_contacts_and_evidence_not_withdrawn_nor_inbox(folder, claim,
                                                                           platform):
    by_contact = other_claim(folder, platform, "Cashback manquant")
    by_caption = other_claim(folder, platform, "Tours gratuits perdus")
    withdrawn = other_claim(folder, platform, "Retrait bloqué")
    folder.contacts.add(Contact(by_contact.id, Channel.CHAT, datetime(2026, 11, 3, tzinfo=UTC),
                                "Europe/Paris", summary="L'agent Mirabelle promet un geste"))
    folder.evidence.add_bytes(by_caption.id, png("red"), "solde.png",
                              kind=EvidenceKind.SCREENSHOT, caption="Solde Mirabelle")
    mistake = folder.contacts.add(Contact(withdrawn.id, Channel.EMAIL,
                                          datetime(2026, 11, 3, tzinfo=UTC), "Europe/Paris",
                                          summary="Mirabelle, saisi par erreur"))
    folder.contacts.withdraw(mistake.id, "wrong claim")
    folder.evidence.add_bytes(None, png("blue"), "mirabelle.png",
                              kind=EvidenceKind.SCREENSHOT)  # in the Inbox: no claim
    assert matching_claim_ids(folder, "mirabelle") == {by_contact.id, by_caption.id}
    assert matching_claim_ids(folder, "mira") == {by_contact.id, by_caption.id}  # typing
    assert matching_claim_ids(folder, "credite") == {claim.id}  # accents folded
    assert matching_claim_ids(folder, "   ") == set()


def test_ids_are_those_of_the_full_search(folder, claim, platform):
    for n in range(30):
        c = other_claim(folder, platform, f"Bonus {n} non crédité" if n % 3 else f"Retrait {n}")
        if n % 4 == 0:
            folder.evidence.add_bytes(c.id, png("green"), f"bonus-{n}.png",
                                      kind=EvidenceKind.SCREENSHOT)
    for text in ("bonus", "retrait", "bonus-1", "png", '"', "NEAR(", "nothing"):
        expected = {h.claim_id for h in search(folder, text, limit=100_000)
                    if h.claim_id is not None}
        assert matching_claim_ids(folder, text) == expected, text
