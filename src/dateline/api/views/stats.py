"""``/stats``: counts of everything stored, like ``dateline stats``."""
from __future__ import annotations

from ...store import queries
from .. import request as rq
from ..render import esc, json_link, link, table

LINKS = {"actors": "/actors", "statements": "/statements", "places": "/places", "events": "/events?min_confidence=0&status=ANY",
         "events_shown": "/events"}
# The events a listing shows unless asked for more (store/shown.py), beside every stored event.
LABELS = {"events": "events (all stored)", "events_shown": "events shown by default"}


def counts_table(figures: dict) -> str:
    """The counts as a two-column table, each linked to its listing."""
    rows = [{"what": key, "count": figures[key]}
            for key in ("articles", "actors", "statements", "places", "events", "events_shown", "rejects")]
    return table(rows, [("what", "Stored"), ("count", "Count")],
                 cells={"what": lambda r: link(LINKS[r["what"]], LABELS.get(r["what"], r["what"]))
                        if r["what"] in LINKS else esc(r["what"])})


def view(request: rq.Request) -> rq.Page:
    """Counts of articles, actors, statements, places, events and rejects."""
    request.params({}, paged=False)
    figures = queries.stats(request.store)
    span = f"{figures['published_from'] or '–'} to {figures['published_to'] or '–'}"
    body = counts_table(figures) + f"<p>Articles published {esc(span)}.</p>"
    if figures["rejects_by_reason"]:
        body += "<h2>Rejected inputs</h2>" + table(figures["rejects_by_reason"], [("reason", "Reason"), ("n", "Count")])
    return rq.Page("Stats", figures, body + json_link(request.path, request.query))
