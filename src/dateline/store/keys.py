"""Cross-article keys: the same actor or place in two articles maps to one row."""
from __future__ import annotations

from ..model import Entity, Place


def actor_key(entity: Entity) -> str:
    """The actor dictionary's id when the entity is a known actor, else type and normalised name.

    Delegates to the actors component, which owns the dictionary: "IEA" in one article and
    "Islamic Emirate" in another become one row.
    """
    from ..nlp.actors import actor_key as dictionary_key

    return dictionary_key(entity)


def place_key(place: Place) -> str:
    """GeoNames id when resolved, else the normalised name."""
    if place.geonames_id is not None:
        return f"geonames:{place.geonames_id}"
    return f"name:{' '.join(place.name.casefold().split())}"
