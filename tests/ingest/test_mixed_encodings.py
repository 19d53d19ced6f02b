"""UTF-8 and Latin-1 in one file: both parts read right, and a warning names the lines."""
from __future__ import annotations

import json
import logging

import pytest

from dateline.ingest import Article, iter_articles
from dateline.ingest.base import decode_bytes

UTF8_LINE = "Talks in Zürich resumed on Monday – “slowly”, officials said."
LATIN1_LINE = "Delegates from Genève and Sion arrived late."
MIXED = (UTF8_LINE + "\n").encode("utf-8") + (LATIN1_LINE + "\n").encode("latin-1") \
    + "The mayor of Biel/Bienne welcomed them.\n".encode("utf-8")
EXPECTED = f"{UTF8_LINE}\n{LATIN1_LINE}\nThe mayor of Biel/Bienne welcomed them.\n"


@pytest.fixture()
def warnings_seen(caplog):
    caplog.set_level(logging.WARNING, logger="dateline.ingest")
    return caplog


def only_article(records: list) -> Article:
    assert [type(r) for r in records] == [Article], records
    return records[0]


def test_a_mixed_text_file_reads_both_parts_and_names_the_line(tmp_path, warnings_seen):
    path = tmp_path / "mixed.txt"
    path.write_bytes(MIXED)
    article = only_article(list(iter_articles([path])))
    assert article.text == EXPECTED
    assert "Ã" not in article.text
    [warning] = [r for r in warnings_seen.records if "mixed encodings" in r.getMessage()]
    message = warning.getMessage()
    assert message.startswith(f"{path}: mixed encodings") and "on line 2," in message
    assert "Genève" in message


def test_a_mixed_jsonl_line_and_csv_row_are_read_and_named(tmp_path, warnings_seen):
    jsonl = tmp_path / "rows.jsonl"
    jsonl.write_bytes(json.dumps({"text": "First row."}).encode() + b"\n"
                      + b'{"text": "' + "Zürich and ".encode("utf-8") + "Genève".encode("latin-1") + b'"}\n')
    table = tmp_path / "rows.csv"
    table.write_bytes(b"text,source\n" + "Zürich and ".encode("utf-8") + "Genève".encode("latin-1")
                      + b",Courier\n")
    records = list(iter_articles([jsonl, table]))
    assert [r.text for r in records] == ["First row.", "Zürich and Genève", "Zürich and Genève"]
    messages = [r.getMessage() for r in warnings_seen.records if "mixed encodings" in r.getMessage()]
    assert [m.split(": mixed")[0] for m in messages] == [f"{jsonl}:2", f"{table}:2"]


def test_a_mixed_html_page_declaring_utf8_is_read_right(tmp_path, warnings_seen):
    page = tmp_path / "page.html"
    page.write_bytes(b'<html><head><meta charset="utf-8"><title>Talks</title></head><body><article><p>'
                     + (UTF8_LINE + " ").encode("utf-8") + LATIN1_LINE.encode("latin-1")
                     + b"</p></article></body></html>")
    article = only_article(list(iter_articles([page])))
    assert article.text == f"{UTF8_LINE} {LATIN1_LINE}"
    assert any("mixed encodings" in r.getMessage() for r in warnings_seen.records)


def test_a_mixed_feed_is_read_right(tmp_path, warnings_seen):
    feed = tmp_path / "feed.rss"
    feed.write_bytes(b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
                     b"<item><title>A</title><description>" + (UTF8_LINE + " ").encode("utf-8")
                     + LATIN1_LINE.encode("latin-1") + b"</description></item></channel></rss>")
    article = only_article(list(iter_articles([feed])))
    assert article.text == f"{UTF8_LINE} {LATIN1_LINE}"
    assert any("mixed encodings" in r.getMessage() for r in warnings_seen.records)


def test_plain_cp1252_and_other_declared_charsets_are_not_called_mixed(warnings_seen):
    legacy = (UTF8_LINE + "\n" + LATIN1_LINE).encode("cp1252")
    assert decode_bytes(legacy) == (UTF8_LINE + "\n" + LATIN1_LINE, "cp1252")
    # Cyrillic in cp1251 holds the same byte pairs as UTF-8 "é" ("Гі" is C3 B3): the declaration wins.
    cyrillic = "Гімн прозвучав у Києві.".encode("cp1251")
    assert decode_bytes(cyrillic, declared="windows-1251") == ("Гімн прозвучав у Києві.", "cp1251")
    assert not [r for r in warnings_seen.records if "mixed encodings" in r.getMessage()]
