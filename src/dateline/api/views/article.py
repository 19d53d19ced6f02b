"""``/article/ID``: one article's text with every record highlighted, and the records below it.

The JSON twin is the stored ``dateline.analysis/1`` record, exactly as ``dateline show --json``.
"""
from __future__ import annotations

from ...model import Analysis
from ...store import charts
from ...store.keys import place_key
from .. import request as rq
from ..highlight import highlight, marks
from ..render import actor_url, esc, json_link, link, place_url, table
from ..svgmap import draw, legend

LEGEND = ('<p class="legend">Marked: <span class="ent">actor</span> <span class="place">place</span> '
          '<span class="speaker">speaker</span> <span class="cue">cue</span> '
          '<span class="content">statement</span> <span class="trigger">event trigger</span>. '
          "Hover a mark for what it is; a record's id links to its sentence.</p>")


def _header(analysis: Analysis) -> str:
    art = analysis.article
    parts = [esc(art.published or "undated"), esc(art.source or ""), f"id {esc(art.id)}"]
    if art.url and art.url.startswith(("http://", "https://")):
        parts.append(link(art.url, art.url))  # only web links: a stored "javascript:" URL stays text
    elif art.url:
        parts.append(esc(art.url))
    return '<p class="meta">' + " · ".join(p for p in parts if p) + "</p>"


def _records(analysis: Analysis) -> str:
    names = {e.id: e.name for e in analysis.entities}
    places = {p.id: p.name for p in analysis.places}
    anchor = lambda r: f'<a href="#{esc(r["id"])}">{esc(r["id"])}</a>'  # noqa: E731
    actor = lambda key: lambda r: link(actor_url(r[key]), r[key]) if r.get(key) else ""  # noqa: E731
    statements = [{"id": s.id, "speaker": s.speaker_name, "source": s.speaker_text, "cue": s.cue, "kind": s.kind,
                   "content": s.content} for s in analysis.statements]
    events = [{"id": v.id, "type": v.type, "actor": names.get(v.actor or ""), "recipient": names.get(v.recipient or ""),
               "place": places.get(v.place or ""), "date": v.date,
               "trigger": analysis.text[v.trigger_span[0]:v.trigger_span[1]]} for v in analysis.events]
    entities = [{"name": e.name, "type": e.type, "country": e.country, "sector": e.sector,
                 "roles": "; ".join(e.roles), "mentions": len(e.mentions)} for e in analysis.entities]
    place_rows = [{"name": p.name, "feature": p.feature, "country": p.country, "admin1": p.admin1,
                   "geonames_id": p.geonames_id, "mentions": len(p.mentions), "key": place_key(p)}
                  for p in analysis.places]
    return (
        f"<h2>Statements ({len(statements)})</h2>" + table(
            statements, [("id", "Id"), ("speaker", "Speaker"), ("source", "Named as"), ("cue", "Cue"),
                         ("kind", "Kind"), ("content", "Content")],
            cells={"id": anchor, "speaker": actor("speaker")}, empty="No statements found.")
        + f"<h2>Events ({len(events)})</h2>" + table(
            events, [("id", "Id"), ("type", "Type"), ("actor", "Actor"), ("recipient", "Recipient"),
                     ("place", "Place"), ("date", "Date"), ("trigger", "Trigger")],
            cells={"id": anchor, "actor": actor("actor"), "recipient": actor("recipient")},
            empty="No events found.")
        + f"<h2>Actors ({len(entities)})</h2>" + table(
            entities, [("name", "Actor"), ("type", "Type"), ("country", "Country"), ("sector", "Sector"),
                       ("roles", "Roles"), ("mentions", "Mentions")],
            cells={"name": actor("name")}, empty="No actors found.")
        + f"<h2>Places ({len(place_rows)})</h2>" + table(
            place_rows, [("name", "Place"), ("feature", "Kind"), ("country", "Country"), ("admin1", "Region"),
                         ("geonames_id", "GeoNames"), ("mentions", "Mentions")],
            cells={"name": lambda r: link(place_url(r["key"]), r["name"])}, empty="No places found."))


def _map(request: rq.Request, analysis: Analysis) -> str:
    """The article's places on a map fitted to them, coloured by the article's events there."""
    found = charts.map_places(request.store, {"article": analysis.article.id})["places"]
    if not found:
        return ""
    types = sorted({p["type"] for p in found if p.get("type")})
    return (f'<h2>Map</h2><figure class="map-figure">{draw(found, label="Places in this article")}</figure>'
            + legend(types))


def view(request: rq.Request) -> rq.Page:
    """One article by id (or a unique prefix of 6+ characters)."""
    article_id = rq.first_arg(request)
    request.params({}, paged=False)
    analysis = request.store.analysis(article_id)
    if analysis is None:
        raise rq.ApiError(404, f"no article {rq.cut(article_id)!r}; find one at /search?q=WORDS")
    body = (_header(analysis) + LEGEND
            + f'<article class="text">{highlight(analysis.text, marks(analysis))}</article>'
            + _map(request, analysis) + _records(analysis))
    title = analysis.article.title or f"Article {analysis.article.id}"
    return rq.Page(title, analysis.to_dict(), body + json_link(request.path, request.query))
