"""Summary counts kept at write time equal the counts made from scratch, across versions of an article."""
from __future__ import annotations

import copy
from importlib import resources

import pytest

from dateline.model import Analysis
from dateline.store import VERSION, charts, open_store, queries, summarised, summary, tables
from dateline.store.migrate import migrate, migration_scripts, statements
from dateline.store.shown import DEFAULT_MIN_CONFIDENCE, default_event_filters

SHOWN = default_event_filters()


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


def _recounts() -> list[tuple[str, str]]:
    """The recount migrations (tools/recount_sql.py), oldest first, as (name, sql)."""
    return [(name, sql) for _n, name, sql in migration_scripts() if name.endswith("_recount_shown_events.sql")]


def _backfill(store) -> None:
    """Empty the summaries and fill them as a database made before them is: the filling statements
    of migrations 0008 to 0010, 0013 and 0014 (event types beside their dates, events per month,
    statements per place, a place's rows with their dates, statements per speaker), then every recount
    of the events shown by default."""
    for table in summary.SUMMARY_TABLES:
        store.conn.execute(f"DELETE FROM {table}")
    for name in ("0008_summaries.sql", "0009_listing_indexes.sql", "0010_place_counts_and_sorts.sql",
                 "0013_place_page_dates.sql", "0014_actor_facets.sql"):
        sql = (resources.files("dateline.store") / "migrations" / name).read_text(encoding="utf-8")
        for statement in statements(sql):
            if statement.upper().startswith(("INSERT INTO", "UPDATE")) and "data_version" not in statement:
                store.conn.execute(statement)
    for _name, sql in _recounts():
        for statement in statements(sql):
            store.conn.execute(statement)


def _counts_of_shown_events(store) -> list[tuple]:
    return [*store.query("SELECT actor_id, events FROM actor_counts WHERE events != 0 ORDER BY actor_id"),
            *store.query("SELECT type, sum(n) FROM event_months GROUP BY type ORDER BY type"),
            *store.query("SELECT article_id, events FROM article_counts ORDER BY article_id")]


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


def test_the_newest_recount_counts_by_the_rule_shown_today():
    # Changing store/shown.py (a new default minimum confidence) needs a migration that counts
    # every existing database again: python tools/recount_sql.py writes it.
    name, sql = _recounts()[-1]
    assert statements(sql) == [s + ";" for s in summary.recount_statements()], \
        f"{name} counts by another rule than store/shown.py: run python tools/recount_sql.py"


def test_a_database_counted_under_an_earlier_rule_is_counted_again_when_migrated(tmp_path, seed_analysis, monkeypatch):
    path = tmp_path / "older.db"
    with open_store(path) as older:
        older.save(_copy(seed_analysis, "a1", "https://example.org/1"))
        older.save(_copy(seed_analysis, "a2", "https://example.org/2"))
        right = _counts_of_shown_events(older)
        # What an earlier default left: more events counted than are shown today.
        older.conn.execute("UPDATE actor_counts SET events = events + 3")
        older.conn.execute("UPDATE event_months SET n = n + 2")
        older.conn.execute("UPDATE article_counts SET events = events + 1")
        older.conn.commit()
        assert _counts_of_shown_events(older) != right
        newest = _recounts()[-1][0]
        older.conn.execute(f"PRAGMA user_version = {int(newest[:4]) - 1}")
        version = older.query("SELECT n FROM data_version")[0][0]
        # Migrated up to the recount: the migrations after it are applied already.
        scripts = [script for script in migration_scripts() if script[0] <= int(newest[:4])]
        monkeypatch.setattr("dateline.store.migrate.migration_scripts", lambda: scripts)
        migrate(older.conn)
        assert _counts_of_shown_events(older) == right
        assert older.query("SELECT n FROM data_version")[0][0] == version + 1  # cached answers go stale


def test_a_replaced_version_is_not_counted(store, seed_analysis):
    store.save(_copy(seed_analysis, "a1", "https://example.org/1"))
    once = {r["name"]: r["mentions"] for r in queries.actors(store, limit=1000)}
    store.save(_copy(seed_analysis, "a1", "https://example.org/1", " More later."))
    assert {r["name"]: r["mentions"] for r in queries.actors(store, limit=1000)} == once
    shown = [e for e in seed_analysis.events
             if e.confidence is not None and e.confidence >= DEFAULT_MIN_CONFIDENCE and e.status == "asserted"]
    assert 0 < len(shown) < len(seed_analysis.events)  # the summary counts what a user sees by default
    assert store.query("SELECT sum(n) FROM event_days")[0][0] == len(shown)


