"""Speakers of general news named in ways the wire stories of earlier gold sets did not use (fresh12b).

Sentences written for these tests, not taken from the fresh12b articles.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    # a role held at an organisation, then the name: the parser hangs the name on the organisation
    ("Her lawyer at Baxter and Finch, Olivia Strand, said the appeal would be filed on Monday.", "Olivia Strand"),
    ("The producer at Northern Lights Studio, Maria Kowal, told reporters the show was cancelled.", "Maria Kowal"),
])
def test_a_name_after_a_role_at_an_organisation_is_the_speaker(analyze, text, name):
    (statement,) = analyze(text).statements
    assert statement.speaker_name == name and statement.speaker_type == "person"


def test_the_short_name_then_points_back_to_that_person(analyze):
    text = ("Her agent at Sterling Talent, Rob Keane, said the singer was resting. "
            "Keane said the tour would resume in May.")
    assert [s.speaker_name for s in analyze(text).statements] == ["Rob Keane", "Rob Keane"]


def test_a_company_named_with_commas_is_not_a_person_in_apposition(analyze):
    # only a person's name closes the phrase; a company after a role keeps the role unnamed
    text = "A director of Hollis, Reed and Pratt said the merger would close in June."
    assert [s.speaker_name for s in analyze(text).statements] != ["Pratt"]


@pytest.mark.parametrize("text, name", [
    # an organisation named before the noun of its kind ("the X agency", "the X utility")
    ("The Parks Canada agency said the trail would stay closed until spring.", "Parks Canada"),
    ("The Halifax Water utility said pipes had burst under two streets.", "Halifax Water"),
])
def test_a_name_before_the_noun_of_its_kind_is_the_organisation(analyze, text, name):
    (statement,) = analyze(text).statements
    assert statement.speaker_name == name and statement.speaker_type == "organisation"


@pytest.mark.parametrize("text", [
    # a place or a people before the noun says whose the body is: no name is given
    "The Alberta agency said the fire had grown overnight.",
    "The Toronto company said the recall was voluntary.",
    # a body of the actor dictionary before the noun owns the organisation; it does not name it
    "The United Nations agency stated that half of the patients had died at home.",
])
def test_a_place_before_the_noun_of_a_kind_is_no_name(analyze, text):
    (statement,) = analyze(text).statements
    assert statement.speaker_name is None


@pytest.mark.parametrize("text, name", [
    # a province's regulator or watchdog, named by its owner as a country's ministry is
    ("Alberta's energy regulator says it will review the spill near the river.", "Alberta's energy regulator"),
    ("Ontario's privacy watchdog said it would investigate the breach.", "Ontario's privacy watchdog"),
])
def test_a_provincial_regulator_is_an_organisation_named_by_its_owner(analyze, text, name):
    (statement,) = analyze(text).statements
    assert statement.speaker_name == name and statement.speaker_type == "organisation"


def test_the_regulator_points_back_to_the_one_named_before(analyze):
    text = "The Canada Energy Regulator approved the line on Monday. The regulator said the risks were low."
    assert [s.speaker_name for s in analyze(text).statements] == ["Canada Energy Regulator"]
