"""Escalation rule sets: the shipped data file, regulator matching, bad rule data."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bonusdesk import resources
from bonusdesk.core.durations import Duration
from bonusdesk.core.errors import BonusDeskError
from bonusdesk.core.rules import RuleDataError, load_rules, rules_for_folder, shipped_rules_path

REPO = Path(__file__).resolve().parents[2]

GOOD_RULE = """
format = 2

[recipients.mine]
name = "Mine"
kind = "operator"
licences = ["My Regulator"]
next = ["body"]
needs = ["account_id"]

[[recipients.mine.clocks]]
key = "reply"
label = "Reply"
from = "reported"
days = 5
met_by = ["received"]
party = "operator"

[[recipients.mine.sources]]
title = "Our terms"
url = "https://example.org/terms"

[recipients.body]
name = "Body"
kind = "adr"

[[recipients.body.sources]]
title = "Body rules"
url = "https://example.org/body"
"""

# A format 1 file (rule sets) written for an older BonusDesk: still read.
FORMAT1_RULE = """
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


def test_shipped_recipients_have_the_documented_clocks():
    book = load_rules()
    assert {"uk-operator", "uk-ibas", "ecogra", "uk-adr", "fr-operator", "fr-mediateur-jeux",
            "mt-operator", "mt-adr", "cw-cga", "cw-adr", "se-arn", "nl-operator", "nl-ksa",
            "forum"} <= set(book.recipients)
    rules = {r.qualified_key: r for s in book.recipients.values() for r in s.rules}
    assert rules["uk-operator.final_response"].duration == Duration(8, "weeks")
    assert rules["uk-operator.final_response"].anchor == "complaint"
    assert rules["uk-operator.complain_within"].duration == Duration(6, "months")
    assert rules["fr-mediateur-jeux.opens"].duration == Duration(20, "days")
    assert rules["fr-mediateur-jeux.opens"].anchor == "written_complaint"
    # A holding reply does not close the mediator's door: only a final answer does.
    assert "received" not in rules["fr-mediateur-jeux.opens"].met_by
    assert rules["fr-mediateur-jeux.limit"].duration == Duration(1, "years")
    assert rules["ecogra.limit"].anchor == "procedure_end"
    assert rules["cw-cga.decision"].duration == Duration(4, "weeks")
    assert rules["cw-cga.decision_extended"].duration == Duration(8, "weeks")
    assert rules["cw-cga.acknowledge"].duration == Duration(1, "weeks")
    assert rules["se-arn.limit"].duration == Duration(1, "years")
    assert book.recipients["se-arn"].min_amount.amount == "1000"
    assert rules["forum.operator_reply"].duration == Duration(10, "working_days")
    assert book.recipients["forum"].legal_body is False
    assert book.recipients["fr-mediateur-jeux"].language == "fr"
    assert book.recipients["fr-operator"].excluded_kinds == ("casino",)


def test_every_shipped_recipient_names_its_sources_with_title_and_address():
    for r in load_rules().recipients.values():
        assert r.sources, r.key
        for source in r.sources:
            assert source.title and (source.url.startswith("http") or source.says), r.key
        assert r.competence and r.competence_fr, r.key


def test_the_eu_odr_platform_is_not_a_recipient():
    book = load_rules()
    assert not any("odr" in k for k in book.recipients)
    assert "ec.europa.eu/consumers/odr" not in shipped_rules_path().read_text("utf-8")


@pytest.mark.parametrize(("regulator", "expected"), [
    ("UKGC", "uk-operator"), ("uk gambling commission", "uk-operator"), ("GB", "uk-operator"),
    ("Autorité nationale des jeux", "fr-operator"), ("ANJ", "fr-operator"),
    ("FR-ANJ", "fr-operator"), ("Malta Gaming Authority", "mt-operator"),
    ("Curaçao Gaming Authority", "cw-cga"), ("GCB", "cw-cga"),
    ("Spelinspektionen", "se-operator"), ("Kansspelautoriteit", "nl-operator"),
    ("ecogra", "ecogra"), ("Casino Guru", "forum"),
])
def test_recipient_is_chosen_by_the_platform_regulator(regulator, expected):
    assert load_rules().match(regulator).key == expected


