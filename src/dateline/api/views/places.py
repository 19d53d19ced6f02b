"""``/places``: places mentioned, resolved to GeoNames, like ``dateline places``; each links to its page."""
from __future__ import annotations

from .. import request as rq
from ..listing import listing_page
from ..render import esc, link, place_url, url

FIELDS = [("q", "Name contains", "Kabul"), ("country", "Country", "AF or AFG"), ("feature", "Kind", "")]
FEATURES = ("country", "admin1", "admin2", "city", "region", "other")
SPEC = {"q": rq.text, "country": rq.country, "feature": rq.one_of(tuple(f.upper() for f in FEATURES))}


def _coordinates(row: dict) -> str:
    if row.get("lat") is None or row.get("lon") is None:
        return ""
    return esc(f"{row['lat']:.3f}, {row['lon']:.3f}")


def view(request: rq.Request) -> rq.Page:
    """Places with their counts of mentions, articles and events, most mentioned first."""
    return listing_page(
        request, "places", SPEC, "Places", FIELDS,
        [("name", "Place"), ("feature", "Kind"), ("country", "Country"), ("admin1", "Region"),
         ("geonames_id", "GeoNames"), ("lat", "Lat, lon"), ("mentions", "Mentions"), ("articles", "Articles"),
         ("events", "Events")],
        cells={"lat": _coordinates, "name": lambda r: link(place_url(r["key"]), r["name"]),
               "events": lambda r: link(url("/events", geonames=place_url(r["key"]).rsplit("/", 1)[1]), r["events"])
               if r["events"] else "0",
               "country": lambda r: link(url("/places", country=r["country"]), r["country"]) if r.get("country") else ""},
        empty="No places match.", choices={"feature": tuple(f.upper() for f in FEATURES)},
        above='<p class="meta">' + link("/map", "See them on the map") + "</p>")
