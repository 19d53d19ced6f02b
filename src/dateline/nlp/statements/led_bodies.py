"""A body named after the person who leads it: "the Trump administration", "the Joe Biden
administration", "the Trudeau government", "the Clinton campaign".

The person's name is a modifier there; the source is the body, and the Gender Gap Tracker names it
so ("Trump administration"). Read as a name, the phrase gave its statements to the person (issue 11).
"""
from __future__ import annotations

from typing import Iterable

from ...model import Entity
from ..actors.short_names import person_by_part

# Nouns of a body a politician leads and lends a name to, from English political news usage (not
# tuned to a gold set); "party" is left out: "the Trump party" is rare, and "the Labour Party" is a name.
LED_BODY_NOUNS = frozenset({"administration", "government", "campaign", "cabinet", "presidency", "regime",
                            "camp", "transition"})


def leader_name(head, entities: Iterable[Entity]):
    """The last word of a person's name written before a led body's noun ("*Biden*" of "the Joe Biden
    administration"), or None.

    Args:
        head: the noun heading the source phrase.
        entities: the entities found so far; a name they hold as a person's counts as one ("Trump"
            after "Donald Trump"), as does the recogniser's PERSON on the words.
    """
    if head.lemma_.lower() not in LED_BODY_NOUNS or not head.text.islower() or head.i == 0:
        return None
    last = head.doc[head.i - 1]
    if last.dep_ != "compound" or last.head.i != head.i or last.pos_ != "PROPN" or not last.text[:1].isupper():
        return None
    first = last.left_edge.i
    words = [t for t in head.doc[first:last.i + 1] if t.pos_ == "PROPN"]
    person = any(t.ent_type_ == "PERSON" for t in words) \
        or person_by_part(entities, " ".join(t.text for t in words)) is not None
    return last if person else None
