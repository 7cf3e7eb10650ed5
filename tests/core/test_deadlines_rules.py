"""Escalation rule sets: the shipped data file, regulator matching, bad rule data."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from bonusdesk import resources
from bonusdesk.core.durations import Duration
from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.rules import RuleDataError, load_rules, rules_for_folder, shipped_rules_path

REPO = Path(__file__).resolve().parents[2]

GOOD_RULE = """
format = 1
default = "mine"

[sets.mine]
label = "Mine"
aliases = ["My Regulator"]

[[sets.mine.rules]]
key = "reply"
label = "Reply"
from = "reported"
days = 5
met_by = ["received"]
party = "operator"
"""


def write_rules(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "escalation.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_resource_path_finds_the_repository_resources():
    assert resources.resource_root() == REPO / "resources"
    assert shipped_rules_path() == REPO / "resources" / "rules" / "escalation.toml"
    assert shipped_rules_path().is_file()


def test_resource_path_prefers_the_pyinstaller_bundle(tmp_path, monkeypatch):
    (tmp_path / "resources" / "rules").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("rules", "x.toml") == tmp_path / "resources" / "rules" / "x.toml"


def test_resource_path_honours_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("BONUSDESK_RESOURCES", str(tmp_path))
    assert resources.resource_root() == tmp_path


def test_shipped_rule_sets_have_the_documented_clocks():
    book = load_rules()
    assert book.default == "custom"
    assert set(book.sets) == {"uk", "fr-anj", "ecogra", "forum", "custom"}
    rules = {r.qualified_key: r for s in book.sets.values() for r in s.rules}
    assert rules["uk.operator_final_response"].duration == Duration(8, "weeks")
    assert rules["uk.operator_final_response"].anchor == "reported"
    assert rules["fr-anj.may_refer"].duration == Duration(20, "days")
    assert rules["fr-anj.must_refer"].duration == Duration(1, "years")
    assert rules["fr-anj.must_refer"].met_by == ("escalated",)
    assert rules["ecogra.adr_referral"].duration == Duration(1, "years")
    assert rules["ecogra.adr_referral"].anchor == "resolved_rejected"
    assert rules["forum.operator_reply"].duration == Duration(10, "working_days")
    assert rules["custom.operator_reply"].duration == Duration(14, "days")


def test_every_shipped_rule_names_its_source_in_a_comment():
    text = shipped_rules_path().read_text(encoding="utf-8")
    blocks = re.split(r"^\[\[sets\.[^\]]+\.rules\]\]$", text, flags=re.M)[1:]
    assert len(blocks) == 6
    for block in blocks:
        rule_part = re.split(r"^\[sets\.", block, flags=re.M)[0]
        assert re.search(r"^# Source: \S", rule_part, flags=re.M), rule_part


@pytest.mark.parametrize(("regulator", "expected"), [
    ("UKGC", "uk"), ("uk gambling commission", "uk"), ("uk", "uk"),
    ("Autorité nationale des jeux", "fr-anj"), ("ANJ", "fr-anj"), ("FR-ANJ", "fr-anj"),
    ("ecogra", "ecogra"), ("Casino Guru", "forum"),
    ("Malta Gaming Authority", "custom"), ("", "custom"), (None, "custom"),
])
def test_rule_set_is_chosen_by_the_platform_regulator(regulator, expected):
    assert load_rules().for_regulator(regulator).key == expected


def test_a_claim_folder_can_carry_its_own_rules(folder):
    assert rules_for_folder(folder).default == "custom"
    write_rules(folder.path, GOOD_RULE)
    book = rules_for_folder(folder)
    assert book.default == "mine"
    assert book.for_regulator("my regulator").rules[0].duration == Duration(5, "days")


@pytest.mark.parametrize(("change", "rule", "problem"), [
    (("days = 5\n", ""), "mine.reply", "exactly one duration"),
    (("days = 5\n", "days = 5\nweeks = 1\n"), "mine.reply", "found days, weeks"),
    (("days = 5\n", "wekks = 5\n"), "mine.reply", "unknown field(s) wekks"),
    (("days = 5\n", "days = -2\n"), "mine.reply", ">= 0"),
    (("days = 5\n", 'days = "5"\n'), "mine.reply", "whole number"),
    (('from = "reported"', 'from = "complained"'), "mine.reply", "'from' must be"),
    (('met_by = ["received"]', 'met_by = ["answered"]'), "mine.reply", "'met_by'"),
    (('met_by = ["received"]', "met_by = []"), "mine.reply", "'met_by'"),
    (('party = "operator"', 'party = "them"'), "mine.reply", "'party'"),
    (('label = "Reply"\n', ""), "mine.reply", "missing label"),
    (('key = "reply"\n', ""), "mine #1", "missing key"),
    (('aliases = ["My Regulator"]', 'aliases = "My Regulator"'), "mine", "aliases"),
])
def test_bad_rule_data_names_the_rule(tmp_path, change, rule, problem):
    old, new = change
    assert old in GOOD_RULE
    path = write_rules(tmp_path, GOOD_RULE.replace(old, new, 1))
    with pytest.raises(RuleDataError) as err:
        load_rules(path)
    assert err.value.rule == rule
    message = str(err.value)
    assert f"rule {rule}" in message and problem in message and str(path) in message
    assert isinstance(err.value, BonusDeskError)  # the CLI maps it to exit 2


def test_two_rules_with_one_key_are_refused(tmp_path):
    second = GOOD_RULE[GOOD_RULE.index("[[sets.mine.rules]]"):]
    path = write_rules(tmp_path, GOOD_RULE + "\n" + second)
    with pytest.raises(RuleDataError, match="rule mine.reply: two rules have this key"):
        load_rules(path)


def test_a_name_used_by_two_rule_sets_is_refused(tmp_path):
    other = GOOD_RULE[GOOD_RULE.index("[sets.mine]"):].replace("sets.mine", "sets.other")
    path = write_rules(tmp_path, GOOD_RULE + "\n" + other)
    with pytest.raises(RuleDataError, match="rule other: name 'My Regulator' is already used"):
        load_rules(path)


def test_unknown_default_set_is_refused(tmp_path):
    path = write_rules(tmp_path, GOOD_RULE.replace('default = "mine"', 'default = "nope"'))
    with pytest.raises(RuleDataError, match="default 'nope' is not one of the rule sets"):
        load_rules(path)


def test_invalid_toml_names_the_file(tmp_path):
    path = write_rules(tmp_path, GOOD_RULE.replace("days = 5", "days = = 5"))
    with pytest.raises(RuleDataError, match="not valid TOML") as err:
        load_rules(path)
    assert str(path) in str(err.value)


def test_missing_rules_file_is_a_clear_error(tmp_path):
    with pytest.raises(RuleDataError, match="cannot read the file"):
        load_rules(tmp_path / "absent.toml")


def test_newer_format_is_refused(tmp_path):
    path = write_rules(tmp_path, GOOD_RULE.replace("format = 1", "format = 2"))
    with pytest.raises(RuleDataError, match="format 2 is not supported"):
        load_rules(path)


def test_every_shipped_rule_has_a_french_label():
    for rule_set in load_rules().sets.values():
        for rule in rule_set.rules:
            assert rule.label_fr.strip(), rule.qualified_key


def test_an_edited_rules_file_is_read_again(tmp_path):
    path = write_rules(tmp_path, GOOD_RULE)
    assert load_rules(path).sets["mine"].rules[0].duration == Duration(5, "days")
    path.write_text(GOOD_RULE.replace("days = 5", "days = 12"), encoding="utf-8")
    assert load_rules(path).sets["mine"].rules[0].duration == Duration(12, "days")


def test_rule_books_cannot_be_changed_by_a_caller():
    with pytest.raises(TypeError):
        load_rules().sets["uk"] = None


def test_missing_resources_folder_is_a_rule_data_error(tmp_path, monkeypatch):
    # An install that left the data files behind: nowhere to find resources/.
    monkeypatch.setattr(resources, "__file__", str(tmp_path / "pkg" / "resources.py"))
    monkeypatch.setattr(resources, "_package_data", lambda: None)
    monkeypatch.delenv("BONUSDESK_RESOURCES", raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    with pytest.raises(RuleDataError, match="resources folder not found"):
        load_rules()
