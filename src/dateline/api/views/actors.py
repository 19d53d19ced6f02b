"""``/actors`` and ``/actor/NAME``: actors with counts, and one actor's page."""
from __future__ import annotations

from ...store import queries
from .. import request as rq
from ..render import actor_url, article_url, esc, form, json_link, link, table, url

FIELDS = [("type", "Type", "PERSON"), ("country", "Country", "AFG"), ("limit", "Limit", "50")]


def listing(request: rq.Request) -> rq.Page:
    """Actors with their counts of mentions, statements and events, most mentioned first."""
    args = request.params({"type": rq.label, "country": rq.country})
    rows = queries.actors(request.store, args["type"], args["country"], args["limit"])
    body = form("/actors", FIELDS, args) + table(
        rows, [("name", "Actor"), ("type", "Type"), ("country", "Country"), ("sector", "Sector"),
               ("mentions", "Mentions"), ("articles", "Articles"), ("statements", "Statements"),
               ("events", "Events")],
        cells={"name": lambda r: link(actor_url(r["name"]), r["name"]),
               "statements": lambda r: link(url("/statements", speaker=r["name"]), r["statements"])
               if r["statements"] else "0",
               "events": lambda r: link(url("/events", actor=r["name"]), r["events"]) if r["events"] else "0"},
        empty="No actors match.")
    return rq.Page("Actors", rows, body + json_link(request.path, request.query))


def _facts(found: dict) -> str:
    facts = [("Type", esc(found["type"])), ("Country", esc(found["country"] or "–")),
             ("Sector", esc(found["sector"] or "–")),
             ("Also called", esc(", ".join(found["aliases"]) or "–")),
             ("Roles", esc("; ".join(found["roles"]) or "–")),
             ("Mentions", esc(f"{found['mentions']} in {found['articles']} articles")),
             ("Statements", link(url("/statements", speaker=found["name"]), found["statements"])),
             ("Events", link(url("/events", actor=found["name"]), found["events"]))]
    return '<dl class="facts">' + "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>"


def view(request: rq.Request) -> rq.Page:
    """One actor by name or alias: aliases, roles, counts and latest statements."""
    name = rq.first_arg(request)
    args = request.params({})
    found = queries.actor(request.store, name, latest=args["limit"])
    if found is None:
        raise rq.ApiError(404, f"no actor named {rq.cut(name)!r}; list them at /actors")
    latest = table(
        found["latest_statements"], [("published", "Date"), ("cue", "Cue"), ("content", "Content"),
                                     ("article_id", "Article")],
        cells={"article_id": lambda r: link(article_url(r["article_id"]), r["article_id"][:8])},
        empty="No statements by this actor.")
    body = _facts(found) + "<h2>Latest statements</h2>" + latest
    return rq.Page(found["name"], found, body + json_link(request.path, request.query))
