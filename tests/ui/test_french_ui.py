"""No English in the French UI: every main screen and dialog, with a claim that has a bit of
everything (statuses, contacts, an imported e-mail, a capture, an export, a regulator),
walked widget by widget with the French catalogue loaded."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QToolBar,
    QWidget,
)

from bonusdesk.core.escalate import plan_escalation, record_escalation
from bonusdesk.core.escalations import add_transaction
from bonusdesk.core.model import (
    Category,
    Channel,
    Claim,
    Contact,
    Direction,
    Platform,
    Status,
    Transaction,
    TransactionKind,
)
from bonusdesk.ui.claims.new_claim_dialog import NewClaimDialog
from bonusdesk.ui.claims.platform_dialog import PlatformDialog
from bonusdesk.ui.claims.transactions_box import TransactionDialog
from bonusdesk.ui.escalation.escalation_tab import EscalationUpdateDialog
from bonusdesk.ui.escalation.refer_dialog import ReferDialog
from bonusdesk.ui.evidence.evidence_viewer import EvidenceViewer
from bonusdesk.ui.folders import welcome_text
from bonusdesk.ui.followup.status_actions import ACTIONS, action_dialog
from bonusdesk.ui.main_window import MainWindow
from bonusdesk.ui.report.export_dialog import ExportDialog
from bonusdesk.ui.report.report_dialog import ReportDialog
from bonusdesk.ui.settings.profile_dialog import ProfileDialog
from bonusdesk.ui.settings.settings_dialog import SettingsDialog
from bonusdesk.ui.widgets import ZoneBox

from .test_evidence_gallery import make_png
from .test_session import reply_eml

# Words that are English and not French: one of them in a French screen is a string that
# escaped translation (shared words such as "support", "bonus", "contact", "type", "date",
# "code", "message", "document", "notes", "capture" or "information" are not listed).
ENGLISH = set("""
the and of to your you with from this that these is are was were be been not no yes it its
they them their we our us he she his her have has had will would can cannot could must
should may please here there what when who how where why which by for on at in into out
about after before since until while any some all each every more less than then now new
open close closed save cancel add added edit delete remove search settings quit help
claim claims screenshot screenshots report reported reporting deadline deadlines overdue
upcoming due soon missed done draft status evidence changed created imported
captured capturing export exported exporting platform platforms answered requested resolved
accepted rejected refused escalated escalation follow promise promised send sent received
file files none unknown checklist item items record records terms account verified deposit
made within period wagering known read email emails screen region seconds log logged write
my mine time times day days hour hours minute minutes week weeks working kind problem error
errors happened expected did other bank proof identity social media phone call live
form window default language shortcut tray folder folders recent drag drop paste
caption view fit size pages added taken missing altered fingerprint password
name subject copy copied given ask asked answer final mediator regulator clock
""".split())
LANGUAGE_NAMES = {"English", "Français"}  # the language pickers show each in itself
WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:'[A-Za-zÀ-ÖØ-öø-ÿ]+)?")
FILE_NAME = re.compile(r"[\w.-]+\.(?:png|jpe?g|pdf|eml|zip)\b", re.I)  # names, not words
URL = re.compile(r"https?://\S+")  # a body's web form: an address, not words


def english_words(text: str) -> set[str]:
    text = re.sub(r"<[^>]+>", " ", text).replace("&", "")  # markup, accelerators
    text = FILE_NAME.sub(" ", URL.sub(" ", text))
    return {w for w in (m.group(0).lower() for m in WORD.finditer(text)) if w in ENGLISH}


def model_texts(model) -> list[str]:
    out = []
    if model is None:
        return out
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, its columnCount is private
        columns = 1
    out += [str(model.headerData(col, Qt.Orientation.Horizontal) or "") for col in range(columns)]
    for row in range(model.rowCount(QModelIndex())):
        for col in range(max(1, columns)):
            index = model.index(row, col)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                value = index.data(role)
                if isinstance(value, str):
                    out.append(value)
    return out


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every string ``root`` and its children show or announce."""
    out: list[tuple[str, str]] = [("title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        if in_zone_box(w):
            continue  # IANA zone names ("America/Knox_IN") are not words of either language
        where = type(w).__name__ + (f" {w.accessibleName()!r}" if w.accessibleName() else "")
        out += [(where, w.accessibleName()), (where, w.toolTip())]
        if isinstance(w, QLabel):
            out.append((where, w.text()))
        elif isinstance(w, QAbstractButton):
            out.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((where, w.title()))
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            out.append((where, w.placeholderText()))
        elif isinstance(w, QTabWidget):
            out += [(where, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox) and not isinstance(w, ZoneBox):
            items = [w.itemText(i) for i in range(w.count())]
            if not LANGUAGE_NAMES & set(items):
                out += [(where, t) for t in items]
        elif isinstance(w, QAbstractItemView):
            out += [(where, t) for t in model_texts(w.model())]
        elif isinstance(w, QMenu | QToolBar):
            for a in w.actions():
                out += [(where, a.text()), (where, a.toolTip()), (where, a.statusTip())]
    return [(where, t) for where, t in out if t]


def in_zone_box(w: QWidget) -> bool:
    while w is not None:
        if isinstance(w, ZoneBox):
            return True
        w = w.parent() if isinstance(w.parent(), QWidget) else None
    return False


def untranslated(root: QWidget, users_words: str = "") -> list[str]:
    texts = [(where, text.replace(users_words, "") if users_words else text)
             for where, text in shown_texts(root)]
    return sorted({f"{where}: {text!r} {sorted(english_words(text))}"
                   for where, text in texts if english_words(text)})


@pytest.fixture
def french_claim(folder):
    """A claim with French user data and a bit of everything the UI words for the user."""
    platform = folder.claims.add_platform(Platform(
        "Casino Étoile", window_hours=24, regulator="uk", support_email="aide@etoile.example"))
    claim = folder.claims.create(Claim(
        title="Bonus de bienvenue non crédité", platform_id=platform.id,
        incident_at=datetime(2026, 11, 20, 20, 15, tzinfo=UTC), incident_zone="Europe/Paris",
        category=Category.BONUS_NOT_CREDITED, account_id="JOUEUR-4411", error_code="BNS-402",
        error_text="Le bonus n'a pas pu être crédité",
        did="Dépôt de 100 € avec le code BIENVENUE", expected="Un bonus de 100 €",
        happened="Le dépôt est passé, pas le bonus"))
    contact = folder.contacts.add(Contact(
        claim_id=claim.id, channel=Channel.CHAT, at=datetime(2026, 11, 20, 21, 0, tzinfo=UTC),
        zone="Europe/Paris", reference="T-1", summary="Signalé par le chat",
        promised_action="vérifier le dépôt", promised_due_at=datetime(2026, 11, 23, tzinfo=UTC),
        direction=Direction.RECEIVED))
    folder.claims.set_status(claim.id, Status.REPORTED, contact_id=contact.id,
                             at=datetime(2026, 11, 20, 21, 1, tzinfo=UTC))
    folder.claims.set_status(claim.id, Status.RESOLVED_REJECTED,
                             at=datetime(2026, 11, 22, 9, 0, tzinfo=UTC))
    folder.claims.set_checklist(claim.id, "terms_read", state="no", note="pas encore")
    folder.claims.add_checklist_item(claim.id, "Mise maximale respectée")
    folder.claims.update(claim.id, promo_code="BIENVENUE", remedy="credit_bonus")
    add_transaction(folder, Transaction(claim.id, TransactionKind.DEPOSIT, "DEP-1",
                                        datetime(2026, 11, 20, 20, 0, tzinfo=UTC),
                                        "Europe/Paris", "100.00", "EUR", method="carte"))
    with folder.transaction():  # what an export writes to the history
        folder.log("export", "claim", claim.id, claim.id, {"sha256": "0" * 64})
    return claim


def test_no_english_in_the_french_main_window_and_its_tabs(qtbot, prefs, folder, french_claim,
                                                         french, tmp_path):
    prefs.language = "fr"
    folder_name = folder.path.name  # the title shows it: the user's word, not ours
    window = MainWindow(prefs)
    qtbot.addWidget(window)
    window.show()
    window.set_folder(folder)
    window.session.clock = lambda: datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    with qtbot.waitSignal(window.session.deadlines_changed, timeout=10000):
        window.session.refresh_deadlines()
    window.status_filter.setCurrentIndex(window.status_filter.findData("all"))
    window.select_claim(french_claim.id)
    view = window.claim_view
    with qtbot.waitSignal(view.evidence.import_finished, timeout=20000):
        view.evidence.import_paths([make_png(tmp_path / "erreur.png"),
                                    reply_eml(tmp_path / "reponse.eml")])
    capture = window.commands.capture
    with qtbot.waitSignal(capture.captured, timeout=20000):
        capture.capture_full()
    problems = []
    for tab in view.claim_tabs():
        view.tabs.setCurrentWidget(tab)
        problems += untranslated(window, folder_name)
    window.commands.capture.apply_hotkey("")  # the hotkey's tooltip without a shortcut
    problems += untranslated(window, folder_name)
    print("\n".join(problems))
    assert problems == []
    window.quit()


def test_no_english_in_the_french_dialogs(qtbot, prefs, session, folder, french_claim, french,
                                          tmp_path):
    session.current_claim_id = french_claim.id
    ev = folder.evidence.import_file(french_claim.id,
                                     make_png(tmp_path / "erreur.png")).evidence[0]
    dialogs = [NewClaimDialog(session), PlatformDialog(session, french_claim.platform_id),
               SettingsDialog(prefs, str(folder.path), hotkey_problem="Wayland"),
               ReportDialog(session, french_claim.id, "fr"),
               ExportDialog(session, french_claim.id, "fr", "Camille Martin"),
               ExportDialog(session, french_claim.id, "fr", "Camille Martin",
                            recipient="uk-ibas"),
               EvidenceViewer(session, ev), ProfileDialog(session),
               ReferDialog(session, french_claim.id, "uk-ibas"),
               ReferDialog(session, french_claim.id),  # no body picked yet
               TransactionDialog(folder.claims.get(french_claim.id), "Europe/Paris")]
    plan = plan_escalation(folder, french_claim.id, "uk-ibas")
    escalation = record_escalation(folder, plan)
    dialogs.append(EscalationUpdateDialog(escalation, "IBAS"))
    chat = ReportDialog(session, french_claim.id, "fr")
    chat.form.setCurrentIndex(chat.form.findData("chat"))
    dialogs.append(chat)
    dialogs += [action_dialog(a, french_claim.id, "Europe/Paris") for a in ACTIONS]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        problems += untranslated(dialog)
    welcome = QLabel(welcome_text())
    qtbot.addWidget(welcome)
    problems += untranslated(welcome)
    print("\n".join(problems))
    assert problems == []


def test_no_english_in_the_french_capture_windows(qtbot, prefs, folder, french_claim, french):
    from bonusdesk.ui.capture.countdown import Countdown

    prefs.language = "fr"
    window = MainWindow(prefs)
    window.tray = None
    qtbot.addWidget(window)
    window.show()
    window.set_folder(folder)
    window.select_claim(french_claim.id)
    capture = window.commands.capture
    capture.act_stamped.setChecked(True)
    with qtbot.waitSignal(capture.after.confirmed, timeout=30000) as blocker:
        capture.capture_window()
    last = blocker.args[0]
    last.black_fraction = 0.3  # the warning a partly black Wayland grab shows
    capture.after.confirm()
    countdown = Countdown(5)
    qtbot.addWidget(countdown)
    problems = untranslated(capture.after.notice, french_claim.title)
    problems += untranslated(countdown)
    problems += [f"caption: {last.original.caption!r}"] if english_words(
        last.original.caption) else []
    menu = window.claim_menu.actions()[0].menu()  # Réclamation › Capture
    problems += untranslated(menu)
    print("\n".join(problems))
    assert problems == []
    assert capture.after.notice.title.text() == (
        "Capture ajoutée à «\u202fBonus de bienvenue non crédité\u202f»")
    window.quit()
