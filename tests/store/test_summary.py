"""Summary counts kept at write time equal the counts made from scratch, across versions of an article."""
from __future__ import annotations

import copy
from importlib import resources

import pytest

from dateline.model import Analysis
from dateline.store import VERSION, open_store, queries, summary
from dateline.store.migrate import statements


def _copy(analysis: Analysis, article_id: str, url: str, text_change: str = "") -> Analysis:
    """The analysis under a new id and URL; ``text_change`` is appended (a new version of the story)."""
    copied = copy.deepcopy(analysis)
    copied.article.id, copied.article.url = article_id, url
    copied.article.text += text_change
    return copied


def _snapshot(store) -> dict[str, list[tuple]]:
    """Every summary row that counts something, sorted."""
    found = {}
    for table in summary.SUMMARY_TABLES:
        counts = [c for c in (r[0] for r in store.query(f"SELECT name FROM pragma_table_info('{table}')"))
                  if c in ("n", "mentions", "articles", "statements", "events", "places")]
        rows = store.query(f"SELECT * FROM {table}")
        names = [r[0] for r in store.query(f"SELECT name FROM pragma_table_info('{table}')")]
        found[table] = sorted(tuple(r) for r in rows if not counts or any(r[names.index(c)] for c in counts))
    return found


def _backfill(store) -> None:
    """Empty the summaries and run migration 0008's own filling statements."""
    sql = (resources.files("dateline.store") / "migrations" / "0008_summaries.sql").read_text(encoding="utf-8")
    for table in summary.SUMMARY_TABLES:
        store.conn.execute(f"DELETE FROM {table}")
    for statement in statements(sql):
        if statement.upper().startswith("INSERT INTO") and "data_version" not in statement:
            store.conn.execute(statement)


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "summary.db") as opened:
        yield opened


def test_counts_kept_while_writing_equal_counts_made_from_scratch(store, seed_analysis):
    store.save(_copy(seed_analysis, "a1", "https://example.org/1"))
    store.save(_copy(seed_analysis, "a2", "https://example.org/2"))
    # A new version of a2: its old rows stop counting, the new ones count.
    assert store.save(_copy(seed_analysis, "a2", "https://example.org/2", " More later.")) == VERSION
    kept = _snapshot(store)
    assert kept["actor_counts"] and kept["event_days"] and kept["statement_links"]
    _backfill(store)
    assert _snapshot(store) == kept


def test_a_replaced_version_is_not_counted(store, seed_analysis):
    store.save(_copy(seed_analysis, "a1", "https://example.org/1"))
    once = {r["name"]: r["mentions"] for r in queries.actors(store, limit=1000)}
    store.save(_copy(seed_analysis, "a1", "https://example.org/1", " More later."))
    assert {r["name"]: r["mentions"] for r in queries.actors(store, limit=1000)} == once
    assert store.query("SELECT sum(n) FROM event_days")[0][0] == len(seed_analysis.events)


def test_every_write_changes_the_data_version(store, seed_analysis):
    version = lambda: store.query("SELECT n FROM data_version")[0][0]  # noqa: E731
    before = version()
    store.save(_copy(seed_analysis, "a1", "https://example.org/1"))
    assert version() == before + 1
    store.reject("empty.txt", "empty file")
    assert version() == before + 2
