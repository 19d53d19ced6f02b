"""Events: who did it when the sentence's shape hides the doer (a relative clause's subject, a
wire dateline that carries a date)."""
from __future__ import annotations

import pytest


def _by_trigger(analysis, text: str, word: str) -> list:
    return [v for v in analysis.events if text[slice(*v.trigger_span)] == word]


def _actor_name(analysis, event) -> str:
    entity = analysis.entity(event.actor) if event.actor else None
    return entity.name if entity is not None else ""


@pytest.mark.parametrize("text, word, doer, not_doer", [
    ("Riot police fired rubber bullets at a crowd of farmers who had blocked the motorway near the border.",
     "blocked", "farmers", "police"),
    ("The army shelled a convoy of rebels who attacked a checkpoint outside the town on Sunday.",
     "attacked", "rebels", "army"),
])
def test_a_relative_clause_is_done_by_the_noun_it_stands_for(analyze, text, word, doer, not_doer):
    analysis = analyze(text, published="2024-05-02")
    events = _by_trigger(analysis, text, word)
    actors = [_actor_name(analysis, v) for v in events]
    assert events and all(not_doer not in name.casefold() for name in actors), actors
    assert any(doer in name.casefold() for name in actors), actors


def test_a_dated_dateline_is_nobody(analyze):
    text = ("LAGOS, Nigeria, March 4 — Hundreds of nurses marched on the health ministry on Tuesday to "
            "demand unpaid wages, the nurses' union said.")
    analysis = analyze(text, published="2024-03-04")
    dateline_end = text.index("—")
    mentioned = [(e.name, m) for e in analysis.entities for m in e.mentions if m[0] < dateline_end]
    assert not [name for name, (start, _) in mentioned if text[start:].startswith("LAGOS")], mentioned
    assert all(_actor_name(analysis, v) != "LAGOS" for v in analysis.events)
    assert any(p.name == "Lagos" for p in analysis.places)  # still where the story was filed


@pytest.mark.parametrize("text, word, party, country", [
    ("Angry French farmers dumped manure outside the regional prefecture in Toulouse on Monday.",
     "dumped", "French farmers", "FRA"),
    ("Indonesian fishermen accused Malaysian patrol boats of chasing them from their waters.",
     "accused", "Indonesian fishermen", "IDN"),
])
def test_private_people_of_a_country_are_not_its_government(analyze, text, word, party, country):
    analysis = analyze(text, published="2024-05-02")
    events = _by_trigger(analysis, text, word)
    actors = [analysis.entity(v.actor) for v in events if v.actor]
    assert actors and party in actors[0].name and actors[0].country == country, \
        [(a.name, a.country) for a in actors]


def test_troops_of_a_country_are_the_country(analyze):
    text = "Russian troops shelled the outskirts of the town on Monday."
    analysis = analyze(text, published="2024-05-02")
    events = _by_trigger(analysis, text, "shelled")
    assert events and _actor_name(analysis, events[0]) == "Russia"


def test_what_an_attack_did_is_not_done_by_the_court_that_judged_it(analyze):
    text = ("A regional court in Mombasa on Friday sentenced nine men to 30 years in prison for an attack on a "
            "border post that killed four guards and wounded six travellers in 2021.")
    analysis = analyze(text, published="2024-05-02")
    for word in ("killed", "wounded"):
        assert all("court" not in _actor_name(analysis, v) for v in _by_trigger(analysis, text, word)), \
            [(v.type, _actor_name(analysis, v), text[slice(*v.trigger_span)]) for v in analysis.events]


def test_a_reporter_is_not_the_doer_of_a_relative_clause_in_what_was_said(analyze):
    text = "The prosecutor said the accused belonged to a militia that had attacked the village to punish its elders."
    analysis = analyze(text, published="2024-05-02")
    events = _by_trigger(analysis, text, "attacked")
    assert all("prosecutor" not in _actor_name(analysis, v) for v in events), [_actor_name(analysis, v) for v in events]


def test_held_without_charge_is_no_accusation(analyze):
    text = "Amnesty said several of the detainees had been held without charge for more than a year."
    analysis = analyze(text, published="2024-05-02")
    assert all(v.status != "asserted" for v in _by_trigger(analysis, text, "charge"))


def test_a_party_of_a_clause_on_another_verbs_subject_is_not_the_target(analyze):
    # Kenya's ministry hosted the talks; the troops shelled the town: it was not Kenya they shelled
    text = ("The talks, hosted by Kenya's foreign ministry, opened hours after Sudanese troops shelled a market "
            "in the border town of Kadugli, killing 12 civilians.")
    analysis = analyze(text, published="2024-05-02")
    shelling = _by_trigger(analysis, text, "shelled")
    targets = [analysis.entity(v.recipient).name.casefold() for v in shelling if v.recipient]
    assert shelling and not any("kenya" in name or "ministry" in name for name in targets), targets


def test_a_clause_on_the_triggers_own_subject_may_hold_its_target(analyze):
    text = "The Ethiopian army fighting Tigrayan rebels has declared a unilateral ceasefire."
    analysis = analyze(text, published="2024-05-02")
    truce = [v for v in analysis.events if v.main]
    assert truce and any(v.recipient is not None and "tigrayan" in analysis.entity(v.recipient).name.casefold()
                         for v in truce)
