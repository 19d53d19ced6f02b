"""Counts kept up to date as articles are written, so pages never count a whole table per request.

The listings sort actors and places by how often they come up, the map sizes places by their
mentions and events, the timeline counts events per day and the network counts links: on a
large database each of these is a pass over every event, mention or statement. Migration 0008
makes summary tables holding those counts (and fills them from the current articles); both
stores then keep them in step, in the same transaction that writes an article:

- :func:`add_articles` with ``sign=+1`` for the articles written, and
- with ``sign=-1`` for the articles they replace (a new version makes the old one no longer
  current, and listings count current versions only).

The counts of events cover the events shown by default (:mod:`.shown`). Released migrations are
never rewritten, so when that rule changes a recount migration (:func:`recount_statements`,
written by ``tools/recount_sql.py``) counts them again on every existing database.

Every statement is ``INSERT … SELECT … GROUP BY … ON CONFLICT DO UPDATE`` over the articles' own
rows (found by the ``article_id`` indexes), in the SQL both SQLite and PostgreSQL take, so one
article costs a few indexed look-ups. Counts that reach 0 stay as rows of 0: readers skip them.

``data_version`` counts the writes; a reader that caches an answer keys it by this number, so
an answer computed before a write is never served after it (see ``dateline.api.cache``).
"""
from __future__ import annotations

from typing import Callable, Sequence

from .shown import SHOWN_EVENT

# Runs one statement with ``?`` parameters on the store's open transaction.
Execute = Callable[[str, Sequence], object]

# The ids written per statement: well under SQLite's 999 host parameters of old builds.
CHUNK = 500

# The events and statements listings' facets that event_actor_facets and statement_speaker_facets keep:
# (facet, its value for one row, the joins it needs), as listings.py has them ('' for no value: a key
# column cannot be NULL). The first is the one every row has, read for the count.
_ARTICLE = "JOIN articles a ON a.id = {}.article_id "
_ACTOR_FACETS = {
    "events": [
        ("event_type", "v.type", ""),
        ("month", "substr(coalesce(v.date, a.published), 1, 7)", _ARTICLE.format("v")),
        ("location_country", "p.country", "LEFT JOIN places p ON p.id = v.place_id "),
        ("source", "a.source", _ARTICLE.format("v")),
        ("status", "v.status", ""),
    ],
    "statements": [
        ("kind", "s.kind", ""),
        ("speaker_name", "s.speaker_name", ""),
        ("speaker_type", "s.speaker_type", ""),
        ("month", "substr(a.published, 1, 7)", _ARTICLE.format("s")),
        ("source", "a.source", _ARTICLE.format("s")),
    ],
}

