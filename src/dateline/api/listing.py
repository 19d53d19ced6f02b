"""Table pages like datasette's: a count, facets, sortable headings, a next link, JSON and CSV twins.

A view names its listing (:mod:`dateline.store.tables`), the query parameters it accepts and
the columns it shows; :func:`listing_page` does the rest. The JSON twin carries the same page
(``count``, ``offset``, ``limit``, ``sort``, ``next``, ``rows``, ``facets``); the CSV twin the
same rows with every column the JSON has.
"""
from __future__ import annotations

import calendar
import json
from typing import Any, Callable, Mapping, Optional
from urllib.parse import urlencode

from ..errors import DatelineError
from ..store import tables
from . import request as rq
from .render import esc, form, link

# facet -> (the filter a facet value links to, how the value becomes the filter's value)
FACET_FILTERS: dict[str, tuple[str, Callable[[str], Any]]] = {
    "event_type": ("type", str), "actor_country": ("actor_country", str), "actor_sector": ("actor_sector", str),
    "location_country": ("place", str), "source": ("source", str), "status": ("status", str),
    "speaker_name": ("speaker", str), "kind": ("kind", str), "speaker_country": ("speaker_country", str),
    "speaker_sector": ("speaker_sector", str), "type": ("type", str), "country": ("country", str),
    "sector": ("sector", str), "feature": ("feature", str), "language": ("language", str),
}


def month_bounds(month: str) -> tuple[str, str]:
    """The first and last day of a ``YYYY-MM`` month, for since/until.

    >>> month_bounds("2024-02")
    ('2024-02-01', '2024-02-29')
    """
    year, number = int(month[:4]), int(month[5:7])
    return f"{month}-01", f"{month}-{calendar.monthrange(year, number)[1]:02d}"


def _query_with(request: rq.Request, **changes: Any) -> dict[str, str]:
    """The request's query (first values, empty ones dropped) with ``changes`` applied."""
    query = {k: v[0] for k, v in request.query.items() if v and v[0].strip()}
    if "offset" in changes and "after" not in changes:
        query.pop("after", None)  # where the page starts is the offset's alone again
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = str(value)
    return query


def page_url(request: rq.Request, suffix: str = "", **changes: Any) -> str:
    """This page (or its ``.json`` / ``.csv`` twin) with some parameters changed."""
    query = _query_with(request, **changes)
    return request.path + suffix + (f"?{urlencode(query)}" if query else "")


def _facet_link(request: rq.Request, facet: str, value: Any) -> str:
    if value is None:
        return '<span class="unnamed">(none)</span>'
    if facet == "month":
        if len(str(value)) != 7:
            return esc(value)
        since, until = month_bounds(str(value))
        href = page_url(request, since=since, until=until, offset=None)
        return link(href, value)
    name, convert = FACET_FILTERS.get(facet, (None, str))
    if name is None:
        return esc(value)
    return link(page_url(request, "", **{name: convert(value), "offset": None}), value)


def facets_html(request: rq.Request, facets: dict[str, Optional[list[dict]]]) -> str:
    """Each facet as a short list of values with counts, each value a link that filters by it.

    Facets that could not be counted in time are named in a note instead.
    """
    parts = []
    skipped = [facet.replace("_", " ") for facet, values in facets.items() if values is None]
    if skipped:
        parts.append(f'<p class="meta skipped">Not counted (too many rows to count in time; a filter narrows '
                     f'them): {esc(", ".join(skipped))}.</p>')
    for facet, values in facets.items():
        if not values:
            continue
        items = "".join(f"<li>{_facet_link(request, facet, v['value'])} <span class=\"n\">{v['count']:,}</span></li>"
                        for v in values[:10])
        parts.append(f'<section class="facet"><h3>{esc(facet.replace("_", " "))}</h3><ul>{items}</ul></section>')
    return f'<div class="facets">{"".join(parts)}</div>' if parts else ""


def _heading(request: rq.Request, key: str, heading: str, sortable: list[str], sort: str) -> str:
    if key not in sortable:
        return f"<th>{esc(heading)}</th>"
    current = sort.lstrip("-") == key
    descending = sort.startswith("-")
    wanted = f"-{key}" if current and not descending else key
    arrow = (" ▼" if descending else " ▲") if current else ""
    return f'<th><a href="{esc(page_url(request, sort=wanted, offset=None))}">{esc(heading)}{arrow}</a></th>'


