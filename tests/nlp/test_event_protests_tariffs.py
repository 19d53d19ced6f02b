"""Events: classes of error of issue 15's tenth round: civilians' violence and crowds' protests are PROTEST
(PLOVER modes riot, vandalize, demo), a boycott is PROTEST, refuge taken or sought is no aid given, leave
given is YIELD, a seat of government acts for it ("the White House imposed tariffs"), announced tariffs are
SANCTION, and an act only demanded is not what a protest sentence reports. Sentences of our own."""
from __future__ import annotations

import pytest


def _shown(analysis, text: str) -> list:
    names = {e.id: e.name for e in analysis.entities}
    return [(v.type, text[slice(*v.trigger_span)], names.get(v.actor), names.get(v.recipient), v.status, v.main)
            for v in analysis.events]


def _at(analysis, text: str, word: str) -> list:
    return [v for v in analysis.events if text[slice(*v.trigger_span)] == word]


def _main(analysis):
    return next((v for v in analysis.events if v.main), None)


@pytest.mark.parametrize("text, word, event_type", [
    # violence by protesters is a protest (riot, vandalize)
    ("Angry protesters burned an effigy of the prime minister outside the parliament.", "burned", "PROTEST"),
    ("Hundreds of demonstrators torched cars and smashed shop windows in the city centre.", "smashed", "PROTEST"),
    ("Opponents of the ruling party clashed with riot police near the election commission.", "clashed", "PROTEST"),
    # a boycott is a protest
    ("The main opposition party boycotted the parliamentary vote on the budget.", "boycotted", "PROTEST"),
    # leave given is a yield
    ("The defence ministry gave the airline permission to use the military runway.", "gave", "YIELD"),
    ("The regional council granted approval for the new pipeline route.", "granted", "YIELD"),
    # announced tariffs are a sanction
    ("Mexico announced retaliatory tariffs on American pork and cheese on Tuesday.", "announced", "SANCTION"),
    # idioms of attacking in words accuse
    ("The senator unloaded on the governor during a radio interview on Monday.", "unloaded", "ACCUSE"),
    ("The finance minister lashed out at the central bank over interest rates.", "lashed", "ACCUSE"),
])
def test_the_word_opens_an_event_of_its_class(analyze, text, word, event_type):
    analysis = analyze(text, published="2024-05-02")
    found = _at(analysis, text, word)
    assert found and found[0].type == event_type, _shown(analysis, text)


def test_an_armed_group_attacking_stays_an_assault(analyze):
    text = "Rebel fighters attacked an army base near the border town."
    analysis = analyze(text, published="2024-05-02")
    assert "ASSAULT" in {v.type for v in _at(analysis, text, "attacked")}, _shown(analysis, text)


@pytest.mark.parametrize("text", [
    "Thousands of people protested the closure of the steel plant in the northern city.",
    "About 5,000 teachers protested outside the education ministry on Tuesday.",
    "Hundreds of townspeople protested against the new copper mine on Sunday.",
])
def test_a_crowd_protesting_demonstrates(analyze, text):
    analysis = analyze(text, published="2024-05-02")
    found = _at(analysis, text, "protested")
    assert found and found[0].type == "PROTEST", _shown(analysis, text)
    assert found[0].actor_span and text[slice(*found[0].actor_span)].split()[-1] != "mine", _shown(analysis, text)


def test_a_government_protesting_complains(analyze):
    text = "China protested the arms sale to Taiwan in a formal note to Washington."
    analysis = analyze(text, published="2024-05-02")
    assert "PROTEST" not in {v.type for v in _at(analysis, text, "protested")}, _shown(analysis, text)


@pytest.mark.parametrize("text", [
    "The deposed president took refuge in a foreign embassy after the coup.",
    "Hundreds of villagers found shelter in a school after the floods.",
])
def test_refuge_taken_is_no_aid(analyze, text):
    analysis = analyze(text, published="2024-05-02")
    assert "AID" not in {v.type for v in analysis.events}, _shown(analysis, text)


def test_asylum_granted_is_still_aid(analyze):
    text = "Sweden granted asylum to the dissident journalist last year."
    analysis = analyze(text, published="2024-05-02")
    assert "AID" in {v.type for v in analysis.events}, _shown(analysis, text)


def test_a_seat_of_government_acts_for_it(analyze):
    text = "The White House imposed new tariffs on imported aluminium on Friday."
    analysis = analyze(text, published="2024-05-02")
    found = _at(analysis, text, "imposed")
    assert found and found[0].type == "SANCTION", _shown(analysis, text)
    assert found[0].actor_span and text[slice(*found[0].actor_span)] == "White House", _shown(analysis, text)


def test_a_release_only_demanded_is_not_what_a_protest_sentence_reports(analyze):
    text = "Dozens of lawyers staged a protest demanding that the court release their jailed colleague."
    analysis = analyze(text, published="2024-05-02")
    main = _main(analysis)
    assert main is not None and text[slice(*main.trigger_span)] != "release", _shown(analysis, text)


def test_records_handed_to_a_government_are_shared(analyze):
    text = "Switzerland handed bank records of the suspects to the French government last month."
    analysis = analyze(text, published="2024-05-02")
    assert "COOPERATE" in {v.type for v in analysis.events}, _shown(analysis, text)


def test_details_given_to_reporters_are_published(analyze):
    text = "The ministry gave details of the plan to reporters on Monday."
    analysis = analyze(text, published="2024-05-02")
    assert not analysis.events, _shown(analysis, text)


def test_a_release_demanded_of_the_authorities_is_not_done(analyze):
    text = "Hundreds of students marched on Sunday demanding that the authorities release two jailed activists."
    analysis = analyze(text, published="2024-05-02")
    released = _at(analysis, text, "release")
    assert all(v.status != "asserted" and not v.main for v in released), _shown(analysis, text)


@pytest.mark.parametrize("text, word", [
    ("Thousands marched through the capital on Saturday against the pension reform.", "marched"),
    ("Tens of thousands rallied outside parliament as lawmakers debated the bill.", "rallied"),
])
def test_a_crowd_counted_but_not_named_protests(analyze, text, word):
    analysis = analyze(text, published="2024-05-02")
    found = _at(analysis, text, word)
    assert found and found[0].type == "PROTEST" and found[0].actor is not None, _shown(analysis, text)


def test_sharing_part_of_a_border_is_no_cooperation(analyze):
    text = "Niger, which shares part of its northern border with Libya, has taken in thousands of migrants."
    analysis = analyze(text, published="2024-05-02")
    assert not _at(analysis, text, "shares"), _shown(analysis, text)


def test_an_adjective_describing_people_is_no_act(analyze):
    text = "Joint forces of the two armies stormed the rebel camp at dawn."
    analysis = analyze(text, published="2024-05-02")
    assert not _at(analysis, text, "Joint"), _shown(analysis, text)
