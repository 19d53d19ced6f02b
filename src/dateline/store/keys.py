"""Cross-article keys: the same actor or place in two articles maps to one row."""
from __future__ import annotations

import re

from ..model import Entity, Place

# Types that name the same kind of thing: a country is a GPE in one article and a LOC in another.
_TYPE_GROUP = {"GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group"}


def normalise_name(name: str) -> str:
    """Case-folded name with punctuation and spacing collapsed ("U.S." and "US" stay distinct)."""
    name = name.replace("’", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w.'& -]+", " ", name)).strip().casefold()


def actor_key(entity: Entity) -> str:
    """``group:name`` for an entity; the actor dictionary makes names canonical across articles."""
    return f"{_TYPE_GROUP.get(entity.type, entity.type.lower())}:{normalise_name(entity.name)}"


def place_key(place: Place) -> str:
    """GeoNames id when resolved, else the normalised name."""
    if place.geonames_id is not None:
        return f"geonames:{place.geonames_id}"
    return f"name:{normalise_name(place.name)}"
