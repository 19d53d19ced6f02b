"""Listing counts and facets answered from the summary tables (see .summary), when the filters allow.

A listing's total and its date and type facets are a pass over every matching row; with no
filter, or only filters the summaries are kept by (an event type, a date range), the same
numbers are a sum over a few thousand summary rows. Events are summarised as a user sees them by
default (see .shown), so an events filter must include those defaults to be answered here. Each function returns None when the
filters ask for more than its summary holds; the caller then counts the rows themselves.
"""
from __future__ import annotations

from typing import Any, Optional

from ..countries import alpha3
from . import queries
from .keys import place_key_of_page
from .shown import beyond_shown

Store = Any

# listing -> (its summary table, the filters that table can answer, and the column each filter reads)
_DAYS = {"events": ("event_days", {"type": "type", "since": "day", "until": "day"}),
         "statements": ("statement_days", {"since": "day", "until": "day"}),
         "articles": ("article_days", {"since": "day", "until": "day"})}
# facet of a listing -> the expression over its summary table that gives the same values
_FACETS = {("events", "event_type"): "type", ("events", "month"): "substr(day, 1, 7)",
           ("statements", "month"): "substr(day, 1, 7)", ("articles", "month"): "substr(day, 1, 7)"}


# listing -> the place_counts column that counts its rows at one place (kept by .summary): the totals
# of a place's page, and of a listing filtered by nothing but a place.
# Days of a summary read at a time when looking for the day of a deep row (see day_of_row).
DAYS_READ = 200

_AT_PLACE = {"events": "events", "statements": "statements", "articles": "articles"}


def _given(name: str, filters: dict[str, Any]) -> Optional[dict[str, Any]]:
    """The filters given, less the events' defaults; None for events other than those shown by default."""
    if name == "events":
        return beyond_shown(filters)
    return {k: v for k, v in filters.items() if v not in (None, "")}


def _where(name: str, filters: dict[str, Any]) -> Optional[tuple[str, str, list]]:
    """The summary table and the condition on it for these filters, or None when it cannot answer them.

    Events without a date filter are read per month (event_months: ~2,000 rows on ten years, where
    event_days has ~54,000; the same sums, the day cut to its month).
    """
    if name not in _DAYS:
        return None
    table, columns = _DAYS[name]
    if name == "events" and not any(filters.get(k) not in (None, "") for k in ("since", "until")):
        table = "event_months"
    given = _given(name, filters)  # events: only those shown by default
    if given is None or not set(given) <= set(columns):
        return None
    where, params = ["n > 0"], []
    if given.get("type"):
        where.append("type = ?")
        params.append(str(given["type"]).upper())
    if given.get("since") or given.get("until"):
        where.append("day != ''")  # no date is outside every range, as in the listings
    for key, op in (("since", ">="), ("until", "<=")):
        if given.get(key):
            where.append(f"day {op} ?")
            params.append(given[key])
    return table, " AND ".join(where), params


# listing -> (its summary per actor, the summary's facet every row has, the listing's filters it answers:
# filter -> the condition on the actor x (one ``?``) or None for an actor named as tables' filter names
# them, and the facets that are properties of the actor, summed by them).
_BY_ACTOR = {
    "events": ("event_actor_facets", "event_type", {"actor": None, "actor_country": "x.country = ?"},
               {"actor_country": "x.country", "actor_sector": "x.sector"}),
    "statements": ("statement_speaker_facets", "kind", {"speaker": None, "speaker_country": "x.country = ?"},
                   {"speaker_country": "x.country", "speaker_sector": "x.sector"}),
}


def _of_actors(store: Store, name: str, filters: dict[str, Any]) -> Optional[tuple[str, list]]:
    """The condition on the actor ``x`` of a listing filtered by nothing but one actor (by name) or an
    actor's country (events: those shown by default), with its parameters; else None."""
    given = _given(name, filters) if name in _BY_ACTOR else None
    if given is None or len(given) != 1:
        return None
    (key, value), = given.items()
    if key not in _BY_ACTOR[name][2]:
        return None
    condition = _BY_ACTOR[name][2][key]
    if condition is not None:
        return condition, [alpha3(value)]
    ids = queries._actor_ids_matching(store, value) or [-1]  # as listings._actor_named finds them
    return f"x.id IN ({','.join('?' * len(ids))})", ids


