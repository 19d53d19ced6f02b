"""WARC ingest: HTML responses become articles; other records are skipped; truncation is reported."""
from __future__ import annotations

import gzip
import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.ingest import Article, Reject, iter_articles

PAGE = """<html><head><title>{title}</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>{title}</h1><p>{lead}</p>
<p>Officials said further details would be published after the meeting on Thursday.</p></article>
<footer>Copyright Valley Courier</footer></body></html>"""

STORIES = [
    ("https://courier.example.net/news/flood-barrier", "Flood barrier approved",
     "The county council approved a new flood barrier for the lower town on Monday."),
    ("https://courier.example.net/news/rail-strike", "Rail strike called off",
     "Train drivers called off Wednesday's strike after talks with the operator overnight."),
    ("https://courier.example.net/news/market-hall", "Market hall reopens",
     "The Victorian market hall reopened on Saturday after two years of restoration."),
]


def write_warc(path, gzipped=True):
    """Write a small crawl: warcinfo, a request, three pages, an image and a 404 page.

    Returns the byte offset at which each record starts.
    """
    offsets = []
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)

        def add(record):
            offsets.append(handle.tell())
            writer.write_record(record)

        add(writer.create_warcinfo_record(path.name, {"software": "dateline tests"}))
        request = b"GET /news/flood-barrier HTTP/1.1\r\nHost: courier.example.net\r\n\r\n"
        add(writer.create_warc_record(STORIES[0][0], "request", payload=io.BytesIO(request),
                                      length=len(request)))

        def response(url, body, content_type="text/html; charset=utf-8", status="200 OK",
                     date="2024-02-19T10:11:12Z"):
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            # A known length keeps warcio from buffering the payload in an unclosed temp file.
            return writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                             http_headers=http, warc_headers_dict={"WARC-Date": date})

        add(response(STORIES[0][0], PAGE.format(title=STORIES[0][1], lead=STORIES[0][2]).encode()))
        add(response("https://courier.example.net/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200),
                     content_type="image/png"))
        add(response("https://courier.example.net/missing", b"<html><body><p>Not found</p></body></html>",
                     status="404 Not Found"))
        for url, title, lead in STORIES[1:]:
            add(response(url, PAGE.format(title=title, lead=lead).encode("cp1252"),
                         content_type="text/html; charset=windows-1252"))
    return offsets


def test_html_responses_become_articles(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    offsets = write_warc(path)
    records = list(iter_articles([path]))
    assert all(isinstance(r, Article) for r in records), records
    assert [r.url for r in records] == [url for url, _, _ in STORIES]
    assert [r.title for r in records] == [title for _, title, _ in STORIES]
    first = records[0]
    assert first.text.split("\n\n")[1] == STORIES[0][2]
    assert "Home" not in first.text and "Copyright" not in first.text
    assert first.published == "2024-02-19"  # the page has no date: WARC-Date is the fallback
    assert first.origin == f"{path}@{offsets[2]}"


def test_uncompressed_warc(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, gzipped=False)
    assert [r.url for r in iter_articles([path])] == [url for url, _, _ in STORIES]


def test_truncated_warc_gz_yields_what_it_read_then_one_reject(tmp_path):
    whole = tmp_path / "whole.warc.gz"
    offsets = write_warc(whole)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    # Cut halfway through the last record's gzip member.
    cut.write_bytes(data[:offsets[-1] + (len(data) - offsets[-1]) // 2])
    after = tmp_path / "after.txt"
    after.write_text("The batch goes on after a damaged archive.", encoding="utf-8")
    records = list(iter_articles([cut, after]))
    assert [type(r) for r in records] == [Article, Article, Reject, Article]
    assert [r.url for r in records[:2]] == [STORIES[0][0], STORIES[1][0]]
    reject = records[2]
    assert reject.item == str(cut)
    assert reject.reason.startswith("truncated WARC: the file ends after 6 records")
    assert records[3].origin == str(after)


def test_warc_truncated_inside_a_record_body(tmp_path):
    whole = tmp_path / "whole.warc"
    offsets = write_warc(whole, gzipped=False)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[:len(data) - 200])
    records = list(iter_articles([cut]))
    assert [type(r) for r in records] == [Article, Article, Reject]
    assert records[2].item == f"{cut}@{offsets[-1]}"
    assert records[2].reason.startswith("truncated WARC: the file ends inside record 7")


def test_not_a_warc(tmp_path):
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(gzip.compress(b"just some text, not a web archive\n"))
    [reject] = iter_articles([path])
    assert reject == Reject(str(path), "not a WARC file: it does not start with a WARC/1.x record")
