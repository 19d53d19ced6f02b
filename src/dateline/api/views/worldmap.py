"""``/map``: places on a world map (Natural Earth, drawn on the server), sized by mentions or events,
coloured by their most frequent event type; each marker links to the place's page."""
from __future__ import annotations

from ...store import charts
from .. import request as rq
from ..listing import page_url
from ..render import esc, form, link
from ..svgmap import draw, legend
from .filters import CHOICES, event_fields, event_filters


def view(request: rq.Request) -> rq.Page:
    """The map for any events filter; ``article=ID`` maps one article's places."""
    args = event_filters(request, extra={"zoom": rq.one_of(("WORLD", "FIT"))})
    filters = {k: v for k, v in args.items() if k != "zoom"}
    found = charts.map_places(request.store, filters)
    by_events = any(v not in (None, "") for k, v in filters.items() if k != "article")
    whole = args["zoom"] == "WORLD" or (args["zoom"] is None and not filters.get("article"))
    svg = draw(found["places"], box=(0.0, 0.0, 360.0, 180.0) if whole else None, by_events=by_events,
               label=f"Map of {len(found['places'])} places")
    types = sorted({p["type"] for p in found["places"] if p.get("type")})
    other = "FIT" if whole else "WORLD"
    size = "events matching the filter" if by_events else "mentions"
    zoom = link(page_url(request, zoom=other), "Zoom to " + ("the places" if other == "FIT" else "the world"))
    body = (form("/map", event_fields(request.store) + [("article", "Article id", "b7332219")], args, CHOICES)
            + f'<p class="meta">{len(found["places"]):,} places, sized by {esc(size)}, coloured by their most '
              f'frequent event type (grey: no event). {zoom}'
              f' · {link(page_url(request).replace("/map", "/events", 1), "these events as a table")}</p>'
            + f'<figure class="map-figure">{svg}</figure>' + legend(types)
            + f'<p class="json">{link(page_url(request, ".json"), "JSON")} of this map</p>')
    return rq.Page("Map", found, body)
