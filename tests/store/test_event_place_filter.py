"""The events listing's place filter: a country given by its name finds every event placed in it
(user13: `dateline events --place Armenia` listed only events placed in the country as a whole, not
those in its towns), as its codes do."""
from __future__ import annotations

import copy

import pytest

from dateline.store import open_store, tables


@pytest.fixture()
def store(tmp_path, small_corpus_analyses):
    with open_store(tmp_path / "events.db") as opened:
        for analysis in copy.deepcopy(small_corpus_analyses):
            opened.save(analysis)
        yield opened


def test_a_country_by_name_finds_what_its_code_finds(store):
    rows = tables.page(store, "events", {}, limit=None)["rows"]
    placed = {r["location_country"] for r in rows if r["location_country"]}
    assert "US" in placed
    by_code = tables.page(store, "events", {"place": "USA"}, limit=None)["rows"]
    assert any(r["location"] != "United States" for r in by_code)  # events placed in its towns and states
    assert tables.page(store, "events", {"place": "united states"}, limit=None)["rows"] == by_code
