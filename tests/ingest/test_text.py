"""Plain-text ingest: encodings, binary and empty files, the size limit, stdin."""
from __future__ import annotations

import io
import sys
import tracemalloc
from pathlib import Path

from dateline.ingest import Article, Reject, iter_articles
from dateline.ingest.base import MAX_ARTICLE_BYTES, decode_bytes
from dateline.model import text_id

SEED = Path(__file__).resolve().parents[2] / "examples" / "seed" / "article.txt"
SENTENCE = "The minister’s aide said talks in Zürich would resume – “soon”, perhaps on Monday.\n"


def only(records):
    records = list(records)
    assert len(records) == 1, records
    return records[0]


def test_seed_article_text_is_kept_exactly(seed_text):
    article = only(iter_articles([str(SEED)]))
    assert isinstance(article, Article)
    assert article.text == seed_text
    assert article.origin == str(SEED)
    assert article.id == text_id(seed_text)
    # The date stamp is left for the pipeline's dates component to read from the text.
    assert article.published is None
    assert article.text.startswith("(Last Updated On: September 15, 2023)")


def test_utf8_bom_is_dropped_and_nothing_else_changes(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "  Line one.\r\nLine two.\r\n".encode("utf-8"))
    article = only(iter_articles([path]))
    assert article.text == "  Line one.\r\nLine two.\r\n"


def test_utf16_with_bom_little_and_big_endian(tmp_path):
    little = tmp_path / "le.txt"
    little.write_bytes(SENTENCE.encode("utf-16"))  # Python writes a BOM in native order
    big = tmp_path / "be.txt"
    big.write_bytes(b"\xfe\xff" + SENTENCE.encode("utf-16-be"))
    assert only(iter_articles([little])).text == SENTENCE
    assert only(iter_articles([big])).text == SENTENCE


def test_utf16_without_bom_is_recognised_not_called_binary(tmp_path):
    path = tmp_path / "nobom.txt"
    path.write_bytes(SENTENCE.encode("utf-16-le"))
    assert only(iter_articles([path])).text == SENTENCE


def test_cp1252_falls_back_and_is_recorded(tmp_path, caplog):
    path = tmp_path / "legacy.txt"
    path.write_bytes(SENTENCE.encode("cp1252"))
    with caplog.at_level("INFO", logger="dateline.ingest.text"):
        article = only(iter_articles([path]))
    assert article.text == SENTENCE  # curly quotes and dashes survive, not mojibake
    assert "decoded as cp1252" in caplog.text
    assert decode_bytes(SENTENCE.encode("cp1252")) == (SENTENCE, "cp1252")
    assert decode_bytes(SENTENCE.encode("utf-8")) == (SENTENCE, "utf-8")


def test_binary_files_are_rejected_with_the_reason(tmp_path):
    nul = tmp_path / "dump.txt"
    nul.write_bytes(b"header\x00\x00\x01\x02 some bytes \x00 more")
    png = tmp_path / "picture.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    controls = tmp_path / "terminal.txt"
    controls.write_bytes(b"\x1b[31mred\x1b[0m\x07\x08" * 50)
    rejects = list(iter_articles([nul, png, controls]))
    assert all(isinstance(r, Reject) for r in rejects)
    assert rejects[0].reason == "binary file: contains NUL bytes, not text"
    assert rejects[1].reason == "binary file: a PNG image, not text"
    assert rejects[2].reason.startswith("binary file: ") and "control bytes" in rejects[2].reason
    assert [r.item for r in rejects] == [str(nul), str(png), str(controls)]


def test_empty_and_whitespace_only_files_are_rejected(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b" \n\t\r\n  \n")
    bom_only = tmp_path / "bom_only.txt"
    bom_only.write_bytes(b"\xef\xbb\xbf\n")
    reasons = [r.reason for r in iter_articles([empty, blank, bom_only])]
    assert reasons == ["empty: no text at all", "empty: whitespace only", "empty: whitespace only"]


def test_a_50_mb_file_is_rejected_for_size_without_being_read(tmp_path):
    path = tmp_path / "huge.txt"
    block = (SENTENCE * 1000).encode("utf-8")
    with open(path, "wb") as handle:
        while handle.tell() < 50 * 2**20:
            handle.write(block)
    assert path.stat().st_size > MAX_ARTICLE_BYTES
    tracemalloc.start()
    try:
        record = only(iter_articles([path]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(record, Reject)
    assert record.item == str(path)
    assert record.reason.startswith("too large: 50.")
    assert "over the 20 MB limit" in record.reason
    assert peak < 2**20, f"peak allocation {peak} bytes: the file was read"


def test_stdin_dash_reads_one_article(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SENTENCE.encode("utf-8"))))
    article = only(iter_articles(["-"]))
    assert isinstance(article, Article)
    assert article.text == SENTENCE
    assert article.origin == "<stdin>"


def test_empty_stdin_is_a_reject(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert only(iter_articles(["-"])) == Reject("<stdin>", "empty: no text at all")
