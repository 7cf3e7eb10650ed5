"""The cyclic collector runs less often while reportlab lays a package out (it allocates
millions of small objects), and its thresholds come back afterwards."""

from __future__ import annotations

import gc

import pytest

from bonusdesk.export import ExportCancelled, ExportOptions, export_claim, pdf

from .conftest import png_bytes


def test_the_layout_runs_with_fewer_cycle_collections_and_restores_the_thresholds(
        folder, claim, tmp_path, monkeypatch):
    """The cyclic collector's first threshold is raised while reportlab lays out the
    package, and put back after, also when the export stops."""
    folder.evidence.add_bytes(claim.id, png_bytes(), "erreur.png")
    before = gc.get_threshold()
    seen = []
    real = pdf.PackageDoc._decorate

    def decorate(self, canv, doc):
        seen.append(gc.get_threshold())
        return real(self, canv, doc)

    monkeypatch.setattr(pdf.PackageDoc, "_decorate", decorate)
    export_claim(folder, claim.id, tmp_path / "p.pdf", ExportOptions(max_mb=None))
    assert seen and all(t[0] >= pdf.LAYOUT_GC_THRESHOLD for t in seen)
    assert seen[0][1:] == before[1:]
    assert gc.get_threshold() == before

    seen.clear()
    with pytest.raises(ExportCancelled):  # cancelled once a page is drawn: mid-layout
        export_claim(folder, claim.id, tmp_path / "q.pdf", ExportOptions(max_mb=None),
                     cancel=lambda: bool(seen))
    assert seen and seen[0][0] >= pdf.LAYOUT_GC_THRESHOLD
    assert gc.get_threshold() == before
