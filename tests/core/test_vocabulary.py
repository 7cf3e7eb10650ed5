"""One vocabulary: every stored key has its words in English and French, the tables agree
with what the core stores, and the PDF words them exactly as the vocabulary does."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

import pytest

import bonusdesk
from bonusdesk.core import vocabulary
from bonusdesk.core.claims import CHECKLIST_BY_KIND, CHECKLIST_ITEMS
from bonusdesk.core.deadlines import DeadlineKind, DeadlineState, claim_deadlines
from bonusdesk.core.model import (
    Category,
    Channel,
    CheckState,
    Contact,
    Direction,
    EvidenceKind,
    Status,
)
from bonusdesk.export.labels import labels, state_text, value_text

PACKAGE = Path(bonusdesk.__file__).resolve().parent
CONCEPTS = sorted(vocabulary.CONCEPTS)


@pytest.mark.parametrize("name", CONCEPTS)
def test_every_stored_key_has_a_term_and_every_term_a_stored_key(name):
    concept = vocabulary.CONCEPTS[name]
    required = concept.required_keys()
    assert required - set(concept.terms) == set(), "keys without words"
    assert set(concept.terms) - required == set(), "words for keys nothing stores"


@pytest.mark.parametrize("name", CONCEPTS)
def test_every_term_has_english_and_french_with_the_same_placeholders(name):
    for key, term in vocabulary.CONCEPTS[name].terms.items():
        en, fr = term.forms("en"), term.forms("fr")
        assert all(f.strip() for f in en + fr), (name, key)
        assert len(en) == len(fr), (name, key, "a plural in one language only")
        assert term.placeholders("en") == term.placeholders("fr"), (name, key)


@pytest.mark.parametrize("name", CONCEPTS)
def test_french_terms_follow_french_typography(name):
    for key, term in vocabulary.CONCEPTS[name].terms.items():
        for form in term.forms("fr"):
            assert vocabulary.french_typography_problems(form) == [], (name, key, form)
        for form in term.forms("en"):
            assert "(s)" not in form, (name, key)


def test_the_typography_check_catches_the_usual_mistakes():
    bad = ["Statut : clos", "Statut: clos", "Pourquoi ?", "« Non »", "preuve(s)",
           "Statut\u00a0: clos"]
    assert all(vocabulary.french_typography_problems(b) for b in bad)
    good = [f"Statut{vocabulary.NNBSP}: clos", "21:15", "https://example.org",
            f"«{vocabulary.NNBSP}Non{vocabulary.NNBSP}»", "SHA-256"]
    assert [g for g in good if vocabulary.french_typography_problems(g)] == []


def test_the_review_wording_is_used():
    fr = {k: t.text("fr") for k, t in vocabulary.STATUS.terms.items()}
    assert fr["resolved_rejected"] == "Réponse définitive\u202f: refus"
    assert fr["resolved_accepted"] == "Réponse définitive\u202f: accord"
    assert vocabulary.text("deadline_state", "due_soon", "fr") == "Échéance proche"
    assert "Conseiller" == labels("fr")["agent"]
    assert not any("scalad" in t.text("fr") for c in vocabulary.CONCEPTS.values()
                   for t in c.terms.values() if len(t.forms("fr")) == 1)


def test_plurals_follow_each_language():
    follow = vocabulary.DEADLINE.terms["follow_up"]
    assert follow.text("en", 1, days=1).endswith("after 1 working day")
    assert follow.text("en", 0, days=0).endswith("after 0 working days")
    assert follow.text("fr", 0, days=0).endswith("après 0 jour ouvré")
    assert follow.text("fr", 2, days=2).endswith("après 2 jours ouvrés")
    with pytest.raises(ValueError):
        follow.text("en", days=2)


def logged_events() -> set[str]:
    """Every "action.entity" the code writes to the event log (folder.log / events.append)."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") in (
                    "log", "append") and len(node.args) >= 2):
                continue
            args = node.args[1:] if getattr(node.func, "attr", "") == "append" else node.args
            if len(args) < 2:
                continue
            actions = [n.value for n in ast.walk(args[0]) if isinstance(n, ast.Constant)
                       and isinstance(n.value, str)]
            entity = args[1]
            if actions and isinstance(entity, ast.Constant) and isinstance(entity.value, str):
                found.update(f"{a}.{entity.value}" for a in actions)
    return found


def test_every_event_the_code_logs_has_words():
    events = logged_events()
    assert {"create.claim", "import.evidence", "capture.evidence", "export.claim"} <= events
    assert events - set(vocabulary.EVENT.terms) == set()
    assert vocabulary.event_text("frobnicate", "widget", "fr") == "Enregistrement modifié"


def test_seeded_checklist_items_are_the_vocabulary_items():
    seeded = {key for keys in CHECKLIST_BY_KIND.values() for key in keys}
    assert seeded == set(vocabulary.CHECKLIST.terms)
    assert CHECKLIST_ITEMS == {k: t.text("en") for k, t in vocabulary.CHECKLIST.terms.items()}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_pdf_words_keys_exactly_as_the_vocabulary(lang):
    for enum, concept in ((Status, "status"), (Category, "category"),
                          (EvidenceKind, "evidence_kind"), (Channel, "channel"),
                          (Direction, "direction")):
        for value in enum:
            assert value_text(value, lang) == vocabulary.inline(concept, value, lang)
    for state in CheckState:
        assert state_text(state.value, lang) == vocabulary.inline("check_state", state, lang)
    for state in DeadlineState:
        assert state_text(state.value, lang) == vocabulary.inline("deadline_state", state, lang)
    for direction in Direction:
        assert labels(lang)[direction.value] == vocabulary.inline("direction", direction, lang)


def test_deadlines_carry_their_numbers_and_promise_as_data(folder, claim):
    folder.claims.set_status(claim.id, Status.REPORTED,
                             at=datetime(2026, 11, 20, 22, 0, tzinfo=UTC))
    folder.contacts.add(Contact(
        claim_id=claim.id, channel=Channel.EMAIL, zone="Europe/Paris",
        at=datetime(2026, 11, 21, 9, 0, tzinfo=UTC), direction=Direction.RECEIVED,
        promised_action="créditer le bonus", promised_due_at=datetime(2026, 11, 24, tzinfo=UTC)))
    found = {d.kind: d for d in claim_deadlines(folder, claim.id, datetime(2026, 11, 22,
                                                                           tzinfo=UTC),
                                               follow_up_days=5)}
    reporting, promise = found[DeadlineKind.REPORTING], found[DeadlineKind.PROMISE]
    assert reporting.window_hours == 24
    assert vocabulary.deadline_text(reporting, "fr") == (
        "Signaler le problème au support (dans les 24\u00a0h suivant l'incident)")
    assert promise.promised_action == "créditer le bonus"
    assert vocabulary.deadline_text(promise, "fr") == "Promis\u202f: créditer le bonus"
    assert vocabulary.deadline_text(promise, "en") == "Promised: créditer le bonus"
    folder.claims.set_status(claim.id, Status.REPORTED,
                             at=datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
    follow = next(d for d in claim_deadlines(folder, claim.id, datetime(2026, 11, 23, 9,
                                                                        tzinfo=UTC),
                                             follow_up_days=5)
                  if d.kind == DeadlineKind.FOLLOW_UP)
    assert follow.working_days == 5
    assert vocabulary.deadline_text(follow, "en") == (
        "Follow up: no answer after 5 working days")