@pytest.mark.parametrize("regulator", ["", None, "Isle of Man GSC", "unknown body"])
def test_an_unknown_regulator_matches_nothing_never_a_placeholder(regulator):
    assert load_rules().match(regulator) is None


def test_a_claim_folder_can_carry_its_own_rules(folder):
    assert rules_for_folder(folder).match("my regulator") is None
    write_rules(folder.path, GOOD_RULE)
    book = rules_for_folder(folder)
    assert book.match("my regulator").rules[0].duration == Duration(5, "days")


def test_a_format_1_rules_file_is_still_read_as_operator_stages(tmp_path):
    book = load_rules(write_rules(tmp_path, FORMAT1_RULE))
    mine = book.match("My Regulator")
    assert (mine.key, mine.kind) == ("mine", "operator")
    assert mine.rules[0].qualified_key == "mine.reply"


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
    (('licences = ["My Regulator"]', 'licences = "My Regulator"'), "mine", "licences"),
    (('kind = "operator"', 'kind = "casino"'), "mine", "kind must be"),
    (('needs = ["account_id"]', 'needs = ["acount_id"]'), "mine", "unknown needs item"),
    (('next = ["body"]', 'next = ["nobody"]'), "mine", "unknown recipient 'nobody'"),
    (('party = "operator"', 'party = "they"'), "mine.reply", "'party'"),
    (('days = 5\n', 'days = 5\nrole = "later"\n'), "mine.reply", "'role'"),
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


def test_two_clocks_with_one_key_are_refused(tmp_path):
    clock = GOOD_RULE[GOOD_RULE.index("[[recipients.mine.clocks]]"):
                      GOOD_RULE.index("[[recipients.mine.sources]]")]
    path = write_rules(tmp_path, GOOD_RULE.replace(clock, clock + clock))
    with pytest.raises(RuleDataError, match="rule mine.reply: two clocks have this key"):
        load_rules(path)


def test_a_name_used_by_two_recipients_is_refused(tmp_path):
    path = write_rules(tmp_path, GOOD_RULE.replace('name = "Body"\n',
                                                   'name = "Body"\nlicences = ["my regulator"]\n'))
    with pytest.raises(RuleDataError, match="rule body: name 'my regulator' is already used"):
        load_rules(path)


def test_a_recipient_without_sources_is_refused(tmp_path):
    body_source = GOOD_RULE[GOOD_RULE.index("[[recipients.body.sources]]"):]
    path = write_rules(tmp_path, GOOD_RULE.replace(body_source, ""))
    with pytest.raises(RuleDataError, match="rule body: needs at least one"):
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
    path = write_rules(tmp_path, GOOD_RULE.replace("format = 2", "format = 3"))
    with pytest.raises(RuleDataError, match="format 3 is not supported"):
        load_rules(path)


def test_every_shipped_rule_has_a_french_label():
    for rule_set in load_rules().recipients.values():
        for rule in rule_set.rules:
            assert rule.label_fr.strip(), rule.qualified_key


def test_an_edited_rules_file_is_read_again(tmp_path):
    path = write_rules(tmp_path, GOOD_RULE)
    assert load_rules(path).sets["mine"].rules[0].duration == Duration(5, "days")
    path.write_text(GOOD_RULE.replace("days = 5", "days = 12"), encoding="utf-8")
    assert load_rules(path).sets["mine"].rules[0].duration == Duration(12, "days")


def test_rule_books_cannot_be_changed_by_a_caller():
    with pytest.raises(TypeError):
        load_rules().recipients["uk-operator"] = None


def test_missing_resources_folder_is_a_rule_data_error(tmp_path, monkeypatch):
    # An install that left the data files behind: nowhere to find resources/.
    monkeypatch.setattr(resources, "__file__", str(tmp_path / "pkg" / "resources.py"))
    monkeypatch.setattr(resources, "_package_data", lambda: None)
    monkeypatch.delenv("BONUSDESK_RESOURCES", raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    with pytest.raises(RuleDataError, match="resources folder not found"):
        load_rules()
