"""Events: classes of error found on fresh articles of our own (issue 15, seventh round): a town
as the recipient of an act done to people there, the people of a town as actors, labour strikes,
refusals to comment, the subject of a joined clause as recipient, backshifted "until" clauses.
Sentences of our own."""
from __future__ import annotations

import pytest


def _events(analysis, text: str, word: str) -> list:
    return [v for v in analysis.events if text[slice(*v.trigger_span)] == word]


def _shown(analysis, text: str) -> list:
    names = {e.id: e.name for e in analysis.entities}
    return [(v.type, text[slice(*v.trigger_span)], names.get(v.actor), names.get(v.recipient), v.status)
            for v in analysis.events]


def _name(analysis, entity_id) -> str:
    entity = analysis.entity(entity_id) if entity_id else None
    return entity.name if entity else ""


@pytest.mark.parametrize("text, word, recipient", [
    ("The labour minister met striking bus drivers in Leeds on Friday.", "met", "drivers"),
    ("Soldiers detained four students in Mandalay overnight.", "detained", "students"),
])
def test_people_acted_on_are_the_recipient_not_their_town(analyze, text, word, recipient):
    analysis = analyze(text, published="2024-05-02")
    found = _events(analysis, text, word)
    assert found, _shown(analysis, text)
    assert recipient in _name(analysis, found[0].recipient), _shown(analysis, text)


def test_a_country_where_people_are_helped_stays_the_recipient(analyze):
    text = "The agency sent food to help families in Sudan."
    analysis = analyze(text, published="2024-05-02")
    recipients = {_name(analysis, v.recipient) for v in analysis.events}
    assert "Sudan" in recipients, _shown(analysis, text)


def test_the_people_of_a_town_act_not_the_town(analyze):
    text = "Residents of Leeds marched against the new parking charges on Saturday."
    analysis = analyze(text, published="2024-05-02")
    found = _events(analysis, text, "marched")
    assert found and _name(analysis, found[0].actor) == "Residents", _shown(analysis, text)


@pytest.mark.parametrize("text, word", [
    ("Bus drivers strike over pay in three cities", "strike"),
    ("Hospital nurses went on strike on Monday to demand more staff.", "strike"),
    ("Postal workers began a 48-hour strike at midnight.", "strike"),
])
def test_a_labour_strike_is_a_protest(analyze, text, word):
    analysis = analyze(text, published="2024-05-02")
    found = _events(analysis, text, word)
    assert found and {v.type for v in found} == {"PROTEST"}, _shown(analysis, text)


def test_a_military_strike_stays_an_assault(analyze):
    text = "Israeli jets carried out strikes on Hezbollah positions in southern Lebanon."
    analysis = analyze(text, published="2024-05-02")
    assert "ASSAULT" in {v.type for v in _events(analysis, text, "strikes")}, _shown(analysis, text)


@pytest.mark.parametrize("text", [
    "A spokeswoman for the ministry declined to comment on the report.",
    "The company refused to say how many workers had been laid off.",
])
def test_declining_to_comment_rejects_no_one(analyze, text):
    analysis = analyze(text, published="2024-05-02")
    assert not [v for v in analysis.events if v.type == "REJECT"], _shown(analysis, text)


def test_a_refusal_of_a_demand_is_still_a_rejection(analyze):
    text = "The junta refused to release the detained journalists."
    analysis = analyze(text, published="2024-05-02")
    assert "REJECT" in {v.type for v in analysis.events}, _shown(analysis, text)


def test_an_act_awaited_in_reported_speech_is_not_asserted(analyze):
    text = "The union said its members would stay out until the employers agreed to a new contract."
    analysis = analyze(text, published="2024-05-02")
    awaited = [v for v in analysis.events if v.type == "AGREE"]
    assert all(v.status != "asserted" for v in awaited), _shown(analysis, text)


@pytest.mark.parametrize("text, word, actor", [
    ("The Leeds city council fined the landlord for the unsafe flats.", "fined", "council"),
    ("A Mumbai court convicted the former minister of fraud on Tuesday.", "convicted", "court"),
    ("Ohio police arrested three men after the robbery.", "arrested", "police"),
])
def test_a_towns_office_acts_not_the_town(analyze, text, word, actor):
    analysis = analyze(text, published="2024-05-02")
    found = _events(analysis, text, word)
    assert found and actor in _name(analysis, found[0].actor), _shown(analysis, text)


@pytest.mark.parametrize("text, word", [
    ("The watchdog called the ruling a warning to other officials.", "warning"),
    ("The senator described the pact as a betrayal of workers.", "pact"),
])
def test_what_a_judgement_names_is_no_act(analyze, text, word):
    analysis = analyze(text, published="2024-05-02")
    assert not _events(analysis, text, word), _shown(analysis, text)


def test_a_claim_called_baseless_is_still_rejected(analyze):
    text = "The ministry has always called the reports \\u201cbaseless\\u201d.".encode().decode("unicode_escape")
    analysis = analyze(text, published="2024-05-02")
    assert "REJECT" in {v.type for v in analysis.events}, _shown(analysis, text)


@pytest.mark.parametrize("text, word, not_recipient", [
    # the subject of a joined clause
    ("Norway pledged $20 million in relief and the World Bank said it would lend more.", "pledged", "World Bank"),
    # a party in what a joined verb reports
    ("The anti-graft agency welcomed the verdict and said it was investigating four other officials.", "welcomed",
     "officials"),
    # a place in a relative clause on the actor
    ("Qatar, which hosted earlier talks in Doha, urged both sides to accept a truce.", "urged", "Doha"),
    # the object of a joined verb, where the trigger has its own
    ("The militia denied carrying out the raid and accused the police of staging it.", "denied", "police"),
])
def test_a_party_of_another_clause_is_no_recipient(analyze, text, word, not_recipient):
    analysis = analyze(text, published="2024-05-02")
    for event in _events(analysis, text, word):
        assert not_recipient not in _name(analysis, event.recipient), _shown(analysis, text)
