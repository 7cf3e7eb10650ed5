"""Why an item could not be drawn, said in the package's language from the kind of
failure, with the library's own words kept as the technical detail."""

from __future__ import annotations

import io

import pytest
from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader

from bonusdesk.export.reasons import detail_of, kind_of, not_drawn_reason

NNBSP = "\u202f"


def raised(call) -> BaseException:
    with pytest.raises(Exception) as info:  # noqa: PT011 - whatever the library raises
        call()
    return info.value


def test_an_image_pillow_cannot_identify_is_said_in_french_with_its_detail():
    exc = raised(lambda: Image.open(io.BytesIO(b"\x89PNG\r\n\x1a\nbroken")))
    assert isinstance(exc, UnidentifiedImageError) and kind_of(exc) == "image_format"
    text = not_drawn_reason(exc, "fr")
    assert text.startswith("le format de l'image n'est pas reconnu ou le fichier est "
                           f"endommagé{NNBSP}; détail technique{NNBSP}: cannot identify "
                           "image file")
    assert "0x" not in text  # no memory address of a reader object


def test_a_damaged_pdf_is_said_per_page_in_english_and_french():
    exc = raised(lambda: PdfReader(io.BytesIO(b"%PDF-1.4\nnothing here at all\n")).pages[0])
    assert kind_of(exc) == "pdf_damaged"
    assert not_drawn_reason(exc, "en", page=2).startswith(
        "page 2: the PDF is damaged; technical detail: ")
    assert not_drawn_reason(exc, "fr", page=2).startswith(
        f"page 2{NNBSP}: le PDF est endommagé{NNBSP}; détail technique{NNBSP}: ")


def test_reportlabs_reader_prefix_and_local_paths_are_not_the_detail():
    exc = UnidentifiedImageError(
        "\nfileName=<_io.BufferedReader name='/home/camille/claims/evidence/ab/ab12.png'> "
        "identity=[ImageReader@0x7f5b2dde2850] cannot identify image file "
        "<_io.BytesIO object at 0x7f8f4c578a90>")
    assert detail_of(exc) == "cannot identify image file"


def test_the_librarys_words_keep_their_own_spacing_in_french():
    exc = ValueError("ERR : 5 (bad value!)")
    text = not_drawn_reason(exc, "fr")
    assert text == (f"son contenu ne peut pas être lu{NNBSP}; détail technique{NNBSP}: "
                    "ERR : 5 (bad value!)")


@pytest.mark.parametrize(("exc", "kind"), [
    (Image.DecompressionBombError("Image size (1 pixels) exceeds limit"), "image_too_large"),
    (OSError("image file is truncated (8 bytes not processed)"), "truncated"),
    (RuntimeError("File has not been decrypted"), "pdf_password"),
    (KeyError("x"), "unreadable"),
])
def test_each_kind_of_failure_has_its_words(exc, kind):
    assert kind_of(exc) == kind
    assert not_drawn_reason(exc, "en") != not_drawn_reason(exc, "fr")
