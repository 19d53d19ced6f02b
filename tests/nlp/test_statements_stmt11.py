"""Statements that PolNeAR annotates and dateline missed (issue 11, its train split's misses sorted
by class), on sentences written for these tests:

* a quotation that goes on after its attribution ("X is “…,” she said. “…”") continues the
  statement when the first part is a mixed one, whose last words are quoted, as it does after a
  direct one;
* the same with the New York Times' doubled apostrophes; and a quotation whose opening mark the
  sentence splitter left at the end of the sentence before still opens its own sentence;
* an inverted attribution that ends the sentence after a comma ("…, said the company's president,
  Maria Lindqvist.") reports the words before it.
"""
from __future__ import annotations

import pytest


def _said(analysis):
    return [(s.speaker_text, s.content) for s in analysis.statements]


@pytest.mark.parametrize("opening, closing", [("“", "”"), ("''", "''")])
def test_a_quotation_after_a_mixed_statement_goes_on_with_it(analyze, opening, closing):
    text = (f"The harbour is {opening}barely keeping afloat,{closing} Ms. Okafor said on Monday. "
            f"{opening}We lost three ferries in a year and nobody in the city noticed.{closing}")
    statements = analyze(text).statements
    assert len(statements) == 1
    assert statements[0].speaker_text == "Ms. Okafor"
    assert statements[0].content.endswith("nobody in the city noticed")
    assert statements[0].content_spans is not None and len(statements[0].content_spans) == 2


def test_a_scare_quote_after_a_mixed_statement_is_no_continuation(analyze):
    text = "The mayor called the plan “a disaster.” “Fine,” the engineer said."
    assert [speaker for speaker, _ in _said(analyze(text))][:1] == ["The mayor"]
    assert all("Fine" not in content for speaker, content in _said(analyze(text)) if speaker == "The mayor")


def test_a_doubled_mark_left_at_the_end_of_a_sentence_opens_the_next_quotation(analyze):
    text = ("Ms. Okafor said the harbour was barely keeping afloat on Monday. ''We lost three ferries "
            "in a year and nobody in the city noticed.''")
    assert _said(analyze(text)) == [
        ("Ms. Okafor", "the harbour was barely keeping afloat on Monday"),
        ("Ms. Okafor", "We lost three ferries in a year and nobody in the city noticed")]


def test_an_inverted_attribution_at_the_end_reports_the_sentence_before_it(analyze):
    text = ("In the valley, the old paper mill is still running, but it is under heavy pressure from "
            "cheaper imports, said the company's president, Maria Lindqvist.")
    assert _said(analyze(text)) == [
        ("the company's president, Maria Lindqvist",
         "In the valley, the old paper mill is still running, but it is under heavy pressure from cheaper imports")]


def test_an_inverted_cue_inside_a_clause_is_no_attribution(analyze):
    text = "The ferry runs daily, said to be the oldest on the coast, and carries forty cars."
    assert _said(analyze(text)) == []
