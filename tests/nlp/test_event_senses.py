"""Events: classes of error found in the events shown on US political news (issue 15, ninth round):
event words in a sense that is no PLOVER event, refusals that only might come, a party's or a
faith's adjective standing for the people it describes. Sentences of our own."""
from __future__ import annotations

import pytest


def _events(analysis, text: str) -> list:
    names = {e.id: e.name for e in analysis.entities}
    return [(v.type, text[slice(*v.trigger_span)], names.get(v.actor), names.get(v.recipient), v.status)
            for v in analysis.events]


def _at(analysis, text: str, word: str) -> list:
    """The events a word opens."""
    return [v for v in analysis.events if text[slice(*v.trigger_span)] == word]


def _asserted_at(analysis, text: str, word: str) -> list:
    return [v for v in _at(analysis, text, word) if v.status == "asserted"]


@pytest.mark.parametrize("text, word", [
    # a view shared, not a deal
    ("Fifty-four percent of the county's voters agreed, according to the survey.", "agreed"),
    ("The appeals judge agreed with the landlord that the rent rise was lawful.", "agreed"),
    ("Most economists agreed that the new levy is a poor way to raise money.", "agreed"),
    ("The columnist largely agreed with her editor about the mayor's record.", "agreed"),
    # a reception, not a meeting
    ("The mayor's plan to close two libraries has been met with fierce opposition from parents.", "met"),
    ("The new rules met with skepticism among small traders.", "met"),
    # harm to oneself alone
    ("A retired firefighter shot himself outside the county courthouse on Monday.", "shot"),
    # a figure of speech
    ("Opposition leaders seized on the minister's remark about pensions.", "seized"),
    # sent or released, not given or freed
    ("The regional court sent the case back to a lower court for a new hearing.", "sent"),
    ("The magazine sent its chief correspondent to the border town.", "sent"),
    ("The council released only some of the camera footage from the night of the fire.", "released"),
    # a poll's share agreeing, even on what should be done
    ("In a newspaper poll, 57 percent of residents agreed that the city should build the tram.", "agreed"),
    # a blow dealt, an act ended, a guest that is no party
    ("The vote dealt the prime minister a painful defeat on his flagship bill.", "dealt"),
    ("Shop owners urged the city to end the dispute with the cleaners before the holidays.", "dispute"),
    ("Uganda has hosted more than a million refugees from South Sudan since 2016.", "hosted"),
    # a post held, one's own staff called in
    ("The general now occupies one of the most senior posts in the defence ministry.", "occupies"),
    ("The mayor summoned her chief of staff to City Hall after the vote.", "summoned"),
    # views shared, a sentence served, money given back
    ("Poland shares the same concerns about the pipeline as the Baltic states.", "shares"),
    ("The former senator served two years in prison for fraud.", "served"),
    ("The candidate returned $12,000 in donations from the developer.", "returned"),
])
def test_a_word_in_a_sense_of_no_event_opens_none(analyze, text, word):
    analysis = analyze(text, published="2024-05-02")
    assert not _asserted_at(analysis, text, word), _events(analysis, text)


@pytest.mark.parametrize("text, word, kind", [
    ("Moldova agreed with Romania to open two more border crossings.", "agreed", "AGREE"),
    ("Lithuania summoned the Belarusian envoy to protest over the border incident.", "summoned", None),
    ("Rebel fighters occupied the airport and two army bases overnight.", "occupied", None),
    ("The two governments agreed on a prisoner exchange last week.", "agreed", "AGREE"),
    ("The Greek prime minister met with the Turkish president in Ankara.", "met", "CONSULT"),
    ("Germany sent 300 tonnes of food aid to Sudan.", "sent", "AID"),
    ("The junta released 40 political prisoners on Friday.", "released", None),
])
def test_the_same_words_still_open_the_events_they_report(analyze, text, word, kind):
    analysis = analyze(text, published="2024-05-02")
    found = _asserted_at(analysis, text, word)
    assert found and (kind is None or any(v.type == kind for v in found)), _events(analysis, text)


@pytest.mark.parametrize("text, word", [
    ("If the company fails to clean the site, the state could deny it new drilling permits.", "deny"),
    ("He said that, if elected, he'd withdraw the troops within a year.", "withdraw"),
    ("The response could include expelling diplomats and imposing sanctions on the regime's banks.", "sanctions"),
    ("Only three ministers expressed a willingness to hold talks with the rebels.", "talks"),
    ("The campaign aims to pressure the governor to release the detained activists.", "release"),
    # weighed, not done
    ("The ministry said it was considering sanctions against the judges who ran the trial.", "sanctions"),
    ("The cabinet is weighing imposing tariffs on imported steel.", "imposing"),
])
def test_an_act_that_only_might_come_is_not_asserted(analyze, text, word):
    analysis = analyze(text, published="2024-05-02")
    events = _at(analysis, text, word)
    assert all(v.status != "asserted" for v in events), _events(analysis, text)


def test_a_refusal_said_stays_asserted(analyze):
    text = "The union said it would not accept the new contract offer."
    analysis = analyze(text, published="2024-05-02")
    assert [v for v in analysis.events if v.type == "REJECT" and v.status == "asserted"], _events(analysis, text)


