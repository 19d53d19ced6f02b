"""Names of people and places as a reader would give them (issues 11 and 15), from the dev articles of
a fresh set of our own (tests/data/fresh11_quotes.md), on sentences written for these tests:

* stacked titles ("Navy spokesman Rear Admiral X", "Army spokesman Major General X") name one
  person, X, with the whole role; the first word of the second title is no person ("Major");
* a foreign country's capital in an article about another country is the capital, not a province
  of the same name abroad: "Washington said …" in a story from Asia is the US capital, not the
  state of Washington (a province abroad is as unlikely there as a town abroad);
* a name the recogniser took for a person's right after an organisation noun ("the party Civic
  Centre") is an organisation's; "One" of "One of the rebels, X" is no role of X.
"""
from __future__ import annotations

import pytest


def test_stacked_titles_name_one_person(analyze):
    analysis = analyze("Army spokesman Major General Oscar Lindqvist told reporters that the border was calm. "
                       "Navy spokesman Rear Admiral Jun Tanaka said the ships had left.")
    persons = [(e.name, e.roles[-1]) for e in analysis.entities if e.type == "PERSON"]
    assert persons == [("Oscar Lindqvist", "Army spokesman Major General"),
                       ("Jun Tanaka", "Navy spokesman Rear Admiral")]


def test_a_foreign_capital_is_no_province_abroad(analyze):
    text = ("HANOI (Reuters) - Vietnam and Laos closed three border crossings on Monday after a dispute over "
            "a dam on the Mekong, officials in Hanoi and Vientiane said.\n\nVietnamese police said 40 trucks "
            "were stuck near Lao Bao. Laos said its own checks in Savannakhet province would continue. "
            "Washington said it was watching the dispute and urged both sides to talk.")
    places = {p.name: p.feature for p in analyze(text).places}
    assert places.get("Washington") == "city"


def test_a_name_after_an_organisation_noun_is_an_organisation(analyze):
    # the recogniser takes both names for people's
    text = ("Two deputies from the junior coalition party Civic Centre joined the opposition. "
            "The charity Helping Hands said it had fed 300 families.")
    types = {e.name: e.type for e in analyze(text).entities}
    assert (types["Civic Centre"], types["Helping Hands"]) == ("ORG", "ORG")


def test_a_person_in_a_relative_clause_on_an_organisation_noun_stays_a_person(analyze):
    types = {e.name: e.type for e in analyze("Investors praised the company Maria Lopez founded in 2010.").entities}
    assert types["Maria Lopez"] == "PERSON"


def test_one_of_a_group_is_no_role(analyze):
    analysis = analyze("One of the three defectors, Ivan Petrov, said he had been offered nothing.")
    [person] = [e for e in analysis.entities if e.name == "Ivan Petrov"]
    assert "One" not in person.roles


@pytest.mark.parametrize("text, person", [
    ("Before joining the union John Smith worked as a welder.", "John Smith"),
    ("After she left the company Maria Lopez founded a charity in Leeds.", "Maria Lopez"),
])
def test_a_name_after_a_clause_that_ends_in_an_organisation_noun_stays_a_person(analyze, text, person):
    # (review11) the noun ends a clause of its own; the name is the subject of the main clause
    types = {e.name: e.type for e in analyze(text).entities}
    assert types[person] == "PERSON"
