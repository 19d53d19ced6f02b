"""The progress total: what reading a batch will give, counted before it is read."""
from __future__ import annotations

from dateline.ingest import iter_articles
from dateline.ingest.count import count_items

ARTICLE = "Kenyan police dispersed protesters in Nairobi on Tuesday, witnesses said."


def _items(paths) -> int:
    return sum(1 for _ in iter_articles(paths))


def test_the_count_matches_what_the_readers_give(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.html").write_text(f"<html><body><article><p>{ARTICLE}</p></article></body></html>")
    (tmp_path / "feed.jsonl").write_text(
        f'{{"id": "1", "text": "{ARTICLE}"}}\n\n{{"id": "2", "text": "broken\n{{"id": "3", "text": ""}}\n')
    (tmp_path / "rows.csv").write_text(f'id,text\n4,"{ARTICLE}\nSecond line of the same cell."\n,\n5,\n')
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")  # unsupported: one reject
    (tmp_path / "README.md").write_text("About this corpus.")  # corpus notes: skipped by both
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    missing = str(tmp_path / "gone.txt")
    paths = [str(tmp_path), missing]
    assert count_items(paths) == _items(paths) == 1 + 1 + 3 + 2 + 1 + 1


def test_sources_only_reading_can_count_leave_the_total_unknown(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "list.json").write_text(f'[{{"text": "{ARTICLE}"}}]')
    assert count_items([str(tmp_path / "a.txt")]) == 1
    assert count_items([str(tmp_path)]) is None
    assert count_items(["-"]) is None
    assert count_items(["https://example.org/news.rss"]) is None