def test_a_party_adjective_stands_for_the_people_it_describes(analyze):
    text = "The Republican candidate attacked his rival as a liar during the debate."
    analysis = analyze(text, published="2024-05-02")
    actors = [analysis.entity(v.actor).name for v in analysis.events if v.actor and v.main]
    assert actors and all(name != "Republican" for name in actors), _events(analysis, text)
    assert any("candidate" in name for name in actors), _events(analysis, text)


def test_an_adjective_of_an_idea_is_no_party(analyze):
    text = "The insurgents waged a long campaign against towns that oppose radical Islamic ideology."
    analysis = analyze(text, published="2024-05-02")
    names = [analysis.entity(r).name for v in analysis.events for r in (v.actor, v.recipient) if r]
    assert "Islamic" not in names, _events(analysis, text)


def test_an_attack_with_a_label_is_verbal(analyze):
    text = "The senator attacked the governor as a coward in a radio interview on Friday."
    analysis = analyze(text, published="2024-05-02")
    types = {v.type for v in _at(analysis, text, "attacked")}
    assert types == {"ACCUSE"}, _events(analysis, text)


def test_who_receives_aid_is_its_recipient(analyze):
    text = "The health ministry received emergency aid from Japan on Monday."
    analysis = analyze(text, published="2024-05-02")
    aid = [v for v in analysis.events if v.type == "AID"]
    assert aid and all(v.actor is None or analysis.entity(v.actor).name != "ministry" for v in aid), _events(analysis, text)
    assert any(v.actor and analysis.entity(v.actor).name == "Japan" for v in aid), _events(analysis, text)


def test_who_acts_despite_facing_criticism_is_its_target(analyze):
    text = "The airline began cutting routes to the north, despite facing criticism from the regional government."
    analysis = analyze(text, published="2024-05-02")
    found = _at(analysis, text, "criticism")
    assert all(v.actor is None or "airline" not in analysis.entity(v.actor).name for v in found), _events(analysis, text)


def test_who_faces_criticism_is_its_target(analyze):
    text = "The interior minister has faced sharp criticism for failing to stop the riots."
    analysis = analyze(text, published="2024-05-02")
    found = _at(analysis, text, "criticism")
    assert found and all(v.actor is None or "minister" not in analysis.entity(v.actor).name for v in found), \
        _events(analysis, text)


def test_protesters_blocking_a_road_protest(analyze):
    text = "Hundreds of protesters blocked the main highway into the capital on Tuesday."
    analysis = analyze(text, published="2024-05-02")
    blocked = _at(analysis, text, "blocked")
    assert blocked and {v.type for v in blocked} == {"PROTEST"}, _events(analysis, text)


def test_police_blocking_a_road_still_coerce(analyze):
    text = "Riot police blocked the road to the parliament building on Tuesday."
    analysis = analyze(text, published="2024-05-02")
    assert all(v.type != "PROTEST" for v in analysis.events), _events(analysis, text)


@pytest.mark.parametrize("title", ["Opposition mayor detained as Armenia protests spread",
                                   "Former minister detained in Tunisia"])
def test_a_headline_dropping_was_names_who_was_acted_on(analyze, title):
    text = title + "\n\nPolice said the arrest was lawful."
    analysis = analyze(text, title=title, published="2024-05-02")
    head = [v for v in analysis.events if v.trigger_span[0] < len(title)]
    assert all(v.actor is None or analysis.entity(v.actor).name not in title for v in head), _events(analysis, text)


@pytest.mark.parametrize("text, person", [
    ("Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed at State House in Nairobi.", "Abiy Ahmed"),
    ("The Turkish president received Hungarian Prime Minister Viktor Orban in Ankara.", "Viktor Orban"),
])
def test_a_title_of_a_country_names_the_person_acted_on(analyze, text, person):
    analysis = analyze(text, published="2024-05-02")
    met = [v for v in analysis.events if v.type == "CONSULT" and v.recipient]
    assert met and all(analysis.entity(v.recipient).name == person for v in met), _events(analysis, text)


@pytest.mark.parametrize("text", [
    "Protesters in the northern town of Mitrovica burned the flag of the ruling party.",
    "Residents of the village of Kafr Nabl protested against the siege on Friday.",
])
def test_the_people_in_the_town_of_x_act_not_x(analyze, text):
    analysis = analyze(text, published="2024-05-02")
    actors = [analysis.entity(v.actor).name for v in analysis.events if v.main and v.actor]
    assert actors and all(name.split()[0] in {"Protesters", "Residents"} for name in actors), _events(analysis, text)


@pytest.mark.parametrize("text, word, asserted", [
    ("The minister said he\u2019d withdraw the ambassador if the talks failed.", "withdraw", False),
    ("He said the rebels had attacked the base, and that he'd attacked it too.", "attacked", True),
    ("The court considered that police had attacked the protesters without warning.", "attacked", True),
])
def test_what_a_contraction_or_a_view_says_of_an_act(analyze, text, word, asserted):
    analysis = analyze(text, published="2024-05-02")
    events = _at(analysis, text, word)
    assert events and any((v.status == "asserted") == asserted for v in events), _events(analysis, text)
