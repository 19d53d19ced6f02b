"""Words in quotation marks that are no quotation (fresh12b: culture and local news).

A name a band or a group gives itself ("calls itself “Northern Static”") was stored as what the
band said. Sentences written for these tests, not taken from the fresh12b articles.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    'The band, which calls itself "Northern Static," played to 3,000 fans in Moncton.',
    'The parents\' group calls itself "Families for Fair Schools" and has 400 members.',
    'The councillor calls himself "the last honest man at city hall."',
])
def test_a_name_given_to_oneself_is_no_statement(analyze, text):
    assert [s.content for s in analyze(text).statements] == []


def test_a_clause_told_to_oneself_is_still_reported(analyze):
    # the reflexive is the listener here, and the clause is what was said
    statements = analyze("The coach told himself the team would recover by spring.").statements
    assert [s.content for s in statements] == ["the team would recover by spring"]


@pytest.mark.parametrize("text, content", [
    # "said in a letter (to X) that …": the parser reads the clause as a relative clause of the medium
    ("University of Toronto president Meric Gertler said in a letter to students that the encampment must end.",
     "the encampment must end"),
    ("The ministry said in a news release that the road would reopen on Friday.", "the road would reopen on Friday"),
])
def test_a_clause_after_the_medium_is_what_was_said(analyze, text, content):
    assert [s.content for s in analyze(text).statements] == [content]


def test_a_clause_that_says_who_wrote_the_medium_is_no_statement(analyze):
    assert analyze("The dean said in a letter that she wrote to parents.").statements == []
