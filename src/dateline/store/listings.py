"""The listings' definitions: what each one selects from, its columns, filters, facets and order.

A listing is a :class:`Table` (see :mod:`.tables` for how one is paged, sorted and faceted). Written
in SQLite's dialect; everything here means the same on PostgreSQL (see :mod:`.dialect`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from ..countries import alpha2, alpha3, country_named
from ..errors import DatelineError
from . import queries
from .keys import place_key_of_page

Store = Any
Condition = tuple[str, list]

class BadListing(DatelineError):
    """A listing asked for a column, filter or value it does not have; the message lists the options."""


@dataclass(frozen=True)
class Table:
    """One listing.

    Attributes:
        name: what it lists (``events``).
        source: the ``FROM`` clause with its joins.
        columns: output column -> SQL expression, in display order.
        filters: filter name -> ``function(store, value) -> (SQL condition, params)``.
        facets: facet name -> SQL expression counted by value.
        default_sort: a column name, ``-`` first for descending.
        tiebreak: a unique SQL expression ending every order.
    """

    name: str
    source: str
    columns: dict[str, str]
    filters: dict[str, Callable[[Store, Any], Condition]]
    facets: dict[str, str]
    default_sort: str
    tiebreak: str
    hidden: tuple[str, ...] = field(default=())  # columns in the data but not offered for sorting
    condition: str = ""  # a condition every row meets (current versions only)
    # Text columns of a LEFT JOINed table: a sort by one asks for the rows with a value as
    # ``column >= ''`` (every text is), not ``IS NOT NULL``: SQLite (3.40) then makes the join an
    # inner one and can walk the joined table by the column's index (migration 0010).
    joined_text: tuple[str, ...] = field(default=())


def _eq(sql: str, convert: Callable[[Any], Any] = lambda v: v) -> Callable[[Store, Any], Condition]:
    return lambda store, value: (f"{sql} = ?", [convert(value)])


def _at_least(sql: str) -> Callable[[Store, Any], Condition]:
    return lambda store, value: (f"{sql} >= ?", [value])


def _at_most(sql: str) -> Callable[[Store, Any], Condition]:
    return lambda store, value: (f"{sql} <= ?", [value])


def _actor_named(sql: str) -> Callable[[Store, Any], Condition]:
    def condition(store: Store, name: str) -> Condition:
        ids = queries._actor_ids_matching(store, name) or [-1]
        return f"{sql} IN ({','.join('?' * len(ids))})", ids
    return condition


def _name_contains(sql: str) -> Callable[[Store, Any], Condition]:
    def condition(store: Store, text: str) -> Condition:
        return f"{sql} {store.dialect.like} ? ESCAPE '\\'", [f"%{queries.like_escape(text)}%"]
    return condition


def _event_place(store: Store, place: str) -> Condition:
    """A place name or province (whole, any case), or a country by either code or its name: a
    country's name finds every event placed in it ("Armenia": those in Sotk and Vardenis too), not
    only those placed in the country as a whole."""
    nocase = store.dialect.nocase_eq
    code = country_named(place)
    if code is None and len(place) in (2, 3) and place.isalpha():
        try:
            code = alpha2(place)
        except DatelineError:
            code = None
    return f"({nocase('p.name')} OR {nocase('p.admin1')} OR p.country = ?)", [place, place, code]


def _event_at_place(store: Store, key: str) -> Condition:
    # The place as event_dates holds it (migration 0013): with the date order, one walk down its index.
    return "d.place_id = (SELECT pl.id FROM places pl WHERE pl.key = ?)", [place_key_of_page(key)]


def _statement_at_place(store: Store, key: str) -> Condition:
    # The statements naming the place, kept as articles are written (see .summary): one index range.
    return ("s.id IN (SELECT sp.statement_id FROM places pl JOIN statement_places sp ON sp.place_id = pl.id "
            "WHERE pl.key = ?)", [place_key_of_page(key)])


def _statement_about(store: Store, about: str) -> Condition:
    """Statements whose content mentions ``about`` or an alias of it as whole words."""
    ids = queries._actor_ids_matching(store, about, substring=False) or [-1]
    names = {about} | {r[0] for r in store.query(
        f"SELECT alias FROM aliases WHERE actor_id IN ({','.join('?' * len(ids))})", ids)}
    pattern = queries.mentions_any(names)
    condition, params = store.dialect.content_mentions(sorted(names))
    # The full-text index narrows the rows; the pattern then checks case and whole words.
    found = [r[0] for r in store.query(f"SELECT s.id, s.content FROM statements s WHERE {condition}", params)
             if pattern.search(r[1])] or [-1]
    return f"s.id IN ({','.join('?' * len(found))})", found


def _article_mentions_place(store: Store, key: str) -> Condition:
    return ("a.id IN (SELECT ap.article_id FROM article_places ap JOIN places pl ON pl.id = ap.place_id "
            "WHERE pl.key = ?)", [place_key_of_page(key)])


def _article_mentions_actor(store: Store, name: str) -> Condition:
    ids = queries._actor_ids_matching(store, name) or [-1]
    return (f"a.id IN (SELECT e.article_id FROM entities e WHERE e.actor_id IN ({','.join('?' * len(ids))}))", ids)


_CURRENT = queries._CURRENT
# The listings' article join: current versions only (see queries._CURRENT), by index lookup.
_CURRENT_ARTICLE = "NOT EXISTS (SELECT 1 FROM articles newer WHERE newer.previous_id = a.id)"
# The same test on an event's or statement's own article_id: asked of ``a`` (the joined article),
# it made SQLite, with statistics, build a Bloom filter over every current article before each
# events or statements query (~200 ms on 100,000 articles, whatever the filter).
_CURRENT_OF = queries._CURRENT
# An event's date (its own, else its article's) from event_dates, kept at write time (see .summary)
# so that the events listing's default order is a walk down an index.
_DATE = "d.day"


# Columns shown but not offered for sorting: text cut from the article (sentence, trigger) or long
# free text (content). No index can hold them; a sort by one sorted every row of the listing
# (sentence: 4-5 s on 100,000 articles), alphabetically by a sentence's first word.
_UNSORTED = ("sentence", "trigger", "content")


def event_extra_columns(store: Store) -> list[str]:
    """Which of the second round's event columns (``status``, ``main``) this database has."""
    have = {r[0] for r in store.query(store.dialect.table_columns(), ("events",))}
    return [name for name in ("status", "main") if name in have]


