"""The timeline and the actor network as SVG drawn on the server (no script, works offline).

Each chart comes with the numbers it draws as a table or as ``<title>`` tooltips, so a reader
without the picture (or a test) gets the same counts.
"""
from __future__ import annotations

import datetime as dt
import math

from .render import actor_url, esc
from .svgmap import NO_EVENT, TYPE_COLOURS

# Missing periods are drawn as gaps up to this many bars; a longer span draws only the periods
# that have something, in order (a daily timeline of ten years would be 3,650 hairlines).
MAX_FILLED = 400


def _next_period(period: str, interval: str) -> str:
    if interval == "month":
        year, month = int(period[:4]), int(period[5:7])
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    day = dt.date.fromisoformat(period) + dt.timedelta(days=7 if interval == "week" else 1)
    return day.isoformat()


def filled(periods: list[dict], interval: str) -> list[dict]:
    """``periods`` with the empty ones between them added (when the span is short enough to draw)."""
    if len(periods) < 2:
        return periods
    by_name = {p["period"]: p for p in periods}
    out, current, last = [], periods[0]["period"], periods[-1]["period"]
    while current <= last:
        out.append(by_name.get(current, {"period": current, "total": 0, "counts": {}}))
        if len(out) > MAX_FILLED:
            return periods
        current = _next_period(current, interval)
    return out


def timeline(data: dict, width: int = 900, height: int = 260, link=None) -> str:
    """Stacked bars of counts per period: by event type when periods have ``counts``, else one colour.

    Args:
        data: :func:`dateline.store.charts.event_timeline` or ``statement_timeline``'s answer.
        link: ``function(period) -> URL`` making each bar a link (to the listing of that period).
    """
    periods = filled(data["periods"], data["interval"])
    if not periods:
        return '<p class="empty">No dated records to draw.</p>'
    top = max(p["total"] for p in periods) or 1
    left, plot_h = 40, height - 40
    step = (width - left - 10) / len(periods)
    bar = max(step * 0.85, 0.5)
    types = data.get("types") or []
    out = [f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="{esc(data["total"])} records per {esc(data["interval"])}" xmlns="http://www.w3.org/2000/svg">',
           f'<line x1="{left}" y1="{10 + plot_h}" x2="{width - 10}" y2="{10 + plot_h}" stroke="#9aa5b1"/>',
           f'<text x="{left - 4}" y="16" text-anchor="end" font-size="11" fill="#5b6672">{top}</text>',
           f'<text x="{left - 4}" y="{10 + plot_h}" text-anchor="end" font-size="11" fill="#5b6672">0</text>']
    labels = max(1, len(periods) // 8)
    rank = {type_: i for i, type_ in enumerate(types)}
    for i, period in enumerate(periods):
        x = left + i * step
        y = 10 + plot_h
        stack = sorted(period.get("counts", {}).items(), key=lambda kv: rank.get(kv[0], 99)) \
            if period.get("counts") else [("", period["total"])]
        bars = []
        for type_, n in stack:
            h = plot_h * n / top
            y -= h
            colour = TYPE_COLOURS.get(type_, NO_EVENT) if type_ else "#1f5f99"
            what = f"{period['period']}: {n} {type_}".rstrip()
            bars.append(f'<rect x="{x:.2f}" y="{y:.2f}" width="{bar:.2f}" height="{h:.2f}" fill="{colour}" '
                        f'data-type="{esc(type_)}" data-count="{n}"><title>{esc(what)}</title></rect>')
        group = "".join(bars)
        if link and period["total"]:
            group = f'<a href="{esc(link(period["period"]))}">{group}</a>'
        out.append(f'<g class="period" data-period="{esc(period["period"])}" data-total="{period["total"]}">{group}</g>')
        if i % labels == 0:
            out.append(f'<text x="{x:.1f}" y="{height - 8}" font-size="10" fill="#5b6672">{esc(period["period"])}</text>')
    out.append("</svg>")
    return "".join(out)


def _ring_layout(count: int, width: int, height: int) -> list[tuple[float, float]]:
    """Positions for ``count`` nodes on rings around the centre, heaviest (first) innermost."""
    points, placed, ring = [], 0, 0
    cx, cy = width / 2, height / 2
    while placed < count:
        capacity = 1 if ring == 0 else 8 * ring
        radius = ring * min(width, height) / 2 / max(1.0, math.ceil(math.sqrt(count / 4)) + 0.6)
        take = min(capacity, count - placed)
        for k in range(take):
            angle = 2 * math.pi * k / take + ring * 0.4
            points.append((cx + radius * 1.6 * math.cos(angle), cy + radius * math.sin(angle)))
        placed += take
        ring += 1
    return points


def network(data: dict, width: int = 960, height: int = 600) -> str:
    """Actors as circles sized by their links' counts, lines from actor to recipient or speaker to subject.

    Event links are solid, statement links dashed; each circle links to the actor's page.
    """
    nodes, edges = data["nodes"], data["edges"]
    if not nodes:
        return '<p class="empty">No links between named actors match.</p>'
    where = dict(zip((n["name"] for n in nodes), _ring_layout(len(nodes), width, height)))
    heaviest = max(n["weight"] for n in nodes) or 1
    strongest = max(e["count"] for e in edges) or 1
    out = [f'<svg class="network" viewBox="0 0 {width} {height}" role="img" aria-label="{len(nodes)} actors, '
           f'{len(edges)} links" xmlns="http://www.w3.org/2000/svg"><defs><marker id="arrow" viewBox="0 0 10 10" '
           'refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">'
           '<path d="M0 0L10 5L0 10z" fill="#5b6672"/></marker></defs><g class="edges">']
    for edge in edges:
        (x1, y1), (x2, y2) = where[edge["source"]], where[edge["target"]]
        dash = ' stroke-dasharray="5 4"' if edge["kind"] == "statement" else ""
        colour = "#1f5f99" if edge["kind"] == "event" else "#b15928"
        out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
                   f'stroke-opacity="0.55" stroke-width="{1 + 5 * edge["count"] / strongest:.2f}"{dash} '
                   f'marker-end="url(#arrow)" data-kind="{edge["kind"]}" data-count="{edge["count"]}">'
                   f'<title>{esc(edge["source"])} → {esc(edge["target"])}: {edge["count"]} '
                   f'{"event" if edge["kind"] == "event" else "statement"}{"s" * (edge["count"] != 1)}</title></line>')
    out.append('</g><g class="nodes">')
    for node in nodes:
        x, y = where[node["name"]]
        r = 4 + 14 * math.sqrt(node["weight"] / heaviest)
        about = ", ".join(v for v in (node.get("country"), node.get("sector")) if v)
        out.append(f'<a class="node" href="{esc(actor_url(node["name"]))}" data-name="{esc(node["name"])}">'
                   f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#1d232a" fill-opacity="0.8">'
                   f'<title>{esc(node["name"])}{" (" + esc(about) + ")" if about else ""}: {node["weight"]}</title></circle>'
                   f'<text x="{x:.1f}" y="{y - r - 3:.1f}" text-anchor="middle" font-size="11" fill="#1d232a">'
                   f'{esc(node["name"][:28])}</text></a>')
    out.append("</g></svg>")
    return "".join(out)
