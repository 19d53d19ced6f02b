"""The query parameters the event views share (events, map, timeline, network), and their form."""
from __future__ import annotations

from typing import Any, Callable

from ...model import PLOVER_TYPES
from ...store import tables
from .. import request as rq

STATUSES = ("ASSERTED", "NEGATED", "HYPOTHETICAL", "FUTURE")  # DESIGN.md, events.status
SECTORS = ("GOV", "MIL", "REB", "IGO", "NGO", "MED", "BUS", "CVL", "JUD", "LEG", "OPP", "REL", "CRM", "EDU")


def _flag(name: str, value: str) -> int:
    if value not in ("0", "1"):
        raise rq.ApiError(400, f"bad {name} {rq.cut(value)!r}: use 1 (only the main event of a sentence) or 0")
    return int(value)


def event_spec(store: Any) -> dict[str, Callable[[str, str], Any]]:
    """Parameter -> parser for every events filter; ``status`` and ``main`` when the database has them."""
    spec: dict[str, Callable[[str, str], Any]] = {
        "type": rq.one_of(PLOVER_TYPES), "actor": rq.text, "recipient": rq.text, "place": rq.text,
        "geonames": rq.digits_or_key, "actor_country": rq.country, "actor_sector": rq.label,
        "recipient_country": rq.country, "recipient_sector": rq.label, "since": rq.date, "until": rq.date,
        "min_confidence": rq.number, "article": rq.text, "source": rq.text}
    extra = tables.event_extra_columns(store)
    if "status" in extra:
        spec["status"] = rq.one_of(STATUSES)
    if "main" in extra:
        spec["main"] = _flag
    return spec


def event_fields(store: Any) -> list[tuple[str, str, str]]:
    """The events filter form's fields."""
    fields = [("type", "Type", ""), ("actor", "Actor", "IEA"), ("recipient", "Recipient", "Pakistan"),
              ("place", "Place", "Kabul or AF"), ("actor_country", "Actor country", "AF or AFG"),
              ("actor_sector", "Actor sector", ""), ("since", "Since", "YYYY-MM-DD"),
              ("until", "Until", "YYYY-MM-DD"), ("min_confidence", "Min. confidence", "0.45")]
    if "status" in tables.event_extra_columns(store):
        fields.append(("status", "Status", ""))
    return fields


CHOICES = {"type": PLOVER_TYPES, "actor_sector": SECTORS, "speaker_sector": SECTORS, "sector": SECTORS,
           "status": STATUSES}


def event_filters(request: rq.Request, paged: bool = False, extra: dict | None = None) -> dict[str, Any]:
    """The request's events filters, checked (``extra``: more parameters the view takes)."""
    return request.params({**event_spec(request.store), **(extra or {})}, paged=paged)
