"""Classes of false statements found on ten unseen PolNeAR news articles (session eleven, task prec11),
each with sentences of our own, judged in the manner of the Gender Gap Tracker."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # naming someone something is a label put on them, not a proposition said (the parser takes the
    # name for an infinitive's place: "Trump" an ``xcomp`` of "calling")
    "Democratic candidates went further, with former Vermont Gov. Howard Dean calling Trump a racist.",
    "Republican candidates went further, with former Texas Gov. Rick Perry calling Trump a cancer.",
])
def test_calling_someone_a_name_is_no_statement(analyze, text):
    assert [s.content for s in analyze(text).statements] == []


@pytest.mark.parametrize("text", [
    # a clause inside a relative clause describes the object; the object is a thing, not a proposition
    "The auditors disclosed a set of invoices that forced the council to repay the grant.",
    "The minister spoke in Leeds, recalling a 1998 treaty that collapsed when he was in office.",
])
def test_a_clause_inside_a_relative_clause_of_an_object_is_no_statement(analyze, text):
    assert not any(s.cue in {"disclosed", "recalling"} for s in analyze(text).statements)


@pytest.mark.parametrize("text, content", [
    # a clause of its own after the cue is still a statement
    ("The auditors disclosed that the council had repaid the grant.", "the council had repaid the grant"),
    # a quotation that is the cue's object itself is what was said
    ("The coach said, “We were robbed by the referee tonight.”", "We were robbed by the referee tonight"),
])
def test_clauses_and_quotations_are_still_statements(analyze, text, content):
    contents = [s.content for s in analyze(text).statements]
    assert contents and (content is None or content in contents)


@pytest.mark.parametrize("text", [
    # a free relative names a thing: neither the outer verb nor "what X called" states a proposition
    "They lamented what the reporters described as “a collapse of trust in the city council.”",
    "The union rejected what management described as a final offer.",
    "She criticised what the minister called “a sensible compromise on pensions.”",
])
def test_a_free_relative_is_no_statement(analyze, text):
    assert [s.content for s in analyze(text).statements] == []


@pytest.mark.parametrize("text, content", [
    # "what" as a subject heads a clause, and a quotation that opens with it is a quotation
    ("The mayor said what happened on Friday was a tragedy.", "what happened on Friday was a tragedy"),
    ("“What the council is doing is reckless,” the mayor said.", "What the council is doing is reckless"),
])
def test_what_as_a_subject_is_still_a_statement(analyze, text, content):
    assert [s.content for s in analyze(text).statements] == [content]


def test_the_speaker_of_a_participle_cue_is_not_inside_its_quotation(analyze):
    # the parser hangs the main clause on the quoted "said"; whoever tells the reporters speaks
    text = ("Mayor Ann Ortiz spoke on Monday. Ortiz did not seem impressed with the plan, telling reporters, "
            "“Many people said the chief should resign.”")
    (statement,) = analyze(text).statements
    assert (statement.speaker_name, statement.speaker_text) == ("Ann Ortiz", "Ortiz")


def test_a_pronoun_goes_back_to_the_speaker_not_to_a_name_in_what_she_recalled(analyze):
    # "President Obama" is a later subject, but of the clause Park reported; Park goes on speaking
    text = ("Senator Jane Park spoke in Ohio. \"We came close,\" Park said, recalling that she and President "
            "Obama were in the Senate. \"President Obama and I voted for it.\" The failure was \"sad,\" she said.")
    last = analyze(text).statements[-1]
    assert (last.speaker_text, last.speaker_name) == ("she", "Jane Park")


def test_a_clause_misparsed_as_a_quantifier_object_is_still_a_statement(analyze):
    # "many" parsed as the object of "said", the rest as a relative clause: still what she said
    text = ("Ann Ortiz, a spokeswoman for the council, said many of the reports that critics point to as proof "
            "failed to mention that the programme helped rebuild the old docks.")
    assert any(s.cue == "said" for s in analyze(text).statements)


@pytest.mark.parametrize("text", [
    # a negated cue with an indirect question says that nothing was said (as "would not say whether")
    "We do not know how many people were hurt.",
    "The minister would not say when the talks would resume.",
    "Officials did not explain why the bridge was closed.",
    # a question after a preposition is the topic of talk, not a proposition
    "The advice repeatedly changed on whether we should count visitors.",
    "The council argued over whether the library should close.",
])
def test_an_indirect_question_withheld_or_as_a_topic_is_no_statement(analyze, text):
    assert [s.content for s in analyze(text).statements] == []


@pytest.mark.parametrize("text, content", [
    ("The mayor did not say that the plan had failed.", "the plan had failed"),
    ("She explained how the scheme had worked for years.", "how the scheme had worked for years"),
])
def test_a_clause_after_a_cue_is_still_a_statement(analyze, text, content):
    assert [s.content for s in analyze(text).statements] == [content]


def test_a_quoted_question_that_opens_with_what_is_still_a_statement(analyze):
    # "WHAT" is parsed as the object of "ask", after it: a question word, not a free relative
    text = "A voter would now ask: ''WHAT? The mayor is closing the library that her own father built for us?''"
    assert [s.cue for s in analyze(text).statements] == ["ask"]


@pytest.mark.parametrize("text, content", [
    # (review11) a question word or "if" that opens an adverbial clause inside the reported clause does
    # not make it a question: what was not disputed is the whole clause
    ("The ministry did not dispute that when the dam broke, hundreds of homes were flooded.",
     "when the dam broke, hundreds of homes were flooded"),
    ("The mayor did not deny that when she took office the city was bankrupt.",
     "when she took office the city was bankrupt"),
])
def test_a_negated_cue_with_a_clause_opened_by_an_adverbial_is_still_a_statement(analyze, text, content):
    assert [s.content for s in analyze(text).statements] == [content]
