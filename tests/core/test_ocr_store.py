"""OCR text kept as derived data, searchable; the ID-document preset built on it."""

from __future__ import annotations

import threading

import pytest
from PIL import Image

from bonusdesk.core import ocr
from bonusdesk.core.annotate import Box, Operation, OperationList, OpKind
from bonusdesk.core.derivative import make_derivative
from bonusdesk.core.errors import BadInput
from bonusdesk.core.events import list_events
from bonusdesk.core.id_preset import mrz_proposals, number_proposals, propose
from bonusdesk.core.model import EvidenceKind
from bonusdesk.core.ocr_store import (
    error_code_candidates,
    prepare_read_text,
    read_text,
    store_text,
    stored_texts,
)
from bonusdesk.core.search import matching_claim_ids, search

from .rendered import DOC_NUMBER, MRZ, error_dialog, id_card


@pytest.fixture
def dialog_ev(folder, claim, tmp_path):
    path = tmp_path / "erreur.png"
    error_dialog("fr").save(path)
    return folder.evidence.import_file(claim.id, path, caption="Page bonus").evidence[0]


def test_text_is_stored_with_its_engine_and_replaced_when_read_again(folder, dialog_ev):
    result, stored = read_text(folder, dialog_ev.id)
    assert "BNS-402" in stored.text and stored.text == result.text
    assert (stored.engine, stored.engine_version) == (result.engine, result.version)
    assert stored.languages == result.languages and stored.region == ""
    assert any("BNS-402" in line["text"] for line in stored.lines)
    _, again = read_text(folder, dialog_ev.id)
    assert again.id == stored.id
    assert len(stored_texts(folder, dialog_ev.id)) == 1
    _, part = read_text(folder, dialog_ev.id, region=(560, 400, 800, 140))
    assert part.region == "560,400,800,140"
    assert [s.region for s in stored_texts(folder, dialog_ev.id)] == ["", "560,400,800,140"]
    events = [e for e in list_events(folder.db) if e.entity == "ocr_text"]
    assert [e.action for e in events] == ["read_text"] * 3
    assert events[0].data["evidence_id"] == dialog_ev.id and "BNS-402" in events[0].data["text"]


def test_text_read_is_not_evidence_and_the_file_is_untouched(folder, dialog_ev):
    before = folder.evidence.all()
    read_text(folder, dialog_ev.id)
    assert folder.evidence.all() == before
    assert folder.evidence.check(dialog_ev) == ""


def test_screenshots_are_found_by_the_text_read_in_them(folder, claim, dialog_ev):
    assert [h for h in search(folder, "Réessayez") if h.kind == "evidence"] == []
    read_text(folder, dialog_ev.id)
    for query in ("Réessayez", "reessayez", "BNS-402", "crédité"):
        hits = [h for h in search(folder, query) if h.kind == "evidence"]
        assert [(h.item_id, h.claim_id) for h in hits] == [(dialog_ev.id, claim.id)], query
    hit = next(h for h in search(folder, "contactez") if h.kind == "evidence")
    assert "contactez" in hit.snippet and hit.title == "erreur.png"
    assert matching_claim_ids(folder, "contactez") == {claim.id}  # the claims list's search


def test_cancelled_reading_stores_nothing(folder, dialog_ev):
    flag = threading.Event()
    flag.set()
    with pytest.raises(ocr.OcrCancelled):
        read_text(folder, dialog_ev.id, cancel=flag)
    assert stored_texts(folder, dialog_ev.id) == []


def test_the_three_steps_for_the_app_give_the_same_result(folder, dialog_ev):
    job = prepare_read_text(folder, dialog_ev.id, (560, 400, 800, 140))
    box = {}
    worker = threading.Thread(target=lambda: box.setdefault("r", job.run()))
    worker.start()
    worker.join()
    stored = store_text(folder, job, box["r"])
    assert "BNS-402" in stored.text


def test_only_intact_images_are_read(folder, claim, tmp_path):
    from tests.factories import write_pdf

    pdf = folder.evidence.import_file(claim.id, write_pdf(tmp_path / "a.pdf")).evidence[0]
    with pytest.raises(BadInput, match="not an image"):
        prepare_read_text(folder, pdf.id)


def test_error_codes_are_suggested_those_on_an_error_line_first():
    text = ("Dépôt reçu : 100,00 € — TX-99812\nCode d'erreur : BNS-402\nÉtape 2 sur 3")
    assert error_code_candidates(text) == ["BNS-402", "TX-99812"]
    assert error_code_candidates("Tout va bien") == []


# -- ID documents -------------------------------------------------------------------------
def test_id_preset_proposes_the_number_but_its_last_4_and_the_mrz_lines():
    result = ocr.read_image(id_card())
    proposals = propose(result)
    assert [p.reason for p in proposals] == ["document_number", "mrz", "mrz"]
    number = proposals[0]
    assert number.shown == "•••••" + DOC_NUMBER[-4:]
    assert number.op.kind == OpKind.REDACT


def test_id_card_redacted_with_the_proposals_hides_number_and_mrz(folder, claim, tmp_path):
    path = tmp_path / "cni.png"
    id_card().save(path)
    original = folder.evidence.import_file(claim.id, path,
                                           kind=EvidenceKind.ID_DOCUMENT).evidence[0]
    result, _ = read_text(folder, original.id)
    ops = OperationList([p.op for p in propose(result)])
    copy = make_derivative(folder, original.id, ops)
    after, _ = read_text(folder, copy.id)
    flat = after.text.replace(" ", "")
    assert DOC_NUMBER[:5] not in flat and "X4RT" not in flat
    # What support needs to match the card stays: the last 4 characters, pixel for pixel.
    number = next(w for line in result.lines for w in line.words if w.text == DOC_NUMBER)
    x, y, w, h = ocr.base.union(number.chars[-4:])
    with Image.open(folder.evidence.file_path(original)) as a, \
            Image.open(folder.evidence.file_path(copy)) as b:
        area = (x, y, x + w, y + h)
        assert a.convert("RGB").crop(area).tobytes() == b.crop(area).tobytes()
    for line in MRZ:
        assert line[:12] not in flat and "<<<<" not in flat
    assert "MARTIN" in after.text and "Camille" in after.text  # the rest stays readable


def test_number_without_char_boxes_is_split_evenly_and_stops_before_the_kept_part():
    word = ocr.OcrWord("880692310285", (100, 50, 240, 20), 90.0)
    label = ocr.OcrWord("N°", (20, 50, 30, 20), 90.0)
    [p] = number_proposals([ocr.OcrLine([label, word])])
    box = p.op.box
    assert p.shown == "••••••••0285"
    assert box.x < 100 and box.x + box.w == 100 + 240 * 8 // 12  # up to the 9th character
    assert box.y < 50 and box.y + box.h > 70


def test_mrz_is_recognised_even_with_ocr_noise():
    line = ocr.OcrLine([ocr.OcrWord("P<FRAMARTIN<<CAMILLE<<<<«<<<<<<<<<<<<<<<", (0, 0, 700, 30),
                                    80.0)])
    other = ocr.OcrLine([ocr.OcrWord("RÉPUBLIQUE FRANÇAISE CARTE NATIONALE", (0, 40, 700, 30),
                                     80.0)])
    assert len(mrz_proposals([line, other])) == 1


def test_redaction_box_proposals_can_be_edited_before_use():
    proposals = propose(ocr.read_image(id_card()))
    moved = Operation(OpKind.REDACT, Box(0, 0, 10, 10))
    ops = OperationList([moved] + [p.op for p in proposals[1:]])
    assert ops.operations[0] == moved and len(ops.redactions) == 3
