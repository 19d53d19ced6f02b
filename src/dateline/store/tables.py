"""Paged, sorted, faceted listings: the tables behind the web pages, their CSV twins and the CLI.

A listing is a :class:`Table`: what it selects from, its columns (name -> SQL), the filters it
takes (name -> condition), its facets and its default order. :func:`page` answers one request
with the total count, one page of rows (``offset``/``limit``), and optionally the facet counts,
like a datasette table. Every order ends with a unique key, so paging never skips or repeats a row.

Written in SQLite's dialect; everything here means the same on PostgreSQL (see :mod:`.dialect`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Sequence

from ..countries import alpha2, alpha3
from ..errors import DatelineError
from . import queries, summarised
from .keys import place_key_of_page

Store = Any
Condition = tuple[str, list]

FACET_SIZE = 30  # values shown per facet, most frequent first (datasette shows 30 too)

# Seconds all the facets of one page may take together; a facet not counted by then is None
# ("not counted") rather than a page that keeps the reader waiting. Chosen from the 300 ms a
# page may take (issue 14): the count and the rows of a page take well under 100 ms with the
# summaries and indexes of migration 0008, leaving this much for facets. datasette does the same
# (facet_time_limit_ms, 200 ms by default).
FACET_SECONDS = 0.15
# Seconds a web page may spend counting the rows that match a filter the summaries cannot answer
# (see .summarised); past it the page says "not counted" and pages on by a next link. Same
# budget reasoning as FACET_SECONDS: the rows take under 100 ms, the facets 150 ms.
COUNT_SECONDS = 0.1
# Rows past which a facet no summary answers is not counted at all (None, "not counted"), rather
# than tried for FACET_SECONDS: on 100,000 synthetic articles such a facet over every event,
# statement or article (90,000-660,000 rows) was cut off at 150 ms, or finished in 120-140 ms,
# alone; with 8 clients on 2 cores that was 150 ms of a core spent per facet for nothing. Counting
# runs at roughly 0.5-1 million rows a second alone, so this many rows take 20-40 ms.
FACET_ROWS = 20_000
# Rows up to which a listing no summary counts has them counted by its facets' pass (see page): a
# speaker's or a country's events or statements (2,200-2,600 rows: 20 ms alone) are read once, not
# twice. Past it the rows are counted on their own, as before, after the pass found too many: that
# costs up to this many rows read for nothing (~45 ms alone at a country's events' rate), where a cap
# of FACET_ROWS cost up to the facets' 150 ms on a listing of 50,000 rows.
COUNTED_ROWS = 5_000
# Rows skipped past which a page in the default order starts from its first row's day (see
# summarised.day_of_row) rather than skipping them one by one: below it the skip costs less than
# reading the summary (events: 10,000 rows skipped took 30 ms of CPU alone).
DEEP_OFFSET = 1_000


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
    """A place name or province (whole, any case), or a country code of either form."""
    nocase = store.dialect.nocase_eq
    code = None
    if len(place) in (2, 3) and place.isalpha():
        try:
            code = alpha2(place)
        except DatelineError:
            code = None
    return f"({nocase('p.name')} OR {nocase('p.admin1')} OR p.country = ?)", [place, place, code]


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
        # The type as event_dates holds it (migration 0009): with the date order, one index walk.
        "type": _eq("d.type", str.upper), "actor": _actor_named("v.actor_id"),
        "recipient": _actor_named("v.recipient_id"), "place": _event_place,
        "geonames": _eq("p.key", place_key_of_page), "actor_country": _eq("ac.country", alpha3),
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


def _order(listing: Table, sort: Optional[str]) -> tuple[str, str]:
    """The checked sort (``-column`` for descending) and its ``ORDER BY`` clause."""
    sort = sort or listing.default_sort
    column = sort.lstrip("-")
    if column not in sortable(listing):
        raise BadListing(f"cannot sort {listing.name} by {column!r}; sort by one of {', '.join(sortable(listing))} "
                         "(put - first for descending, e.g. -" + sortable(listing)[0] + ")")
    direction = "DESC" if sort.startswith("-") else "ASC"
    # By expression, not output name: the page's keys are found by a query without the output columns.
    return sort, f"{listing.columns[column]} {direction} NULLS LAST, {listing.tiebreak} {direction}"


def _where(store: Store, listing: Table, filters: dict[str, Any]) -> tuple[str, list]:
    conditions: list[str] = [listing.condition] if listing.condition else []
    params: list = []
    for name, value in filters.items():
        if value is None or value == "":
            continue
        if name not in listing.filters:
            raise BadListing(f"{listing.name} cannot be filtered by {name!r}; "
                             f"filter by {', '.join(sorted(listing.filters))}")
        condition, values = listing.filters[name](store, value)
        conditions.append(condition)
        params += values
    return (" WHERE " + " AND ".join(conditions)) if conditions else "", params


def page(store: Store, name: str, filters: Optional[dict[str, Any]] = None, sort: Optional[str] = None,
         offset: int = 0, limit: Optional[int] = 50, facets: bool = False,
         count_seconds: Optional[float] = None, after: Optional[list] = None) -> dict:
    """One page of a listing, with its total count and (optionally) facet counts.

    Args:
        store: an open store of either backend.
        name: one of ``NAMES``.
        filters: filter name -> value; None and empty values are ignored.
        sort: a column, ``-column`` for descending; None for the listing's default order.
        offset: rows skipped before the page.
        limit: rows on the page; None for all of them.
        facets: also count the rows by each facet's values (within ``FACET_SECONDS``).
        count_seconds: give up counting the rows after this long (the count is then None);
            None counts them whatever it takes.
        after: ``[key, sort value]`` of the row before this page (a page's ``next_after``): the
            page starts after it instead of skipping ``offset`` rows, which then only numbers them.

    Returns:
        ``{"count", "offset", "limit", "sort", "rows", "next_offset", "next_after"}`` and ``"facets"`` when asked:
        facet name -> ``[{"value", "count"}]``, most frequent first, or None for a facet that was
        not counted within ``FACET_SECONDS``.

    Raises:
        BadListing: an unknown filter or sort column.

    Example:
        >>> page(store, "events", {"type": "ACCUSE"}, sort="-confidence", limit=10)["count"]  # doctest: +SKIP
        12
    """
    listing = table(store, name)
    sort, order = _order(listing, sort)
    where, params = _where(store, listing, filters or {})
    count = summarised.count(store, name, filters or {})
    found_facets = None
    if count is None and facets:
        # The facets' one pass over the matching rows counts them too, when there are at most COUNTED_ROWS
        # (a country's events: 2,200 rows read once, not once to count them and again for the facets).
        # More rows are left to the count and the facets after it, as before, having cost a pass over
        # COUNTED_ROWS of them.
        found_facets, count = _facets(store, listing, where, params, filters or {}, None, counting=True)
    if count is None:
        sql = f"SELECT count(*) FROM {listing.source}{where}"
        counted = store.query(sql, params) if count_seconds is None else store.query_within(sql, params, count_seconds)
        count = None if counted is None else counted[0][0]
    select = ", ".join(f"{sql} AS {column}" for column, sql in listing.columns.items())
    more, last = False, None
    if limit is None:
        sql = f"SELECT {select} FROM {listing.source}{where} ORDER BY {order}"
        if offset:
            sql += f" LIMIT -1 OFFSET {int(offset)}" if store.dialect.name == "sqlite" else f" OFFSET {int(offset)}"
        rows = [dict(r) for r in store.query(sql, params)]
    else:
        # The page's keys first (one more than asked: whether a next page exists when not counted), then
        # their columns: sorting and skipping rows that carry sentences cut from article texts took
        # seconds where the keys alone take a fraction of that.
        # A deep page in the default order (newest first) starts at its first row's day, which the
        # summary of rows per day finds, instead of skipping every row before it.
        day = (summarised.day_of_row(store, name, filters or {}, offset)
               if after is None and offset >= DEEP_OFFSET and sort == listing.default_sort else None)
        found = _keys(store, listing, where, params, sort, offset, int(limit) + 1, after, day)
        more, found = len(found) > limit, found[:limit]
        keys = [key for key, _ in found]
        last = found[-1] if found else None
        rows = [dict(r) for r in store.query(
            f"SELECT {select} FROM {listing.source} WHERE {listing.tiebreak} IN ({','.join('?' * len(keys))}) "
            f"ORDER BY {order}", keys)] if keys else []
    following = offset + len(rows)
    result: dict[str, Any] = {"count": count, "offset": offset, "limit": limit, "sort": sort, "rows": rows,
              "next_offset": following if rows and (more if count is None else following < count) else None}
    # Where the next page starts (the last row's key and sort value), for a next link that walks on from it.
    result["next_after"] = [last[0], last[1]] if result["next_offset"] is not None and last is not None \
        and limit is not None else None
    if facets:
        result["facets"] = found_facets if found_facets is not None else _facets(
            store, listing, where, params, filters or {}, count)[0]
    return result


def _keys(store: Store, listing: Table, where: str, params: list, sort: str, offset: int, wanted: int,
          after: Optional[Sequence[Any]] = None, day: Optional[tuple[str, int]] = None) -> list[tuple[Any, Any]]:
    """``(tiebreak key, sort value)`` of ``wanted`` rows in the order ``sort`` asks for: from ``offset``
    on, or from the row after ``after`` (``[key, sort value]`` of a row: a page's ``next_after``).

    Rows with a value in the sort column come first, then those without (``NULLS LAST``), each asked
    for on its own: neither SQLite (ascending) nor PostgreSQL (descending) walks an index in the
    order ``NULLS LAST`` names, so one query sorted every row of the listing (1.8 s for the
    statements by speaker on 100,000 articles), where the rows with a value walk the column's index
    and stop after ``offset + wanted`` of them. The rows without a value are read only on the page
    where those with one run out. ``after`` starts the walk at a row instead of skipping ``offset``
    rows one by one (the next links carry it: a deep page costs what the first one does); so does
    ``day`` (``(day, rows on later days)`` from summarised.day_of_row, for the default order, newest
    first): the walk starts at that day and skips only the rows of it before ``offset``.
    """
    column = sort.lstrip("-")
    expr, direction = listing.columns[column], "DESC" if sort.startswith("-") else "ASC"
    valued = f"{expr} >= ''" if column in listing.joined_text else f"{expr} IS NOT NULL"
    beyond = "<" if direction == "DESC" else ">"
    tiebreak, both = listing.tiebreak, f"{listing.tiebreak} {direction}"
    joined = f"{where} AND " if where else " WHERE "

    def read(condition: str, values: list, order: str, count: int, skip: int) -> list[tuple[Any, Any]]:
        rows = store.query(f"SELECT {tiebreak}, {expr} FROM {listing.source}{joined}{condition} ORDER BY {order} "
                           f"LIMIT {int(count)} OFFSET {int(skip)}", params + values)
        return [(r[0], r[1]) for r in rows]

    if expr == tiebreak:
        condition, values = (f"{tiebreak} {beyond} ?", [after[0]]) if after else ("1 = 1", [])
        return read(condition, values, both, wanted, 0 if after else offset)
    if after is not None and after[1] is None:  # already among the rows without a value
        return read(f"{expr} IS NULL AND {tiebreak} {beyond} ?", [after[0]], both, wanted, 0)
    if after is not None:
        keys = read(f"{valued} AND ({expr}, {tiebreak}) {beyond} (?, ?)", [after[1], after[0]],
                    f"{expr} {direction}, {both}", wanted, 0)
        skip = 0
    elif day is not None:
        keys = read(f"{valued} AND {expr} <= ?", [day[0]], f"{expr} {direction}, {both}", wanted,
                    offset - day[1])
        skip = 0  # the row asked for is a dated one: the undated ones start after the page's last
    else:
        keys = read(valued, [], f"{expr} {direction}, {both}", wanted, offset)
        # The rows with a value ran out on this page: how many there are, then the rows without one.
        with_value = offset + len(keys) if keys else store.query(
            f"SELECT count(*) FROM {listing.source}{joined}{valued}", params)[0][0]
        skip = max(0, int(offset) - with_value)
    if len(keys) == wanted:
        return keys
    return keys + read(f"{expr} IS NULL", [], both, wanted - len(keys), skip)


def _facets(store: Store, listing: Table, where: str, params: list, filters: dict[str, Any],
            count: Optional[int] = None, seconds: float = FACET_SECONDS, counting: bool = False,
            ) -> tuple[Optional[dict[str, Optional[list[dict]]]], Optional[int]]:
    """Each facet's most frequent values with their counts; None for a facet not counted in time, or
    not tried: more than ``FACET_ROWS`` rows (or too many to count) and no summary to read.

    With ``counting`` (and ``count`` None: not counted yet), the rows are counted as the facets are, up to
    ``COUNTED_ROWS`` of them; past that, or out of ``seconds``, the answer is ``(None, None)``: neither
    known. Returns the facets and the count.
    """
    found: dict[str, Optional[list[dict]]] = {}
    for facet in listing.facets:
        found[facet] = summarised.facet(store, listing.name, facet, filters, FACET_SIZE)
    counted = [facet for facet, kept in found.items() if kept is None]
    if not counted:
        return found, count
    if (count is None and not counting) or (count is not None and count > FACET_ROWS):
        return found, count
    # The matching rows once, as the count finds them, then grouped by each facet: grouped one facet at a
    # time, each query found the rows again, and SQLite walked the whole index of the grouped column to
    # skip a sort of a few thousand values (an actor country's events by type: 150 ms, not counted in
    # time, where the rows take 20 ms).
    columns = ", ".join(f"{listing.facets[facet]} AS f{i}" for i, facet in enumerate(counted))
    groups = " UNION ALL ".join(f"SELECT {i} AS facet, f{i} AS value, count(*) AS n FROM matching GROUP BY f{i}"
                                for i in range(len(counted)))
    # Not counted yet: one row more than COUNTED_ROWS tells that there are too many.
    cap = f" LIMIT {COUNTED_ROWS + 1}" if count is None else ""
    rows = store.query_within(f"WITH matching AS MATERIALIZED (SELECT {columns} FROM {listing.source}{where}{cap}) "
                              f"{groups}", params, seconds)
    if rows is None:
        return (found, count) if count is not None else (None, None)
    values: dict[int, list[tuple[Any, int]]] = {i: [] for i in range(len(counted))}
    for facet, value, n in rows:
        values[facet].append((value, n))
    if count is None:
        count = sum(n for _, n in values[0])  # every matching row has one value (or none) of the first facet
        if count > COUNTED_ROWS:
            return None, None
    for i, facet in enumerate(counted):  # most frequent first, then by value (no value first, as SQLite sorts)
        ordered = sorted(values[i], key=lambda vn: (-vn[1], vn[0] is not None, vn[0] if vn[0] is not None else ""))
        found[facet] = [{"value": value, "count": n} for value, n in ordered[:FACET_SIZE]]
    return found, count
