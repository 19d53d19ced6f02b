"""Aggregates behind the map, the timeline and the actor network; filters as in :mod:`.tables`."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any, Optional

from . import summarised, tables
from .keys import place_key_of_page
from .shown import beyond_shown

Store = Any

INTERVALS = ("day", "week", "month")
NETWORK_EDGES = 80  # the strongest links drawn; more make an unreadable hairball


def _event_where(store: Store, filters: dict[str, Any]) -> tuple[str, list]:
    return tables._where(store, tables.events_table(store), filters)


def _summarised(filters: dict[str, Any], allowed: set[str]) -> bool:
    """Whether the summaries kept at write time answer these events filters: the events shown by
    default (see .shown), filtered by nothing but ``allowed``."""
    left = beyond_shown(filters)
    return left is not None and set(left) <= allowed


def _day_where(filters: dict[str, Any]) -> tuple[list[str], list]:
    """The condition on event_days for type and date filters."""
    where, params = ["n > 0"], []
    if filters.get("type"):
        where.append("type = ?")
        params.append(str(filters["type"]).upper())
    if filters.get("since") or filters.get("until"):
        where.append("day != ''")  # an undated event is outside any range, as in the events listing
    for key, op in (("since", ">="), ("until", "<=")):
        if filters.get(key):
            where.append(f"day {op} ?")
            params.append(filters[key])
    return where, params


def _day_rows(store: Store, filters: dict[str, Any], interval: str, since_day: Optional[str] = None) -> list:
    """``(date, type, n)`` from the summary kept at write time (see .summary), for type and date filters.

    Per month the summary's days are added up in the query (a few hundred rows back, not tens of
    thousands); a date shorter than a month stays as it is, and :func:`bucket` finds it undated.
    ``since_day``: only the days from this one on.
    """
    date = "CASE WHEN length(day) >= 7 THEN substr(day, 1, 7) ELSE day END" if interval == "month" else "day"
    where, params = _day_where(filters)
    if since_day:
        where.append("day >= ?")
        params.append(since_day)
    if interval == "month" and not (since_day or filters.get("since") or filters.get("until")):
        sql = f"SELECT month, type, n FROM event_months WHERE {' AND '.join(where)}"  # kept per month (see .summary)
    elif interval == "month":
        sql = f"SELECT {date}, type, sum(n) FROM event_days WHERE {' AND '.join(where)} GROUP BY {date}, type"
    else:
        # One row per (day, type) already: grouping them again walked the key's index and looked up
        # every row (380 ms for ten years of days, where reading the table takes 10 ms).
        sql = f"SELECT day, type, n FROM event_days WHERE {' AND '.join(where)}"
    return [(day or None, type_, n) for day, type_, n in store.query(sql, params)]


def _latest_days(store: Store, filters: dict[str, Any], interval: str,
                 latest: int) -> Optional[tuple[list, dict, int]]:
    """The rows of the latest days (the ``latest`` days with events, or the days of the ``latest``
    weeks up to the last one with events), what the periods before them hold, and every event's count;
    None when nothing comes before. Read from the summary's key, so ten years of days cost a look at
    the latest ones, not a pass over all of them."""
    where, params = _day_where(filters)
    dated = " AND ".join(where + ["length(day) >= 10"])
    if interval == "day":
        first = store.query(f"SELECT day FROM event_days WHERE {dated} GROUP BY day ORDER BY day DESC "
                            f"LIMIT 1 OFFSET {int(latest) - 1}", params)
        cutoff = first[0][0] if first else None
    else:
        last = store.query(f"SELECT max(day) FROM event_days WHERE {dated}", params)[0][0]
        monday = bucket(last, "week") if last else None
        cutoff = (dt.date.fromisoformat(monday) - dt.timedelta(weeks=latest - 1)).isoformat() if monday else None
    if cutoff is None:
        return None
    if interval == "day":
        # Counted in the query: the days before a quarter are ~3,500 on ten years, which came back
        # one row each to be counted here (and a second pass summed every day for the total).
        periods, events = store.query(f"SELECT count(DISTINCT day), coalesce(sum(n), 0) FROM event_days "
                                      f"WHERE {dated} AND day < ?", [*params, cutoff])[0]
    else:
        weeks = {bucket(r[0], interval) for r in store.query(
            f"SELECT DISTINCT day FROM event_days WHERE {dated} AND day < ?", [*params, cutoff])} - {None}
        periods = len(weeks)
        events = store.query(f"SELECT coalesce(sum(n), 0) FROM event_days WHERE {dated} AND day < ?",
                             [*params, cutoff])[0][0] if weeks else 0
    if not periods:
        return None
    if filters.get("since") or filters.get("until"):
        total = store.query(f"SELECT sum(n) FROM event_days WHERE {' AND '.join(where)}", params)[0][0]
    else:  # the same sum per month (event_months, kept beside event_days): ~2,000 rows, not ~54,000
        total = store.query(f"SELECT sum(n) FROM event_months WHERE {' AND '.join(where)}", params)[0][0]
    return (_day_rows(store, filters, "day", cutoff), {"periods": periods, "events": events, "before": cutoff},
            total)


def bucket(date: str, interval: str) -> Optional[str]:
    """The period a date (``YYYY-MM-DD``, or shorter when only the year or month is known) falls in.

    Weeks start on Monday and are named by that day; a date too coarse for the interval has none.

    >>> bucket("2023-09-15", "week"), bucket("2023-09", "month"), bucket("2023", "day")
    ('2023-09-11', '2023-09', None)
    """
    if interval == "month":
        return date[:7] if len(date) >= 7 else None
    if len(date) < 10:
        return None
    if interval == "day":
        return date[:10]
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    return (day - dt.timedelta(days=day.weekday())).isoformat()


def event_timeline(store: Store, filters: dict[str, Any], interval: str = "month",
                   latest: Optional[int] = None) -> dict:
    """Events per period and type for any events filter.

    Args:
        latest: give only this many periods, the latest ones (the rest are summed up in ``left_out``).

    Returns:
        ``{"interval", "types", "periods": [{"period", "total", "counts": {type: n}}], "total",
        "undated", "left_out"}``: ``total`` is every matching event, ``undated`` those whose date is
        too coarse (or missing) for the interval; ``left_out`` is None, or ``{"periods", "events",
        "before"}``: the earlier periods not given, their events, and the first period given. The
        periods and what is left out add up to ``total - undated``.
    """
    left_out, total = None, None
    if _summarised(filters, {"type", "since", "until"}):
        found = _latest_days(store, filters, interval, latest) if interval != "month" and latest else None
        if found:
            rows, left_out, total = found
        else:
            rows = _day_rows(store, filters, interval)
    else:
        where, params = _event_where(store, filters)
        listing = tables.events_table(store)
        rows = store.query(f"SELECT {tables._DATE} AS d, v.type, count(*) FROM {listing.source}{where} "
                           "GROUP BY 1, 2", params)
    periods: dict[str, Counter] = defaultdict(Counter)
    counted = undated = 0
    for date, type_, n in rows:
        counted += n
        period = bucket(date, interval) if date else None
        if period is None:
            undated += n
        else:
            periods[period][type_] += n
    if left_out:  # the days before the latest ones were not read row by row
        undated = total - left_out["events"] - (counted - undated)
    else:
        total = counted
    ordered = sorted(periods.items())
    if latest and left_out is None and len(ordered) > latest:
        earlier, ordered = ordered[:-latest], ordered[-latest:]
        left_out = {"periods": len(earlier), "events": sum(sum(c.values()) for _, c in earlier),
                    "before": ordered[0][0]}
    types = sorted({t for _, counts in ordered for t in counts})
    return {"interval": interval, "types": types, "total": total, "undated": undated, "left_out": left_out,
            "periods": [{"period": p, "total": sum(c.values()), "counts": dict(c)} for p, c in ordered]}


def statement_timeline(store: Store, filters: dict[str, Any]) -> dict:
    """Statements per month (of the article's publication) for a statements filter (a speaker)."""
    # A speaker's: from the statements per speaker and month kept at write time (see .summary).
    kept = summarised.facet_counts(store, "statements", "month", filters)
    if kept is not None:
        rows = sorted(kept, key=lambda mn: (mn[0] is not None, mn[0] or ""))  # as ORDER BY 1 below
    else:
        where, params = tables._where(store, tables.STATEMENTS, filters)
        rows = store.query(f"SELECT substr(a.published, 1, 7) AS m, count(*) FROM {tables.STATEMENTS.source}{where} "
                           "GROUP BY 1 ORDER BY 1", params)
    months = [{"period": m, "total": n} for m, n in rows if m and len(m) == 7]
    total = sum(n for _, n in rows)
    return {"interval": "month", "total": total, "undated": total - sum(m["total"] for m in months), "periods": months}


def network(store: Store, filters: dict[str, Any], edges: int = NETWORK_EDGES) -> dict:
    """Who acted on whom (events) and who spoke of whom (statements), strongest links first.

    Args:
        filters: events filters (type, actor_country, since, …); the statement links take the
            ones statements have too (since, until, speaker_country as actor_country).

    Returns:
        ``{"nodes": [{"name", "country", "sector", "events", "statements"}], "edges": [{"source",
        "target", "kind", "count"}]}``, kind ``event`` or ``statement``.
    """
    summarised = _summarised(filters, {"type"})  # the links kept at write time answer these (see .summary)
    if summarised:
        of_type = " WHERE type = ?" if filters.get("type") else ""
        rows = store.query(f"SELECT source, target, sum(n) AS n FROM event_links{of_type} GROUP BY source, target "
                           f"HAVING sum(n) > 0 ORDER BY n DESC, source, target LIMIT {int(edges)}",
                           [str(filters["type"]).upper()] if of_type else [])
    else:
        where, params = _event_where(store, filters)
        listing = tables.events_table(store)
        joined = " AND " if where else " WHERE "
        rows = store.query(
            f"SELECT ac.name, rc.name, count(*) AS n FROM {listing.source}{where}{joined}"
            "v.actor_id IS NOT NULL AND v.recipient_id IS NOT NULL AND v.actor_id != v.recipient_id "
            f"GROUP BY ac.name, rc.name ORDER BY n DESC, ac.name, rc.name LIMIT {int(edges)}", params)
    links = [{"source": a, "target": b, "kind": "event", "count": n} for a, b, n in rows]
    if summarised and not filters.get("type"):
        links += [{"source": a, "target": b, "kind": "statement", "count": n} for a, b, n in store.query(
            "SELECT source, target, n FROM statement_links WHERE n > 0 ORDER BY n DESC, source, target "
            f"LIMIT {int(edges)}")]
    elif not filters.get("type"):  # statements have no event type: a type filter leaves them out
        said = {k: filters.get(k) for k in ("since", "until", "source")}
        said["speaker_country"] = filters.get("actor_country")
        said["speaker_sector"] = filters.get("actor_sector")
        said["speaker"] = filters.get("actor")
        swhere, sparams = tables._where(store, tables.STATEMENTS, said)
        sjoined = " AND " if swhere else " WHERE "
        links += [{"source": a, "target": b, "kind": "statement", "count": n} for a, b, n in store.query(
            f"SELECT x.name, t.name, count(DISTINCT s.id) AS n FROM {tables.STATEMENTS.source} "
            "JOIN mentions m ON m.article_id = s.article_id AND m.kind = 'entity' AND m.start >= s.content_start "
            "AND m.\"end\" <= s.content_end JOIN entities e ON e.article_id = m.article_id AND e.local_id = m.local_id "
            f"JOIN actors t ON t.id = e.actor_id{swhere}{sjoined}s.speaker_id IS NOT NULL AND e.actor_id != s.speaker_id "
            f"GROUP BY x.name, t.name ORDER BY n DESC, x.name, t.name LIMIT {int(edges)}", sparams)]
    weight: Counter = Counter()
    for link in links:
        weight[link["source"]] += link["count"]
        weight[link["target"]] += link["count"]
    nodes = []
    if weight:
        names = list(weight)
        found = {r[0]: r for r in store.query(
            f"SELECT name, country, sector FROM actors WHERE name IN ({','.join('?' * len(names))})", names)}
        nodes = [{"name": n, "country": found[n][1] if n in found else None,
                  "sector": found[n][2] if n in found else None, "weight": weight[n]} for n in names]
        nodes.sort(key=lambda node: (-node["weight"], node["name"]))
    return {"nodes": nodes, "edges": links}


def map_places(store: Store, filters: dict[str, Any]) -> dict:
    """Places to draw on a map: mentions, events by type and the type drawn (the most frequent).

    With only an ``article`` (or no) filter, every place mentioned is drawn, sized by mentions; with
    other events filters, only the places of matching events, sized by those events.

    Returns:
        ``{"places": [{"key", "geonames_id", "name", "lat", "lon", "country", "feature", "mentions",
        "events", "types": {type: n}, "type"}], "events": N}``
    """
    article = filters.get("article")
    # The filters that narrow the map to where events happened (which events count is not one).
    event_filters = {k: v for k, v in filters.items()
                     if v not in (None, "") and k not in ("article", "min_confidence", "status")}
    if _summarised(filters, {"type", "geonames"}) and not article:  # counts kept at write time (see .summary)
        where, params = ["ep.n > 0"], []
        if event_filters.get("type"):
            where.append("ep.type = ?")
            params.append(str(event_filters["type"]).upper())
        if event_filters.get("geonames"):  # a place's page: its own row, found by its key
            where.append("ep.place_id = (SELECT pl.id FROM places pl WHERE pl.key = ?)")
            params.append(place_key_of_page(event_filters["geonames"]))
        rows = store.query(f"SELECT ep.place_id, ep.type, ep.n FROM event_places ep WHERE {' AND '.join(where)}",
                           params)
    else:
        event_where, params = _event_where(store, filters)
        listing = tables.events_table(store)
        joined = " AND " if event_where else " WHERE "
        rows = store.query(f"SELECT v.place_id, v.type, count(*) FROM {listing.source}{event_where}{joined}"
                           "v.place_id IS NOT NULL GROUP BY 1, 2", params)
    by_place: dict[int, Counter] = defaultdict(Counter)
    for place_id, type_, n in rows:
        by_place[place_id][type_] += n
    if article:
        mentions = dict(store.query(
            "SELECT ap.place_id, count(*) FROM article_places ap JOIN mentions m ON m.article_id = ap.article_id "
            "AND m.local_id = ap.local_id AND m.kind = 'place' WHERE " + tables._CURRENT.format("ap")
            + " AND ap.article_id = ? GROUP BY ap.place_id", [article]))
    else:
        mentions = dict(store.query("SELECT place_id, mentions FROM place_counts WHERE mentions > 0"))
    wanted = set(by_place) if event_filters else set(by_place) | set(mentions)
    places = []
    if wanted:
        ids = sorted(wanted)
        for r in store.query("SELECT id, key, geonames_id, name, lat, lon, country, feature FROM places "
                             f"WHERE lat IS NOT NULL AND lon IS NOT NULL AND id IN ({','.join('?' * len(ids))})", ids):
            types = by_place.get(r[0], Counter())
            places.append({"key": r[1], "geonames_id": r[2], "name": r[3], "lat": r[4], "lon": r[5],
                           "country": r[6], "feature": r[7], "mentions": mentions.get(r[0], 0),
                           "events": sum(types.values()), "types": dict(types),
                           "type": min(types, key=lambda t: (-types[t], t)) if types else None})
    places.sort(key=lambda p: (-(p["events"] if event_filters else p["mentions"]), p["name"]))
    return {"places": places, "events": sum(p["events"] for p in places)}
