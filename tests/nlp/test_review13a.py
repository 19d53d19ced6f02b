"""A second look at this session's statement rules (review13a): each test shows a sentence of a kind a
new rule was not written for, where it misfired or missed the obvious sibling case. Sentences written
for these tests, not taken from any gold set.
"""
from __future__ import annotations

import pytest


def _said(analysis):
    return [(s.speaker_text, s.content) for s in analysis.statements]


@pytest.mark.parametrize("text, name", [
    # unsaid.SIGN_NOUNS: a person whose surname is a thing that carries a slogan still speaks
    ("Jenson Button said that the car was fast enough to win the race.", "Jenson Button"),
    ("Button said on Sunday that the team would appeal the penalty.", "Button"),
])
def test_a_person_named_like_a_sign_speaks(analyze, text, name):
    (statement,) = analyze(text).statements
    assert statement.speaker_name == name


def test_a_quantifier_subject_of_a_participle_with_a_clause_speaks(analyze):
    # "some explaining to do" is a gerund after a determiner; "both saying that …" is a participle
    # with a clause of its own, and "both" is who says it
    analysis = analyze("Officials from both parties spoke, both saying that the deal was fair.")
    assert [s.content for s in analysis.statements] == ["the deal was fair"]


@pytest.mark.parametrize("text, speaker", [
    # the passive of a verb of causing: the subject was made to say it, and said it
    ("The mayor was forced to admit that the budget was short.", "The mayor"),
    ("The auditors were led to conclude that the accounts had been altered.", "The auditors"),
])
def test_the_subject_of_a_passive_causative_is_the_source(analyze, text, speaker):
    (statement,) = analyze(text).statements
    assert statement.speaker_text == speaker


def test_an_infinitive_read_as_a_purpose_clause_after_a_causative_has_the_object_as_source(analyze):
    # the parser reads "to say" as a purpose clause (advcl) of "pushed", not its complement
    assert _said(analyze("The scandal pushed the minister to say that he would resign.")) == [
        ("the minister", "he would resign")]


@pytest.mark.parametrize("text, said", [
    # the that-clause of "predicts" read as a noun's clause (acl), not a verb's (ccomp)
    ("Trump predicts that the audit will fail.", ("Trump", "the audit will fail")),
    ("Musk claims that the rocket is ready.", ("Musk", "the rocket is ready")),
])
def test_a_verb_in_s_read_as_a_noun_with_a_nouns_clause(analyze, text, said):
    assert _said(analyze(text)) == [said]


def test_a_name_before_a_noun_with_its_determiner_is_no_source(analyze):
    # "the Trump claims" is a noun phrase: the determiner is the noun's, not the name's
    analysis = analyze("He dismissed the Trump claims that the election was stolen.")
    assert all(s.speaker_text != "Trump" for s in analysis.statements)


@pytest.mark.parametrize("text, phrase", [
    # forms._inverted_noun_phrase: a phrase of time or place after the inverted source
    ('"The dam is safe," added the engineer on Tuesday.', "the engineer"),
    ('"We expect rain," warned the forecaster late on Sunday.', "the forecaster"),
])
def test_an_inverted_source_before_a_phrase_of_time_is_the_source(analyze, text, phrase):
    (statement,) = analyze(text).statements
    assert statement.speaker_text == phrase


@pytest.mark.parametrize("text, phrase", [
    # unsaid._evidence: "data" is a document noun, though the lemmatiser makes it "datum"
    ("The data showed that the river had risen.", "The data"),
    ("New data show that exports fell.", "New data"),
])
def test_data_that_show_are_a_document_source(analyze, text, phrase):
    (statement,) = analyze(text).statements
    assert statement.speaker_text == phrase and statement.speaker_type == "document"


@pytest.mark.parametrize("text", [
    # settings.people_beside_setting: "near the town of X" is a setting as "in X" is
    "Soldiers fired on protesters near the town of Gao, killing three.",
    "Police arrested four journalists in the city of Mombasa on Friday.",
])
def test_people_acted_on_beside_a_named_town_are_the_recipient(analyze, text):
    analysis = analyze(text)
    (event,) = [e for e in analysis.events if e.main]
    recipient = text[slice(*event.recipient_span)]
    assert recipient in {"protesters", "four journalists"}


@pytest.mark.parametrize("text, said", [
    # unsaid._request: a clause in the past is a claim, never a deed asked for (no mandative is past)
    ("Scientists propose that the crater was formed by a comet.", ("Scientists", "the crater was formed by a comet")),
    ("The researchers propose that the virus spread from bats to pigs.",
     ("The researchers", "the virus spread from bats to pigs")),
])
def test_a_proposal_of_what_happened_is_a_statement(analyze, text, said):
    assert _said(analyze(text)) == [said]


def test_a_request_for_a_deed_is_still_no_statement(analyze):
    assert analyze("The mayor urged that the council act quickly.").statements == []
