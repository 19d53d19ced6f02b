"""``/places``: places mentioned, resolved to GeoNames, like ``dateline places``."""
from __future__ import annotations

from ...store import queries
from .. import request as rq
from ..render import esc, form, json_link, link, table, url

FIELDS = [("country", "Country", "AF"), ("limit", "Limit", "50")]


def _coordinates(row: dict) -> str:
    if row.get("lat") is None or row.get("lon") is None:
        return ""
    return esc(f"{row['lat']:.3f}, {row['lon']:.3f}")


def view(request: rq.Request) -> rq.Page:
    """Places with their counts of mentions, articles and events, most mentioned first."""
    args = request.params({"country": rq.country})
    rows = queries.places(request.store, args["country"], args["limit"])
    body = form("/places", FIELDS, args) + table(
        rows, [("name", "Place"), ("feature", "Kind"), ("country", "Country"), ("admin1", "Region"),
               ("geonames_id", "GeoNames"), ("coordinates", "Lat, lon"), ("mentions", "Mentions"),
               ("articles", "Articles"), ("events", "Events")],
        cells={"coordinates": _coordinates, "name": lambda r: link(url("/search", q=r["name"]), r["name"]),
               "events": lambda r: link(url("/events", place=r["name"]), r["events"]) if r["events"] else "0",
               "country": lambda r: link(url("/places", country=r["country"]), r["country"])
               if r.get("country") else ""},
        empty="No places match.")
    return rq.Page("Places", rows, body + json_link(request.path, request.query))
