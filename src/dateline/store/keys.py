"""Cross-article keys: the same actor or place in two articles maps to one row."""
from __future__ import annotations

import json

from ..model import Entity, Place, Statement, fallback_actor_key


def actor_key(entity: Entity) -> str:
    """The key the actors component gave the entity ("IEA" and "Islamic Emirate" share one).

    A record made without that stage (an older analysis read from JSON) falls back to type and
    normalised name.
    """
    return entity.key or fallback_actor_key(entity.type, entity.name)


def place_key(place: Place) -> str:
    """GeoNames id when resolved, else the normalised name."""
    if place.geonames_id is not None:
        return f"geonames:{place.geonames_id}"
    return f"name:{' '.join(place.name.casefold().split())}"


def place_key_of_page(key: str) -> str:
    """A place page's key (a GeoNames id, or dateline's ``name:…`` key for a place without one) as stored."""
    return f"geonames:{key}" if str(key).isdigit() else str(key)


def content_spans_json(statement: Statement) -> str | None:
    """The pieces of an interrupted quotation as stored: a JSON list of ``[start, end]``, or None."""
    if not statement.content_spans:
        return None
    return json.dumps([[start, end] for start, end in statement.content_spans])
