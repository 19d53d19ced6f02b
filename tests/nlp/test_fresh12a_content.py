"""What a source said, in local news (issue 11, fresh12a dev articles), on sentences written for
these tests: a predicate joined to the reported clause under a modal ("and would ask council to …")
is an act the source says it will do, part of what it said; a past-tense conjunct ("and asked …")
is still a report of its own."""
from __future__ import annotations


def _contents(analysis) -> list[str]:
    return [s.content for s in analysis.statements]


def test_a_modal_conjunct_is_part_of_the_report(analyze):
    text = ('The Riverside Tenants Association said that it was "shocked" and would urge the province to '
            'freeze rents.')
    assert _contents(analyze(text)) == ['it was "shocked" and would urge the province to freeze rents']


def test_a_past_conjunct_is_a_report_of_its_own(analyze):
    text = "Dana Whitlock said the plan was unfair and asked the board to vote again."
    assert _contents(analyze(text)) == ["the plan was unfair"]


def test_a_sentence_before_a_semicolon_is_not_the_next_subjects_report(analyze):
    text = ("Harbour Foods is the first grocer to post results this quarter; its two larger rivals report "
            "on Thursday.")
    assert _contents(analyze(text)) == []


def test_a_clause_after_a_semicolon_is_still_reported(analyze):
    text = ("Milk prices rose 4 per cent in March; the dairy board said the increase would not last.")
    assert _contents(analyze(text)) == ["the increase would not last"]


def test_a_circumstance_inside_a_reported_thing_is_no_statement(analyze):
    # a noun-phrase object (results, a deed) with an adverbial clause on it: nothing was quoted
    text = ("Lakeshore Dairy reported a 9 per cent rise in quarterly revenue on Tuesday as demand for cheese "
            "grew. Bayview Airlines reported a loss of $40 million in the first quarter as fuel costs climbed.")
    assert _contents(analyze(text)) == []
