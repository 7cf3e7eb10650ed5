"""Export from the app: options, progress from a worker thread, cancel."""

from __future__ import annotations

from bonusdesk.core.events import list_events
from bonusdesk.ui.report.export_dialog import ExportDialog

from .conftest import answer_modal
from .test_evidence_gallery import make_png


def test_export_writes_the_pdf_in_a_worker_with_progress(window, qtbot, folder, claim,
                                                         tmp_path):
    folder.evidence.import_file(claim.id, make_png(tmp_path / "err.png"))
    window.select_claim(claim.id)
    out = tmp_path / "out" / "claim.pdf"
    out.parent.mkdir()
    progress = []

    def run(dialog: ExportDialog):
        dialog.out.setText(str(out))
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.done.connect(lambda _r: dialog.accept())
        dialog.progressed.connect(lambda d, t: progress.append((d, t)))
        dialog.start()

    answer_modal(window.commands.report.export_pdf, run)
    assert out.read_bytes().startswith(b"%PDF")
    assert progress and progress[-1][0] == progress[-1][1]
    exports = [e for e in list_events(folder.db, claim.id) if e.action == "export"]
    assert exports and exports[-1].data["language"] == "fr"


def test_cancelled_export_writes_nothing(qtbot, session, folder, claim, tmp_path):
    for n in range(3):
        folder.evidence.import_file(claim.id, make_png(tmp_path / f"e{n}.png",
                                                       f"#{n}0{n}0{n}0", (900, 700)))
    out = tmp_path / "cancelled.pdf"
    dialog = ExportDialog(session, claim.id, "en", "")
    qtbot.addWidget(dialog)
    dialog.out.setText(str(out))
    dialog.start()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30000)
    assert dialog.status.text() == "Export cancelled: nothing was written."
    assert not out.exists()
    assert not list(tmp_path.glob("*.part*"))


def test_an_altered_evidence_file_stops_the_export_with_a_clear_message(
        qtbot, session, folder, claim, tmp_path, monkeypatch):
    ev = folder.evidence.import_file(claim.id, make_png(tmp_path / "a.png")).evidence[0]
    stored = folder.evidence.file_path(ev)
    stored.chmod(0o600)
    stored.write_bytes(stored.read_bytes() + b"tampered")
    shown = []
    monkeypatch.setattr("bonusdesk.ui.report.export_dialog.QMessageBox.warning",
                        lambda _p, title, text: shown.append(text))
    out = tmp_path / "x.pdf"
    dialog = ExportDialog(session, claim.id, "en", "")
    qtbot.addWidget(dialog)
    dialog.out.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running() and bool(shown), timeout=30000)
    assert "altered" in shown[0] and "a.png" in shown[0]
    assert not out.exists()


def test_originals_too_big_for_the_pdf_are_said_to_be_in_the_zip(qtbot, session, folder,
                                                                  claim, tmp_path):
    import io

    from PIL import Image

    for seed in range(3):  # noise barely compresses: ~8 MB of originals
        buf = io.BytesIO()
        Image.effect_noise((1280, 720), 60 + seed).convert("RGB").save(buf, "PNG")
        folder.evidence.add_bytes(claim.id, buf.getvalue(), f"page-{seed}.png")
    out = tmp_path / "claim.pdf"
    dialog = ExportDialog(session, claim.id, "en", "")
    qtbot.addWidget(dialog)
    dialog.out.setText(str(out))
    dialog.limit.setChecked(True)
    dialog.max_mb.setValue(2)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=120000)
    assert dialog.result.originals_in_bundle
    assert (tmp_path / "claim.zip").exists()
    shown = dialog.status.text()
    assert "they are in the ZIP bundle " + str(tmp_path / "claim.zip") in shown
    assert "over the" not in shown  # it fitted: no over-limit sentence
