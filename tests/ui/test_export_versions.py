"""The export dialog's choice for a redacted picture: its copy (the default), the original,
or both; the originals in the ZIP only when asked."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import Qt

from bonusdesk.core.annotate import Box, Operation, OperationList, OpKind
from bonusdesk.core.derivative import make_derivative
from bonusdesk.ui.report.export_dialog import ExportDialog

from .test_evidence_gallery import make_png


def redacted(folder, original, x=4):
    return make_derivative(folder, original.id, OperationList(
        [Operation(OpKind.REDACT, Box(x, 4, 20, 10))]))


def lines(dialog) -> list[tuple[str, bool, str]]:
    """(label, ticked, version offered) for each line of the evidence list."""
    out = []
    for i in range(dialog.evidence.topLevelItemCount()):
        item = dialog.evidence.topLevelItem(i)
        box = dialog.evidence.itemWidget(item, 1)
        out.append((item.text(0), item.checkState(0) == Qt.CheckState.Checked,
                    box.currentData() if box is not None else ""))
    return out


def new_dialog(qtbot, session, claim):
    dialog = ExportDialog(session, claim.id, "en", "")
    qtbot.addWidget(dialog)
    return dialog


def export(qtbot, dialog, out):
    dialog.out.setText(str(out))
    with qtbot.waitSignal(dialog.done, timeout=60000) as got:
        dialog.start()
    return got.args[0]


def test_a_redacted_picture_is_one_line_sending_its_newest_copy_by_default(
        qtbot, session, folder, claim, tmp_path):
    card = folder.evidence.import_file(claim.id, make_png(tmp_path / "card.png")).evidence[0]
    other = folder.evidence.import_file(claim.id, make_png(tmp_path / "page.png", "#00ff00")
                                        ).evidence[0]
    older = redacted(folder, card, x=2)
    newest = redacted(folder, card, x=6)
    dialog = new_dialog(qtbot, session, claim)
    # Copies keep their original's time, so the older copy is listed next to it.
    assert lines(dialog) == [
        ("card.png (Screenshot)", True, "redacted"),
        ("Redacted copy (Screenshot) — earlier redacted copy", False, ""),
        ("page.png (Screenshot)", True, "")]
    options = dialog.options()
    assert options.evidence_ids == [card.id, other.id]
    assert options.versions == {card.id: "redacted"} and not options.bundle_originals
    result = export(qtbot, dialog, tmp_path / "default.pdf")
    assert sorted(result.evidence_ids) == [other.id, newest.id]  # not the original, not the older
    assert older.id not in result.evidence_ids


def test_choosing_both_sends_the_original_and_its_copy(qtbot, session, folder, claim,
                                                       tmp_path):
    card = folder.evidence.import_file(claim.id, make_png(tmp_path / "card.png")).evidence[0]
    copy = redacted(folder, card)
    for choice, expected in (("both", [card.id, copy.id]), ("original", [card.id])):
        dialog = new_dialog(qtbot, session, claim)
        box = dialog.versions[card.id]
        box.setCurrentIndex(box.findData(choice))
        result = export(qtbot, dialog, tmp_path / f"{choice}.pdf")
        assert result.evidence_ids == expected


def test_originals_go_into_the_zip_only_when_asked(qtbot, session, folder, claim, tmp_path):
    card = folder.evidence.import_file(claim.id, make_png(tmp_path / "card.png")).evidence[0]
    redacted(folder, card)
    dialog = new_dialog(qtbot, session, claim)
    assert not dialog.bundle_originals.isEnabled()  # there is no ZIP yet
    dialog.bundle.setChecked(True)
    assert dialog.bundle_originals.isEnabled()
    result = export(qtbot, dialog, tmp_path / "without.pdf")
    names = zipfile.ZipFile(result.bundle).namelist()
    assert not any("original" in n for n in names)
    dialog = new_dialog(qtbot, session, claim)
    dialog.bundle.setChecked(True)
    dialog.bundle_originals.setChecked(True)
    result = export(qtbot, dialog, tmp_path / "with.pdf")
    names = zipfile.ZipFile(result.bundle).namelist()
    assert any("original" in n and n.endswith("card.png") for n in names)
    assert result.evidence_ids == [folder.evidence.list(claim.id)[1].id]  # PDF: the copy only


def test_without_redacted_pictures_the_dialog_offers_no_version_choice(qtbot, session,
                                                                       folder, claim,
                                                                       tmp_path):
    folder.evidence.import_file(claim.id, make_png(tmp_path / "a.png"))
    dialog = new_dialog(qtbot, session, claim)
    assert dialog.versions == {} and dialog.bundle_originals.isHidden()
    assert dialog.options().versions == {}
