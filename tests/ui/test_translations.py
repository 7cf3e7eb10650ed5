"""French translation: complete, up to date with the code, and really loaded by the UI."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from bonusdesk.core.vocabulary import french_typography_problems
from bonusdesk.ui import i18n
from bonusdesk.ui.main_window import MainWindow
from bonusdesk.ui.paths import translations_dir

ROOT = Path(__file__).resolve().parents[2]


def ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            out[(name, m.find("source").text)] = m.find("translation")
    return out


def test_french_translation_is_complete():
    messages = ts_messages(translations_dir() / "bonusdesk_fr.ts")
    assert len(messages) > 250
    unfinished = [src for (_ctx, src), tr in messages.items()
                  if tr.get("type") in ("unfinished", "vanished", "obsolete")
                  or not ((tr.text or "").strip() or tr.findall("numerusform"))]
    assert unfinished == []


def test_translation_files_list_every_string_of_the_code(tmp_path):
    """lupdate over the sources finds nothing that the committed .ts lacks."""
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in i18n.ui_sources()]
    assert any("capture/hotkey" in p.replace("\\", "/") for p in sources)  # all folders
    lupdate = Path(i18n.lrelease_command()[0]).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-silent", "-ts", str(fresh)], check=True)
    in_code = set(ts_messages(fresh))
    committed = set(ts_messages(translations_dir() / "bonusdesk_fr.ts"))
    assert in_code - committed == set()


def test_main_window_speaks_french(qtbot, prefs, folder, claim, french):
    window = MainWindow(prefs)
    qtbot.addWidget(window)
    window.set_folder(folder)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:2] == ["&Fichier", "&Réclamation"]
    assert window.proxy.index(0, 2).data() == "Brouillon"
    window.select_claim(claim.id)
    tabs = window.claim_view.tabs
    assert [tabs.tabText(i) for i in range(5)] == [
        "&Détails", "É&ligibilité", "&Preuves", "C&ontacts", "&Historique"]
    assert window.commands.followup.status_actions["reported"].text() == "Je l'ai &signalé"
    window.session.clock = lambda: datetime(2026, 11, 22, 8, 15, tzinfo=UTC)
    with qtbot.waitSignal(window.session.deadlines_changed, timeout=10000):
        window.session.refresh_deadlines()
    assert window.proxy.index(0, 3).data() == "Signaler · en retard de 12\u00a0h"
    window.quit()


def test_missing_qm_falls_back_to_english(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert not i18n.install_language(qapp, "fr")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_french_catalogue_follows_french_typography_and_has_no_s_plurals():
    problems = []
    for (ctx, source), tr in ts_messages(translations_dir() / "bonusdesk_fr.ts").items():
        assert "(s)" not in source, (ctx, source)  # plurals are %n messages, both languages
        for text in [n.text or "" for n in tr.findall("numerusform")] or [tr.text or ""]:
            problems += [(ctx, text, p) for p in french_typography_problems(text)]
    assert problems == []


def test_english_plurals_come_from_the_english_catalogue(qapp, compiled, monkeypatch):
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)
    assert i18n.install_language(qapp, "en")
    one = QCoreApplication.translate("EvidenceImport", "%n files added", "", 1)
    two = QCoreApplication.translate("EvidenceImport", "%n files added", "", 2)
    assert (one, two) == ("1 file added", "2 files added")


def test_the_app_words_stored_keys_as_the_shared_vocabulary(french):
    from bonusdesk.core import vocabulary
    from bonusdesk.core.model import Status
    from bonusdesk.ui.labels import deadline_state_label, status_label

    assert [status_label(s) for s in Status] == [vocabulary.text("status", s, "fr")
                                                 for s in Status]
    assert status_label(Status.RESOLVED_REJECTED) == "Réponse définitive\u202f: refus"
    assert deadline_state_label("due_soon") == "Échéance proche"
