"""The claims list's lines: what `claim list` prints, read without whole claims."""

from __future__ import annotations

from datetime import UTC, datetime

from bonusdesk.core.model import Claim, Status


def test_lines_give_id_status_platform_and_title_in_id_order_and_filter_by_status(
        folder, platform, claim):
    second = folder.claims.create(Claim("Cashback manquant", platform.id,
                                        datetime(2026, 11, 22, 9, 0, tzinfo=UTC), "UTC"))
    folder.claims.set_status(claim.id, "reported")
    lines = folder.claims.lines()
    assert [tuple(line) for line in lines] == [
        (claim.id, Status.REPORTED, platform.id, claim.title),
        (second.id, Status.DRAFT, platform.id, "Cashback manquant")]
    assert [(c.id, c.status, c.platform_id, c.title) for c in folder.claims.list()] == \
        [tuple(line) for line in lines]
    assert [line.id for line in folder.claims.lines(Status.DRAFT)] == [second.id]
