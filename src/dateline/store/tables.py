"""Paged, sorted, faceted listings: the tables behind the web pages, their CSV twins and the CLI.

A listing is a :class:`Table`: what it selects from, its columns (name -> SQL), the filters it
takes (name -> condition), its facets and its default order. :func:`page` answers one request
with the total count, one page of rows (``offset``/``limit``), and optionally the facet counts,
like a datasette table. Every order ends with a unique key, so paging never skips or repeats a row.

Written in SQLite's dialect; everything here means the same on PostgreSQL (see :mod:`.dialect`).
"""
from __future__ import annotations

from typing import Any, Optional, Sequence

from . import summarised
from .at_place import at_place
from .listings import (  # noqa: F401 - the listings' definitions, read through this module too
    _CURRENT,
    _DATE,
    ACTORS,
    ARTICLES,
    NAMES,
    PLACES,
    STATEMENTS,
    BadListing,
    Table,
    _statement_at_place,
    event_extra_columns,
    events_table,
    sortable,
    table,
)

Store = Any

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
    listing = at_place(store, table(store, name), filters or {})
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
