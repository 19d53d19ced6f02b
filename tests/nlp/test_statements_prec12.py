"""Classes of false statements found on a third set of PolNeAR news articles (session twelve, task
prec12), each with sentences of our own, judged in the manner of the Gender Gap Tracker."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # a promise or a threat with an infinitive commits to a deed: nothing is stated to be so
    "The mayor vowed to rebuild the harbour bridge before the winter storms.",
    "The dockers' union threatened to shut the port down for a week.",
    "Ann Ortiz pledged to cut the city's bus fares by a third.",
])
def test_a_promise_to_do_something_is_no_statement(analyze, text):
    assert [s.content for s in analyze(text).statements] == []


@pytest.mark.parametrize("text, content", [
    # with a clause of its own the same verbs state something
    ("The mayor vowed that the harbour bridge would reopen before the winter storms.",
     "the harbour bridge would reopen before the winter storms"),
    ("The dockers' union threatened that the port would stay shut for a week.",
     "the port would stay shut for a week"),
])
def test_a_promise_with_a_clause_is_still_a_statement(analyze, text, content):
    assert content in [s.content for s in analyze(text).statements]


@pytest.mark.parametrize("text", [
    # an indirect question reports what someone wanted to know, not a proposition
    "Councillor Ann Ortiz asked the mayor if the harbour bridge would reopen in May.",
    "Reporters asked the coach whether he planned to resign after the defeat.",
    "We asked our readers what they made of the new bus timetable.",
    "\"No,\" the coach said when asked by a reporter if he planned to resign.",
])
def test_an_indirect_question_is_no_statement(analyze, text):
    assert not any(s.cue and "ask" in s.cue for s in analyze(text).statements)


def test_a_quoted_question_is_still_a_statement(analyze):
    text = "\"Will the harbour bridge reopen in May?\" Councillor Ann Ortiz asked the mayor."
    (statement,) = analyze(text).statements
    assert statement.speaker_name == "Ann Ortiz"


@pytest.mark.parametrize("text", [
    # "he" goes on with the one who was asked, not with a name inside his apposition or his question
    "The vote is in May. When Tom Baker, Ortiz's chief of staff, was asked whether Ortiz would resign, "
    "he said, \"Not this year.\"",
    "The hearing ran late. When Tom Baker, the senator's aide, was asked at a lunch if Senator Ortiz "
    "would hold a press conference, he laughed and said, \"We'll see.\"",
])
def test_a_pronoun_goes_on_with_the_one_asked_not_a_name_inside_the_question(analyze, text):
    (statement,) = analyze(text).statements
    assert (statement.speaker_text, statement.speaker_name) == ("he", "Tom Baker")


@pytest.mark.parametrize("text", [
    # a letter or a column printed as such: the writer's own thought is no quotation of anyone
    "Letters to the editor.\n\nI think the new bus timetable is a sure sign the council has given up on "
    "the old town.\n\nMary Jones, Leeds",
    "We believe the harbour plan will cost far more than the council admits.",
])
def test_the_writers_own_thought_is_no_statement(analyze, text):
    assert [s.content for s in analyze(text).statements] == []


def test_a_third_person_thought_is_still_a_statement(analyze):
    text = "The Department of Transport believes the new timetable will cut waiting times by half."
    assert [s.content for s in analyze(text).statements] == ["the new timetable will cut waiting times by half"]


@pytest.mark.parametrize("text", [
    # what unnamed people might say is the writer's guess, not a report
    "Many would likely point out that the council has broken the same promise twice.",
    "Some might say the harbour plan was doomed from the start.",
    "Others could argue that the new timetable favours the suburbs.",
])
def test_what_unnamed_people_might_say_is_no_statement(analyze, text):
    assert [s.content for s in analyze(text).statements] == []


def test_what_some_said_is_still_a_statement(analyze):
    text = "Some said the harbour plan was doomed from the start."
    assert [s.content for s in analyze(text).statements] == ["the harbour plan was doomed from the start"]


@pytest.mark.parametrize("text", [
    # a quoted name or title before the noun it names is no words said
    "The network decided against broadcasting his “Clean Harbour” gala on Friday.",
    "The council condemned the union's “Fair Fares” campaign in a short letter.",
])
def test_a_quoted_name_inside_a_noun_phrase_is_no_statement(analyze, text):
    assert [s.content for s in analyze(text).statements] == []


@pytest.mark.parametrize("text", [
    "The mayor warned of “a catastrophe that will kill thousands”.",
    # a quoted label put on the object ("called the plan “a disaster”") is no statement: test_statements_forms
])
def test_quoted_words_that_head_the_phrase_are_still_a_statement(analyze, text):
    assert len(analyze(text).statements) == 1


@pytest.mark.parametrize("text", [
    # criticising someone for letting another do something: the object's deed is no proposition said
    "The senator blasted the council for allowing the buses to run late all winter.",
    "Ann Ortiz criticised the minister for forcing the harbour workers to accept a pay cut.",
])
def test_an_object_and_an_infinitive_after_it_are_no_statement(analyze, text):
    assert [s.content for s in analyze(text).statements] == []