def test_every_write_changes_the_data_version(store, seed_analysis):
    version = lambda: store.query("SELECT n FROM data_version")[0][0]  # noqa: E731
    before = version()
    store.save(_copy(seed_analysis, "a1", "https://example.org/1"))
    assert version() == before + 1
    store.reject("empty.txt", "empty file")
    assert version() == before + 2


@pytest.mark.parametrize("name, filters", [
    ("events", SHOWN), ("events", {"type": "accuse", **SHOWN}),
    ("events", {"since": "2023-09-01", "until": "2023-09-30", **SHOWN}),
    ("statements", {}), ("statements", {"since": "2023-01-01"}), ("articles", {}), ("articles", {"until": "2000-01-01"}),
    # A place's page: its totals from place_counts (Iran, 130758, and Badakhshan are named in the seed article).
    ("events", {"geonames": "130758", **SHOWN}), ("statements", {"geonames": "130758"}),
    ("articles", {"geonames": "1147745"}), ("statements", {"geonames": "1147745"}), ("statements", {"geonames": "999999999"}),
    # An actor country's events: summed over its actors' rows of event_actor_facets.
    ("events", {"actor_country": "AF", **SHOWN}), ("events", {"actor_country": "IRN", **SHOWN}),
    ("events", {"actor_country": "FR", **SHOWN}),
])
def test_counts_and_facets_from_summaries_equal_those_of_the_rows(store, seed_analysis, name, filters):
    store.save(_copy(seed_analysis, "a1", "https://example.org/1"))
    store.save(_copy(seed_analysis, "a2", "https://example.org/2"))
    store.save(_copy(seed_analysis, "a2", "https://example.org/2", " More later."))  # a1 and a2's new version count
    listing = tables.table(store, name)
    where, params = tables._where(store, listing, filters)
    assert summarised.count(store, name, filters) == store.query(f"SELECT count(*) FROM {listing.source}{where}",
                                                                 params)[0][0]
    for facet, expr in listing.facets.items():
        kept = summarised.facet(store, name, facet, filters, tables.FACET_SIZE)
        if kept is None:
            continue
        rows = store.query(f"SELECT {expr} AS value, count(*) AS n FROM {listing.source}{where} GROUP BY {expr} "
                           f"ORDER BY n DESC, value LIMIT {tables.FACET_SIZE}", params)
        assert kept == [{"value": r[0], "count": r[1]} for r in rows], facet


@pytest.mark.parametrize("filters", [{}, {"min_confidence": 0, "status": "asserted"}, {**SHOWN, "status": "future"}])
def test_events_other_than_those_shown_by_default_are_counted_from_the_rows(store, seed_analysis, filters):
    store.save(_copy(seed_analysis, "a1", "https://example.org/1"))
    assert summarised.count(store, "events", filters) is None
    assert tables.page(store, "events", filters)["count"] == len(
        [e for e in seed_analysis.events if e.confidence >= float(filters.get("min_confidence") or 0)
         and (not filters.get("status") or e.status == filters["status"])])


def test_a_query_past_its_time_is_none_and_the_connection_still_answers(store):
    slow = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) "
            "SELECT count(*) FROM n")
    assert store.query_within(slow, [], 0.05) is None
    assert store.query_within("SELECT 1", [], 1.0)[0][0] == 1
    assert store.query("SELECT 2")[0][0] == 2


@pytest.mark.parametrize("interval, filters", [("day", SHOWN), ("week", SHOWN), ("month", SHOWN),
                                               ("day", {"min_confidence": 0, "status": "asserted"})])
def test_a_timeline_of_the_latest_periods_sums_up_the_ones_it_leaves_out(store, seed_analysis, interval, filters):
    from dateline.store import charts

    for number, published in enumerate(("2023-01-02", "2023-01-05", "2023-01-16", "2023-02-20", "2023-03-01")):
        analysis = _copy(seed_analysis, f"a{number}", f"https://example.org/{number}")
        analysis.article.published = published
        for event in analysis.events:
            event.date = None  # dated by the article
        store.save(analysis)
    full = charts.event_timeline(store, filters, interval)
    latest = charts.event_timeline(store, filters, interval, latest=2)
    assert full["left_out"] is None and len(full["periods"]) > 2
    assert latest["periods"] == full["periods"][-2:]
    left = latest["left_out"]
    assert left == {"periods": len(full["periods"]) - 2, "before": full["periods"][-2]["period"],
                    "events": sum(p["total"] for p in full["periods"][:-2])}
    assert (latest["total"], latest["undated"]) == (full["total"], full["undated"])