def events_table(store: Store) -> Table:
    """Events in ACLED/POLECAT-like columns; ``status`` and ``main`` when the database has them."""
    extra = event_extra_columns(store)
    columns = {
        "event_date": _DATE, "event_type": "v.type", "mode": "v.mode",
        "actor_name": "ac.name", "actor_country": "ac.country", "actor_sector": "ac.sector",
        "recipient_name": "rc.name", "recipient_country": "rc.country", "recipient_sector": "rc.sector",
        "location": "p.name", "geonames_id": "p.geonames_id", "latitude": "p.lat", "longitude": "p.lon",
        "location_country": "p.country", "admin1": "p.admin1",
        # As event_dates holds it (migration 0010): sorted by it, the listing walks its index.
        "confidence": "d.confidence",
        **{name: f"v.{name}" for name in extra},
        "trigger": "substr(a.text, v.trigger_start + 1, v.trigger_end - v.trigger_start)",
        "sentence": "substr(a.text, v.sentence_start + 1, v.sentence_end - v.sentence_start)",
        # a.id, equal to v.article_id by the join: SQLite then walks the articles in order (1 s -> 20 ms).
        "article_id": "a.id", "event_id": "v.local_id",
        "trigger_start": "v.trigger_start", "trigger_end": "v.trigger_end",
        "sentence_start": "v.sentence_start", "sentence_end": "v.sentence_end",
        "place_key": "p.key", "url": "a.url", "title": "a.title", "source": "a.source",
    }
    filters: dict[str, Callable[[Store, Any], Condition]] = {
        # The type and the actor as event_dates holds them (migrations 0009, 0013): with the date order, one index walk.
        "type": _eq("d.type", str.upper), "actor": _actor_named("d.actor_id"),
        "recipient": _actor_named("v.recipient_id"), "place": _event_place,
        "geonames": _event_at_place, "actor_country": _eq("ac.country", alpha3),
        "actor_sector": _eq("ac.sector", str.upper), "recipient_country": _eq("rc.country", alpha3),
        "recipient_sector": _eq("rc.sector", str.upper), "since": _at_least(_DATE), "until": _at_most(_DATE),
        "min_confidence": _at_least("v.confidence"), "article": _eq("v.article_id"), "source": _eq("a.source"),
    }
    if "status" in extra:
        filters["status"] = _eq("coalesce(v.status, 'asserted')", str.lower)  # as queries.events
    if "main" in extra:
        filters["main"] = _eq("v.main")
    facets = {"event_type": "v.type", "actor_country": "ac.country", "actor_sector": "ac.sector",
              "location_country": "p.country", "month": f"substr({_DATE}, 1, 7)", "source": "a.source",
              **({"status": "v.status"} if "status" in extra else {})}
    return Table("events", "events v JOIN event_dates d ON d.event_id = v.id "
                 f"JOIN articles a ON a.id = v.article_id AND {_CURRENT_OF.format('v')} "
                 "LEFT JOIN actors ac ON ac.id = v.actor_id LEFT JOIN actors rc ON rc.id = v.recipient_id "
                 "LEFT JOIN places p ON p.id = v.place_id",
                 columns, filters, facets, "-event_date", "d.event_id",
                 hidden=("trigger_start", "trigger_end", "sentence_start", "sentence_end", "place_key", *_UNSORTED),
                 joined_text=("actor_name", "actor_country", "actor_sector", "recipient_name", "recipient_country",
                              "recipient_sector", "location", "location_country", "admin1"))


