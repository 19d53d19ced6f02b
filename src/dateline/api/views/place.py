"""``/place/GEONAMES_ID``: one place (by GeoNames id, so Georgia the country and the US state stay
apart) on a small map, with its events, the statements made where it is named, and its articles.

A place that dateline resolved without a GeoNames id has the page ``/place/name:NAME``.
"""
from __future__ import annotations

from ...store import charts, tables
from ...store.shown import default_event_filters
from .. import request as rq
from ..render import article_url, esc, link, table, url
from ..svgmap import draw, legend
from .events import trigger_in_sentence
from .statements import sentence_with_content, speaker_cell

SHOWN = 20  # rows of each kind on the page; the listings linked below have the rest


def _place_row(request: rq.Request, key: str) -> dict:
    rows = tables.page(request.store, "places", {"geonames": key}, limit=1)["rows"]
    if not rows:
        raise rq.ApiError(404, f"no place with GeoNames id {rq.cut(key)!r} in this database; list them at /places")
    return rows[0]


def view(request: rq.Request) -> rq.Page:
    """One place: its facts, a map around it, its events, statements and articles."""
    key = rq.digits_or_key("place", rq.first_arg(request))
    request.params({}, paged=False)
    place = _place_row(request, key)
    events = tables.page(request.store, "events", {"geonames": key, **default_event_filters()}, limit=SHOWN)
    statements = tables.page(request.store, "statements", {"geonames": key}, limit=SHOWN)
    articles = tables.page(request.store, "articles", {"geonames": key}, limit=SHOWN)
    located = charts.map_places(request.store, {"geonames": key, **default_event_filters()})["places"] or [
        {**place, "types": {}, "type": None, "events": 0}]
    facts = [("Kind", esc(place["feature"])), ("Country", esc(place["country"] or "–")),
             ("Region", esc(place["admin1"] or "–")),
             ("GeoNames", link(f"https://www.geonames.org/{place['geonames_id']}", place["geonames_id"])
              if place["geonames_id"] else "– (dateline's own entry)"),
             ("Coordinates", esc(f"{place['lat']:.4f}, {place['lon']:.4f}") if place["lat"] is not None else "–"),
             ("Mentions", esc(f"{place['mentions']} in {place['articles']} articles"))]
    body = ('<div class="place-head"><dl class="facts">' + "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in facts)
            + "</dl>" + draw(located, label=f"Map of {place['name']}", css_class="map small")
            + legend(sorted({p["type"] for p in located if p.get("type")})) + "</div>")
    body += f"<h2>Events ({events['count']:,})</h2>" + table(
        events["rows"], [("event_date", "Date"), ("event_type", "Type"), ("actor_name", "Actor"),
                         ("recipient_name", "Recipient"), ("sentence", "Sentence"), ("event_id", "Source")],
        cells={"sentence": trigger_in_sentence,
               "event_id": lambda r: link(article_url(r["article_id"], r["event_id"]), r["article_id"][:8])},
        empty="No events at this place.")
    body += f'<p>{link(url("/events", geonames=key), "All its events")} · {link(url("/timeline", geonames=key), "timeline")}</p>'
    body += f"<h2>Statements naming it ({statements['count']:,})</h2>" + table(
        statements["rows"], [("published", "Date"), ("speaker_name", "Speaker"), ("sentence", "Sentence"),
                             ("id", "Source")],
        cells={"speaker_name": speaker_cell, "sentence": sentence_with_content,
               "id": lambda r: link(article_url(r["article_id"], r["id"]), r["article_id"][:8])},
        empty="No statement names this place.")
    body += f"<h2>Articles ({articles['count']:,})</h2>" + table(
        articles["rows"], [("published", "Date"), ("title", "Title"), ("source", "Source")],
        cells={"title": lambda r: link(article_url(r["id"]), r["title"] or r["id"])}, empty="No articles.")
    if articles["count"] > SHOWN:
        body += f'<p>{link(url("/articles", geonames=key), "All its articles")}</p>'
    data = {"place": place, "events": events, "statements": statements, "articles": articles}
    return rq.Page(place["name"], data, body + f'<p class="json">{link(request.path + ".json", "JSON")} of this page</p>')
