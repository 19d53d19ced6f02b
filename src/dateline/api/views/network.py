"""``/network``: who acted on whom (events) and who spoke of whom (statements), strongest links first."""
from __future__ import annotations

from ...store import charts
from .. import request as rq
from ..listing import page_url
from ..render import actor_url, form, link, table
from ..svgcharts import network
from .filters import CHOICES, event_fields, event_filters


def view(request: rq.Request) -> rq.Page:
    """The network for any events filter (type, actor, actor country and sector, dates)."""
    args = event_filters(request)
    data = charts.network(request.store, args)
    actor = lambda key: lambda r: link(actor_url(r[key]), r[key])  # noqa: E731
    body = (form("/network", event_fields(request.store), args, CHOICES)
            + '<p class="meta">Solid blue: events, actor → recipient. Dashed brown: statements, speaker → an actor '
              "the statement names. Thicker: more often. Click an actor for its page.</p>"
            + f'<figure class="chart">{network(data)}</figure>'
            + "<h2>Links</h2>" + table(data["edges"], [("source", "From"), ("target", "To"), ("kind", "Kind"),
                                                       ("count", "Count")],
                                       cells={"source": actor("source"), "target": actor("target")},
                                       empty="No links match.")
            + f'<p class="json">{link(page_url(request, ".json"), "JSON")} of this network</p>')
    return rq.Page("Network", data, body)