# Every stored asserted event, not those the default confidence shows: how many of the seed's events
# pass it changes whenever the models are retrained, and a page needs at least five rows to test.
EVERY_ASSERTED = {"min_confidence": 0, "status": "asserted"}


@pytest.mark.parametrize("name, filters", [("events", EVERY_ASSERTED), ("events", {"type": "ASSAULT", **EVERY_ASSERTED}),
                                           ("events", {"since": "2023-01-03", **EVERY_ASSERTED}), ("statements", {}),
                                           ("articles", {})])
def test_a_deep_page_started_at_its_day_has_the_rows_skipping_them_gives(store, seed_analysis, monkeypatch,
                                                                         name, filters):
    for number, published in enumerate(("2023-01-02", "2023-01-05", "2023-01-05", "2023-02-20", None)):
        analysis = _copy(seed_analysis, f"a{number}", f"https://example.org/{number}")
        analysis.article.published = published
        for event in analysis.events[::2]:
            event.date = None  # dated by the article (or not at all)
        store.save(analysis)
    total = tables.page(store, name, filters, limit=None)["rows"]
    assert len(total) >= 5
    for offset in range(len(total) + 1):
        monkeypatch.setattr(tables, "DEEP_OFFSET", 10**9)
        skipped = tables.page(store, name, filters, offset=offset, limit=3)
        monkeypatch.setattr(tables, "DEEP_OFFSET", 1)
        started = tables.page(store, name, filters, offset=offset, limit=3)
        assert started == skipped, offset
        assert started["rows"] == total[offset:offset + 3], offset


@pytest.mark.parametrize("name, sort", [("events", "actor_name"), ("events", "-recipient_name"),
                                        ("events", "location"), ("events", "-location_country"),
                                        ("statements", "speaker_country"), ("statements", "-speaker_sector")])
def test_a_sort_by_a_joined_name_pages_through_every_row_in_order(store, seed_analysis, name, sort):
    """tables._keys asks for the joined column's rows with a value as ``column >= ''`` (so SQLite can
    walk the joined table's index): the same rows, in the same order, as sorting them all."""
    for number in range(3):
        analysis = _copy(seed_analysis, f"a{number}", f"https://example.org/{number}")
        if number == 2:  # rows without an actor, recipient, place or speaker come last
            for event in analysis.events:
                event.actor = event.recipient = event.place = event.actor_span = event.recipient_span = None
            for statement in analysis.statements[::2]:
                statement.speaker = None
        store.save(analysis)
    filters = SHOWN if name == "events" else {}
    column, listing = sort.lstrip("-"), tables.table(store, name)
    every = tables.page(store, name, filters, limit=None)["rows"]
    valued = sorted((r for r in every if r[column] is not None), key=lambda r: r[column], reverse=sort[0] == "-")
    assert valued and len(valued) < len(every)  # some rows have no actor, place or speaker
    paged, offset = [], 0
    while offset is not None:
        found = tables.page(store, name, filters, sort=sort, offset=offset, limit=4)
        paged += found["rows"]
        offset = found["next_offset"]
    key = "event_id" if name == "events" else "id"
    assert [(r["article_id"], r[key]) for r in paged] == [(r["article_id"], r[key]) for r in tables.page(
        store, name, filters, sort=sort, limit=None)["rows"]]
    assert [r[column] for r in paged] == [r[column] for r in valued] + [None] * (len(every) - len(valued))
    assert column in listing.joined_text


@pytest.mark.parametrize("filters", [SHOWN, {"type": "ASSAULT", **SHOWN}, {"min_confidence": 0}])
@pytest.mark.parametrize("sort", ["confidence", "-confidence"])
def test_events_sorted_by_confidence_as_event_dates_keeps_it_are_the_events_confidences(store, seed_analysis,
                                                                                      filters, sort):
    for number in range(3):
        store.save(_copy(seed_analysis, f"a{number}", f"https://example.org/{number}"))
    found = tables.page(store, "events", filters, sort=sort, limit=None)["rows"]
    stored = {(r[0], r[1]): r[2] for r in store.query("SELECT article_id, local_id, confidence FROM events")}
    assert found and [r["confidence"] for r in found] == [stored[(r["article_id"], r["event_id"])] for r in found]
    assert [r["confidence"] for r in found] == sorted((r["confidence"] for r in found), reverse=sort[0] == "-")


