"""The query parameters the event views share (events, map, timeline, network), and their form."""
from __future__ import annotations

from typing import Any, Callable

from ...model import PLOVER_TYPES
from ...store import tables
from ...store.shown import DEFAULT_MIN_CONFIDENCE, DEFAULT_STATUS
from .. import request as rq

STATUSES = ("ASSERTED", "NEGATED", "HYPOTHETICAL", "FUTURE")  # DESIGN.md, events.status
ANY_STATUS = "ANY"  # every status: the status filter's way to show them all
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
        spec["status"] = rq.one_of(STATUSES + (ANY_STATUS,))
    if "main" in extra:
        spec["main"] = _flag
    return spec


def event_fields(store: Any) -> list[tuple[str, str, str]]:
    """The events filter form's fields."""
    fields = [("type", "Type", ""), ("actor", "Actor", "IEA"), ("recipient", "Recipient", "Pakistan"),
              ("place", "Place", "Kabul or AF"), ("actor_country", "Actor country", "AF or AFG"),
              ("actor_sector", "Actor sector", ""), ("since", "Since", "YYYY-MM-DD"),
              ("until", "Until", "YYYY-MM-DD"), ("min_confidence", "Min. confidence", "0 for all")]
    if "status" in tables.event_extra_columns(store):
        fields.append(("status", "Status", ""))
    return fields


CHOICES = {"type": PLOVER_TYPES, "actor_sector": SECTORS, "speaker_sector": SECTORS, "sector": SECTORS,
           "status": STATUSES + (ANY_STATUS,)}


def shown_by_default(args: dict[str, Any]) -> dict[str, Any]:
    """The events filters with what a user sees unless they ask for more (see store/shown.py):
    the default minimum confidence when none is given (``min_confidence=0`` shows every stored
    event), and asserted events when the database has statuses (``status=ANY`` shows them all).
    The CLI's ``dateline events`` starts from the same two."""
    filled = dict(args)
    if filled.get("min_confidence") is None:
        filled["min_confidence"] = DEFAULT_MIN_CONFIDENCE
    if "status" in filled:
        if filled["status"] is None:
            filled["status"] = DEFAULT_STATUS.upper()
        elif filled["status"] == ANY_STATUS:
            filled["status"] = None
    return filled


def event_filters(request: rq.Request, paged: bool = False, extra: dict | None = None) -> dict[str, Any]:
    """The request's events filters, checked, with the defaults filled in (``extra``: more parameters
    the view takes)."""
    return shown_by_default(request.params({**event_spec(request.store), **(extra or {})}, paged=paged))