# (summary table, its key columns, counted column, SELECT of key values and count over {ids}).
# The SELECTs count exactly what the listings counted before they read these tables
# (queries.actors, tables.ACTORS and PLACES, charts.*), restricted to the given articles; events
# only where a user sees them by default (see .shown).
_COUNTS: list[tuple[str, str, str, str]] = [
    ("actor_counts", "actor_id", "mentions",
     "SELECT e.actor_id AS k0, count(*) AS n FROM entities e JOIN mentions m ON m.article_id = e.article_id "
     "AND m.local_id = e.local_id AND m.kind = 'entity' WHERE e.article_id IN ({ids}) GROUP BY e.actor_id"),
    ("actor_counts", "actor_id", "articles",
     "SELECT actor_id AS k0, count(DISTINCT article_id) AS n FROM entities WHERE article_id IN ({ids}) GROUP BY actor_id"),
    ("actor_counts", "actor_id", "statements",
     "SELECT speaker_id AS k0, count(*) AS n FROM statements WHERE article_id IN ({ids}) AND speaker_id IS NOT NULL "
     "GROUP BY speaker_id"),
    # An event counts once for an actor that is both its actor and its recipient (UNION, not UNION ALL).
    ("actor_counts", "actor_id", "events",
     "SELECT party AS k0, count(*) AS n FROM (SELECT id, actor_id AS party FROM events v WHERE article_id IN ({ids}) "
     f"AND actor_id IS NOT NULL AND {SHOWN_EVENT} UNION SELECT id, recipient_id FROM events v "
     f"WHERE article_id IN ({{ids}}) AND recipient_id IS NOT NULL AND {SHOWN_EVENT}) parties GROUP BY party"),
    # The shown events an actor is the recipient of (migration 0014): the count on its page.
    ("actor_counts", "actor_id", "received",
     "SELECT recipient_id AS k0, count(*) AS n FROM events v WHERE article_id IN ({ids}) AND recipient_id IS NOT NULL "
     f"AND {SHOWN_EVENT} GROUP BY recipient_id"),
    ("place_counts", "place_id", "mentions",
     "SELECT ap.place_id AS k0, count(*) AS n FROM article_places ap JOIN mentions m ON m.article_id = ap.article_id "
     "AND m.local_id = ap.local_id AND m.kind = 'place' WHERE ap.article_id IN ({ids}) GROUP BY ap.place_id"),
    ("place_counts", "place_id", "articles",
     "SELECT place_id AS k0, count(*) AS n FROM article_places WHERE article_id IN ({ids}) GROUP BY place_id"),
    # The statements naming a place, as statement_places holds them (found here the same way).
    ("place_counts", "place_id", "statements",
     "SELECT named.place_id AS k0, count(*) AS n FROM (SELECT DISTINCT ap.place_id, st.id FROM article_places ap "
     "JOIN mentions m ON m.article_id = ap.article_id AND m.local_id = ap.local_id AND m.kind = 'place' "
     "JOIN statements st ON st.article_id = ap.article_id AND m.start >= st.sentence_start "
     "AND m.\"end\" <= st.sentence_end WHERE ap.article_id IN ({ids})) named GROUP BY named.place_id"),
    ("place_counts", "place_id", "events",
     "SELECT place_id AS k0, count(*) AS n FROM events v WHERE article_id IN ({ids}) AND place_id IS NOT NULL "
     f"AND {SHOWN_EVENT} GROUP BY place_id"),
    # The event's date as listings show it; '' for none (a key column cannot be NULL and still be unique).
    ("event_days", "day, type", "n",
     "SELECT coalesce(v.date, a.published, '') AS k0, v.type AS k1, count(*) AS n FROM events v JOIN articles a "
     f"ON a.id = v.article_id WHERE v.article_id IN ({{ids}}) AND {SHOWN_EVENT} "
     "GROUP BY coalesce(v.date, a.published, ''), v.type"),
    # The same per month (migration 0009): the listing's count and facets, the monthly timeline.
    ("event_months", "month, type", "n",
     "SELECT CASE WHEN length(coalesce(v.date, a.published, '')) >= 7 THEN substr(coalesce(v.date, a.published), 1, 7) "
     "ELSE coalesce(v.date, a.published, '') END AS k0, v.type AS k1, count(*) AS n FROM events v JOIN articles a "
     f"ON a.id = v.article_id WHERE v.article_id IN ({{ids}}) AND {SHOWN_EVENT} "
     "GROUP BY CASE WHEN length(coalesce(v.date, a.published, '')) >= 7 THEN substr(coalesce(v.date, a.published), 1, 7) "
     "ELSE coalesce(v.date, a.published, '') END, v.type"),
    ("event_places", "place_id, type", "n",
     "SELECT place_id AS k0, type AS k1, count(*) AS n FROM events v WHERE article_id IN ({ids}) AND place_id IS NOT NULL "
     f"AND {SHOWN_EVENT} GROUP BY place_id, type"),
    # Shown events per actor (the events' actor, not recipient) and statements per speaker, by each facet
    # of their listing that is a property of the event or statement (migration 0014): a listing filtered by
    # an actor or an actor's country sums its actors' rows (see summarised.by_actor), where it read every
    # event or statement of them (Afghanistan's 2,200 events: 22-27 ms of CPU; a speaker's 2,600
    # statements: 20 ms). By actor, not country: a later article may give an actor its country.
    ("event_actor_facets", "actor_id, facet, value", "n", " UNION ALL ".join(
        f"SELECT v.actor_id AS k0, '{facet}' AS k1, coalesce({value}, '') AS k2, count(*) AS n FROM events v "
        f"{joins}WHERE v.article_id IN ({{ids}}) AND v.actor_id IS NOT NULL AND {SHOWN_EVENT} "
        f"GROUP BY v.actor_id, coalesce({value}, '')"
        for facet, value, joins in _ACTOR_FACETS["events"])),
    ("statement_speaker_facets", "speaker_id, facet, value", "n", " UNION ALL ".join(
        f"SELECT s.speaker_id AS k0, '{facet}' AS k1, coalesce({value}, '') AS k2, count(*) AS n FROM statements s "
        f"{joins}WHERE s.article_id IN ({{ids}}) AND s.speaker_id IS NOT NULL "
        f"GROUP BY s.speaker_id, coalesce({value}, '')"
        for facet, value, joins in _ACTOR_FACETS["statements"])),
    # Statements and articles per publication date: their listings' counts and month facets.
    ("statement_days", "day", "n",
     "SELECT coalesce(a.published, '') AS k0, count(*) AS n FROM statements s JOIN articles a "
     "ON a.id = s.article_id WHERE s.article_id IN ({ids}) GROUP BY coalesce(a.published, '')"),
    ("article_days", "day", "n",
     "SELECT coalesce(published, '') AS k0, count(*) AS n FROM articles WHERE id IN ({ids}) "
     "GROUP BY coalesce(published, '')"),
    # The network joins actors by name (two actors of one name are one node), so its links are kept by name.
    ("event_links", "source, target, type", "n",
     "SELECT ac.name AS k0, rc.name AS k1, v.type AS k2, count(*) AS n FROM events v JOIN actors ac ON ac.id = v.actor_id "
     "JOIN actors rc ON rc.id = v.recipient_id WHERE v.article_id IN ({ids}) AND v.actor_id != v.recipient_id "
     f"AND {SHOWN_EVENT} GROUP BY ac.name, rc.name, v.type"),
    # A statement names an actor when one of its mentions lies inside the content; counted once per statement.
    ("statement_links", "source, target", "n",
     "SELECT x.name AS k0, t.name AS k1, count(DISTINCT s.id) AS n FROM statements s JOIN actors x ON x.id = s.speaker_id "
     "JOIN mentions m ON m.article_id = s.article_id AND m.kind = 'entity' AND m.start >= s.content_start "
     "AND m.\"end\" <= s.content_end JOIN entities e ON e.article_id = m.article_id AND e.local_id = m.local_id "
     "JOIN actors t ON t.id = e.actor_id WHERE s.article_id IN ({ids}) AND e.actor_id != s.speaker_id "
     "GROUP BY x.name, t.name"),
]

