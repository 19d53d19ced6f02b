"""HTML building blocks: one escaping helper and the few shapes every page uses.

Every piece of stored or user text goes through :func:`esc`; the helpers below take plain
text and escape it themselves, and take already-built HTML only where the argument says so
(``html=`` / ``body``). Pages work without JavaScript: navigation is links and GET forms.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional
from urllib.parse import quote, urlencode

NAV = (("/", "Search"), ("/articles", "Articles"), ("/statements", "Statements"), ("/events", "Events"),
       ("/actors", "Actors"), ("/places", "Places"), ("/map", "Map"), ("/timeline", "Timeline"),
       ("/network", "Network"), ("/stats", "Stats"))


def esc(value: Any) -> str:
    """Text as HTML: ``&``, ``<``, ``>`` and both quotes escaped; None as an empty string.

    What ``html.escape(str(value), quote=True)`` gives, one call shallower (a timeline or a table
    escapes thousands of cells), and a whole number as it is written.

    >>> esc('<b class="x">Tom & Jerry</b>'), esc(None), esc(3)
    ('&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/b&gt;', '', '3')
    """
    if value is None:
        return ""
    if type(value) is int:  # noqa: E721 - not bool, whose str() is a word
        return str(value)
    return (str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def url(path: str, **params: Any) -> str:
    """A site URL with the non-empty ``params`` as its query string (not yet HTML-escaped)."""
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return f"{path}?{query}" if query else path


def url_then(path: str, **params: Any):
    """``function(**more) -> URL``: :func:`url` of ``path`` with ``params`` and then ``more`` (for one link
    per bar of a chart, the fixed part encoded once, not once a bar).

    >>> url_then("/events", type="ACCUSE", since=None)(since="2024-01-01", until="2024-01-31")
    '/events?type=ACCUSE&since=2024-01-01&until=2024-01-31'
    """
    base = url(path, **params)
    fixed = {k for k, v in params.items() if v not in (None, "")}

    def then(**more: Any) -> str:
        if fixed & set(more):
            return url(path, **{**params, **more})
        query = urlencode({k: v for k, v in more.items() if v not in (None, "")})
        return base + ("&" if "?" in base else "?") + query if query else base
    return then


def actor_url(name: str, suffix: str = "") -> str:
    """The actor page of ``name``; the name is one path segment, so ``/`` is quoted too."""
    return f"/actor/{quote(name, safe='')}{suffix}"


def place_url(key: str) -> str:
    """The page of a place: its GeoNames id, or dateline's ``name:…`` key when it has none."""
    shown = key[len("geonames:"):] if key.startswith("geonames:") else key
    return f"/place/{quote(shown, safe=':')}"


def article_url(article_id: str, anchor: Optional[str] = None) -> str:
    """The article page, optionally at a record's anchor (``S1``, ``V2``)."""
    return f"/article/{quote(article_id, safe='')}" + (f"#{quote(anchor, safe='')}" if anchor else "")


def link(href: str, label: Any, cls: Optional[str] = None) -> str:
    """An ``<a>`` with escaped ``href`` and text."""
    attr = f' class="{esc(cls)}"' if cls else ""
    return f'<a href="{esc(href)}"{attr}>{esc(label)}</a>'


def table(rows: Iterable[dict], columns: list[tuple[str, str]], cells: Optional[dict] = None,
          empty: str = "Nothing found.") -> str:
    """An HTML table of ``rows``.

    Args:
        rows: dicts, one per row.
        columns: ``(key, heading)`` pairs, in order.
        cells: ``key -> function(row) -> HTML`` for the cells that are built (links, marks);
            every other cell is the escaped value.
        empty: the text shown instead of an empty table.
    """
    cells = cells or {}
    # Each column's opening tag once, not once a cell (a day timeline's table has ~1,700 cells).
    opened = [(key, f'<td class="c-{esc(key)}" data-label="{esc(heading)}">', cells.get(key))
              for key, heading in columns]
    body = []
    for row in rows:
        tds = "".join(start + (cell(row) if cell is not None else esc(row.get(key))) + "</td>"
                      for key, start, cell in opened)
        body.append(f"<tr>{tds}</tr>")
    if not body:
        return f'<p class="empty">{esc(empty)}</p>'
    head = "".join(f"<th>{esc(heading)}</th>" for _, heading in columns)
    return f'<div class="rows"><table><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>'


def select(name: str, label: str, options: tuple[str, ...], value: Any) -> str:
    """A labelled dropdown of ``options`` with an empty "any" choice first."""
    items = '<option value="">any</option>' + "".join(
        f'<option value="{esc(o)}"' + (" selected" if o == value else "") + f">{esc(o)}</option>" for o in options)
    return f'<label>{esc(label)} <select name="{esc(name)}">{items}</select></label>'


def form(action: str, fields: list[tuple[str, str, str]], values: dict[str, Any],
         choices: Optional[dict[str, tuple[str, ...]]] = None) -> str:
    """A GET form with one labelled input per field and a submit button.

    Args:
        action: the path the form submits to.
        fields: ``(name, label, placeholder)`` triples; ``since``/``until`` get date inputs.
        values: the current values, shown back in the inputs.
        choices: fields shown as a dropdown instead, with their options.
    """
    inputs = []
    for name, label, placeholder in fields:
        if choices and name in choices:
            inputs.append(select(name, label, choices[name], values.get(name)))
            continue
        kind = "date" if name in ("since", "until") else "number" if name == "limit" else "search"
        value = values.get(name)
        inputs.append(
            f'<label>{esc(label)} <input type="{kind}" name="{esc(name)}" value="{esc(value)}"'
            f' placeholder="{esc(placeholder)}"' + (' min="1" max="1000"' if kind == "number" else "")
            + "></label>")
    return (f'<form class="filters" method="get" action="{esc(action)}">{"".join(inputs)}'
            '<button type="submit">Show</button></form>')


def json_link(path: str, query: dict[str, list[str]]) -> str:
    """The link to this page's JSON twin, with the same query."""
    pairs = [(k, v) for k, values in query.items() for v in values]
    base = "/search" if path in ("", "/") else path.rstrip("/")
    href = f"{base}.json" + (f"?{urlencode(pairs)}" if pairs else "")
    return f'<p class="json">{link(href, "JSON")} of this page</p>'


def layout(title: str, body: str, current: str = "") -> str:
    """The whole HTML document around a page body (``body`` is HTML, ``title`` is text)."""
    nav = "".join(
        f'<a href="{esc(href)}"' + (' aria-current="page"' if href == current else "") + f">{esc(label)}</a>"
        for href, label in NAV)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} · dateline</title>"
        '<link rel="stylesheet" href="/static/style.css"><link rel="icon" href="/static/icon.svg"></head><body>'
        f'<header><a class="brand" href="/">dateline</a><nav>{nav}</nav></header>'
        f"<main><h1>{esc(title)}</h1>{body}</main>"
        "<footer>dateline: who said what, who did what to whom, where and when.</footer>"
        "</body></html>\n")
