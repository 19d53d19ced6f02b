"""A .txt article's headline: the short first line above a blank line is the title; the text is unchanged."""
from __future__ import annotations

import io

import pytest

from dateline.ingest import Article, iter_articles
from dateline.ingest.headline import text_headline
from dateline.ingest.text import read_stdin

BODY = "Farmers blocked the ring road around the capital on Tuesday, police said.\n\nTraffic was diverted.\n"


@pytest.mark.parametrize("first_line", [
    "Farmers block ring road in tractor protest",
    "Why are the farmers angry?",
    "Grain exports to resume, ministry says",
    "Envoy to meet rebels in U.S.",
    "‘We will not leave’: farmers dig in",
])
def test_a_short_first_line_above_a_blank_line_is_the_title(tmp_path, first_line):
    path = tmp_path / "protest.txt"
    text = f"{first_line}\n\n{BODY}"
    path.write_text(text, encoding="utf-8")
    [article] = iter_articles([path])
    assert isinstance(article, Article)
    assert article.title == first_line
    assert article.text == text  # the headline stays in the text: offsets index the file as decoded
    assert article.text[: len(first_line)] == first_line


@pytest.mark.parametrize("text", [
    "Farmers blocked the ring road on Tuesday.\n\nPolice said traffic was diverted.",  # a sentence
    "Farmers block ring road in tractor protest\nPolice said traffic was diverted.",  # no blank line
    "(Last Updated On: March 3, 2026)\n\n" + BODY,  # a time stamp
    "By Amina Yusuf, agriculture correspondent\n\n" + BODY,  # a byline
    "Updated 14 minutes ago\n\n" + BODY,
    "Exclusive\n\n" + BODY,  # one word: a label
    "Farmers block ring road in tractor protest\n\n",  # a headline with no story under it
    "Police said on Tuesday that farmers, who have protested for weeks over fuel and fertiliser prices, had "
    "blocked the ring road with some two hundred tractors\n\n" + BODY,  # too long to be a headline
    "The farmers said:\n\n" + BODY,  # a clause leading into a quotation
])
def test_other_first_lines_give_no_title(text):
    assert text_headline(text) is None


def test_standard_input_gets_its_headline_too():
    stream = io.BytesIO(f"Farmers block ring road\r\n\r\n{BODY}".encode("utf-8"))
    [article] = read_stdin(stream)
    assert article.title == "Farmers block ring road"
    assert article.text.startswith("Farmers block ring road\r\n")
