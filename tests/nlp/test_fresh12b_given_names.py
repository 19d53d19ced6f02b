"""The name an otherwise unnamed person goes by, given in the source phrase (fresh12b: local news
quotes residents "who gave only a first name"; Curtis, the evacuee's neighbour, had been unnamed).

Sentences written for these tests, not taken from the fresh12b articles.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("One nurse, who gave her first name, Joanne, told reporters the ward had been full for a week.", "Joanne"),
    ("One shopper, who identified herself only as Maria, said prices had doubled since spring.", "Maria"),
    ("His brother, who gave only his first name, Dmitri, said the family had left at dawn.", "Dmitri"),
])
def test_a_name_given_in_the_relative_clause_names_the_speaker(analyze, text, name):
    (statement,) = analyze(text).statements
    assert statement.speaker_name == name and statement.speaker_type == "person"


def test_a_pronoun_after_a_given_name_points_back_to_it(analyze):
    text = ('His brother, who gave only his first name, Dmitri, said the family had left at dawn. '
            '"We took nothing," he said.')
    assert [s.speaker_name for s in analyze(text).statements] == ["Dmitri", "Dmitri"]


@pytest.mark.parametrize("text", [
    # someone else the clause speaks of, or no name at all: the source stays unnamed
    "A farmer who met Premier Smith on Monday said the talks went well.",
    "One resident, who asked not to be named, said the water was rising.",
])
def test_other_names_in_the_clause_do_not_name_the_speaker(analyze, text):
    (statement,) = analyze(text).statements
    assert statement.speaker_name is None


def test_a_name_an_organisation_is_known_by_is_no_persons(analyze):
    # "which" or no relative pronoun: a band or a group, not a person, whatever it is known as
    text = "The group, known as the Coalition for Safe Streets, said the city had ignored its petition."
    (statement,) = analyze(text).statements
    assert statement.speaker_type != "person"
