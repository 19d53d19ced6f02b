"""A pronoun source that points forward: the person the next sentence names.

A feature story may open on a quotation and name its speaker only after it ("“I never thought it
would happen here,” she said. Maria Lopez has lived on the street for 20 years."). With no one before
the pronoun that it can point back to, the Gender Gap Tracker's reader takes the person the next
sentence is about; dateline stored no speaker (issue 11: "a speaker named only in the next sentence").
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional

from ...model import Entity
from .subjects import is_main_subject_at


def named_next(pronoun, entities: Iterable[Entity], fits: Callable[[Entity, int], bool]) -> Optional[Entity]:
    """The person who is the main subject of the sentence after the pronoun's, or None; not one
    named inside that subject ("Maria Lopez's daughter has lived …" is the daughter, not her).

    Args:
        pronoun: the spaCy token of a personal pronoun that has no antecedent before it.
        entities: the article's entities.
        fits: whether an entity named at a character offset may be the pronoun's (its gender agrees,
            the mention is outside quotations).
    """
    doc = pronoun.doc
    if pronoun.sent.end >= len(doc):
        return None
    following = doc[pronoun.sent.end].sent
    while following.end < len(doc) and not any(t.is_alpha for t in following):
        following = doc[following.end].sent  # a closing mark the parser split off is no sentence
    named = [(start, entity) for entity in entities if entity.type == "PERSON" for start, _ in entity.mentions
             if following.start_char <= start < following.end_char and is_main_subject_at(doc, start, itself=True)
             and fits(entity, start)]
    return min(named, key=lambda n: n[0])[1] if named else None
