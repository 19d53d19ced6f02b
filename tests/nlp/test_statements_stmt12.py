"""Statements that PolNeAR annotates, dateline missed, and the Gender Gap Tracker's manner counts too
(issue 11, classes found among the misses of PolNeAR's train split, articles 0-150), and one it does
not count, on sentences written for these tests:

* a that-clause whose subject is a free relative ("suggested that what the members did “may have
  broken the law”") is a proposition, though the parser reads "what" as the object;
* a clause after a phrase set off by commas ("says, win or lose on Tuesday, he is staying") is what
  was said, not a bare infinitive;
* a quotation without a verb of its own before its cue, with the speaker in apposition to the words
  the parser made the subject ("“A fine engineer,” Baird, the mayor, said") is the speaker's;
* "X, the union's leader, called on Monday to say that …", read as a noun phrase with a participle,
  is a report by X;
* "accused X of <gerund>" names a charge, a thing done, not a proposition; quoted, the words are the
  accuser's; so does a gerund object ("denied breaking any law", "admitted taking the money");
* a quotation opened by "But" right after a direct statement's sentence goes on with it;
* a curly quotation nested in a straight one does not close it.
"""
from __future__ import annotations


def _said(analysis):
    return [(s.speaker_text, s.content) for s in analysis.statements]


def test_a_that_clause_whose_subject_is_a_free_relative_is_a_statement(analyze):
    text = 'Her spokesman, Paul Grant, suggested that what the council members did "may have broken the law."'
    assert _said(analyze(text)) == [("Her spokesman, Paul Grant",
                                     'what the council members did "may have broken the law')]


def test_a_free_relative_object_is_still_no_statement(analyze):
    assert analyze('The engineer lamented what the inspectors described as "a missed chance."').statements == []


def test_a_clause_after_a_phrase_set_off_by_commas_is_what_was_said(analyze):
    text = "Mayor Tom Baird says, win or lose in Tuesday's vote, he is staying in the race."
    assert _said(analyze(text)) == [("Mayor Tom Baird", "win or lose in Tuesday's vote, he is staying in the race")]


def test_a_verbless_quotation_before_a_speaker_in_apposition(analyze):
    text = '"A fine engineer and a good friend," Baird, the city\'s mayor, said on Monday.'
    assert _said(analyze(text)) == [("Baird, the city's mayor", "A fine engineer and a good friend")]


def test_a_speaker_who_called_on_a_day_to_say_something(analyze):
    text = "The union's leader, Ana Ruiz, called on Monday to say that the workers would strike."
    assert _said(analyze(text)) == [("The union's leader, Ana Ruiz", "the workers would strike")]


def test_an_accusation_of_a_deed_is_no_statement(analyze):
    assert analyze("The union accused the mayor of hiding the report from the council.").statements == []


def test_a_quoted_accusation_is_no_statement_either(analyze):
    # the quoted words are a charge put on the object, as a quoted label is ("called the plan
    # “a disaster”"): the Gender Gap Tracker sets annotated here count neither
    text = 'The union accused the mayor of "wasting every penny of the harbour fund."'
    assert analyze(text).statements == []


def test_a_quotation_the_parser_hung_on_its_speakers_name(analyze):
    text = ("“That’s a reasonable fear, because they’re very passionate and very principled,” Okafor, 61, "
            "told CNN Tuesday when asked about fears that the crews would strike.")
    assert _said(analyze(text)) == [
        ("Okafor, 61", "That’s a reasonable fear, because they’re very passionate and very principled")]


def test_a_quotation_after_but_goes_on_with_the_statement_before(analyze):
    text = ("“I don’t think one vote decides it,” Okafor said outside the hall. "
            "But “the union is stronger with the mayor on board. It helps.”")
    statements = analyze(text).statements
    assert len(statements) == 1
    assert statements[0].content.endswith("It helps")


def test_a_scare_quote_after_but_is_the_writers(analyze):
    text = "“I don’t think one vote decides it,” Okafor said outside the hall. But “experts” on the council disagree."
    assert _said(analyze(text)) == [("Okafor", "I don’t think one vote decides it")]


def test_a_curly_quotation_nested_in_a_straight_one_leaves_it_open(analyze):
    text = ('Dr. Lindqvist stated: "The port authority isn\'t about “public service” anymore. '
            'It is about selling the harbour to the highest bidder."')
    assert _said(analyze(text)) == [("Dr. Lindqvist", "The port authority isn't about “public service” anymore. "
                                                      "It is about selling the harbour to the highest bidder")]


def test_a_gerund_after_a_reporting_verb_names_a_deed(analyze):
    assert analyze("The company denied breaking any law.").statements == []
    assert analyze("The minister admitted taking money from the port authority.").statements == []


def test_a_clause_after_the_same_verb_is_a_statement(analyze):
    assert _said(analyze("The company denied that it had broken any law.")) == [("The company", "it had broken any law")]
