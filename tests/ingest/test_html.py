"""HTML ingest: main text and metadata with trafilatura, dates, encodings, broken pages."""
from __future__ import annotations

from pathlib import Path

from dateline.ingest import Article, Reject, iter_articles
from dateline.ingest.html import article_from_html, decode_html, fragment_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"

STORY = """<html><head><title>{title}</title>{head}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><p>{body}</p>
<p>The delegation is expected to return to the capital on Friday, officials said.</p></article>
</body></html>"""


def test_fixture_page_gives_text_and_metadata():
    [article] = iter_articles([FIXTURES / "article.html"])
    assert isinstance(article, Article)
    assert article.title == "Harbour workers end strike after pay deal"
    assert article.url == "https://ledger.example.com/2024/03/07/harbour-strike-ends"
    assert article.source == "The Coastal Ledger"
    assert article.published == "2024-03-07"
    assert article.origin == str(FIXTURES / "article.html")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[1].startswith("Dock workers in Port Alder returned to work on Thursday")
    assert "“This agreement gives our members the security they asked for,”" in article.text
    # Navigation, the "most read" box and the footer are not article text.
    for boilerplate in ("Home", "Most read", "Storm closes coastal road", "All rights reserved"):
        assert boilerplate not in article.text


def test_url_given_by_the_caller_wins_and_fallback_date_is_used():
    page = STORY.format(title="Delegation visits", head="",
                        body="A trade delegation from Lindora arrived in Port Alder on Tuesday.")
    article = article_from_html(page, url="https://archive.example.org/delegation",
                                fallback_date="2024-06-11T14:02:55Z")
    assert article.url == "https://archive.example.org/delegation"
    assert article.origin == "https://archive.example.org/delegation"
    assert article.published == "2024-06-11"
    assert article.text.startswith("A trade delegation from Lindora arrived")


def test_date_in_the_page_beats_the_fallback():
    head = '<meta name="date" content="2021-02-03">'
    page = STORY.format(title="Delegation visits", head=head,
                        body="A trade delegation from Lindora arrived in Port Alder on Tuesday.")
    article = article_from_html(page, fallback_date="2024-06-11")
    assert article.published == "2021-02-03"


def test_meta_charset_cp1252_page_is_decoded(tmp_path):
    page = STORY.format(title="Caf\u00e9 owners protest", head='<meta charset="windows-1252">',
                        body="Caf\u00e9 owners in S\u00e3o Tom\u00e9 Street said the new tax was \u201cunfair\u201d.")
    path = tmp_path / "cafe.htm"
    path.write_bytes(page.encode("cp1252"))
    [article] = iter_articles([path])
    assert "Caf\u00e9 owners in S\u00e3o Tom\u00e9 Street said the new tax was \u201cunfair\u201d." in article.text
    assert decode_html(page.encode("cp1252")) == page


def test_broken_html_and_pages_without_text_are_rejected(tmp_path):
    truncated = tmp_path / "truncated.html"
    truncated.write_text("<html><head><title>Half a page</title></head><body><div class=", encoding="utf-8")
    empty_body = tmp_path / "empty_body.html"
    empty_body.write_text("<html><head><title>Nothing</title></head><body></body></html>", encoding="utf-8")
    garbage = tmp_path / "garbage.html"
    garbage.write_bytes(b"<<<>>>\x00\x00\x00\xff\xfe")
    records = list(iter_articles([truncated, empty_body, garbage]))
    assert all(isinstance(r, Reject) for r in records)
    assert records[0].reason == "no article text: the HTML is broken or has no main content"
    assert records[1].reason == "no article text: the HTML is broken or has no main content"
    assert records[2].reason.startswith("binary file")


def test_fragment_text_flattens_short_html():
    assert fragment_text("Plain words only.") == "Plain words only."
    assert fragment_text("<p>Talks resume <b>Monday</b>.</p><p>Second point.</p>") == \
        "Talks resume Monday.\n\nSecond point."
