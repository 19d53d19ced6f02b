"""Fuzzing every reader: any bytes give articles or one-line rejects, never an exception or a hang.

Inputs are random bytes and near-valid documents of each kind (text, HTML, JSON, JSONL, CSV,
TSV, RSS/Atom, WARC) built from hostile pieces: quotes, separators, stray carriage returns,
NULs, byte-order marks, mixed encodings, truncation. Bounded so the file runs in well under a
minute on two cores; a failing example is printed and kept by hypothesis for the next run.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.ingest import Article, Reject, iter_articles

# 60 examples a reader: about 10 s for the file on two cores. For a deeper search, raise it
# (500 ran clean, 100 s).
FUZZ = settings(max_examples=60, deadline=timedelta(seconds=10),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Python's own exception names: a Reject starting with one is a reader crashing on the input,
# hidden by the batch's catch-all, not a reason a user can act on.
CRASHES = ("TypeError", "AttributeError", "IndexError", "KeyError", "ValueError", "AssertionError",
           "RecursionError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "NameError",
           "ZeroDivisionError", "OverflowError", "StopIteration", "RuntimeError", "NotImplementedError")

# Pieces that break parsers: delimiters, quotes, line ends, markup, BOMs, control and wide characters.
HOSTILE = st.sampled_from(['"', "'", ",", "\t", "\r", "\n", "\r\n", "<", ">", "&", "]]>", "<!--", "\\",
                           "\x00", "\x1b", "\ufeff", "\u2028", "\u202e", "é", "Ã¼", "“", "😀", "{", "}", "[",
                           "]", ":", "=", "%", "@", " "])
TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=12)), max_size=25).map("".join)
ENCODING = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
RAW = st.binary(max_size=1500)


@st.composite
def encoded(draw, text_strategy=TEXT) -> bytes:
    """Text in a random encoding, sometimes with bytes of another encoding spliced in."""
    data = draw(text_strategy).encode(draw(ENCODING), errors="replace")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(TEXT).encode("latin-1", errors="replace") + data[at:]
    return data


@st.composite
def mangled(draw, document: bytes) -> bytes:
    """A document as is, truncated, or with a few bytes changed."""
    choice = draw(st.sampled_from(["as is", "truncated", "flipped"]))
    if choice == "truncated" and document:
        return document[:draw(st.integers(0, len(document) - 1))]
    if choice == "flipped" and document:
        data = bytearray(document)
        for _ in range(draw(st.integers(1, 4))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    return document


@st.composite
def html_page(draw) -> str:
    tags = st.sampled_from(["p", "div", "article", "h1", "span", "a", "br", "li", "table", "td", "script",
                            "style", "meta", "title", "time", "main", "header", "footer", "pre", "!DOCTYPE"])
    pieces = []
    for tag, text, closed in draw(st.lists(st.tuples(tags, TEXT, st.booleans()), max_size=12)):
        pieces.append(f"<{tag}>{text}" + (f"</{tag}>" if closed else ""))
    head = draw(st.sampled_from(["", '<meta charset="utf-8">', '<meta charset="iso-8859-1">',
                                 '<meta charset="nonsense">', "<title>" + draw(TEXT) + "</title>"]))
    return f"<html><head>{head}</head><body>{''.join(pieces)}</body></html>"


JSON_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), TEXT)
JSON_VALUE = st.recursive(JSON_SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                               st.dictionaries(TEXT, inner, max_size=4)),
                          max_leaves=12)
RECORD = st.fixed_dictionaries({"text": st.one_of(TEXT, JSON_VALUE)}, optional={
    "id": JSON_VALUE, "title": JSON_VALUE, "url": JSON_VALUE, "published": st.one_of(TEXT, JSON_VALUE),
    "date": TEXT, "language": JSON_VALUE, "source": JSON_VALUE})


def check(path: Path, data: bytes) -> None:
    """Read ``data`` saved at ``path``: only articles and one-line, non-crash rejects."""
    path.write_bytes(data)
    for record in iter_articles([path]):
        if isinstance(record, Reject):
            assert record.item.startswith(str(path)), record
            assert record.reason and "\n" not in record.reason and "\r" not in record.reason, record
            assert not record.reason.startswith(CRASHES), record
        else:
            assert isinstance(record, Article), record
            assert record.text.strip() and record.origin.startswith(str(path))


def fuzz_file(tmp_path_factory, name: str) -> Path:
    return tmp_path_factory.mktemp("fuzz") / name


@FUZZ
@given(data=st.one_of(RAW, encoded()))
def test_text_files(tmp_path_factory, data):
    check(fuzz_file(tmp_path_factory, "article.txt"), data)


@FUZZ
@given(data=st.one_of(RAW, encoded(html_page())))
def test_html_files(tmp_path_factory, data):
    check(fuzz_file(tmp_path_factory, "page.html"), data)


@FUZZ
@given(data=st.one_of(RAW, st.one_of(JSON_VALUE, RECORD, st.lists(RECORD, max_size=4)).map(
    lambda value: json.dumps(value, ensure_ascii=False).encode("utf-8", errors="replace"))).flatmap(mangled))
def test_json_files(tmp_path_factory, data):
    check(fuzz_file(tmp_path_factory, "articles.json"), data)


@FUZZ
@given(lines=st.lists(st.one_of(RECORD.map(lambda r: json.dumps(r, ensure_ascii=False)), TEXT), max_size=6),
       line_end=st.sampled_from(["\n", "\r\n", "\r"]), encoding=ENCODING)
def test_jsonl_files(tmp_path_factory, lines, line_end, encoding):
    check(fuzz_file(tmp_path_factory, "articles.jsonl"),
          line_end.join(lines).encode(encoding, errors="replace"))


@st.composite
def table(draw, delimiter: str) -> bytes:
    columns = draw(st.lists(st.one_of(st.sampled_from(["text", "id", "title", "published", "date", "url"]),
                                      TEXT), min_size=1, max_size=5))
    rows = draw(st.lists(st.lists(TEXT, max_size=6), max_size=6))
    out = io.StringIO()
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]))
    writer = csv.writer(out, delimiter=delimiter, quoting=quoting)
    writer.writerow(columns)
    writer.writerows(rows)
    return draw(mangled(out.getvalue().encode(draw(ENCODING), errors="replace")))


@FUZZ
@given(data=st.one_of(RAW, encoded(), table(",")))
def test_csv_files(tmp_path_factory, data):
    check(fuzz_file(tmp_path_factory, "articles.csv"), data)


@FUZZ
@given(data=st.one_of(RAW, table("\t")))
def test_tsv_files(tmp_path_factory, data):
    check(fuzz_file(tmp_path_factory, "articles.tsv"), data)


@st.composite
def feed(draw) -> bytes:
    def field() -> str:
        text = draw(TEXT)
        return draw(st.sampled_from([text, f"<![CDATA[{text}]]>", text.replace("&", "&amp;").replace("<", "&lt;")]))

    if draw(st.booleans()):
        items = "".join(f"<item><title>{field()}</title><link>{field()}</link><pubDate>{field()}</pubDate>"
                        f"<description>{field()}</description></item>" for _ in range(draw(st.integers(0, 3))))
        document = f'<?xml version="1.0"?><rss version="2.0"><channel><title>{field()}</title>{items}</channel></rss>'
    else:
        entries = "".join(f"<entry><title>{field()}</title><updated>{field()}</updated>"
                          f'<content type="html">{field()}</content></entry>' for _ in range(draw(st.integers(0, 3))))
        document = f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">{entries}</feed>'
    return draw(mangled(document.encode(draw(ENCODING), errors="replace")))


@FUZZ
@given(data=st.one_of(RAW, feed()), ending=st.sampled_from(["rss", "atom", "xml"]))
def test_feed_files(tmp_path_factory, data, ending):
    check(fuzz_file(tmp_path_factory, f"feed.{ending}"), data)


@st.composite
def warc(draw) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=draw(st.booleans()))
    for number in range(draw(st.integers(0, 3))):
        body = draw(st.one_of(RAW, encoded(html_page())))
        status = draw(st.sampled_from(["200 OK", "404 Not Found", "301 Moved Permanently", "999 Odd"]))
        media = draw(st.sampled_from(["text/html", "text/html; charset=utf-8", "text/html; charset=nonsense",
                                      "application/xhtml+xml", "image/png", ""]))
        record_type = draw(st.sampled_from(["response", "resource", "request", "metadata"]))
        http = None
        if record_type == "response":
            http = StatusAndHeaders(status, [("Content-Type", media)], protocol="HTTP/1.1")
        elif record_type == "request":
            http = StatusAndHeaders("GET /page HTTP/1.1", [("Host", "fuzz.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record(
            "https://fuzz.example/" + str(draw(st.integers(0, 99))), record_type, payload=io.BytesIO(body),
            length=len(body), http_headers=http,
            # Fixed id and date: the same draw must give the same bytes (hypothesis replays it).
            warc_headers_dict={"WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{number:012d}>",
                               "WARC-Date": "2024-03-07T10:00:00Z"}))
    return draw(mangled(buffer.getvalue()))


@FUZZ
@given(data=st.one_of(RAW, warc()), ending=st.sampled_from(["warc", "warc.gz"]))
def test_warc_files(tmp_path_factory, data, ending):
    check(fuzz_file(tmp_path_factory, f"crawl.{ending}"), data)
