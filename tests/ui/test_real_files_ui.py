"""Issue 18 in the app: an item that cannot be drawn is listed by the export dialog (the
export still done); undated e-mails say "Date unknown" in Contacts and History; a
reference found in an e-mail is confirmed, removed or corrected by the player; .msg files
are offered by the import dialogs; a password-protected PDF gets "Give the password…",
decrypted off the GUI thread, the password kept nowhere."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from bonusdesk.core.events import list_events
from bonusdesk.core.inspect_file import FileFacts
from bonusdesk.core.model import EvidenceKind
from bonusdesk.ui.report.export_dialog import ExportDialog
from tests.pdf_samples import damaged_stream_pdf

from .test_evidence_gallery import make_png

SECRET = "s3cret-Étoile"


def undated_eml(path: Path, subject: str = "Re: bonus [Ticket #55120]") -> Path:
    msg = EmailMessage()
    msg["From"] = "support@etoile.example"
    msg["To"] = "me@example.org"
    msg["Subject"] = subject
    msg.set_content("Nous examinons votre demande.")  # and no Date header
    path.write_bytes(msg.as_bytes())
    return path


# -- the export dialog lists what could not be drawn -------------------------------------
def _damaged_item(folder, claim):
    """A damaged PDF stored as an older BonusDesk did, without today's import checks."""
    return folder.evidence.add_bytes(
        claim.id, damaged_stream_pdf(), "releve-abime.pdf", kind=EvidenceKind.DOCUMENT,
        source="import", facts=FileFacts("application/pdf", "pdf", pages=2))


def _export(qtbot, session, claim, tmp_path, language="en") -> ExportDialog:
    dialog = ExportDialog(session, claim.id, language, "Camille")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.out.setText(str(tmp_path / "package.pdf"))
    with qtbot.waitSignal(dialog.done, timeout=60000):
        dialog.start()
    return dialog


def test_export_dialog_lists_the_item_it_could_not_draw_and_the_export_is_done(
        qtbot, session, folder, claim, tmp_path):
    folder.evidence.import_file(claim.id, make_png(tmp_path / "error.png"))
    bad = _damaged_item(folder, claim)
    dialog = _export(qtbot, session, claim, tmp_path)
    assert (tmp_path / "package.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.status.text().startswith("Saved ")
    box = dialog.not_drawn
    assert box.isVisible()
    assert box.title.text() == "⚠ 1 item could not be drawn:"
    (line,) = [box.items.item(i).text() for i in range(box.items.count())]
    assert line.startswith("#2 releve-abime.pdf — page 2")
    assert "export is done" in box.explain.text()
    assert "could not be drawn" not in dialog.status.text()  # said once, in the list
    exports = [e for e in list_events(folder.db, claim.id) if e.action == "export"]
    assert exports  # counted as done, in the claim's history
    assert dialog.result.not_drawn[0][1] == bad.id


def test_export_dialog_shows_no_list_when_everything_was_drawn(qtbot, session, folder, claim,
                                                               tmp_path):
    folder.evidence.import_file(claim.id, make_png(tmp_path / "error.png"))
    dialog = _export(qtbot, session, claim, tmp_path)
    assert not dialog.not_drawn.isVisible()


def test_export_dialog_lists_what_could_not_be_drawn_in_french(qtbot, session, folder, claim,
                                                               tmp_path, french):
    _damaged_item(folder, claim)
    dialog = _export(qtbot, session, claim, tmp_path, "fr")
    assert dialog.not_drawn.title.text() == "⚠ 1 élément n'a pas pu être dessiné\u202f:"
    assert "L'export est fait" in dialog.not_drawn.explain.text()
