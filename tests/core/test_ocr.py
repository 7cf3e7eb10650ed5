"""Reading the text of screenshots offline: engines, regions, cancelling, the handler chain."""

from __future__ import annotations

import threading

import pytest

from bonusdesk.core import ocr
from bonusdesk.core.ocr import OcrCancelled, OcrError, OcrUnavailable
from bonusdesk.core.ocr.tesseract_handlers import (
    TesseractProgramHandler,
    TesserocrHandler,
    parse_tsv,
)

from .rendered import error_dialog

ENGINES = {"tesserocr": TesserocrHandler, "tesseract": TesseractProgramHandler}


@pytest.fixture(scope="module")
def dialogs():
    return {lang: error_dialog(lang) for lang in ("fr", "en")}


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_error_code_and_accents_are_read_from_a_french_dialog(dialogs, engine):
    result = ocr.read_image(dialogs["fr"], chain=[ENGINES[engine]()])
    assert result.engine == engine and result.image_size == (1920, 1080)
    assert "fra" in result.languages and result.version.startswith("tesseract 5")
    text = result.text
    assert "BNS-402" in text
    for phrase in ("Le bonus n'a pas pu être crédité sur votre compte.",
                   "Réessayez plus tard ou contactez le support.", "Dépôt reçu", "référence"):
        assert phrase in text, (phrase, text)


def test_error_code_is_read_from_an_english_dialog(dialogs):
    text = ocr.read_image(dialogs["en"]).text
    assert "Error code: BNS-402" in text
    assert "Please try again later or contact support." in text


def test_region_is_read_alone_with_boxes_in_image_pixels(dialogs):
    region = (560, 400, 800, 140)  # the dialog body: title bar and page text left out
    result = ocr.read_image(dialogs["fr"], region=region)
    assert result.region == region
    assert [line.text for line in result.lines][:2] == [
        "Le bonus n'a pas pu être crédité sur votre compte.", "Code d'erreur : BNS-402"]
    code = next(w for line in result.lines for w in line.words if w.text == "BNS-402")
    x, y, w, h = code.box
    assert 560 <= x and x + w <= 1360 and 400 <= y and y + h <= 540
    # the word sits where the dialog drew it: line 2 of the body, at y0 + 80 + 38
    assert abs(y - (340 + 118)) < 12
    assert len(code.chars) == len("BNS-402")


def test_region_outside_the_image_is_refused(dialogs):
    with pytest.raises(OcrError, match="outside"):
        ocr.read_image(dialogs["fr"], region=(5000, 0, 10, 10))


def test_lines_carry_their_boxes_in_the_json_form(dialogs):
    doc = ocr.read_image(dialogs["en"], region=(560, 400, 800, 140)).to_json()
    line = next(ln for ln in doc["lines"] if "BNS-402" in ln["text"])
    assert len(line["box"]) == 4 and line["words"][-1]["text"] == "BNS-402"
    assert doc["engine"] and doc["version"] and doc["text"].count("\n") >= 1


# -- cancelling -----------------------------------------------------------------------
@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_cancel_set_before_reading_reads_nothing(dialogs, engine):
    flag = threading.Event()
    flag.set()
    with pytest.raises(OcrCancelled):
        ocr.read_image(dialogs["fr"], cancel=flag, chain=[ENGINES[engine]()])


def test_cancel_during_recognition_stops_the_in_process_engine(dialogs):
    calls = []

    def cancel():  # asked before and after recognising: say yes the second time
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(OcrCancelled):
        ocr.read_image(dialogs["fr"], cancel=cancel, chain=[TesserocrHandler()])


def test_cancel_kills_the_tesseract_program(dialogs, monkeypatch):
    import subprocess

    started = []
    real_popen = subprocess.Popen

    def spy(*args, **kwargs):
        proc = real_popen(*args, **kwargs)
        started.append(proc)
        return proc

    monkeypatch.setattr(subprocess, "Popen", spy)
    polls = []

    def cancel():
        polls.append(1)
        return len(polls) > 3  # a few polls into the run

    with pytest.raises(OcrCancelled):
        ocr.read_image(dialogs["fr"], cancel=cancel, chain=[TesseractProgramHandler()])
    assert len(started) == 1
    assert started[0].poll() is not None  # the program is gone, not left running


# -- the handler chain -----------------------------------------------------------------
class Missing:
    name = "missing"

    def unavailable_reason(self):
        return "not installed here"


class Fake:
    name = "fake"

    def unavailable_reason(self):
        return ""

    def version(self):
        return "fake 1.0"

    def languages(self):
        return "eng"

    def read(self, image, cancel):
        return [ocr.OcrLine([ocr.OcrWord("hello", (1, 2, 3, 4), 99.0)])]


def test_chain_uses_the_first_available_handler():
    from PIL import Image

    result = ocr.read_image(Image.new("RGB", (50, 20)), region=(10, 5, 30, 10),
                            chain=[Missing(), Fake()])
    assert (result.engine, result.version, result.text) == ("fake", "fake 1.0", "hello")
    assert result.lines[0].box == (11, 7, 3, 4)  # moved back into image pixels
    assert ocr.available([Missing(), Fake()]) == [("missing", "not installed here"),
                                                 ("fake", "")]


def test_no_available_handler_says_why_each_one_cannot_run():
    with pytest.raises(OcrUnavailable, match="missing: not installed here"):
        ocr.pick([Missing()])


def test_without_language_data_tesseract_is_unavailable(monkeypatch, tmp_path):
    from bonusdesk.core.ocr import tessdata

    monkeypatch.setattr(tessdata, "candidates", lambda: [tmp_path])
    assert "language data" in TesserocrHandler().unavailable_reason()
    assert "language data" in TesseractProgramHandler().unavailable_reason()
    assert "not installed" in TesseractProgramHandler(program="").unavailable_reason()


def test_bonusdesk_tessdata_points_at_the_language_data(monkeypatch, tmp_path):
    from bonusdesk.core.ocr import tessdata

    (tmp_path / "eng.traineddata").write_bytes(b"x")
    monkeypatch.setenv("BONUSDESK_TESSDATA", str(tmp_path))
    assert tessdata.find() == (tmp_path, ["eng"])


def test_tsv_output_becomes_lines_of_words():
    tsv = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight"
           "\tconf\ttext\n"
           "4\t1\t1\t1\t1\t0\t10\t10\t200\t20\t-1\t\n"
           "5\t1\t1\t1\t1\t1\t10\t10\t60\t20\t96.5\tCode\n"
           "5\t1\t1\t1\t1\t2\t80\t10\t90\t20\t91.0\tBNS-402\n"
           "5\t1\t1\t1\t2\t1\t10\t40\t70\t20\t88.0\tRéessayez\n"
           "5\t1\t1\t1\t2\t2\t90\t40\t5\t20\t10.0\t \n")
    lines = parse_tsv(tsv, scale=2)
    assert [line.text for line in lines] == ["Code BNS-402", "Réessayez"]
    assert lines[0].words[1].box == (40, 5, 45, 10)
    assert lines[0].box == (5, 5, 80, 10)
