"""``/actors`` and ``/actor/NAME``: actors with counts, and one actor's page with its events."""
from __future__ import annotations

from ...store import charts, queries, tables
from ...store.shown import default_event_filters
from .. import request as rq
from ..listing import listing_page, month_bounds
from ..render import actor_url, article_url, esc, link, table, url, url_then
from ..svgcharts import timeline
from .events import trigger_in_sentence
from .filters import CHOICES

FIELDS = [("q", "Name contains", "Karimi"), ("type", "Type", "PERSON"), ("country", "Country", "AF or AFG"),
          ("sector", "Sector", "")]
SPEC = {"q": rq.text, "type": rq.label, "country": rq.country, "sector": rq.label}
LATEST_EVENTS = 20


def listing(request: rq.Request) -> rq.Page:
    """Actors with their counts of mentions, statements and events, most mentioned first."""
    return listing_page(
        request, "actors", SPEC, "Actors", FIELDS,
        [("name", "Actor"), ("type", "Type"), ("country", "Country"), ("sector", "Sector"),
         ("mentions", "Mentions"), ("articles", "Articles"), ("statements", "Statements"), ("events", "Events")],
        cells={"name": lambda r: link(actor_url(r["name"]), r["name"]),
               "statements": lambda r: link(url("/statements", speaker=r["name"]), r["statements"])
               if r["statements"] else "0",
               "events": lambda r: link(url("/events", actor=r["name"]), r["events"]) if r["events"] else "0"},
        empty="No actors match.", choices=CHOICES)


def _facts(found: dict) -> str:
    facts = [("Type", esc(found["type"])), ("Country", esc(found["country"] or "–")),
             ("Sector", esc(found["sector"] or "–")),
             ("Also called", esc(", ".join(found["aliases"]) or "–")),
             ("Roles", esc("; ".join(found["roles"]) or "–")),
             ("Mentions", esc(f"{found['mentions']} in {found['articles']} articles")),
             ("Statements", link(url("/statements", speaker=found["name"]), found["statements"])),
             ("Events", link(url("/events", actor=found["name"]), found["events"]))]
    return '<dl class="facts">' + "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>"


def _month_link(name: str):
    """``function(month) -> URL`` of the actor's statements that month."""
    statements = url_then("/statements", speaker=name)

    def href(month: str) -> str:
        since, until = month_bounds(month)
        return statements(since=since, until=until)
    return href


def _events_of(request: rq.Request, name: str, role: str) -> dict:
    return tables.page(request.store, "events", {role: name, **default_event_filters()}, limit=LATEST_EVENTS)


def view(request: rq.Request) -> rq.Page:
    """One actor by name or alias: aliases, roles, counts, statements per month, its events and latest statements."""
    name = rq.first_arg(request)
    args = request.params({})
    found = queries.actor(request.store, name, latest=args["limit"])
    if found is None:
        raise rq.ApiError(404, f"no actor named {rq.cut(name)!r}; list them at /actors")
    found["statements_per_month"] = charts.statement_timeline(request.store, {"speaker": found["name"]})
    acted, received = _events_of(request, found["name"], "actor"), _events_of(request, found["name"], "recipient")
    found["events_as_actor"] = {"count": acted["count"], "rows": acted["rows"]}
    found["events_as_recipient"] = {"count": received["count"], "rows": received["rows"]}
    latest = table(
        found["latest_statements"], [("published", "Date"), ("cue", "Cue"), ("content", "Content"),
                                     ("article_id", "Article")],
        cells={"article_id": lambda r: link(article_url(r["article_id"], r["local_id"]), r["article_id"][:8])},
        empty="No statements by this actor.")
    event_columns = [("event_date", "Date"), ("event_type", "Type"), ("actor_name", "Actor"),
                     ("recipient_name", "Recipient"), ("sentence", "Sentence"), ("event_id", "Source")]
    event_cells = {"sentence": trigger_in_sentence,
                   "actor_name": lambda r: link(actor_url(r["actor_name"]), r["actor_name"]) if r["actor_name"] else "–",
                   "recipient_name": lambda r: link(actor_url(r["recipient_name"]), r["recipient_name"])
                   if r["recipient_name"] else "–",
                   "event_id": lambda r: link(article_url(r["article_id"], r["event_id"]), r["article_id"][:8])}
    body = (_facts(found)
            + f'<p class="meta">{link(url("/network", actor=found["name"]), "Network")} · '
              f'{link(url("/timeline", actor=found["name"]), "Timeline of its events")} · '
              f'{link(url("/map", actor=found["name"]), "Map of its events")}</p>'
            + "<h2>Statements per month</h2>" + timeline(found["statements_per_month"],
                                                         link=_month_link(found["name"]))
            + f"<h2>Events as actor ({acted['count']:,})</h2>" + table(acted["rows"], event_columns, event_cells,
                                                                       empty="No events with this actor.")
            + (f'<p>{link(url("/events", actor=found["name"]), "All of them")}</p>' if acted["count"] > LATEST_EVENTS else "")
            + f"<h2>Events as recipient ({received['count']:,})</h2>" + table(received["rows"], event_columns,
                                                                              event_cells, empty="No events on this actor.")
            + (f'<p>{link(url("/events", recipient=found["name"]), "All of them")}</p>'
               if received["count"] > LATEST_EVENTS else "")
            + "<h2>Latest statements</h2>" + latest)
    return rq.Page(found["name"], found, body + f'<p class="json">{link(request.path + ".json", "JSON")} of this page</p>')