# Rows about an article or event whatever its version, written once: what the articles listing
# shows beside each article, and each event's date as the events listing sorts it (an indexed
# column, where coalesce(v.date, a.published) spans two tables and no index can hold it), with its
# type beside it (migration 0009: a type-filtered listing walks one index) and its confidence
# (migration 0010: the listing sorted by it walks that column's index) and its place and actor
# (migration 0013: a place's or an actor's events, newest first, walk one index).
_WRITTEN_ONCE = [
    "INSERT INTO article_counts (article_id, statements, events, places) SELECT a.id, "
    "(SELECT count(*) FROM statements s WHERE s.article_id = a.id), "
    f"(SELECT count(*) FROM events v WHERE v.article_id = a.id AND {SHOWN_EVENT}), "
    "(SELECT count(*) FROM article_places ap WHERE ap.article_id = a.id) "
    "FROM articles a WHERE a.id IN ({ids}) ON CONFLICT (article_id) DO NOTHING",
    "INSERT INTO event_dates (event_id, day, type, confidence, place_id, actor_id) SELECT v.id, "
    "coalesce(v.date, a.published), v.type, v.confidence, v.place_id, v.actor_id FROM events v "
    "JOIN articles a ON a.id = v.article_id WHERE v.article_id IN ({ids}) ON CONFLICT (event_id) DO NOTHING",
    # Rows stored (every version: rows are never deleted), for the home page and /stats (migration 0010).
    *(f"INSERT INTO stored_counts (name, n) SELECT '{table}', count(*) FROM {table} WHERE {key} IN ({{ids}}) "
      "ON CONFLICT (name) DO UPDATE SET n = stored_counts.n + excluded.n"
      for table, key in (("articles", "id"), ("statements", "article_id"), ("events", "article_id"))),
    # The statements that name each place: a mention of it inside the statement's sentence (as
    # tables._statement_at_place read them before migration 0009 kept them here), with their
    # article's publication date (migration 0013: a place's newest are one index walk, see .at_place).
    "INSERT INTO statement_places (place_id, statement_id, published) SELECT DISTINCT ap.place_id, st.id, a.published "
    "FROM article_places ap JOIN articles a ON a.id = ap.article_id "
    "JOIN mentions m ON m.article_id = ap.article_id AND m.local_id = ap.local_id AND m.kind = 'place' "
    "JOIN statements st ON st.article_id = ap.article_id AND m.start >= st.sentence_start "
    "AND m.\"end\" <= st.sentence_end WHERE ap.article_id IN ({ids}) ON CONFLICT (place_id, statement_id) DO NOTHING",
    # The articles naming each place, once each, with their publication date (migration 0013, as above).
    "INSERT INTO place_articles (place_id, article_id, published) SELECT DISTINCT ap.place_id, ap.article_id, a.published "
    "FROM article_places ap JOIN articles a ON a.id = ap.article_id WHERE ap.article_id IN ({ids}) "
    "ON CONFLICT (place_id, article_id) DO NOTHING",
]

