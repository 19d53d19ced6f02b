"""Read queries over the store: search, listings and export rows. Returns plain dicts."""
from __future__ import annotations

import json
import re
from typing import Any, Iterator, Optional

from .shown import DEFAULT_MIN_CONFIDENCE  # noqa: F401  (the listings' default, read from here)
from .sqlite import like_escape

# An open store of either backend: Store or PostgresStore. Each has ``query(sql, params)``
# taking SQLite-dialect SQL, and ``dialect`` (see .dialect) for the fragments that differ.
Store = Any


def search_words(text: str) -> list[str]:
    """The words of a user's search (punctuation is not syntax on either backend).

    A possessive is dropped ("Maduro's" finds "Maduro" and "Maduro's"): both indexes split the
    text's "Maduro's" into "maduro" and "s", so the whole word would only find the possessive.
    """
    return [re.sub(r"['’]s$", "", word, flags=re.IGNORECASE) for word in re.findall(r"[\w’'-]+", text)]


def search(store: Store, text: str, limit: int = 20) -> list[dict]:
    """Articles and statements matching ``text`` (current versions), best first, with a snippet."""
    words = search_words(text)
    if not words:
        return []
    dialect = store.dialect
    query = dialect.search_words(words)
    hits = [{"kind": "article", **dict(row)} for row in store.query(dialect.article_hits(), (query, limit))]
    hits += [{"kind": "statement", **dict(row)} for row in store.query(dialect.statement_hits(), (query, limit))]
    return sorted(hits, key=lambda hit: hit["score"])[:limit]


# Listings count only the current version of each article (see migration 0002).
# "Not replaced by a newer version" as a lookup on the previous_id index: the same rows as
# current_articles, without building that view's NOT IN list once per outer row.
_CURRENT = "NOT EXISTS (SELECT 1 FROM articles newer WHERE newer.previous_id = {}.article_id)"


def stats(store: Store) -> dict:
    """Counts of everything stored, and the rejects by reason."""
    # Articles, statements and events as the store counts them while writing (see .summary); the rest are small.
    stored = dict(store.query("SELECT name, n FROM stored_counts"))
    count = lambda table: stored[table] if table in stored else store.query(f"SELECT count(*) FROM {table}")[0][0]  # noqa: E731
    # Each on its own: SQLite reads a lone min() or max() off the index's end, both together in a full scan.
    first, last = store.query("SELECT (SELECT min(published) FROM articles), (SELECT max(published) FROM articles)")[0]
    # An item rejected again with other wording (a newer dateline says it better) counts once, under
    # the reason it was last given.
    rejects = [dict(r) for r in store.query(
        "SELECT reason, count(*) AS n FROM rejects r WHERE NOT EXISTS (SELECT 1 FROM rejects later "
        "WHERE later.item = r.item AND (later.at > r.at OR (later.at = r.at AND later.reason > r.reason))) "
        "GROUP BY reason ORDER BY n DESC")]
    # The events a listing shows by default (asserted, at the default confidence): the month summary
    # counts only those, in a few thousand rows at most.
    shown = store.query("SELECT coalesce(sum(n), 0) FROM event_months")[0][0]
    return {"articles": count("articles"), "actors": count("actors"), "statements": count("statements"),
            "places": count("places"), "events": count("events"), "events_shown": shown,
            "rejects": store.query("SELECT count(DISTINCT item) FROM rejects")[0][0],
            "published_from": first, "published_to": last, "rejects_by_reason": rejects}


def _actor_ids_matching(store: Store, name: str, substring: bool = True) -> list[int]:
    nocase, like = store.dialect.nocase_eq, store.dialect.like
    rows = store.query(
        f"SELECT DISTINCT actor_id FROM aliases WHERE {nocase('alias')} "
        f"UNION SELECT id FROM actors WHERE {nocase('name')}", (name, name))
    if not rows and substring:  # fall back to a substring match ("Khatib" finds "Seyyed Ismail Khatib")
        pattern = f"%{like_escape(name)}%"  # a "%" or "_" in the name is a character, not a wildcard
        rows = store.query(f"SELECT DISTINCT actor_id FROM aliases WHERE alias {like} ? ESCAPE '\\' "
                           f"UNION SELECT id FROM actors WHERE name {like} ? ESCAPE '\\'", (pattern, pattern))
    return [r[0] for r in rows]


