"""Publication dates read from the text: stamps and datelines count, dates in the news do not."""
from __future__ import annotations

import pytest

from dateline.dates import parse_date
from dateline.nlp.dates import publication_stamp


@pytest.mark.parametrize("head, expected", [
    ("(Last Updated On: September 15, 2023)\n\nIranian Minister of Intelligence says", "2023-09-15"),
    ("KABUL, Sept. 5, 2023 (Reuters) - Officials said the road had reopened.", "2023-09-05"),
    ("Published 2024-02-19\nThe council approved a flood barrier on Monday.", "2024-02-19"),
    ("Port reopens\n12 March 2022\n\nThe port of Mombasa reopened after a strike.", "2022-03-12"),
    ("WASHINGTON - Twenty years after the attacks of September 11, 2001, the country remains divided "
     "over the war and its cost.", None),
    ("No date at all in this opening line of an article about the weather.", None),
])
def test_publication_stamp(head, expected):
    assert publication_stamp(head) == expected


def test_parse_date_skips_impossible_dates():
    assert parse_date("Posted 2023-02-30, updated 2023-03-01") == "2023-03-01"
    assert parse_date("June 31, 2023 and July 1, 2023") == "2023-07-01"
    assert parse_date("in May 2023") is None


def test_seed_published_from_its_stamp(seed_analysis):
    assert seed_analysis.article.published == "2023-09-15"