def rows_table(request: rq.Request, rows: list[dict], columns: list[tuple[str, str]], cells: dict,
               sortable: list[str], sort: str, empty: str) -> str:
    """The page's rows; each heading of a sortable column links to the page sorted by it."""
    if not rows:
        return f'<p class="empty">{esc(empty)}</p>'
    head = "".join(_heading(request, key, heading, sortable, sort) for key, heading in columns)
    # Each column's opening tag once, not once a cell (as render.table does: 1,000 escapes a page of 50 rows).
    opened = [(key, f'<td class="c-{esc(key)}" data-label="{esc(heading)}">', cells.get(key)) for key, heading in columns]
    body = "".join(
        "<tr>" + "".join(start + (cell(row) if cell is not None else esc(row.get(key))) + "</td>"
                         for key, start, cell in opened) + "</tr>"
        for row in rows)
    return f'<div class="rows"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def _pager(request: rq.Request, result: dict) -> str:
    count, offset, shown = result["count"], result["offset"], len(result["rows"])
    total = "too many to count in time" if count is None else f"{count:,} in all"
    parts = [total + (f"; rows {offset + 1:,}–{offset + shown:,}" if shown else "")]
    if offset > 0:
        parts.append(link(page_url(request, offset=max(0, offset - (result["limit"] or shown)) or None), "← previous"))
    if result["next_offset"] is not None:
        parts.append(link(_next_url(request, result), "next →", "next"))
    return f'<p class="pager">{" · ".join(parts)}</p>'


def _next_url(request: rq.Request, result: dict, suffix: str = "") -> str:
    """The next page: its offset numbers its rows, ``after`` (the last row's key and sort value) finds them."""
    after = json.dumps(result["next_after"], ensure_ascii=False, separators=(",", ":")) if result["next_after"] else None
    return page_url(request, suffix, offset=result["next_offset"], after=after)


def twins(request: rq.Request) -> str:
    """Links to the JSON and CSV twins of this page, with the same query."""
    return (f'<p class="json">{link(page_url(request, ".json"), "JSON")} · '
            f'{link(page_url(request, ".csv"), "CSV")}'
            " of this page</p>")


def listing_page(request: rq.Request, name: str, spec: Mapping[str, Callable[[str, str], Any]], title: str,
                 fields: list[tuple[str, str, str]], columns: list[tuple[str, str]], cells: dict,
                 empty: str, choices: Optional[dict[str, tuple[str, ...]]] = None, above: str = "",
                 defaults: Callable[[dict[str, Any]], dict[str, Any]] = dict) -> rq.Page:
    """A table page for the listing ``name``.

    Args:
        request: the request; its query is checked against ``spec`` plus limit, offset and sort.
        name: the listing in :mod:`dateline.store.tables`.
        spec: filter name -> parser for the filters the page offers.
        title: the page heading.
        fields: the filter form's fields (see :func:`.render.form`).
        columns: ``(column, heading)`` pairs shown in the HTML table.
        cells: column -> ``function(row) -> HTML`` for built cells.
        empty: the text shown when nothing matches.
        choices: fields shown as a dropdown, with their options.
        above: HTML put between the form and the table (a chart).
        defaults: fills in the values of filters not given (the form then shows them).

    Raises:
        ApiError: 400 for a parameter the listing does not take or a bad sort column.
    """
    args = defaults(request.params({**spec, "after": rq.row_after}))
    filters = {key: args[key] for key in spec}
    try:
        result = tables.page(request.store, name, filters, args["sort"], args["offset"], args["limit"], facets=True,
                             count_seconds=tables.COUNT_SECONDS, after=args["after"])
        listing = tables.table(request.store, name)
    except DatelineError as exc:
        raise rq.ApiError(400, str(exc)) from None
    sortable = tables.sortable(listing)
    shown = [(key, heading) for key, heading in columns if key in listing.columns or key in cells]
    data = {key: result[key] for key in ("count", "offset", "limit", "sort")}
    data["next"] = _next_url(request, result, ".json") if result["next_offset"] is not None else None
    data["rows"], data["facets"] = result["rows"], result["facets"]
    search = form(request.path, fields + [("limit", "Limit", "50")], args, choices)
    if args["sort"]:  # the order chosen by a heading stays when the filters change
        search = search.replace("<button", f'<input type="hidden" name="sort" value="{esc(args["sort"])}"><button', 1)
    body = (search + above + _pager(request, result)
            + '<div class="listing">' + facets_html(request, result["facets"])
            + rows_table(request, result["rows"], shown, cells, sortable, result["sort"], empty) + "</div>"
            + _pager(request, result) + twins(request))
    return rq.Page(title, data, body, csv_rows=result["rows"], csv_columns=list(listing.columns))
