"""Events: a light verb's object names the act ("staged a protest"), nouns naming people are parties and
not triggers, verb and object keys ("imposed tariffs"), and the argument-class features."""
from __future__ import annotations

import pytest

from dateline.nlp.events import types as event_types
from dateline.nlp.events.arguments import argument_classes, standing_for


def _sentence(nlp, text: str):
    return next(iter(nlp(text).sents))


def _word(sent, text: str):
    return next(t for t in sent if t.text == text)


@pytest.mark.parametrize("text, verb, noun", [
    ("Hundreds of nurses staged a protest outside the ministry on Friday.", "staged", "protest"),
    ("The two navies began a new round of joint exercises in the Gulf.", "began", "exercises"),
    ("Rebels carried out an attack on the army base overnight.", "carried", "attack"),
])
def test_a_light_verb_hands_the_event_to_its_object(nlp, text, verb, noun):
    sent = _sentence(nlp, text)
    found = [t.text for t in event_types.candidates(sent)]
    assert verb not in found and noun in found, found
    # The trainers' walk up the tree stops at the verb and takes its object.
    assert standing_for(_word(sent, verb)).text == noun


def test_a_light_verb_with_no_event_object_stays_a_candidate(nlp):
    sent = _sentence(nlp, "The army launched a satellite from the coast.")
    assert "launched" in [t.text for t in event_types.candidates(sent)]
    # "carry" without "out" is no light verb ("carried a letter from the president").
    sent = _sentence(nlp, "The envoy carried a protest from the president to the summit.")
    assert "carried" in [t.text for t in event_types.candidates(sent)]


def test_nouns_that_name_people_are_no_triggers(nlp):
    sent = _sentence(nlp, "Protesters burned a flag outside the embassy.")
    found = [t.text for t in event_types.candidates(sent)]
    assert "Protesters" not in found and "burned" in found
    # ... but they describe the verb's subject for the type model.
    assert "A:nsubj:LEX=PROTEST" in event_types.trigger_features(_word(sent, "burned"))


@pytest.mark.parametrize("text, verb, expected", [
    ("Washington imposed tariffs on steel from the bloc.", "imposed", "SANCTION"),
    ("The government lifted tariffs on rice imports last week.", "lifted", "YIELD"),
])
def test_tariffs_take_their_sense_from_the_verb(nlp, text, verb, expected):
    sent = _sentence(nlp, text)
    assert {t for t, _ in event_types.lexicon_entries(_word(sent, verb))} == {expected}


def test_argument_classes_say_what_kind_of_thing_a_word_names(nlp):
    sent = _sentence(nlp, "Police sent troops and a letter to the province.")
    sent_word = _word(sent, "sent")
    assert "A:nsubj=force" in argument_classes(_word(sent, "Police"), "nsubj")
    assert "A:dobj=force" in argument_classes(_word(sent, "troops"), "dobj")
    assert argument_classes(_word(sent, "letter"), "dobj") == ["A:dobj=noun"]
    assert "A:dobj=force" in event_types.trigger_features(sent_word)


@pytest.mark.parametrize("text, verb", [
    ("The dockworkers called off their strike after the port raised wages.", "called"),
    ("The government rolled back tariffs on imported rice.", "rolled"),
    ("The teachers' union ended its strike on Monday.", "ended"),
])
def test_ending_ones_own_protest_or_policy_is_a_concession(nlp, text, verb):
    sent = _sentence(nlp, text)
    assert {t for t, _ in event_types.lexicon_entries(_word(sent, verb))} == {"YIELD"}


@pytest.mark.parametrize("text, wanted", [
    ("The foreign ministers of Chile and Peru will hold talks in Lima next week.", "AGREE"),
    ("The opposition coalition will boycott the presidential election in March.", "THREATEN"),
])
def test_an_announced_act_is_a_promise_or_a_threat(analyze, text, wanted):
    analysis = analyze(text, published="2024-05-02")
    main = [v for v in analysis.events if v.main]
    assert [(v.type, v.status) for v in main] == [(wanted, "asserted")], \
        [(v.type, text[slice(*v.trigger_span)], v.status, v.main) for v in analysis.events]


def test_going_on_strike_is_the_strike(nlp):
    sent = _sentence(nlp, "Hospital nurses went on strike on Monday to demand more staff.")
    found = [t.text for t in event_types.candidates(sent)]
    assert "went" not in found and "strike" in found, found
    # "went to Paris": no act for the verb to hand on
    assert "went" in [t.text for t in event_types.candidates(_sentence(nlp, "The minister went to Paris on Monday."))]
