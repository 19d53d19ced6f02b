"""Faults found reviewing the speakers work of spk13 (issue 11): rules that fired on sentences they
were not meant for.

Sentences written for these tests, not taken from any gold set.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    # the person is in the next sentence's subject, not its subject: the daughter is who is described
    ("“We never thought it would happen here,” she said. Maria Lopez's daughter has lived on the street "
     "for 20 years.", "Maria Lopez"),
    ("“We never thought it would happen here,” he said. A neighbour of John Smith has lived on the "
     "street for 20 years.", "John Smith"),
])
def test_a_pronoun_is_not_the_person_inside_the_next_subject(analyze, text, name):
    analysis = analyze(text)
    assert [s.speaker_name for s in analysis.statements if s.speaker_name == name] == []


def test_a_pronoun_is_still_the_next_sentence_subject_named_in_apposition(analyze):
    analysis = analyze("“We never thought it would happen here,” she said. The owner, Maria Lopez, has "
                       "lived on the street for 20 years.")
    assert [s.speaker_name for s in analysis.statements] == ["Maria Lopez"]


@pytest.mark.parametrize("text, name", [
    # "Dow Jones" after "The" names an index, not the person "Jones" is
    ("The Dow Jones index fell 2 percent on Monday. Jones said the market would recover by the summer.",
     "Dow Jones"),
])
def test_a_name_after_an_article_is_no_persons_full_name(analyze, text, name):
    analysis = analyze(text)
    assert name not in [s.speaker_name for s in analysis.statements]
    assert [e.type for e in analysis.entities if e.name == name] != ["PERSON"]


def test_one_of_a_people_is_not_the_person_inside_a_subject_before(analyze):
    # the brother grew up near Amarillo and is "the Texan"; his sister is only named in the subject
    analysis = analyze("Maria Delgado's brother grew up near Amarillo. The Texan said the drought had "
                       "ruined the farm.")
    assert [s.speaker_name for s in analysis.statements if s.speaker_name == "Maria Delgado"] == []


def test_one_of_a_people_is_still_the_main_subject_before(analyze):
    analysis = analyze("Maria Delgado grew up near Amarillo. The Texan said the drought had ruined the farm.")
    assert [s.speaker_name for s in analysis.statements] == ["Maria Delgado"]


def test_a_person_named_short_takes_no_bodys_longer_name():
    from dateline.model import Entity
    from dateline.nlp.statements.full_names import fuller_name

    text = "Index falls\nDow Jones fell 2 percent on Monday. Jones said the market would recover."
    jones = Entity(id="E2", name="Jones", type="PERSON", mentions=[(text.index("Jones said"),) * 2])
    index = Entity(id="E1", name="Dow Jones", type="ORG", mentions=[(text.index("Dow"),) * 2])
    assert fuller_name(jones, [index, jones], text) is None


@pytest.mark.parametrize("text, name", [
    # a title and the surname of a person named in full before, read by the recogniser as one ORG
    ("Gen. David Petraeus visited Kabul on Monday. General Petraeus said the troops would stay until May.",
     "David Petraeus"),
    ("Judge Mary Wambui heard the case on Monday. Magistrate Wambui said the case was adjourned to May.",
     "Mary Wambui"),
])
def test_a_title_and_a_named_persons_surname_opens_no_company(analyze, text, name):
    statement = analyze(text).statements[-1]
    assert statement.speaker_name == name and statement.speaker_type == "person"


def test_a_title_word_still_opens_a_company_name(analyze):
    statement = analyze("General Mills said its sales rose in the quarter.").statements[-1]
    assert statement.speaker_name == "General Mills" and statement.speaker_type == "organisation"
