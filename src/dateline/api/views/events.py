"""``/events``: who did what to whom, filtered like ``dateline events``."""
from __future__ import annotations

from ...model import PLOVER_TYPES
from ...store import queries
from .. import request as rq
from ..render import actor_url, article_url, esc, form, json_link, link, table

FIELDS = [("type", "Type", "ACCUSE"), ("actor", "Actor", "IEA"), ("recipient", "Recipient", "Pakistan"),
          ("place", "Place", "Kabul or AF"), ("since", "Since", "YYYY-MM-DD"), ("until", "Until", "YYYY-MM-DD"),
          ("limit", "Limit", "50")]


def _actor(key: str):
    def cell(row: dict) -> str:
        return link(actor_url(row[key]), row[key]) if row.get(key) else '<span class="unnamed">–</span>'
    return cell


def _trigger_in_sentence(row: dict) -> str:
    sentence, trigger = row.get("sentence") or "", row.get("trigger") or ""
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return esc(sentence)
    return esc(sentence[:at]) + f"<mark>{esc(trigger)}</mark>" + esc(sentence[at + len(trigger):])


def view(request: rq.Request) -> rq.Page:
    """PLOVER events with actor, recipient, place, date and the sentence they come from."""
    args = request.params({"type": rq.one_of(PLOVER_TYPES), "actor": rq.text, "recipient": rq.text,
                           "place": rq.text, "since": rq.date, "until": rq.date})
    rows = queries.events(request.store, args["type"], args["actor"], args["recipient"], args["place"],
                          args["since"], args["until"], args["limit"])
    body = form("/events", FIELDS, args) + table(
        rows, [("event_date", "Date"), ("event_type", "Type"), ("actor_name", "Actor"),
               ("recipient_name", "Recipient"), ("location", "Place"), ("sentence", "Sentence"),
               ("event_id", "Source")],
        cells={"actor_name": _actor("actor_name"), "recipient_name": _actor("recipient_name"),
               "sentence": _trigger_in_sentence,
               "event_id": lambda r: link(article_url(r["article_id"], r["event_id"]),
                                          f"{r['article_id'][:8]} {r['event_id']}")},
        empty="No events match.")
    return rq.Page("Events", rows, body + json_link(request.path, request.query))
