"""Abbreviated ranks of Canadian police and councils before a name (fresh12b: general Canadian news).

The tokenizer split "Cpl." into "Cpl" and ".", the parser ended the sentence there, and a quotation
before "said RCMP Cpl. Jean Tremblay" was stored with the rank as its speaker. Sentences written for
these tests, not taken from the fresh12b articles.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ('"Stay home if you can," said RCMP Cpl. Jean Tremblay.', "Jean Tremblay"),
    ('"The driver was not hurt," said Const. Amy Lee of the Toronto Police Service.', "Amy Lee"),
    ('"We are asking for patience," said Supt. Dana Reid.', "Dana Reid"),
    ('"It was a tragic accident," said Staff Sgt. Ken Lowe.', "Ken Lowe"),
    ('"We need more buses," said Coun. Maria Diaz.', "Maria Diaz"),
])
def test_a_name_after_an_abbreviated_rank_is_the_speaker(analyze, text, name):
    (statement,) = analyze(text).statements
    assert statement.speaker_name == name and statement.speaker_type == "person"


def test_an_abbreviated_rank_does_not_end_the_sentence(nlp):
    doc = nlp('"Stay home if you can," said RCMP Cpl. Jean Tremblay.')
    assert len(list(doc.sents)) == 1
    assert "Cpl." in [t.text for t in doc]


def test_the_rank_is_recorded_as_the_speakers_role(analyze):
    analysis = analyze("Insp. Mark Kowal told reporters two people had been arrested.")
    (person,) = [e for e in analysis.entities if e.name == "Mark Kowal"]
    assert any("Insp" in role for role in person.roles), person.roles


@pytest.mark.parametrize("text, name", [
    # a hyphened role before the name, whose lower-case end the tagger made a proper noun
    ("Singer-songwriter Maya Rousseau said she wrote most of the album on tour.", "Maya Rousseau"),
    ("Singer-songwriter Teo Brandt told the crowd the song was about his father.", "Teo Brandt"),
    # a lower-case particle inside a name is still the name's
    ("European Commission President Ursula von der Leyen said the deal was fair.", "Ursula von der Leyen"),
])
def test_a_hyphened_role_is_no_part_of_the_name(analyze, text, name):
    (statement,) = analyze(text).statements
    assert statement.speaker_name == name


@pytest.mark.parametrize("text, name", [
    # "Amir" before a surname is a first name, not a title ("emir" still is one)
    ("Amir Khan, a shop owner, said sales had fallen by half.", "Amir Khan"),
    ("Dr. Amir Saleh, the lead author, said the results surprised him.", "Amir Saleh"),
])
def test_a_first_name_spelled_like_a_title_is_part_of_the_name(analyze, text, name):
    (statement,) = analyze(text).statements
    assert statement.speaker_name == name


@pytest.mark.parametrize("text, name", [
    # members of Canada's provincial legislatures, titled as an MP is
    ("Liberal MLA Rachna Singh said the cuts were reckless.", "Rachna Singh"),
    ("MPP Peter Tabuns said the transit plan was two years late.", "Peter Tabuns"),
])
def test_a_provincial_legislators_title_is_no_part_of_the_name(analyze, text, name):
    (statement,) = analyze(text).statements
    assert statement.speaker_name == name
