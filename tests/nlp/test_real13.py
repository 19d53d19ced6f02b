"""Classes of errors read on real13's dev half (eight Wikinews articles; see
tests/data/real13_quotes.md). Sentences written for these tests, not taken from the articles.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    # the parser hangs "and Mine Action" on "Chief" and the name on "Mine Action"
    ("U.N. Chief of Peace Operations and Mine Action, Ana Lopes, says the roads are cleared.", "Ana Lopes"),
    ("U.N. Director of Logistics and Field Support, Paul Mensah, says the trucks have arrived.", "Paul Mensah"),
])
def test_a_name_after_a_title_with_and_in_it_is_the_speaker(analyze, text, name):
    (statement,) = analyze(text).statements
    assert statement.speaker_name == name and statement.speaker_type == "person"


def test_a_second_person_joined_by_and_is_not_taken_for_the_title(analyze):
    # a determiner marks a second source: the title's holder is not the deputy's name
    analysis = analyze("The minister and her deputy, Paul Mensah, say the roads are cleared.")
    assert all(s.speaker_name != "Paul Mensah" for s in analysis.statements)


@pytest.mark.parametrize("text, phrase, kind", [
    # the parser takes the inverted subject of "added" for its object (what was added)
    ('"The mill will reopen in June," added the report.', "the report", "document"),
    ("“The plant is safe. We have checked every valve,” added the company statement.",
     "the company statement", "document"),
])
def test_an_inverted_source_after_a_quotation_is_the_source(analyze, text, phrase, kind):
    (statement,) = analyze(text).statements
    assert statement.speaker_text == phrase and statement.speaker_type == kind
    assert statement.content.startswith("The ")


def test_a_cue_with_its_own_subject_keeps_it(analyze):
    # "he" is the subject; "the phrase" is what he added, not a source
    (statement,) = analyze('"It is a good plan," he added the phrase.').statements
    assert statement.speaker_text == "he"


@pytest.mark.parametrize("text", [
    # the bracket breaks the sentence and the parser makes "agencies", inside the quotation, the
    # subject of the cue after it
    '"We are working closely with the U.S. Centers for Disease Control and Prevention [CDC] and state'
    ' agencies to find the cause," added the statement.',
    '"We will keep working with the U.S. Department of Health and Human Services [HHS] and county'
    ' officials to trace the source," added the release.',
])
def test_no_source_is_taken_from_inside_the_quotation(analyze, text):
    (statement,) = analyze(text).statements
    assert statement.speaker_type == "document" and statement.content.startswith("We ")


@pytest.mark.parametrize("text, phrase", [
    # the one made to speak says it, not the data or event that made them
    ("The report prompted Senator Ann Lee to declare that the program had failed.", "Senator Ann Lee"),
    ("The new data led the scientists to conclude that the lake was drying up.", "the scientists"),
    ("Analysis of the samples and the rate at which the ice melts has led the team to conclude that"
     " the glacier will vanish.", "the team"),
])
def test_the_object_of_a_verb_of_causing_is_the_source(analyze, text, phrase):
    (statement,) = analyze(text).statements
    assert statement.speaker_text == phrase


def test_a_request_is_not_read_as_done_by_its_object(analyze):
    # "asked the company to confirm": whether the company confirmed is open
    analysis = analyze("Officials asked the company to confirm that the plant was safe.")
    assert all(s.speaker_text != "the company" for s in analysis.statements)
