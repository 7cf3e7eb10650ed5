"""The editor, "Read the text" and the export's version choice speak French, and the copies
made from the French app are captioned in French."""

from __future__ import annotations

from PIL import Image

from bonusdesk.core.annotate import Box, Operation, OperationList, OpKind
from bonusdesk.core.derivative import make_derivative
from bonusdesk.ui.main_window import MainWindow
from bonusdesk.ui.report.export_dialog import ExportDialog
from tests.pdf_samples import password_pdf

from .editor_helpers import FakeOcr, import_picture, open_editor, save_and_wait
from .test_french_ui import untranslated


def test_no_english_in_the_editor_the_reader_and_the_version_choice(qtbot, session, folder,
                                                                     claim, french, tmp_path):
    ev = import_picture(folder, claim, Image.new("RGB", (400, 300), "white"),
                        tmp_path / "releve.png")
    make_derivative(folder, ev.id, OperationList([Operation(OpKind.REDACT, Box(1, 1, 9, 9))]))
    editor = open_editor(qtbot, session, ev.id, ocr_chain=[FakeOcr("N° du document X4RTBPFW4")])
    editor.scene.add_operations([Operation(OpKind.REDACT, Box(10, 10, 50, 20))], proposed=True)
    problems = untranslated(editor)
    assert editor.banner.isVisible()
    assert editor.banner_text.text().startswith("1 cadre proposé")
    from bonusdesk.ui.editor.read_text_dialog import ReadTextDialog

    reader = ReadTextDialog(session, ev.id, (0, 0, 100, 50), chain=[FakeOcr("Code : BNS-402")])
    qtbot.addWidget(reader)
    reader.start()
    qtbot.waitUntil(lambda: not reader.is_running(), timeout=10000)
    problems += untranslated(reader, "BNS-402")
    export = ExportDialog(session, claim.id, "fr", "Camille Martin")
    qtbot.addWidget(export)
    problems += untranslated(export)
    print("\n".join(problems))
    assert problems == []


def test_a_copy_made_in_the_french_app_has_a_french_caption(qtbot, session, folder, claim,
                                                           french, tmp_path):
    ev = import_picture(folder, claim, Image.new("RGB", (400, 300), "white"),
                        tmp_path / "releve.png")
    editor = open_editor(qtbot, session, ev.id)
    editor.scene.add_operations([Operation(OpKind.REDACT, Box(10, 10, 50, 20))])
    assert editor.caption.placeholderText() == "Copie masquée de\u202f: releve.png"
    copy = save_and_wait(qtbot, editor)
    assert copy.caption == "Copie masquée de\u202f: releve.png"
    editor = open_editor(qtbot, session, ev.id)
    editor.scene.add_operations([Operation(OpKind.ARROW, Box(10, 10, 50, 20))])
    assert save_and_wait(qtbot, editor).caption == "Copie annotée de\u202f: releve.png"


def test_the_gallery_with_every_button_fits_a_1024_pixel_screen_in_french(
        qtbot, prefs, folder, claim, french, tmp_path):
    """The picture buttons and "Give the password…" (a protected PDF) together."""
    import_picture(folder, claim, Image.new("RGB", (400, 300), "white"), tmp_path / "a.png")
    (tmp_path / "releve.pdf").write_bytes(password_pdf(user="secret"))
    folder.evidence.import_file(claim.id, tmp_path / "releve.pdf")
    prefs.language = "fr"
    window = MainWindow(prefs)
    qtbot.addWidget(window)
    window.show()
    window.set_folder(folder)
    window.select_claim(claim.id)
    window.claim_view.show_tab("evidence")
    tab = window.claim_view.evidence
    assert tab.unlock_button.isVisible() and tab.annotate_button.isVisible()
    assert tab.unlock_button.text() == "Donner le &mot de passe…"
    assert window.minimumSizeHint().width() <= 1024
    window.quit()
