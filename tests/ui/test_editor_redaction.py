"""Redaction drawn in the app: the same pixels as bonusdesk-cli for the same operations,
nothing of the original under the boxes nor in the file; the ID-document preset."""

from __future__ import annotations

import json
import zlib

from PIL import Image

from bonusdesk.core import ocr
from bonusdesk.core.annotate import Box
from bonusdesk.core.model import EvidenceKind
from bonusdesk.core.ocr_store import read_text
from tests.core.rendered import DOC_NUMBER, MRZ, id_card
from tests.core.test_redaction import SECRET, noisy_png, png_chunks

from .editor_helpers import drag, key, open_editor, save_and_wait

SIZE = (480, 320)


def cli_copy(run_cli, tmp_path, source, *args) -> Image.Image:
    """The same original through bonusdesk-cli, in a folder of its own; its copy's pixels."""
    where = tmp_path / "cli-folder"
    run_cli("init", folder=where, check=0)
    run_cli("platform", "add", "Casino", folder=where, check=0)
    run_cli("claim", "new", "--platform", "Casino", "--title", "t", "--incident-at",
            "2026-11-20T21:15", "--zone", "Europe/Paris", folder=where, check=0)
    added = run_cli("evidence", "add", "1", source, folder=where, check=0)
    eid = added.stdout.split("\t")[0]
    out = run_cli("evidence", *args[:1], eid, *args[1:], "--json", folder=where, check=0)
    doc = json.loads(out.stdout)
    image = Image.open(where / doc["path"])
    image.load()
    return image


def stored(folder, ev) -> Image.Image:
    image = Image.open(folder.evidence.file_path(ev))
    image.load()
    return image


def test_app_redaction_equals_the_cli_pixels_and_hides_everything_under_the_boxes(
        qtbot, session, folder, claim, tmp_path, run_cli):
    source = noisy_png(tmp_path / "bank.png", seed=11, size=SIZE)  # secret in every chunk
    original = folder.evidence.import_file(claim.id, source).evidence[0]
    dialog = open_editor(qtbot, session, original.id, zoom=None)  # as it opens: fitted
    assert dialog.view.zoom != 1.0
    key(dialog, "B")
    drag(dialog, (40, 30), (200, 90))
    drag(dialog, (300, 200), (460, 250))
    boxes = [op.box for op in dialog.scene.operations().operations]
    # Where the player dragged, to the pixel the zoomed view can resolve.
    for box, wanted in zip(boxes, (Box(40, 30, 160, 60), Box(300, 200, 160, 50)), strict=True):
        assert all(abs(a - b) <= 1 for a, b in zip(box.as_list(), wanted.as_list(),
                                                   strict=True))
    copy = save_and_wait(qtbot, dialog)
    app = stored(folder, copy)
    cli = cli_copy(run_cli, tmp_path, source, "redact",
                   *[f"--box={','.join(map(str, b.as_list()))}" for b in boxes])
    assert app.mode == cli.mode == "RGB" and app.size == cli.size == SIZE
    assert app.tobytes() == cli.tobytes()
    # Under each box: one colour. Outside: the original's pixels.
    src = Image.open(source).convert("RGB")
    for b in boxes:
        area = app.crop((b.x, b.y, b.x + b.w, b.y + b.h))
        assert {c for _, c in area.getcolors(1 << 24)} == {(0, 0, 0)}
        assert app.getpixel((b.x - 1, b.y)) == src.getpixel((b.x - 1, b.y))
    # Nothing of the original's metadata: no EXIF, no text chunk holds the secret.
    data = folder.evidence.file_path(copy).read_bytes()
    assert SECRET.encode() not in data
    kinds = [kind for kind, _ in png_chunks(data)]
    assert b"eXIf" not in kinds and b"tEXt" not in kinds and b"zTXt" not in kinds
    idat = b"".join(body for kind, body in png_chunks(data) if kind == b"IDAT")
    assert SECRET.encode() not in zlib.decompress(idat)
    assert "Comment" not in app.text and not app.getexif()


def test_app_annotations_equal_the_cli_pixels_for_the_same_operations_file(
        qtbot, session, folder, claim, tmp_path, run_cli):
    source = noisy_png(tmp_path / "page.png", seed=12, size=SIZE, secret_inside=False)
    original = folder.evidence.import_file(claim.id, source).evidence[0]
    dialog = open_editor(qtbot, session, original.id)
    dialog.scene.ask_text = lambda _current: "Ici : l'erreur"
    for tool, start, end in (("R", (20, 20), (150, 90)), ("A", (400, 40), (200, 120)),
                             ("M", (30, 200), (250, 230)), ("T", (260, 260), (470, 300)),
                             ("N", (300, 150), (300, 150)), ("B", (100, 40), (180, 70)),
                             ("Shift+C", (10, 10), (470, 310))):
        key(dialog, tool)
        drag(dialog, start, end)
    copy = save_and_wait(qtbot, dialog)
    ops_file = tmp_path / "ops.json"
    ops_file.write_text(json.dumps({"operations": copy.metadata["operations"]}),
                        encoding="utf-8")
    cli = cli_copy(run_cli, tmp_path, source, "annotate", "--ops", ops_file)
    app = stored(folder, copy)
    assert app.size == cli.size == (460, 300)
    assert app.tobytes() == cli.tobytes()
    kinds = [op["kind"] for op in copy.metadata["operations"]]
    assert kinds == ["rect", "arrow", "highlight", "text", "step", "redact", "crop"]


