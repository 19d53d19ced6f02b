"""Events the PLOVER codebook types apart from their words: an arrest warrant for someone out of
reach is a threat, acts dismissed as crimes an accusation; and a refusal sits on the word that
refuses, not on an act beside it."""
from __future__ import annotations

import pytest


def _main(analysis):
    return next(v for v in analysis.events if v.main)


@pytest.mark.parametrize("text", [
    "A court in Ankara issued arrest warrants for 12 opposition figures living abroad.",
    "A Cairo court issued an arrest warrant for the former minister, who fled the country in 2019.",
])
def test_a_warrant_for_someone_out_of_reach_is_a_threat(analyze, text):
    event = _main(analyze(text, published="2024-05-02"))
    assert (event.type, event.mode) == ("THREATEN", "arrest")


def test_a_warrant_for_someone_at_hand_stays_coercion(analyze):
    text = "Police issued an arrest warrant for the singer after he admitted assaulting a fan."
    assert _main(analyze(text, published="2024-05-02")).type == "COERCE"


@pytest.mark.parametrize("text", [
    "The interior ministry dismissed the strikes as terrorist acts on Tuesday.",
    "The governor dismissed the protests as sabotage by foreign agents.",
])
def test_acts_dismissed_as_crimes_are_an_accusation(analyze, text):
    assert _main(analyze(text, published="2024-05-02")).type == "ACCUSE"


@pytest.mark.parametrize("text", [
    "The army rejected the ceasefire proposal as a deception.",
    "Officials rejected the union's demands as a provocation.",
])
def test_a_proposal_turned_down_stays_a_refusal(analyze, text):
    assert _main(analyze(text, published="2024-05-02")).type == "REJECT"


@pytest.mark.parametrize("text", [
    "The minister said the government would meet the union but would not lift the strike.",
    "The mayor would meet the union but would not lift the strike ban.",
])
def test_a_refusal_is_carried_by_the_word_that_refuses(analyze, text):
    analysis = analyze(text, published="2024-05-02")
    refusals = [text[slice(*v.trigger_span)] for v in analysis.events if v.type == "REJECT"]
    assert "meet" not in refusals and "lift" in refusals, refusals


def test_a_refusal_deeper_than_the_act_reported_does_not_carry_it(analyze):
    text = ("Under the pact, Norway will ask the European Union for an exemption from its fishing quotas, "
            "a request Brussels is expected to refuse.")
    assert _main(analyze(text, published="2024-05-02")).type == "REQUEST"


def test_a_refusal_in_a_reported_clause_carries_it(analyze):
    text = "Norway says it will not accept returned migrants."
    event = _main(analyze(text, published="2024-05-02"))
    assert (event.type, text[slice(*event.trigger_span)]) == ("REJECT", "accept")


@pytest.mark.parametrize("text", [
    "Police issued arrest warrants for a large group of protesters after the riot.",
    "Police issued an arrest warrant for the overseas student who attacked a guard.",
])
def test_a_word_of_reach_that_only_describes_the_wanted_is_no_threat(analyze, text):
    # (review11) "large" and "overseas" put someone out of reach only as "at large", "living overseas"
    assert _main(analyze(text, published="2024-05-02")).type == "COERCE"


def test_a_fugitive_at_large_is_still_out_of_reach(analyze):
    text = "A court issued an arrest warrant for the former governor, who remains at large."
    event = _main(analyze(text, published="2024-05-02"))
    assert (event.type, event.mode) == ("THREATEN", "arrest")
