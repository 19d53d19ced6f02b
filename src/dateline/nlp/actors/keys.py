"""Cross-article keys: which actor of the dictionary, if any, each entity of an analysis is."""
from __future__ import annotations

from ...model import Analysis, Entity, fallback_actor_key
from .dictionary import DEMONYM, GOVERNMENT, PEOPLE, load_dictionary


def actor_key(entity: Entity) -> str:
    """The key that makes the same actor one row across articles.

    A dictionary actor's key is its dictionary id, whatever name the article used ("IEA",
    "Taliban" and "Islamic Emirate of Afghanistan" are all ``org:taliban``); any other actor's is its
    type and normalised canonical name (``PERSON:seyyed ismail khatib``).
    """
    dictionary = load_dictionary()
    for surface in (entity.name, *entity.aliases):
        hit = dictionary.lookup(surface)
        if hit is None:
            continue
        actor, form = hit
        if form in (DEMONYM, PEOPLE, GOVERNMENT):
            continue  # "Iranian" or "Tehran" alone: the entity is named by its own name, or is a city
        if actor.type == entity.type or (actor.type, entity.type) in {("GPE", "NORP"), ("NORP", "GPE")}:
            return actor.id
    return fallback_actor_key(entity.type, entity.name)


def assign_keys(doc, analysis: Analysis) -> Analysis:
    """Give every entity its cross-article key (the last stage: events add entities too)."""
    for entity in analysis.entities:
        entity.key = actor_key(entity)
    return analysis
