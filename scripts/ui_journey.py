"""Screenshots of issue 14's journey (capture → Inbox → file → contact → linked status →
correction → report → export, the viewer, the guide), for a person to look at before a
release.

Runs the real window on the current display at the size given and saves one PNG per
screen and dialog, in English or French, into ``--out`` (not committed):

    xvfb-run -s "-screen 0 1024x700x24" python scripts/ui_journey.py --language fr --size 1024x700
    xvfb-run -s "-screen 0 1920x1080x24" python scripts/ui_journey.py --language fr --size 1920x1080

Uses a throw-away claim folder and settings in a temporary directory; the clock of the
claim is the evening of the incident, so deadlines read as a player would see them then.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVENING = datetime(2026, 11, 20, 22, 30, tzinfo=UTC)


def sample_files(tmp: Path, lang: str) -> dict[str, Path]:
    """A screenshot of an error, a 3-page PDF statement, support's e-mail with an
    attachment (asking for documents)."""
    from PIL import Image, ImageDraw
    from reportlab.pdfgen import canvas

    shot = tmp / ("erreur-bonus.png" if lang == "fr" else "bonus-error.png")
    image = Image.new("RGB", (1280, 720), (245, 245, 245))
    draw = ImageDraw.Draw(image)
    draw.rectangle((340, 260, 940, 460), fill=(220, 38, 38))
    draw.text((380, 340), "Error BNS-402: bonus could not be credited", fill="white")
    image.save(shot)
    pdf = tmp / ("releve.pdf" if lang == "fr" else "statement.pdf")
    c = canvas.Canvas(str(pdf))
    for n in range(3):
        c.setFont("Helvetica", 18)
        c.drawString(72, 760, f"Bank statement — page {n + 1}")
        c.setFont("Helvetica", 12)
        c.drawString(72, 720, "20/11/2026  CASINO ETOILE  deposit  -100.00 EUR")
        c.showPage()
    c.save()
    msg = EmailMessage()
    msg["From"] = "Support Casino Étoile <support@etoile.example>"
    msg["To"] = "camille@example.org"
    msg["Date"] = "Sat, 21 Nov 2026 10:12:00 +0100"
    msg["Subject"] = "RE: Bonus de bienvenue [Ticket #48213]"
    msg.set_content("Bonjour,\n\nAfin de traiter votre demande, merci de nous transmettre "
                    "une copie de votre relevé bancaire faisant apparaître le dépôt, sous "
                    "7 jours.\n\nCordialement,\nLe service client\n")
    msg.add_alternative("<p>Bonjour,</p><p>Afin de traiter votre demande, merci de nous "
                        "transmettre une copie de votre relev&eacute; bancaire faisant "
                        "appara&icirc;tre le d&eacute;p&ocirc;t, sous 7&nbsp;jours.</p>"
                        "<p>Cordialement,<br>Le service client</p>", subtype="html")
    msg.add_attachment(shot.read_bytes(), maintype="image", subtype="png",
                       filename="capture-support.png")
    mail = tmp / "support.eml"
    mail.write_bytes(bytes(msg))
    return {"shot": shot, "pdf": pdf, "mail": mail}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("en", "fr"), default="fr")
    parser.add_argument("--size", default="1024x700", help="window size, e.g. 1920x1080")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "journey")
    args = parser.parse_args()
    os.environ.setdefault("BONUSDESK_TZ", "Europe/Paris")
    width, height = (int(v) for v in args.size.lower().split("x"))

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    from bonusdesk.app import create_application
    from bonusdesk.core.folder import ClaimFolder
    from bonusdesk.ui.evidence.evidence_viewer import EvidenceViewer
    from bonusdesk.ui.followup.status_actions import ACTIONS
    from bonusdesk.ui.guide import GuideDialog
    from bonusdesk.ui.i18n import install_language
    from bonusdesk.ui.main_window import MainWindow
    from bonusdesk.ui.prefs import Prefs
    from bonusdesk.ui.settings.settings_dialog import SettingsDialog

    app = create_application(sys.argv[:1])
    lang = args.language
    install_language(app, lang)
    tmp = Path(tempfile.mkdtemp(prefix="bonusdesk-journey-"))
    files = sample_files(tmp, lang)
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    step = [0]

    def wait(ms: int = 200) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget, name: str) -> None:
        wait()
        step[0] += 1
        path = out / f"{lang}-{width}x{height}-{step[0]:02d}-{name}.png"
        widget.grab().save(str(path))
        size = widget.frameGeometry()
        too_big = size.width() > width or size.height() > height
        print(path, "TOO BIG FOR THE SCREEN" if too_big else "")

    def modal(trigger, *handlers) -> None:
        todo = list(handlers)
        seen: list[int] = []

        def poll():
            dialog = QApplication.activeModalWidget()
            if dialog is not None and id(dialog) not in seen and todo:
                seen.append(id(dialog))
                todo.pop(0)(dialog)
            if todo:
                QTimer.singleShot(40, poll)

        QTimer.singleShot(0, poll)
        trigger()

    def press(box: QMessageBox, role) -> None:
        for button in box.buttons():
            if box.buttonRole(button) == role:
                button.click()
                return

    prefs = Prefs(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    prefs.language, prefs.user_name, prefs.zone = lang, "Camille Martin", "Europe/Paris"
    window = MainWindow(prefs)
    window.resize(width, height)
    window.show()
    folder = ClaimFolder.create(tmp / "claims")
    window.set_folder(folder)
    session, view, panel = window.session, window.claim_view, window.claims_panel
    session.clock = lambda: EVENING
    shot(window, "first-start")

    # The error on screen, no claim yet: the capture goes into the Inbox, the notice says so.
    capture = window.commands.capture
    captured = []
    capture.after.confirmed.connect(captured.append)
    capture.capture_full()
    while not captured:
        wait(100)
    shot(capture.after.notice, "capture-notice")
    capture.after.notice.hide()
    done = []
    window.inbox_view.import_finished.connect(done.append)
    window.inbox_view.import_paths([files["shot"], files["pdf"], files["mail"]])
    while not done:
        wait(100)
    panel.show_inbox()
    wait(600)  # thumbnails
    shot(window, "inbox")

    def new_claim(d):
        d.platform.setCurrentText("Casino Étoile")
        d.title.setText("Bonus de bienvenue non crédité" if lang == "fr"
                        else "Welcome bonus not credited")
        d.category.setCurrentIndex(d.category.findData("bonus_not_credited"))
        d.incident.edit.setDateTime(datetime(2026, 11, 20, 21, 15))
        shot(d, "new-claim")
        d.accept()
    modal(window.commands.claims.new_claim, new_claim)
    claim = folder.claims.list()[0]
    shot(window, "claim-next-step")

    panel.show_inbox()
    inbox = window.inbox_view
    inbox.view.selectAll()

    def move(d):
        shot(d, "move-to-claim")
        d.accept()
    modal(inbox.move_selected, move, lambda box: (shot(box, "proposal-info-requested"),
                                                  press(box, QMessageBox.ButtonRole.NoRole)))
    window.select_claim(claim.id)
    view.tabs.setCurrentWidget(view.evidence)
    wait(600)
    shot(window, "evidence")
    evidence = {e.original_name: e for e in folder.evidence.list(claim.id)}
    for name, key in ((files["shot"].name, "viewer-picture"), (files["pdf"].name, "viewer-pdf"),
                      (files["mail"].name, "viewer-email")):
        viewer = EvidenceViewer(session, evidence[name], window)
        viewer.show()
        wait(500)
        shot(viewer, key)
        viewer.close()

    view.tabs.setCurrentWidget(view.details)
    details = view.details
    details.edits["error_code"].setText("BNS-402")
    details.edits["happened"].setPlainText("Le dépôt est passé, pas le bonus" if lang == "fr"
                                           else "The deposit went through, not the bonus")
    window.commands.claims.act_save.trigger()
    shot(window, "details-saved")

    def chat(d):
        d.channel.setCurrentIndex(d.channel.findData("chat"))
        d.when.edit.setDateTime(datetime(2026, 11, 20, 22, 5))
        d.reference.setText("CHAT-5521")
        shot(d, "log-contact-warnings-before")
        modal(d.accept, lambda box: (shot(box, "contact-warnings"),
                                     press(box, QMessageBox.ButtonRole.RejectRole)))
        d.summary.setPlainText("Julie a transmis au service bonus" if lang == "fr"
                               else "Julie passed it on to the bonus team")
        d.accept()
    modal(window.commands.followup.log_contact, chat,
          lambda box: (shot(box, "proposal-oral-report"),
                       press(box, QMessageBox.ButtonRole.NoRole)))

    def reported(d):
        shot(d, "i-reported-it-linked")
        d.accept()
    modal(lambda: window.commands.followup.run_status_action(ACTIONS[0]), reported)

    view.tabs.setCurrentWidget(view.contacts)
    view.contacts.view.setCurrentIndex(view.contacts.model.index(0, 0))

    def correct(d):
        d.when.edit.setDateTime(datetime(2026, 11, 20, 21, 55))
        d.reason.setText("mauvaise heure" if lang == "fr" else "wrong time")
        shot(d, "correct-contact")
        d.accept()
    modal(view.contacts.correct_selected, correct)
    shot(window, "contacts")
    view.tabs.setCurrentWidget(view.timeline)
    shot(window, "history")
    view.tabs.setCurrentWidget(view.deadlines)
    shot(window, "deadlines")

    def report(d):
        shot(d, "report")
        d.reject()
    modal(window.commands.report.write_report, report)

    def export(d):
        d.out.setText(str(tmp / "claim.pdf"))
        d.done.connect(lambda _r: (shot(d, "export-done"), d.accept()))
        d.start()
    modal(window.commands.report.export_pdf, export)

    window.commands.guide.open_guide()
    guide = window.findChild(GuideDialog)
    shot(guide, "guide")
    guide.close()
    settings = SettingsDialog(prefs, str(folder.path), window, tray_available=False)
    settings.show()
    shot(settings, "settings")
    settings.close()
    files_dialog = QFileDialog(window, "Open")
    files_dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    files_dialog.show()
    shot(files_dialog, "qt-file-dialog")
    files_dialog.close()
    view.tabs.setCurrentWidget(view.details)
    shot(window, "final")
    window.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