def test_stats_read_the_stored_counts_which_equal_the_tables(store, seed_analysis):
    store.save(_copy(seed_analysis, "a1", "https://example.org/1"))
    store.save(_copy(seed_analysis, "a1", "https://example.org/1"))  # unchanged: nothing written
    store.save(_copy(seed_analysis, "a1", "https://example.org/1", " More later."))  # a second version is stored too
    stats = queries.stats(store)
    for table in ("articles", "statements", "events"):
        assert stats[table] == store.query(f"SELECT count(*) FROM {table}")[0][0] > 0, table
    assert stats["articles"] == 2


@pytest.mark.parametrize("name, key, shown", [("events", "actor_country", SHOWN), ("events", "actor", SHOWN),
                                             ("statements", "speaker_country", {}), ("statements", "speaker", {})])
def test_an_actor_s_or_a_country_s_rows_are_counted_and_faceted_as_the_rows_are(tmp_path, small_corpus_analyses,
                                                                                name, key, shown):
    analyses = copy.deepcopy(small_corpus_analyses)
    for analysis in analyses:
        # The summaries, not the coder, are tested: every event's actor gets a country, so that a
        # country's shown events exist whatever the models show by default (few, in this corpus).
        for event in analysis.events:
            actor = analysis.entity(event.actor) if event.actor else None
            if actor is not None and actor.country is None:
                actor.country = "AFG"
    with open_store(tmp_path / "actors.db") as store:
        for analysis in analyses:
            store.save(analysis)
        newer = copy.deepcopy(analyses[0])
        newer.article.text += " More later."
        store.save(newer)  # its old version's rows stop counting
        column = "country" if key.endswith("country") else "name"
        values = [r[0] for r in store.query(f"SELECT DISTINCT {column} FROM actors WHERE {column} IS NOT NULL")]
        assert len(values) >= 2
        listing, found = tables.table(store, name), 0
        for value in values:
            filters = {key: value, **shown}
            where, params = tables._where(store, listing, filters)
            kept = {facet: summarised.facet(store, name, facet, filters, tables.FACET_SIZE) for facet in listing.facets}
            counted = summarised.count(store, name, filters)
            assert counted == store.query(f"SELECT count(*) FROM {listing.source}{where}", params)[0][0]
            for facet, expr in listing.facets.items():  # as the rows give them
                rows = store.query(f"SELECT {expr} AS value, count(*) AS n FROM {listing.source}{where} "
                                   f"GROUP BY {expr} ORDER BY n DESC, value LIMIT {tables.FACET_SIZE}", params)
                assert kept[facet] == [{"value": r[0], "count": r[1]} for r in rows], (value, facet)
            if name == "statements":  # a speaker's statements per month, as the statements found give them
                months = {}
                for row in tables.page(store, name, filters, limit=None)["rows"]:
                    month = (row["published"] or "")[:7]
                    months[month] = months.get(month, 0) + 1
                timeline = charts.statement_timeline(store, filters)
                assert timeline["total"] == counted
                assert {p["period"]: p["total"] for p in timeline["periods"]} == {
                    m: n for m, n in months.items() if len(m) == 7}
            found += counted
        assert found > 0


def test_the_events_an_actor_is_the_recipient_of_are_counted_as_their_rows_are(tmp_path, small_corpus_analyses):
    with open_store(tmp_path / "recipients.db") as store:
        for analysis in copy.deepcopy(small_corpus_analyses):
            store.save(analysis)
        newer = copy.deepcopy(small_corpus_analyses[0])
        newer.article.text += " More later."
        store.save(newer)  # its old version's events stop counting
        listing, found = tables.table(store, "events"), 0
        for name in [r[0] for r in store.query("SELECT name FROM actors")]:
            filters = {"recipient": name, **SHOWN}
            where, params = tables._where(store, listing, filters)
            counted = summarised.count(store, "events", filters)
            assert counted == store.query(f"SELECT count(*) FROM {listing.source}{where}", params)[0][0], name
            found += counted
        assert found > 0
