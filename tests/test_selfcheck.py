"""bonusdesk --self-check: the steps a built installer runs, tested from source."""

from __future__ import annotations

import sys

from bonusdesk.selfcheck import STEPS, run_self_check


def test_self_check_passes_every_step_and_leaves_nothing_behind(tmp_path):
    lines: list[str] = []
    code = run_self_check(out=lines.append, workdir=tmp_path)
    assert code == 0, "\n".join(lines)
    ok_steps = [line.split(":")[0][5:] for line in lines if line.startswith("ok   ")]
    assert ok_steps == [name for name, _ in STEPS]
    assert lines[-1] == "self-check passed"
    assert "integrity: 1 file(s)" in "\n".join(lines)
    assert list(tmp_path.iterdir()) == []


def test_self_check_reports_a_missing_module_and_exits_1(tmp_path, monkeypatch):
    # What a bundle that forgot Pillow looks like: the import fails inside a step.
    monkeypatch.setitem(sys.modules, "PIL", None)
    lines: list[str] = []
    code = run_self_check(out=lines.append, workdir=tmp_path)
    assert code == 1
    fails = [line for line in lines if line.startswith("FAIL ")]
    assert len(fails) == 1
    assert fails[0].startswith("FAIL evidence: ModuleNotFoundError")
    assert "self-check passed" not in lines
    assert list(tmp_path.iterdir()) == []


def test_self_check_fails_when_the_rules_data_file_is_not_shipped(tmp_path, monkeypatch):
    # A bundle built without resources/: the folder is there but holds no rules file.
    empty = tmp_path / "resources"
    empty.mkdir()
    monkeypatch.setenv("BONUSDESK_RESOURCES", str(empty))
    lines: list[str] = []
    code = run_self_check(out=lines.append, workdir=tmp_path)
    assert code == 1
    assert any(line.startswith("ok   evidence") for line in lines)
    fail = next(line for line in lines if line.startswith("FAIL "))
    assert fail.startswith("FAIL deadlines: RuleDataError")
    assert "escalation.toml" in fail