def _date_filters(column: str, since: Optional[str], until: Optional[str]) -> tuple[list[str], list]:
    where: list[str] = []
    params: list = []
    if since:
        where.append(f"{column} >= ?")
        params.append(since)
    if until:
        where.append(f"{column} <= ?")
        params.append(until)
    return where, params


def mentions_any(names: set[str]) -> re.Pattern:
    """A pattern for any of ``names`` as whole words; short all-caps names ("US") match case."""
    parts = []
    for name in sorted(names, key=len, reverse=True):
        word = re.escape(name)
        parts.append(word if name.isupper() and len(name) <= 5 else f"(?i:{word})")
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def statements(store: Store, speaker: Optional[str] = None, about: Optional[str] = None,
               since: Optional[str] = None, until: Optional[str] = None, limit: int = 100,
               speaker_type: Optional[str] = None) -> list[dict]:
    """Statements with speaker, date and sentence, newest first (current article versions).

    Args:
        speaker: a name or alias of the speaker ("IEA" finds what "the Islamic Emirate" said).
        speaker_type: person, organisation, document or unnamed (``SPEAKER_TYPES``).
        about: a name or alias the content mentions as a word (any alias of a matching actor counts).
        since, until: ISO dates bounding the article's publication date.
    """
    where, params = _date_filters("a.published", since, until)
    if speaker:
        ids = _actor_ids_matching(store, speaker)
        if not ids:
            return []
        where.append(f"s.speaker_id IN ({','.join('?' * len(ids))})")
        params += ids
    if speaker_type:
        where.append("s.speaker_type = ?")
        params.append(speaker_type)
    pattern = None
    if about:
        ids = _actor_ids_matching(store, about, substring=False) or [-1]
        names = {about} | {r[0] for r in store.query(
            f"SELECT alias FROM aliases WHERE actor_id IN ({','.join('?' * len(ids))})", ids)}
        pattern = mentions_any(names)
        # The full-text index narrows the rows; the pattern then checks case and whole words.
        condition, phrase_params = store.dialect.content_mentions(sorted(names))
        where.append(condition)
        params += phrase_params
    sql = ("SELECT s.article_id, s.local_id AS id, s.speaker_name, s.speaker_text, s.speaker_type, s.cue, "
           "s.content, s.kind, a.published, a.title, substr(a.text, s.sentence_start + 1, s.sentence_end - s.sentence_start) "
           "AS sentence, s.sentence_start, s.sentence_end FROM statements s "
           "JOIN current_articles a ON a.id = s.article_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.published DESC NULLS LAST, s.article_id, s.content_start"
    if pattern is None:
        return [dict(r) for r in store.query(sql + " LIMIT ?", params + [limit])]
    rows = (dict(r) for r in store.query(sql, params))
    return [r for r in rows if pattern.search(r["content"])][:limit]


def actors(store: Store, type_: Optional[str] = None, country: Optional[str] = None,
           limit: int = 100, ids: Optional[list[int]] = None) -> list[dict]:
    """Actors with their counts of mentions, statements and events, most mentioned first.

    ``ids`` restricts the listing to those actor rows.
    """
    where: list[str] = []
    params: list = []
    if ids is not None:
        where.append(f"x.id IN ({','.join('?' * len(ids))})")
        params += ids
    if type_:
        where.append("x.type = ?")
        params.append(type_.upper())
    if country:
        where.append("x.country = ?")
        params.append(country.upper())
    # Counts of current articles kept by the store as it writes (see .summary).
    sql = ("SELECT x.id, x.name, x.type, x.country, x.sector, coalesce(c.mentions, 0) AS mentions, "
           "coalesce(c.articles, 0) AS articles, coalesce(c.statements, 0) AS statements, "
           "coalesce(c.events, 0) AS events FROM actors x LEFT JOIN actor_counts c ON c.actor_id = x.id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY mentions DESC, x.name LIMIT ?"
    return [dict(r) for r in store.query(sql, params + [limit])]


def actor(store: Store, name: str, latest: int = 10) -> Optional[dict]:
    """One actor by name or alias: aliases, roles, counts and latest statements."""
    ids = _actor_ids_matching(store, name)
    if not ids:
        return None
    # Several matches: the most mentioned one.
    rows = actors(store, ids=ids, limit=1)
    if not rows:
        return None
    found = rows[0]
    found["aliases"] = [r[0] for r in store.query(
        "SELECT alias FROM aliases WHERE actor_id = ? AND alias != ? ORDER BY alias", (found["id"], found["name"]))]
    found["roles"] = [r[0] for r in store.query("SELECT role FROM roles WHERE actor_id = ? ORDER BY role",
                                                (found["id"],))]
    found["latest_statements"] = [dict(r) for r in store.query(
        "SELECT s.article_id, s.local_id, s.content, s.cue, a.published FROM statements s JOIN articles a "
        f"ON a.id = s.article_id WHERE s.speaker_id = ? AND {_CURRENT.format('s')} "
        "ORDER BY a.published DESC NULLS LAST, s.article_id, s.content_start LIMIT ?", (found["id"], latest))]
    return found


def places(store: Store, country: Optional[str] = None, limit: int = 100) -> list[dict]:
    """Places with their counts of mentions, articles and events, most mentioned first."""
    where, params = "", []
    if country:
        where, params = " WHERE p.country = ?", [country.upper()]
    sql = ("SELECT p.id, p.name, p.geonames_id, p.lat, p.lon, p.country, p.admin1, p.feature, "
           "coalesce(c.mentions, 0) AS mentions, coalesce(c.articles, 0) AS articles, coalesce(c.events, 0) AS events "
           "FROM places p LEFT JOIN place_counts c ON c.place_id = p.id" + where + " ORDER BY mentions DESC, p.name LIMIT ?")
    return [dict(r) for r in store.query(sql, params + [limit])]


EVENT_COLUMNS = (
    "v.article_id, v.local_id AS event_id, v.type AS event_type, v.mode, coalesce(v.date, a.published) AS event_date, "
    "ac.name AS actor_name, ac.country AS actor_country, ac.sector AS actor_sector, "
    "rc.name AS recipient_name, rc.country AS recipient_country, rc.sector AS recipient_sector, "
    "p.name AS location, p.geonames_id, p.lat AS latitude, p.lon AS longitude, p.country AS location_country, "
    "p.admin1, v.confidence, substr(a.text, v.trigger_start + 1, v.trigger_end - v.trigger_start) AS trigger, "
    "v.trigger_start, v.trigger_end, substr(a.text, v.sentence_start + 1, v.sentence_end - v.sentence_start) AS sentence, "
    "v.sentence_start, v.sentence_end, a.url, a.title, v.main, v.status, v.fatalities, v.injuries, "
    "substr(a.text, v.actor_start + 1, v.actor_end - v.actor_start) AS actor_text, "
    "substr(a.text, v.recipient_start + 1, v.recipient_end - v.recipient_start) AS recipient_text, "
    "v.actor_start, v.actor_end, v.recipient_start, v.recipient_end, v.fatalities_start, v.fatalities_end, "
    "v.injuries_start, v.injuries_end")


def events(store: Store, type_: Optional[str] = None, actor: Optional[str] = None,
           recipient: Optional[str] = None, place: Optional[str] = None, since: Optional[str] = None,
           until: Optional[str] = None, limit: Optional[int] = 100, min_confidence: Optional[float] = None,
           status: Optional[str] = None) -> list[dict]:
    """Events with actor, recipient, place and source sentence, in ACLED/POLECAT-like columns.

    ``min_confidence``: only events at least this likely right; ``status``: only events the text
    reports so ("asserted"); events stored before statuses existed count as asserted.
    """
    where, params = _date_filters("coalesce(v.date, a.published)", since, until)
    if min_confidence is not None:
        where.append("v.confidence >= ?")
        params.append(min_confidence)
    if status:
        where.append("coalesce(v.status, 'asserted') = ?")
        params.append(status)
    if type_:
        where.append("v.type = ?")
        params.append(type_.upper())
    for column, name in (("v.actor_id", actor), ("v.recipient_id", recipient)):
        if name:
            ids = _actor_ids_matching(store, name) or [-1]
            where.append(f"{column} IN ({','.join('?' * len(ids))})")
            params += ids
    if place:  # a place name or province (whole, any case), or a two-letter country code
        nocase = store.dialect.nocase_eq
        where.append(f"({nocase('p.name')} OR {nocase('p.admin1')} OR p.country = ?)")
        params += [place, place, place.upper() if len(place) == 2 else None]
    sql = (f"SELECT {EVENT_COLUMNS} FROM events v JOIN current_articles a ON a.id = v.article_id "
           "LEFT JOIN actors ac ON ac.id = v.actor_id LEFT JOIN actors rc ON rc.id = v.recipient_id "
           "LEFT JOIN places p ON p.id = v.place_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY event_date DESC NULLS LAST, v.article_id, v.trigger_start"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in store.query(sql, params)]


_VERSION_COLUMNS = ("id, title, url, published, ingested_at, "
                    "CAST(id IN (SELECT id FROM current_articles) AS INTEGER) AS current")


def _linked(store: Store, sql: str, article_id: str) -> Optional[str]:
    rows = store.query(sql, (article_id,))
    return rows[0][0] if rows else None


def versions(store: Store, article_id: str) -> dict:
    """The versions of one article's story, oldest first, and the other articles at its URL.

    Returns:
        ``{"versions": [...], "same_url": [...]}``: rows with id, title, url, published,
        ingested_at and current (1 for the version search and listings show). ``versions``
        holds just the article itself when it has no other version; ``same_url`` holds the
        other stories stored at its URL (and their versions), oldest first.
    """
    chain = [article_id]
    older = "SELECT previous_id FROM articles WHERE id = ?"
    newer = "SELECT id FROM articles WHERE previous_id = ? ORDER BY ingested_at DESC, rowid DESC LIMIT 1"
    while (previous := _linked(store, older, chain[0])) and previous not in chain:
        chain.insert(0, previous)
    while (following := _linked(store, newer, chain[-1])) and following not in chain:
        chain.append(following)
    rows = {r["id"]: dict(r) for r in store.query(
        f"SELECT {_VERSION_COLUMNS} FROM articles WHERE id IN ({','.join('?' * len(chain))})", chain)}
    found = [rows[i] for i in chain if i in rows]
    urls = sorted({r["url"] for r in found if r["url"]})
    same_url = [dict(r) for r in store.query(
        f"SELECT {_VERSION_COLUMNS} FROM articles WHERE url IN ({','.join('?' * len(urls))}) "
        f"AND id NOT IN ({','.join('?' * len(chain))}) ORDER BY ingested_at, rowid", [*urls, *chain])] if urls else []
    return {"versions": found, "same_url": same_url}


def export_rows(store: Store, what: str, min_confidence: Optional[float] = None) -> Iterator[dict]:
    """Every stored row of one kind, flat, for JSONL / CSV / Parquet export (events at least
    ``min_confidence`` likely right, when given)."""
    if what == "articles":
        for r in store.query("SELECT id, title, url, source, published, language, origin, previous_id, "
                             "ingested_at, text FROM articles ORDER BY published NULLS FIRST, id"):
            yield dict(r)
    elif what == "entities":
        for actor in actors(store, limit=10**9):
            actor["aliases"] = [a[0] for a in store.query("SELECT alias FROM aliases WHERE actor_id = ? ORDER BY alias",
                                                          (actor["id"],))]
            actor["roles"] = [a[0] for a in store.query("SELECT role FROM roles WHERE actor_id = ? ORDER BY role",
                                                        (actor["id"],))]
            yield actor
    elif what == "statements":
        for r in store.query(
                "SELECT s.article_id, s.local_id AS statement_id, a.published, s.speaker_name, s.speaker_text, "
                "x.country AS speaker_country, x.sector AS speaker_sector, s.cue, s.content, s.kind, "
                "s.speaker_start, s.speaker_end, s.cue_start, s.cue_end, s.content_start, s.content_end, "
                "s.sentence_start, s.sentence_end, "
                "substr(a.text, s.sentence_start + 1, s.sentence_end - s.sentence_start) AS sentence, a.url "
                "FROM statements s JOIN current_articles a ON a.id = s.article_id LEFT JOIN actors x ON x.id = s.speaker_id "
                "ORDER BY a.published NULLS FIRST, s.article_id, s.content_start"):
            yield dict(r)
    elif what == "places":
        yield from places(store, limit=10**9)
    elif what == "events":
        yield from events(store, limit=None, min_confidence=min_confidence)
    else:
        raise ValueError(f"unknown export {what!r}; choose one of articles, entities, statements, places, events")


def as_json(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False, default=str)
