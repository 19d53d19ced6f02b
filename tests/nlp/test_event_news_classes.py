"""Events: classes of error found on judged US political news (issue 15, sixth round): naming
someone as something, calls for an act, acts asked for, the one attacked as actor, warnings
about the world. Sentences of our own."""
from __future__ import annotations

import pytest


def _events(analysis, text: str, word: str) -> list:
    return [v for v in analysis.events if text[slice(*v.trigger_span)] == word]


def _shown(analysis, text: str) -> list:
    return [(v.type, text[slice(*v.trigger_span)], v.status, v.main) for v in analysis.events]


def _name(analysis, entity_id) -> str:
    entity = analysis.entity(entity_id) if entity_id else None
    return entity.name if entity else ""


@pytest.mark.parametrize("text, word, actor, recipient", [
    ("The governor called the senator a liar at a rally on Tuesday.", "called", "governor", "senator"),
    ("The mayor referred to the strikers as thugs.", "referred", "mayor", "strikers"),
    ("Opposition parties branded the governor a dictator.", "branded", "Opposition parties", "governor"),
])
def test_naming_a_party_is_an_accusation(analyze, text, word, actor, recipient):
    analysis = analyze(text, published="2024-05-02")
    found = _events(analysis, text, word)
    assert [v.type for v in found] == ["ACCUSE"], _shown(analysis, text)
    assert actor in _name(analysis, found[0].actor) and recipient in _name(analysis, found[0].recipient)


@pytest.mark.parametrize("text", [
    "The president called the general a hero at the ceremony.",
    "His former coach called him a kind and admirable man.",
])
def test_praise_is_not_an_accusation(analyze, text):
    analysis = analyze(text, published="2024-05-02")
    assert "ACCUSE" not in {v.type for v in _events(analysis, text, "called")}, _shown(analysis, text)


@pytest.mark.parametrize("text", [
    'The former governor called the use of emergency powers "quite dangerous."',
    'The mayor calls the question of housing "a priority" for the city.',
])
def test_calling_a_thing_something_is_no_phone_call(analyze, text):
    analysis = analyze(text, published="2024-05-02")
    assert "CONSULT" not in {v.type for v in analysis.events}, _shown(analysis, text)


def test_a_call_on_a_day_to_talk_is_a_meeting_not_a_request(analyze):
    text = "The president called the Turkish leader on Monday to discuss the war."
    analysis = analyze(text, published="2024-05-02")
    assert {v.type for v in analysis.events} == {"CONSULT"}, _shown(analysis, text)
    assert all(v.status == "asserted" for v in analysis.events), _shown(analysis, text)


def test_naming_a_thing_is_no_event(analyze):
    text = "The coroner called the death a tragic accident."
    analysis = analyze(text, published="2024-05-02")
    assert not _events(analysis, text, "called"), _shown(analysis, text)


@pytest.mark.parametrize("text, asked", [
    ("The senator called for the governor to resign after the scandal.", "resign"),
    ("Union leaders urged the company to withdraw the new contract.", "withdraw"),
])
def test_an_act_asked_for_is_a_request_not_the_act(analyze, text, asked):
    analysis = analyze(text, published="2024-05-02")
    main = [v for v in analysis.events if v.main]
    assert [v.type for v in main] == ["REQUEST"], _shown(analysis, text)
    assert all(v.status != "asserted" for v in _events(analysis, text, asked)), _shown(analysis, text)


@pytest.mark.parametrize("text, word, attacked", [
    ("Campaign ads attacked the governor over his record on taxes.", "attacked", "governor"),
    ("A new television ad attacks the senator for his vote on the budget.", "attacks", "senator"),
])
def test_the_one_attacked_is_never_the_actor(analyze, text, word, attacked):
    analysis = analyze(text, published="2024-05-02")
    for event in _events(analysis, text, word):
        assert attacked not in _name(analysis, event.actor), _shown(analysis, text)


def test_what_is_asked_for_is_not_the_actor(analyze):
    text = "Calls for more troops have grown louder in Congress this week."
    analysis = analyze(text, published="2024-05-02")
    for event in _events(analysis, text, "Calls"):
        assert "troops" not in _name(analysis, event.actor), _shown(analysis, text)


@pytest.mark.parametrize("text", [
    "The minister warned that fuel deliveries could be delayed by the strike.",
    "Economists warned that prices will rise sharply next year.",
])
def test_a_warning_about_the_world_is_no_threat(analyze, text):
    analysis = analyze(text, published="2024-05-02")
    assert "THREATEN" not in {v.type for v in analysis.events}, _shown(analysis, text)


@pytest.mark.parametrize("text", [
    "The union warned that it will strike next week if wages are not raised.",
    "The general warned that the army would respond to any attack on the border.",
])
def test_a_warning_of_ones_own_act_is_a_threat(analyze, text):
    analysis = analyze(text, published="2024-05-02")
    assert "THREATEN" in {v.type for v in _events(analysis, text, "warned")}, _shown(analysis, text)
