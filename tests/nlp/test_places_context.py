"""Places: names the model splits or writes short, and organisations that only echo a place's most
famous sense; each on sentences written for the test."""
from __future__ import annotations

import importlib


def _by_text(analysis) -> dict[str, object]:
    text = analysis.text
    return {text[s:e]: place for place in analysis.places for s, e in place.mentions}


def test_an_organisation_named_after_the_town_is_no_evidence_for_its_country(analyze):
    analysis = analyze("Dublin City Council will vote on Monday on a plan to rename Shamrock Street. The Dublin "
                       "Veterinary Clinic, the Dublin Branch library and shops in Historic Dublin asked for more "
                       "parking, and the Franklin County Auditor's Office in Columbus will send letters to residents.")
    dublin = [place for place in analysis.places if place.name == "Dublin"]
    assert dublin and all(place.country == "US" for place in dublin)


def test_two_names_joined_by_and_that_are_one_province(analyze):
    analysis = analyze("Fishermen from Newfoundland and Labrador say the cod quota is too low, and "
                       "their union will meet officials in Halifax next week.")
    places = _by_text(analysis)
    assert "Newfoundland and Labrador" in places
    assert places["Newfoundland and Labrador"].feature == "admin1"
    assert "Labrador" not in places


def test_a_canadian_press_abbreviation_is_the_province(analyze):
    analysis = analyze("A man from Kingston, Ont., was charged after a crash near Moncton, N.B., "
                       "on Friday, police said.")
    places = _by_text(analysis)
    kingston = places.get("Kingston")
    assert kingston is not None and kingston.country == "CA" and kingston.admin1 == "Ontario"
    assert any(place.name == "New Brunswick" for place in analysis.places)


def test_a_people_named_after_its_land_is_the_land(analyze):
    analysis = analyze("South Ossetian militias shelled two villages overnight, and South Ossetian leaders "
                       "refused to meet the envoy from Tbilisi, Georgian officials said.")
    places = _by_text(analysis)
    assert "South Ossetian" in places and places["South Ossetian"].country == "GE"


def test_a_direction_read_as_a_nationality_is_no_province(analyze):
    analysis = analyze("Western diplomats in Nairobi said the talks had stalled, and Southern leaders "
                       "walked out of the meeting.")
    mentioned = set(_by_text(analysis))
    assert "Western" not in mentioned and "Southern" not in mentioned
    assert "Nairobi" in mentioned


def test_a_big_town_read_as_a_people_is_the_town(analyze):
    analysis = analyze("Deputies found the stolen truck at a Palmdale park-and-ride early Sunday, and the "
                       "driver was booked in Los Angeles.")
    places = _by_text(analysis)
    assert "Palmdale" in places and places["Palmdale"].admin1 == "California"


def test_a_people_in_the_plural_is_no_town(analyze):
    analysis = analyze("The Romans built roads across Gaul, and the museum in Lyon shows their milestones.")
    assert "Romans" not in _by_text(analysis)


def test_a_country_among_many_countries_beats_a_small_town_of_the_home_state(analyze):
    analysis = analyze("Veterans from Gainesville, Texas, and Whitesboro, Texas, met on Saturday. They served "
                       "in China, Burma and Japan, and others fought in North Africa, the Middle East, Italy "
                       "and Russia before coming home to Cooke County.")
    places = _by_text(analysis)
    assert "Italy" in places and places["Italy"].feature == "country"



def test_the_answer_does_not_hang_on_the_number_of_passes(analyze, monkeypatch):
    resolve = importlib.import_module("dateline.nlp.places.resolve")  # the module, not the function it exports
    text = ("London council members want the airport to become a cargo hub. London sits close to two U.S. "
            "states and Toronto, White said, and freight from Europe could land in London now that Canada "
            "and Europe have agreed to open their skies.")
    answers = []
    for rounds in (resolve.CONTEXT_ROUNDS, resolve.CONTEXT_ROUNDS + 1):
        monkeypatch.setattr(resolve, "CONTEXT_ROUNDS", rounds)
        answers.append(sorted((place.name, place.country, place.admin1) for place in analyze(text).places))
    assert answers[0] == answers[1]
    assert ("Toronto", "CA", "Ontario") in answers[0]
