"""Screenshots of a first-time user's journey through the app, for review.

Runs the real window on the current display (Xvfb is fine), drives it the way a
user would (new claim, details, evidence dropped, screenshot captured, contact
logged, deadlines, your details, platform licence, a bet, the letter and the chat
message, history, "Ready for …?", the referral dialog, PDF export) and saves one PNG
per step.

    xvfb-run -s "-screen 0 1400x900x24" python scripts/ui_tour.py --language fr --out shots/

Uses a throw-away claim folder and settings in a temporary directory.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("en", "fr"), default="en")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "tour")
    args = parser.parse_args()
    os.environ.setdefault("BONUSDESK_TZ", "Europe/Paris")

    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bonusdesk.app import create_application
    from bonusdesk.core.folder import ClaimFolder
    from bonusdesk.ui.followup import status_actions
    from bonusdesk.ui.i18n import install_language
    from bonusdesk.ui.main_window import MainWindow
    from bonusdesk.ui.prefs import Prefs

    app = create_application(sys.argv[:1])
    install_language(app, args.language)
    tmp = Path(tempfile.mkdtemp(prefix="bonusdesk-tour-"))
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    lang = args.language
    step = [0]

    def wait(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget, name: str) -> None:
        wait()
        step[0] += 1
        path = out / f"{lang}-{step[0]:02d}-{name}.png"
        widget.grab().save(str(path))
        print(path)

    def modal(trigger, handle) -> None:
        def poll():
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(30, poll)
            else:
                handle(dialog)
        QTimer.singleShot(0, poll)
        trigger()

    prefs = Prefs(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    prefs.language, prefs.zone = lang, "Europe/Paris"
    window = MainWindow(prefs)
    window.show()
    window.set_folder(ClaimFolder.create(tmp / "claims"))
    shot(window, "empty")

    def fill_new_claim(d):
        d.platform.setCurrentText("Casino Étoile")
        d.window_hours.setValue(48)
        d.title.setText("Bonus de bienvenue non crédité" if lang == "fr"
                        else "Welcome bonus not credited")
        d.category.setCurrentIndex(d.category.findData("bonus_not_credited"))
        d.incident.edit.setDateTime(datetime.now().replace(second=0, microsecond=0))
        shot(d, "new-claim")
        d.accept()
    modal(window.commands.claims.new_claim, fill_new_claim)

    details = window.claim_view.details
    for field, value in {"account_id": "PLAYER-4411", "bonus_name": "Welcome 100%",
                         "bonus_amount": "100.00", "currency": "EUR", "promo_code": "WELCOME100",
                         "transaction_id": "TX-99812", "error_code": "BNS-402"}.items():
        details.edits[field].setText(value)
    details.edits["did"].setPlainText("Deposited 100 € with the promo code WELCOME100")
    details.edits["expected"].setPlainText("A 100 € bonus credited to my account")
    details.edits["happened"].setPlainText("The deposit went through; the bonus page shows "
                                           "error BNS-402")
    details.edits["error_text"].setPlainText("Bonus could not be credited (BNS-402)")
    details.save()
    shot(window, "details")

    files = []
    for n, colour in enumerate(("#dc2626", "#2563eb", "#16a34a")):
        image = QImage(1000, 620, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        painter = QPainter(image)
        painter.setPen(QColor("white"))
        font = painter.font()
        font.setPointSize(36)
        painter.setFont(font)
        painter.drawText(60, 320, f"Error BNS-402 ({n + 1})")
        painter.end()
        path = tmp / f"error-page-{n + 1}.png"
        image.save(str(path))
        files.append(path)
    view = window.claim_view
    view.tabs.setCurrentWidget(view.evidence)
    imported = []
    view.evidence.import_finished.connect(imported.append)
    view.evidence.import_paths(files)  # what a drop of these files does
    while not imported:
        wait(100)
    done = []
    capture = window.commands.capture
    capture.captured.connect(done.append)
    capture.capture_full()
    while not done:
        wait(100)
    wait(600)  # thumbnails
    shot(window, "evidence")

    def fill_reported(d):
        d.reference.setText("T-48213")
        d.summary.setPlainText("Report sent through the contact form with 4 screenshots")
        shot(d, "i-reported-it")
        d.accept()
    modal(lambda: window.commands.followup.run_status_action(status_actions.ACTIONS[0]),
          fill_reported)
    from bonusdesk.core.model import Channel, Contact, Direction

    answer = window.session.add_contact(Contact(
        claim_id=view.claim.id, channel=Channel.EMAIL, direction=Direction.RECEIVED,
        at=datetime.now(UTC), zone="Europe/Paris", reference="T-48213",
        summary="We maintain our decision: the bonus terms were not met"))
    view.tabs.setCurrentWidget(view.contacts)
    view.contacts.select_contact(answer.id)  # "Mark as the final response" is offered
    shot(window, "contacts")
    view.tabs.setCurrentWidget(view.deadlines)
    shot(window, "deadlines")

    def fill_profile(d):
        d.name.setText("Camille Martin")
        d.email.setText("camille@example.org")
        d.address.setPlainText("12 rue des Lilas\n75011 Paris")
        shot(d, "your-details")
        d.accept()
    modal(window.commands.settings.edit_profile, fill_profile)

    def fill_platform(d):
        d.regulator.setCurrentIndex(d.regulator.findData("uk-operator"))
        d.edits["legal_entity"].setText("Etoile Gaming Ltd")
        d.edits["licence_number"].setText("000-012345-R-654321")
        d.adr.setCurrentIndex(d.adr.findData("uk-ibas"))
        shot(d, "platform")
        d.accept()
    view.tabs.setCurrentWidget(view.details)
    modal(details.edit_platform, fill_platform)

    def fill_bet(d):
        d.kind.setCurrentIndex(d.kind.findData("bet"))
        d.reference.setText("SLIP-77")
        d.amount.setText("5.00")
        d.bet_type.setText("single")
        shot(d, "transaction")
        d.accept()
    modal(details.transactions.add, fill_bet)
    view.show_tab("transactions")
    shot(window, "details-transactions")

    view.tabs.setCurrentWidget(view.timeline)
    shot(window, "history")

    def report(d):
        shot(d, "report-letter")
        d.form.setCurrentIndex(d.form.findData("chat"))
        shot(d, "report-chat")
        d.reject()
    modal(window.commands.report.write_report, report)

    view.tabs.setCurrentWidget(view.escalation)
    shot(window, "ready-for")

    def referral(d):
        shot(d, "refer")
        d.reject()
    modal(window.commands.escalation.refer, referral)

    def export(d):
        d.out.setText(str(tmp / "claim.pdf"))
        shot(d, "export-options")
        d.done.connect(lambda _r: (shot(d, "export-done"), d.accept()))
        d.start()
    modal(window.commands.report.export_pdf, export)

    capture.capture_region()
    while capture.overlay is None or not capture.overlay.visible():
        wait(50)
    overlay = capture.overlay.overlays[0]  # one per screen: the first is enough here
    QTest.mousePress(overlay, Qt.MouseButton.LeftButton, pos=overlay.rect().center() / 2)
    QTest.mouseMove(overlay, overlay.rect().center())
    wait(100)
    shot(overlay, "region-overlay")
    QTest.keyClick(overlay, Qt.Key.Key_Escape)
    window.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
