"""A PDF page as a picture (core/pdf_pages.py): drawn on white, fitted, from the file's
bytes; a password or a damaged file is named, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from bonusdesk.core.pdf_pages import PdfNotShown, render_page


def write_two_pages(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(400, 800))
    c.setFillColorRGB(0, 0, 0)
    c.rect(0, 400, 400, 400, stroke=0, fill=1)  # page 1: black top half
    c.showPage()
    c.rect(0, 0, 400, 400, stroke=0, fill=1)  # page 2: black bottom half
    c.showPage()
    c.save()
    return path


def pixel(page, x: int, y: int) -> tuple[int, int, int]:
    at = 3 * (y * page.width + x)
    return tuple(page.rgb[at:at + 3])


def test_render_page_fits_the_box_and_draws_on_white(tmp_path):
    page = render_page(write_two_pages(tmp_path / "a.pdf"), 0, 300, 300)
    assert (page.index, page.pages) == (0, 2)
    assert page.height == 300 and page.width == 150  # 400 x 800 points, aspect kept
    assert len(page.rgb) == 3 * page.width * page.height
    assert pixel(page, 75, 50) == (0, 0, 0)  # drawn: the black top half
    assert pixel(page, 75, 250) == (255, 255, 255)  # blank paper is white, not transparent


def test_render_page_draws_the_page_asked_and_clamps_past_the_end(tmp_path):
    path = write_two_pages(tmp_path / "a.pdf")
    second = render_page(path, 1, 300, 300)
    assert pixel(second, 75, 50) == (255, 255, 255) and pixel(second, 75, 250) == (0, 0, 0)
    assert render_page(path, 9, 300, 300).index == 1


def test_a_password_protected_pdf_is_named_and_left_as_it_is(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(write_two_pages(tmp_path / "a.pdf")))
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    writer.write(locked)
    before = locked.read_bytes()
    with pytest.raises(PdfNotShown) as caught:
        render_page(locked, 0, 100, 100)
    assert caught.value.reason == PdfNotShown.PASSWORD
    assert locked.read_bytes() == before


def test_a_damaged_pdf_is_named(tmp_path):
    damaged = tmp_path / "cut.pdf"
    damaged.write_bytes(write_two_pages(tmp_path / "a.pdf").read_bytes()[:150])
    with pytest.raises(PdfNotShown) as caught:
        render_page(damaged, 0, 100, 100)
    assert caught.value.reason == PdfNotShown.DAMAGED