STATEMENTS = Table(
    "statements", f"statements s JOIN articles a ON a.id = s.article_id AND {_CURRENT_OF.format('s')} "
                  "LEFT JOIN actors x ON x.id = s.speaker_id",
    {"published": "a.published", "speaker_name": "s.speaker_name", "speaker_text": "s.speaker_text",
     "speaker_country": "x.country", "speaker_sector": "x.sector", "speaker_type": "s.speaker_type", "cue": "s.cue",
     "kind": "s.kind", "content": "s.content",
     "sentence": "substr(a.text, s.sentence_start + 1, s.sentence_end - s.sentence_start)",
     "article_id": "a.id", "id": "s.local_id", "content_start": "s.content_start",
     "content_end": "s.content_end", "sentence_start": "s.sentence_start", "sentence_end": "s.sentence_end",
     "title": "a.title", "url": "a.url", "source": "a.source"},
    {"speaker": _actor_named("s.speaker_id"), "about": _statement_about, "since": _at_least("a.published"),
     "until": _at_most("a.published"), "speaker_country": _eq("x.country", alpha3),
     "speaker_sector": _eq("x.sector", str.upper), "kind": _eq("s.kind", str.lower), "article": _eq("s.article_id"),
     "geonames": _statement_at_place, "source": _eq("a.source"), "speaker_type": _eq("s.speaker_type", str.lower)},
    {"speaker_name": "s.speaker_name", "kind": "s.kind", "speaker_type": "s.speaker_type", "speaker_country": "x.country",
     "speaker_sector": "x.sector", "month": "substr(a.published, 1, 7)", "source": "a.source"},
    "-published", "s.id", hidden=("content_start", "content_end", "sentence_start", "sentence_end", *_UNSORTED),
    joined_text=("speaker_country", "speaker_sector"))

ACTORS = Table(
    # Counts of current articles kept by the store as it writes (see .summary); 0 for an actor without a row.
    "actors", "actors x LEFT JOIN actor_counts c ON c.actor_id = x.id",
    {"name": "x.name", "type": "x.type", "country": "x.country", "sector": "x.sector",
     "mentions": "coalesce(c.mentions, 0)", "articles": "coalesce(c.articles, 0)",
     "statements": "coalesce(c.statements, 0)", "events": "coalesce(c.events, 0)"},
    {"type": _eq("x.type", str.upper), "country": _eq("x.country", alpha3), "sector": _eq("x.sector", str.upper),
     "q": _name_contains("x.name")},
    {"type": "x.type", "country": "x.country", "sector": "x.sector"},
    "-mentions", "x.id")

PLACES = Table(
    "places", "places p LEFT JOIN place_counts c ON c.place_id = p.id",
    {"name": "p.name", "feature": "p.feature", "country": "p.country", "admin1": "p.admin1",
     "geonames_id": "p.geonames_id", "lat": "p.lat", "lon": "p.lon",
     "mentions": "coalesce(c.mentions, 0)", "articles": "coalesce(c.articles, 0)", "events": "coalesce(c.events, 0)",
     "key": "p.key"},
    {"country": _eq("p.country", alpha2), "feature": _eq("p.feature", str.lower), "q": _name_contains("p.name"),
     "geonames": _eq("p.key", place_key_of_page)},
    {"feature": "p.feature", "country": "p.country"},
    "-mentions", "p.id", hidden=("key",))

ARTICLES = Table(
    # Every article has its counts' row, written with it (see .summary): an inner join, so that a sort by a
    # count walks that count's index (migration 0009) from the counts to the articles.
    "articles", "articles a JOIN article_counts c ON c.article_id = a.id",
    {"published": "a.published", "title": "a.title", "source": "a.source", "url": "a.url",
     "language": "a.language", "id": "a.id", "statements": "c.statements",
     "events": "c.events", "places": "c.places"},
    {"q": _name_contains("a.title"), "source": _eq("a.source"), "since": _at_least("a.published"),
     "until": _at_most("a.published"), "language": _eq("a.language", str.lower),
     "geonames": _article_mentions_place, "actor": _article_mentions_actor},
    {"source": "a.source", "month": "substr(a.published, 1, 7)", "language": "a.language"},
    "-published", "a.id", condition=_CURRENT_ARTICLE)

STATIC_TABLES = {"statements": STATEMENTS, "actors": ACTORS, "places": PLACES, "articles": ARTICLES}
NAMES = ("events", *STATIC_TABLES)


def table(store: Store, name: str) -> Table:
    """The listing called ``name`` for this database.

    Raises:
        BadListing: for a name that is not one of ``NAMES``.
    """
    if name == "events":
        return events_table(store)
    if name not in STATIC_TABLES:
        raise BadListing(f"no listing {name!r}; choose one of {', '.join(NAMES)}")
    return STATIC_TABLES[name]


def sortable(listing: Table) -> list[str]:
    """The columns a listing can be sorted by."""
    return [c for c in listing.columns if c not in listing.hidden]