BUMP_VERSION = "UPDATE data_version SET n = n + 1"
SUMMARY_TABLES = ("actor_counts", "place_counts", "article_counts", "event_days", "event_months", "event_places",
                  "event_links", "statement_links", "statement_days", "article_days", "event_dates",
                  "statement_places", "place_articles", "stored_counts", "event_actor_facets",
                  "statement_speaker_facets")


def _upsert(table: str, keys: str, column: str, select: str) -> str:
    # The WHERE before ON CONFLICT keeps SQLite from reading the upsert's ON as a join's.
    names = [k.strip() for k in keys.split(",")]
    return (f"INSERT INTO {table} ({keys}, {column}) SELECT {', '.join(f'k.k{i}' for i in range(len(names)))}, "
            f"? * k.n FROM ({select}) k WHERE true "
            f"ON CONFLICT ({keys}) DO UPDATE SET {column} = {table}.{column} + excluded.{column}")


def recount_statements() -> list[str]:
    """Statements that set every count of shown events again over the current articles, under
    the rule of :mod:`.shown` as it stands (a recount migration, ``tools/recount_sql.py``).

    The other counts do not depend on the rule and stay as they are.
    """
    current = "SELECT id FROM current_articles"
    found = []
    for table, _keys, column, select in _COUNTS:
        if SHOWN_EVENT not in select:
            continue
        if column == "n":  # a table of its own: emptied, then filled
            found.append(f"DELETE FROM {table}")
        else:  # a column beside others: set to 0, then added to
            found.append(f"UPDATE {table} SET {column} = 0")
    for table, keys, column, select in _COUNTS:
        if SHOWN_EVENT in select:
            found.append(_upsert(table, keys, column, select.format(ids=current)).replace("? * k.n", "k.n"))
    # Every article's count, current or not, as _WRITTEN_ONCE wrote it.
    found.append(f"UPDATE article_counts SET events = (SELECT count(*) FROM events v "
                 f"WHERE v.article_id = article_counts.article_id AND {SHOWN_EVENT})")
    found.append(BUMP_VERSION)
    return found


def data_version(store) -> int:
    """The number of writes the store has had: it changes whenever what the pages show may have."""
    return store.query("SELECT n FROM data_version")[0][0]


def add_articles(execute: Execute, article_ids: Sequence[str], sign: int = 1) -> None:
    """Add (``sign=1``) or take away (``-1``) these articles' rows in the summary counts.

    Call it inside the transaction that writes the articles (or that makes them no longer
    current), after their rows are written. ``article_counts`` and ``event_dates`` describe an
    article or event whatever its version, so they are only ever added to.

    Args:
        execute: runs one statement with ``?`` parameters (``conn.execute`` on SQLite,
            the PostgreSQL store's ``_exec``).
        article_ids: the articles.
        sign: 1 when they become current, -1 when a newer version replaces them.
    """
    ids = list(article_ids)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        marks = ",".join("?" * len(chunk))
        for table, keys, column, select in _COUNTS:
            sql = _upsert(table, keys, column, select.format(ids=marks))
            execute(sql, [sign] + chunk * select.count("{ids}"))
        if sign > 0:
            for sql in _WRITTEN_ONCE:
                execute(sql.format(ids=marks), chunk)


def rebuild(execute: Execute, article_ids: Sequence[str], replaced_ids: Sequence[str]) -> None:
    """Empty every summary table and count again: every article, less those a newer version replaced."""
    for table in SUMMARY_TABLES:
        execute(f"DELETE FROM {table}", [])
    add_articles(execute, article_ids, 1)
    add_articles(execute, replaced_ids, -1)
