"""Maps drawn as SVG on the server: Natural Earth's countries and a marker per place.

No script, no tile server, nothing fetched: the boundaries are Natural Earth 1:110m
(``static/world/countries-110m.json``, TopoJSON from the ``world-atlas`` npm package), decoded
once per process and projected plate carrée (x = longitude + 180, y = 90 - latitude), so the
map's ``viewBox`` is in degrees and zooming to a region is choosing a box. Markers are sized by
how often a place comes up and filled with the colour of its most frequent event type.
"""
from __future__ import annotations

import functools
import json
import math
from importlib import resources
from typing import Optional

from ..model import PLOVER_TYPES
from .render import esc, place_url

# One colour per PLOVER type, from Glasbey-style distinct palettes; grey for a place with no event.
TYPE_COLOURS = dict(zip(PLOVER_TYPES, (
    "#1b9e77", "#d95f02", "#c0392b", "#7570b3", "#e7298a", "#66a61e", "#1f78b4", "#a6761d",
    "#e6ab02", "#6a3d9a", "#b15928", "#999933", "#8c510a", "#01665e", "#ff7f00", "#2c7fb8")))
NO_EVENT = "#7f8c8d"

Box = tuple[float, float, float, float]  # x, y, width, height in projected degrees
WORLD: Box = (0.0, 0.0, 360.0, 180.0)


def project(lon: float, lat: float) -> tuple[float, float]:
    """Plate carrée in the map's units: x from 0 (180° W) to 360, y from 0 (90° N) to 180."""
    return lon + 180.0, 90.0 - lat


@functools.lru_cache(maxsize=1)
def countries() -> tuple[tuple[str, Box, tuple[tuple[tuple[float, float], ...], ...]], ...]:
    """Every country as (name, bounding box, rings of projected points), decoded from TopoJSON."""
    topo = json.loads((resources.files("dateline.api") / "static" / "world" / "countries-110m.json")
                      .read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append(project(x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> tuple[tuple[float, float], ...]:
        points: list[tuple[float, float]] = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc[1:] if points else arc)
        return tuple(points)

    found = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        polygons = ([geometry["arcs"]] if geometry["type"] == "Polygon"
                    else geometry["arcs"] if geometry["type"] == "MultiPolygon" else [])
        rings = tuple(ring(r) for polygon in polygons for r in polygon)
        if not rings:
            continue
        xs = [p[0] for r in rings for p in r]
        ys = [p[1] for r in rings for p in r]
        box = (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        found.append((geometry.get("properties", {}).get("name", ""), box, rings))
    return tuple(found)


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _path(rings, digits: int) -> str:
    """Rings as one path in relative steps, points that round to the previous one dropped (a third the size)."""
    scale = 10 ** digits
    parts = []
    for points in rings:
        x0, y0 = round(points[0][0] * scale), round(points[0][1] * scale)
        steps = [f"M{x0 / scale:g} {y0 / scale:g}"]
        for px, py in points[1:]:
            x, y = round(px * scale), round(py * scale)
            if abs(x - x0) > 180 * scale:  # the ring crosses the antimeridian: go on from the other edge
                steps.append(f"M{x / scale:g} {y / scale:g}")
                x0, y0 = x, y
            elif (x, y) != (x0, y0):
                steps.append(f"l{(x - x0) / scale:g} {(y - y0) / scale:g}")
                x0, y0 = x, y
        if len(steps) > 2:
            parts.append("".join(steps) + "z")
    return "".join(parts)


@functools.lru_cache(maxsize=256)
def land(box: Box) -> str:
    """The country outlines that fall in ``box`` as SVG paths, each titled with its name."""
    digits = 1 if box[2] > 90 else 2
    return "".join(f'<path d="{_path(rings, digits)}"><title>{esc(name)}</title></path>'
                   for name, outline, rings in countries() if _overlaps(outline, box))


def fit(points: list[tuple[float, float]], margin: float = 0.25, least: float = 12.0) -> Box:
    """A box around projected ``points`` with a margin, at least ``least`` degrees wide, 2:1, inside the world."""
    if not points:
        return WORLD
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    width = max(max(xs) - min(xs), 2 * (max(ys) - min(ys)), least) * (1 + 2 * margin)
    width = min(width, 360.0)
    height = width / 2
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    x = min(max(cx - width / 2, 0.0), 360.0 - width)
    y = min(max(cy - height / 2, 0.0), 180.0 - height)
    return (round(x, 2), round(y, 2), round(width, 2), round(height, 2))


def _size_label(place: dict, by_events: bool) -> str:
    mentions, events = place.get("mentions", 0), place.get("events", 0)
    types = ", ".join(f"{t} {n}" for t, n in sorted(place.get("types", {}).items(), key=lambda kv: -kv[1]))
    return (f"{place['name']}: {mentions} mention{'s' * (mentions != 1)}, {events} event{'s' * (events != 1)}"
            + (f" ({types})" if types else ""))


def draw(places: list[dict], box: Optional[Box] = None, by_events: bool = False, label: str = "Map",
         css_class: str = "map") -> str:
    """An SVG map of ``places`` (dicts with key, name, lat, lon, mentions, events, types, type).

    Args:
        places: the places to mark; those without coordinates are left out.
        box: the region shown; None fits the places (the whole world when they spread over it).
        by_events: size markers by events instead of mentions.
        label: the map's accessible name.
    """
    located = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
    points = [project(p["lon"], p["lat"]) for p in located]
    box = box or fit(points)
    x, y, w, h = box
    size = "events" if by_events else "mentions"
    largest = max((p.get(size) or 0 for p in located), default=0) or 1
    markers = []
    # Largest first, so small markers are drawn on top and stay clickable.
    for place, (px, py) in sorted(zip(located, points), key=lambda pp: -(pp[0].get(size) or 0)):
        r = w * (0.004 + 0.018 * math.sqrt((place.get(size) or 0) / largest))
        colour = TYPE_COLOURS.get(place.get("type") or "", NO_EVENT)
        markers.append(
            f'<a class="marker" href="{esc(place_url(place["key"]))}" data-name="{esc(place["name"])}"'
            f' data-{size}="{place.get(size) or 0}"><circle cx="{px:.3f}" cy="{py:.3f}" r="{r:.3f}"'
            f' fill="{colour}" fill-opacity="0.75" stroke="#fff" stroke-width="{w / 900:.3f}">'
            f"<title>{esc(_size_label(place, by_events))}</title></circle></a>")
    return (f'<svg class="{esc(css_class)}" viewBox="{x} {y} {w} {h}" preserveAspectRatio="xMidYMid meet" '
            f'role="img" aria-label="{esc(label)}" xmlns="http://www.w3.org/2000/svg">'
            f'<rect class="sea" x="{x}" y="{y}" width="{w}" height="{h}" fill="#dfeaf3"/>'
            f'<g class="land" fill="#f7f5ef" stroke="#9aa5b1" stroke-width="{w / 1200:.3f}">{land(box)}</g>'
            f'<g class="markers">{"".join(markers)}</g></svg>')


def legend(types: list[str]) -> str:
    """The colours of the event types on a map or chart, as an HTML list."""
    items = "".join(f'<li><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" '
                    f'fill="{TYPE_COLOURS.get(t, NO_EVENT)}"/></svg> {esc(t)}</li>' for t in types)
    return f'<ul class="key">{items}</ul>'
