"""``/timeline``: events per day, week or month, stacked by type, for any events filter."""
from __future__ import annotations

import datetime as dt

from ...store import charts
from .. import request as rq
from ..listing import month_bounds, page_url
from ..render import esc, form, link, table, url_then
from ..svgcharts import timeline
from ..svgmap import legend
from .filters import CHOICES, event_fields, event_filters

# Periods a timeline gives per interval, the latest ones (a quarter of days, two years of weeks,
# thirty of months); the JSON twin says what it leaves out and the page links to the periods before.
# Ten years of days drew 3,650 bars of up to 16 types and their table: 11.6 MB of HTML built in
# 1.3 s on 100,000 synthetic articles; a year of days was still 1.2 MB and 130 ms (and 1-2.5 s with
# 8 clients on 2 cores), a quarter is 0.3 MB. Bars of a quarter's days are still a few pixels wide.
MAX_PERIODS = {"day": 92, "week": 104, "month": 360}


def _period_link(request: rq.Request, filters: dict, interval: str):
    listing = url_then("/events", **{k: v for k, v in filters.items() if k not in ("since", "until")})

    def href(period: str) -> str:
        if interval == "month":
            since, until = month_bounds(period)
        elif interval == "week":
            since, until = period, (dt.date.fromisoformat(period) + dt.timedelta(days=6)).isoformat()
        else:
            since = until = period
        return listing(since=since, until=until)
    return href


def view(request: rq.Request) -> rq.Page:
    """Counts of matching events per period and type, drawn and tabled; ``interval`` day, week or month."""
    args = event_filters(request, extra={"interval": rq.one_of(tuple(i.upper() for i in charts.INTERVALS))})
    interval = (args.pop("interval") or "MONTH").lower()
    data = charts.event_timeline(request.store, args, interval, latest=MAX_PERIODS[interval])
    switch = " · ".join(link(page_url(request, interval=i), i) if i != interval else f"<b>{i}</b>"
                        for i in charts.INTERVALS)
    rows = [{"period": p["period"], "total": p["total"], **p["counts"]} for p in data["periods"]]
    body = (form("/timeline", event_fields(request.store), args, CHOICES)
            + f'<p class="meta">Per {switch}. {data["total"]:,} events match; {data["undated"]:,} of them have no '
              f"date as precise as a {esc(interval)} and are not drawn.</p>"
            + _left_out(request, data)
            + f'<figure class="chart">{timeline(data, link=_period_link(request, args, interval))}</figure>'
            + legend(data["types"])
            + "<h2>Counts</h2>" + table(rows, [("period", interval.capitalize()), ("total", "Events")]
                                        + [(t, t) for t in data["types"]], empty="No dated events match.")
            + f'<p class="json">{link(page_url(request, ".json"), "JSON")} of this timeline</p>')
    return rq.Page("Timeline", data, body)


def _left_out(request: rq.Request, data: dict) -> str:
    """What the timeline leaves out past ``MAX_PERIODS`` periods, with a link to the ones before."""
    left = data["left_out"]
    if not left:
        return ""
    interval, first = data["interval"], left["before"]
    plural = {"day": "days", "week": "weeks", "month": "months"}[interval]
    if interval == "month":
        year, month = int(first[:4]), int(first[5:7])
        until = month_bounds(f"{year - (month == 1):04d}-{(month - 2) % 12 + 1:02d}")[1]
    else:
        until = (dt.date.fromisoformat(first) - dt.timedelta(days=1)).isoformat()
    return (f'<p class="meta left-out">Drawn and counted here: the latest {len(data["periods"]):,} {plural} with '
            f'events, from {esc(first)}. The {left["periods"]:,} {plural} before ({left["events"]:,} events) are '
            f'left out, here and in the JSON: {link(page_url(request, until=until), "earlier " + plural)}, or '
            f'narrow the dates, or count per week or month.</p>')
