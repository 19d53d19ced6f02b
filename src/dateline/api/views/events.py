"""``/events``: who did what to whom, filtered like ``dateline events``, paged, sorted and faceted."""
from __future__ import annotations

from .. import request as rq
from ..listing import listing_page
from ..render import actor_url, article_url, esc, link, place_url
from .filters import CHOICES, event_fields, event_spec, shown_by_default


def _actor(key: str):
    def cell(row: dict) -> str:
        return link(actor_url(row[key]), row[key]) if row.get(key) else '<span class="unnamed">–</span>'
    return cell


def marked(text: str, start: int, end: int) -> str:
    """``text`` escaped, with ``[start, end)`` (stored offsets, relative to ``text``) in ``<mark>``."""
    if not 0 <= start < end <= len(text):
        return esc(text)
    return esc(text[:start]) + f"<mark>{esc(text[start:end])}</mark>" + esc(text[end:])


def trigger_in_sentence(row: dict) -> str:
    """The event's sentence with its trigger marked at the stored offsets (never by searching the word)."""
    offset = row["sentence_start"]
    return marked(row.get("sentence") or "", row["trigger_start"] - offset, row["trigger_end"] - offset)


def _place(row: dict) -> str:
    return link(place_url(row["place_key"]), row["location"]) if row.get("place_key") else ""


def _confidence(row: dict) -> str:
    return "" if row.get("confidence") is None else f"{row['confidence']:.2f}"


def view(request: rq.Request) -> rq.Page:
    """PLOVER events with actor, recipient, place, date, confidence (and status) and their sentence."""
    columns = [("event_date", "Date"), ("event_type", "Type"), ("actor_name", "Actor"),
               ("recipient_name", "Recipient"), ("location", "Place"), ("confidence", "Conf."),
               ("status", "Status"), ("sentence", "Sentence"), ("event_id", "Source")]
    return listing_page(
        request, "events", event_spec(request.store), "Events", event_fields(request.store), columns,
        cells={"actor_name": _actor("actor_name"), "recipient_name": _actor("recipient_name"),
               "location": _place, "confidence": _confidence, "sentence": trigger_in_sentence,
               "event_id": lambda r: link(article_url(r["article_id"], r["event_id"]),
                                          f"{r['article_id'][:8]} {r['event_id']}")},
        empty="No events match.", choices=CHOICES, defaults=shown_by_default)
