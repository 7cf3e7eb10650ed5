"""Long tables lay themselves out once per available size (layout.SizedOnce): the same
file as reportlab's own Table, byte for byte, with fewer layout computations."""

from __future__ import annotations

import io
import random

import pytest
from reportlab import rl_config
from reportlab.platypus import SimpleDocTemplate, Spacer, Table

from bonusdesk.export import layout
from bonusdesk.export.layout import FRAME_W, SizedOnce, grid, text

WORDS = "bonus dépôt retrait crédité erreur BNS-402 support casino € « » 12,50".split()


def _rows(rng: random.Random, items: int) -> tuple[list[list], list]:
    """Rows like the evidence index: a facts row, then a spanned SHA-256 row."""
    rows = [[text(h, "cellb") for h in ("No", "Kind", "Caption", "Time", "Name", "Page")]]
    extra = []
    for n in range(1, items + 1):
        caption = " ".join(rng.choice(WORDS) for _ in range(rng.choice([1, 3, 12, 40])))
        if rng.random() < 0.03:
            caption = "\n".join([caption] * 80)  # taller than a page: split inside the row
        rows.append([text(str(n), "cellb"), text("screenshot", "cell"), text(caption, "cell"),
                     text("20/11/2026 21:16", "cell"), text(f"screen-{n}.png", "cell"),
                     text(str(n + 3), "cell")])
        rows.append(["", text(f"SHA-256: {rng.getrandbits(256):064x}", "cell"),
                     "", "", "", ""])
        r = len(rows) - 1
        extra += [("SPAN", (1, r), (-1, r)), ("LINEABOVE", (1, r), (-1, r), 0, "white"),
                  ("SPAN", (0, r - 1), (0, r))]
    return rows, extra


def _pdf(table_class, rows, extra, lead: float) -> bytes:
    widths = [10, 24, 50, 30, 50]
    widths = [w * 2.835 for w in widths] + [FRAME_W - sum(w * 2.835 for w in widths)]
    original = layout.SizedOnce
    layout.SizedOnce = table_class  # grid() builds this class
    try:
        table = grid(rows, widths)
    finally:
        layout.SizedOnce = original
    table.setStyle(extra)
    buf = io.BytesIO()
    SimpleDocTemplate(buf).build([Spacer(1, lead), table])
    return buf.getvalue()


@pytest.fixture
def invariant(monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids in the file


@pytest.mark.parametrize("seed", range(8))
def test_sized_once_makes_the_same_file_as_reportlabs_table(invariant, seed):
    rng = random.Random(seed)
    items, lead = rng.choice([1, 5, 40, 120]), rng.uniform(0, 600)  # lead: where it starts
    # The same rows twice (cells keep their layout once drawn: fresh ones for each file)
    ours = _pdf(SizedOnce, *_rows(random.Random(seed), items), lead)
    assert ours == _pdf(Table, *_rows(random.Random(seed), items), lead)


def test_a_split_table_computes_each_size_once(monkeypatch):
    calls: list[tuple[int, float, float]] = []
    tables: list[Table] = []  # kept alive: a freed table's id could be reused by the next
    real = Table._calc_height

    def counting(self, availHeight, availWidth, H=None, W=None):
        tables.append(self)
        calls.append((id(self), availWidth, availHeight))
        return real(self, availHeight, availWidth, H, W)

    monkeypatch.setattr(Table, "_calc_height", counting)
    rows, extra = _rows(random.Random(1), 120)
    _pdf(SizedOnce, rows, extra, 0)
    assert len(calls) > 20  # split over many pages
    assert len(calls) == len(set(calls))


def test_a_style_added_after_sizing_is_taken_into_account():
    table = SizedOnce([[text("a", "cell")], [text("b", "cell")]], colWidths=[100])
    _, before = table.wrap(100, 500)
    table.setStyle([("TOPPADDING", (0, 0), (-1, -1), 30)])
    _, after = table.wrap(100, 500)
    assert after > before
