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