def by_actor(store: Store, name: str, actors: tuple[str, list], facet_name: str) -> list[tuple[Any, int]]:
    """``(value, count)`` of one facet of the listing's rows whose actor (events) or speaker (statements)
    meets ``actors``, from the summary per actor (kept by .summary); the count of them all under the
    summary's first facet. Unordered."""
    table, every, _filters, of_actor = _BY_ACTOR[name]
    value = of_actor.get(facet_name) or "CASE WHEN f.value = '' THEN NULL ELSE f.value END"  # '' is "none"
    key = "actor_id" if name == "events" else "speaker_id"
    rows = store.query(f"SELECT {value}, sum(f.n) FROM {table} f JOIN actors x ON x.id = f.{key} "
                       f"WHERE {actors[0]} AND f.facet = ? GROUP BY {value}",
                       [*actors[1], every if facet_name in of_actor else facet_name])
    return [(r[0], int(r[1])) for r in rows if r[1]]


def facet_counts(store: Store, name: str, facet_name: str, filters: dict[str, Any]) -> Optional[list[tuple[Any, int]]]:
    """Every value of one facet with its count, unordered, from the summary per actor; None when the
    filters are not one actor or actor's country (a speaker's statements per month: charts)."""
    actors = _of_actors(store, name, filters)
    return None if actors is None else by_actor(store, name, actors, facet_name)


def count(store: Store, name: str, filters: dict[str, Any]) -> Optional[int]:
    """The listing's total from its summary, or None when the filters need the rows."""
    actors = _of_actors(store, name, filters)
    if actors is not None:
        return sum(n for _, n in by_actor(store, name, actors, _BY_ACTOR[name][1]))
    given = _given(name, filters) if name == "events" else None
    if given is not None and set(given) == {"recipient"}:  # kept per actor in actor_counts (see .summary)
        ids = queries._actor_ids_matching(store, given["recipient"]) or [-1]  # as listings._actor_named
        return int(store.query(f"SELECT coalesce(sum(received), 0) FROM actor_counts "
                               f"WHERE actor_id IN ({','.join('?' * len(ids))})", ids)[0][0])
    given = _given(name, filters) if name in _AT_PLACE else None
    if given is not None and set(given) == {"geonames"}:
        rows = store.query(f"SELECT c.{_AT_PLACE[name]} FROM places p JOIN place_counts c ON c.place_id = p.id "
                           "WHERE p.key = ?", [place_key_of_page(given["geonames"])])
        return int(rows[0][0]) if rows else 0
    found = _where(name, filters)
    if found is None:
        return None
    table, where, params = found
    return int(store.query(f"SELECT coalesce(sum(n), 0) FROM {table} WHERE {where}", params)[0][0])


def facet(store: Store, name: str, facet_name: str, filters: dict[str, Any], size: int) -> Optional[list[dict]]:
    """One facet's most frequent values and counts from the summary, or None when it cannot give them."""
    actors = _of_actors(store, name, filters)
    if actors is not None:  # most frequent first, then by value (no value first), as tables._facets orders them
        ordered = sorted(by_actor(store, name, actors, facet_name),
                         key=lambda vn: (-vn[1], vn[0] is not None, vn[0] if vn[0] is not None else ""))
        return [{"value": value, "count": n} for value, n in ordered[:size]]
    expr = _FACETS.get((name, facet_name))
    found = _where(name, filters)
    if expr is None or found is None:
        return None
    table, where, params = found
    if table == "event_months":
        expr = expr.replace("day", "month")
    column = "month" if table == "event_months" else "day"
    value = f"CASE WHEN {column} = '' THEN NULL ELSE {expr} END" if column in expr else expr  # '' is "no date"
    rows = store.query(f"SELECT {value} AS value, sum(n) AS n FROM {table} WHERE {where} GROUP BY {value} "
                       f"ORDER BY n DESC, value LIMIT {int(size)}", params)
    return [{"value": r[0], "count": int(r[1])} for r in rows]


def day_of_row(store: Store, name: str, filters: dict[str, Any], offset: int) -> Optional[tuple[str, int]]:
    """The day of the listing's row number ``offset`` (0 first) in its default order, newest first, and
    how many rows come before that day: ``(day, rows on later days)``. None when the summary cannot
    answer the filters, or the row is past the dated ones.

    A listing skips ``offset`` rows one by one (``/events?offset=10000``: 30 ms of CPU alone); from
    here it starts at the day and skips only the rows of that day before the one asked for.
    """
    found = _where(name, filters)
    if found is None:
        return None
    table, where, params = found
    table = _DAYS[name][0]  # per day, whatever _where chose
    before, last = 0, None
    while True:  # a few hundred days at a time, newest first, until the row's day is reached
        after = " AND day < ?" if last is not None else ""
        days = store.query(f"SELECT day, sum(n) FROM {table} WHERE {where} AND day != ''{after} GROUP BY day "
                           f"ORDER BY day DESC LIMIT {DAYS_READ}", params + ([last] if last is not None else []))
        for day, n in days:
            if before + n > offset:
                return day, before
            before += n
        if len(days) < DAYS_READ:
            return None
        last = days[-1][0]
