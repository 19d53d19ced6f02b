"""A place's statements, articles and events, read off the place's own dated rows (migration 0013),
are the rows and the order the listings found through the place before, across article versions."""
from __future__ import annotations

import copy

import pytest

from dateline.store import VERSION, open_store, tables
from dateline.store.shown import default_event_filters

SHOWN = default_event_filters()


@pytest.fixture()
def store(tmp_path, small_corpus_analyses):
    with open_store(tmp_path / "places.db") as opened:
        for analysis in copy.deepcopy(small_corpus_analyses):
            opened.save(analysis)
        # A new version of one story: its old statements and articles name the same places and must not be listed.
        newer = copy.deepcopy(small_corpus_analyses[0])
        newer.article.text += " More later."
        assert opened.save(newer) == VERSION
        yield opened


def _places(store) -> list[str]:
    keys = [r[0] for r in store.query("SELECT p.key FROM places p WHERE EXISTS (SELECT 1 FROM place_articles pa "
                                      "WHERE pa.place_id = p.id) ORDER BY p.key")]
    assert len(keys) >= 3
    return keys


def _walk(store, name: str, filters: dict, sort: str, by_after: bool) -> tuple[list, int]:
    """Every row of the listing, 2 a page, by offset or by each page's next link."""
    rows, offset, after = [], 0, None
    while True:
        page = tables.page(store, name, filters, sort, offset, 2, after=after if by_after else None)
        rows += page["rows"]
        if page["next_offset"] is None:
            return rows, page["count"]
        offset, after = page["next_offset"], page["next_after"]


@pytest.mark.parametrize("name, sort", [("statements", "-published"), ("statements", "published"),
                                        ("statements", "speaker_name"), ("articles", "-published"),
                                        ("articles", "title"), ("articles", "-events")])
def test_a_place_s_statements_and_articles_are_those_found_through_the_place(store, monkeypatch, name, sort):
    for key in _places(store):
        placed = _walk(store, name, {"geonames": key}, sort, by_after=False)
        assert _walk(store, name, {"geonames": key}, sort, by_after=True)[0] == placed[0]
        with monkeypatch.context() as patched:  # the listing as it was: every row through the place, sorted
            patched.setattr(tables, "at_place", lambda store, listing, filters: listing)
            assert _walk(store, name, {"geonames": key}, sort, by_after=False) == placed, key
    newer_id = store.query("SELECT previous_id FROM articles WHERE previous_id IS NOT NULL")[0][0]
    every = [r for key in _places(store) for r in _walk(store, name, {"geonames": key}, sort, by_after=False)[0]]
    assert every and newer_id not in {r.get("article_id") or r.get("id") for r in every}  # the replaced version


@pytest.mark.parametrize("sort", ["-event_date", "event_date", "-confidence"])
def test_a_place_s_events_are_those_of_the_whole_listing_at_that_place(store, sort):
    everything = tables.page(store, "events", SHOWN, sort, limit=None)["rows"]
    found = 0
    for key in _places(store):
        rows, count = _walk(store, "events", {"geonames": key, **SHOWN}, sort, by_after=True)
        assert rows == [r for r in everything if r["place_key"] == key]
        assert count == len(rows)
        found += len(rows)
    assert found > 0


def test_a_place_that_is_not_there_has_no_rows(store):
    for name in ("statements", "articles", "events"):
        page = tables.page(store, name, {"geonames": "999999999"})
        assert page["rows"] == [] and page["count"] == 0
