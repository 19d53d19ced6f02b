"""Speakers named by office, by a shared surname, or by a company's namesake word (issue 11, spk13b).

Sentences written for these tests, not taken from any gold set.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    # an apposition gives the office; the description repeats its words
    ("Donald Trump, the Republican nominee, held a rally in Ohio. The Republican nominee told reporters "
     "that trade was unfair.", "Donald Trump"),
    ("Hillary Clinton, the former secretary of state, spoke in Denver. The former secretary of state said "
     "the deal was a mistake.", "Hillary Clinton"),
    # a title before the name gives it
    ("Former Secretary of State Hillary Clinton spoke in Denver. The former secretary of state said the "
     "deal was a mistake.", "Hillary Clinton"),
])
def test_an_office_description_is_the_one_person_given_that_office(analyze, text, name):
    (statement,) = analyze(text).statements
    assert statement.speaker_name == name and statement.speaker_type == "person"


@pytest.mark.parametrize("text", [
    # two people given the office: no guess
    "Donald Trump, the Republican nominee, held a rally in Ohio. Mitt Romney, the Republican nominee in "
    "2012, stayed away. The Republican nominee told reporters that trade was unfair.",
    # nobody given it
    "Donald Trump held a rally in Ohio. The Republican nominee told reporters that trade was unfair.",
    # another office than the one given
    "Hillary Clinton, the former secretary of state, spoke in Denver. The former governor said the deal "
    "was a mistake.",
])
def test_an_office_no_one_or_two_held_stays_unnamed(analyze, text):
    (statement,) = analyze(text).statements
    assert statement.speaker_name is None


@pytest.mark.parametrize("pronoun, name", [("she", "Anna Berg"), ("he", "Peter Berg")])
def test_the_pronoun_a_shared_surname_reports_settles_who(analyze, pronoun, name):
    analysis = analyze(f"Anna Berg and her brother Peter Berg run the farm. Berg said {pronoun} would sell the cows.")
    (statement,) = analysis.statements
    assert statement.speaker_name == name


@pytest.mark.parametrize("text, name", [
    # "Ken" is the short form of "Kenneth": one person, though "she" tells nothing between them
    ("Kenneth Lund chairs the board. Ken Lund spoke in Oslo on Monday. Lund said he would stay.",
     {"Kenneth Lund", "Ken Lund"}),
])
def test_names_that_may_be_one_person_are_no_namesakes(analyze, text, name):
    assert analyze(text).statements[-1].speaker_name in name


def test_a_company_named_after_a_person_reports_its_acts_as_it(analyze):
    analysis = analyze("Ford Motor Co. reported results on Monday. Henry Ford's great-grandson runs the board. "
                       "Ford said it would close two plants in Ohio.")
    (statement,) = analysis.statements
    assert statement.speaker_name == "Ford Motor Co." and statement.speaker_type == "organisation"


@pytest.mark.parametrize("text, name", [
    # the person speaks of themself
    ("Ford Motor Co. reported results on Monday. Henry Ford's great-grandson runs the board. "
     "Ford said he was proud of the workers.", "Henry Ford"),
    # "it" is her own business, and no company is named after her
    ("Maria Lopez runs a bakery in Leeds. Lopez said it would hire ten workers.", "Maria Lopez"),
])
def test_a_namesake_person_stays_a_person(analyze, text, name):
    (statement,) = analyze(text).statements
    assert statement.speaker_name == name and statement.speaker_type == "person"
