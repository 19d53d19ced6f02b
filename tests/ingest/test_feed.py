"""RSS and Atom ingest: one article per entry, HTML stripped, dates and links kept."""
from __future__ import annotations

from pathlib import Path

from dateline.ingest import Article, Reject, iter_articles
from dateline.ingest.feed import looks_like_feed

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_rss_entries_use_content_then_summary():
    path = FIXTURES / "feed.rss"
    records = list(iter_articles([path]))
    assert [type(r) for r in records] == [Article, Article, Reject]
    strike, ferry, gallery = records
    assert strike.text == (
        "Dock workers in Port Alder returned to work on Thursday after their union accepted a pay offer."
        "\n\n“This agreement gives our members security,” union secretary Tomas Reyes said.")
    assert strike.title == "Harbour workers end strike after pay deal"
    assert strike.url == "https://ledger.example.com/2024/03/07/harbour-strike-ends"
    assert strike.source == "The Coastal Ledger"
    assert strike.published == "2024-03-07"
    assert strike.origin == f"{path}#1"
    # The summary's <b> is stripped; the date is the publisher's day, not moved to UTC.
    assert ferry.text == "The town council voted on Wednesday to add two evening crossings to the island ferry."
    assert ferry.published == "2024-03-06"
    assert gallery == Reject(f"{path}#3", "empty: feed entry has no content or summary text")


def test_atom_entries():
    records = list(iter_articles([FIXTURES / "feed.atom"]))
    bridge, choir = records
    assert bridge.text.endswith("\n\nDrivers will be sent through Millbrook instead.")
    assert (bridge.source, bridge.published, bridge.url) == \
        ("Valley Courier", "2024-05-01", "https://courier.example.net/news/bridge-repairs")
    assert choir.text == "Pupils from Hillside School took first place at the regional choir festival on Saturday."
    assert choir.published == "2024-04-28"  # no <published>: the <updated> date


def test_xml_that_is_not_a_feed_is_rejected(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>',
                    encoding="utf-8")
    broken = tmp_path / "broken.rss"
    broken.write_text("this is not xml at all {", encoding="utf-8")
    records = list(iter_articles([path, broken]))
    assert all(isinstance(r, Reject) for r in records)
    assert records[0].reason == "not an RSS or Atom feed: no <rss>, <feed> or <rdf:RDF> root element"
    assert records[1].reason.startswith("not an RSS or Atom feed: SAXParseException")


def test_feed_without_entries_is_rejected(tmp_path):
    path = tmp_path / "quiet.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title>'
                    "</channel></rss>", encoding="utf-8")
    assert list(iter_articles([path])) == [Reject(str(path), "empty: the feed has no entries")]


def test_a_feed_that_crashes_feedparser_is_one_reject(tmp_path):
    # Found by the fuzz test: a NUL in the declared encoding made feedparser raise ValueError.
    path = tmp_path / "damaged.rss"
    path.write_bytes(b'<?xml version="1.0" encoding="\x00"?><rss version="2.0"></rss>')
    [reject] = iter_articles([path])
    assert reject.reason.startswith("unreadable feed: feedparser failed on it (ValueError: embedded null")


def test_looks_like_feed():
    assert looks_like_feed((FIXTURES / "feed.rss").read_bytes())
    assert looks_like_feed((FIXTURES / "feed.atom").read_bytes())
    assert not looks_like_feed((FIXTURES / "article.html").read_bytes())