def test_id_preset_proposes_boxes_that_must_be_confirmed_before_saving(
        qtbot, session, folder, claim, tmp_path, monkeypatch):
    path = tmp_path / "cni.png"
    id_card().save(path)
    original = folder.evidence.import_file(claim.id, path,
                                           kind=EvidenceKind.ID_DOCUMENT).evidence[0]
    dialog = open_editor(qtbot, session, original.id, zoom=None)
    dialog.id_button.click()
    assert dialog.is_running()  # read in the job pool, the window stays responsive
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    proposals = dialog.scene.proposals()
    assert [p.kind.value for p in proposals] == ["redact"] * 3
    assert dialog.banner.isVisible() and "3 boxes proposed" in dialog.banner_text.text()
    assert "•••••" + DOC_NUMBER[-4:] in dialog.status.text()
    told = []
    monkeypatch.setattr("bonusdesk.ui.editor.editor_dialog.QMessageBox.information",
                        lambda *args: told.append(args[1]))
    dialog.save()
    assert told == ["Check the proposed boxes"] and dialog.saved is None
    dialog.confirm_button.click()
    assert dialog.scene.proposals() == [] and not dialog.banner.isVisible()
    key(dialog, "Ctrl+Z")  # confirming is undoable like any edit
    assert len(dialog.scene.proposals()) == 3
    dialog.confirm_button.click()
    copy = save_and_wait(qtbot, dialog)
    assert copy.caption == "Redacted copy of: cni.png"
    after, _ = read_text(folder, copy.id)
    flat = after.text.replace(" ", "")
    assert DOC_NUMBER[:5] not in flat
    for line in MRZ:
        assert line[:12] not in flat
    # The last 4 characters stay for support to match the card.
    before = ocr.read_image(Image.open(path))
    number = next(w for line in before.lines for w in line.words if w.text == DOC_NUMBER)
    x, y, w, h = ocr.base.union(number.chars[-4:])
    assert (stored(folder, copy).crop((x, y, x + w, y + h)).tobytes()
            == Image.open(path).convert("RGB").crop((x, y, x + w, y + h)).tobytes())


def test_a_proposal_can_be_resized_or_deleted_before_confirming(qtbot, session, folder,
                                                                claim, tmp_path, monkeypatch):
    path = tmp_path / "cni.png"
    id_card().save(path)
    original = folder.evidence.import_file(claim.id, path).evidence[0]
    dialog = open_editor(qtbot, session, original.id, zoom=None)
    dialog.id_boxes.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    first, *others = dialog.scene.proposals()
    dialog.scene.clearSelection()
    for item in others:
        item.setSelected(True)
    key(dialog, "Delete")
    assert dialog.scene.proposals() == [first]
    assert "1 box proposed" in dialog.banner_text.text()
    monkeypatch.setattr("bonusdesk.ui.editor.editor_dialog.QMessageBox.information",
                        lambda *args: (_ for _ in ()).throw(AssertionError(args)))
    dialog.confirm_button.click()
    copy = save_and_wait(qtbot, dialog)
    assert [op["kind"] for op in copy.metadata["operations"]] == ["redact"]


def test_without_a_number_nothing_is_proposed_and_the_player_is_told(
        qtbot, session, folder, claim, tmp_path):
    path = tmp_path / "blank.png"
    Image.new("RGB", (600, 300), "white").save(path)
    original = folder.evidence.import_file(claim.id, path).evidence[0]
    dialog = open_editor(qtbot, session, original.id)
    dialog.id_boxes.start()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60000)
    assert dialog.scene.proposals() == []
    assert "draw the boxes yourself" in dialog.status.text()


def test_saving_with_nothing_drawn_is_not_offered(qtbot, session, folder, claim, tmp_path):
    original = folder.evidence.import_file(claim.id, noisy_png(tmp_path / "x.png", seed=1)
                                           ).evidence[0]
    dialog = open_editor(qtbot, session, original.id)
    assert not dialog.save_button.isEnabled()
    dialog.save()
    assert dialog.saved is None and len(folder.evidence.list(claim.id)) == 1
