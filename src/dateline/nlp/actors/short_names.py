"""A person called by part of the name the article gave in full: "Khatib" after "Seyyed Ismail
Khatib", "Prabowo" after "Prabowo Subianto".

Statements (a speaker named short) and events (a name the recogniser missed, made a party) both
ask; ``grouping`` joins the recogniser's own short mentions the same way (``_is_short_form``).
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from ...model import Entity


def _words(name: str) -> list[str]:
    return re.sub(r"[^\w\s]", " ", name).casefold().split()


def person_by_part(entities: Iterable[Entity], surface: str) -> Optional[Entity]:
    """The PERSON entity that ``surface`` names: the same name or its last words (the first such
    entity, usually the fullest), else its first words where one person alone has them (many
    stories call Indonesian, Malaysian or Brazilian leaders by the first: "Anwar", "Lula").
    None when no person, or several, fit."""
    key = _words(surface)
    if not key:
        return None
    persons = [e for e in entities if e.type == "PERSON"]
    for entity in persons:
        for name in [entity.name, *entity.aliases]:
            words = _words(name)
            if words == key or (len(key) < len(words) and words[-len(key):] == key):
                return entity
    opening = [e for e in persons if len(key) < len(_words(e.name)) and _words(e.name)[:len(key)] == key]
    return opening[0] if len(opening) == 1 else None


def add_untagged_surnames(doc, entities: Iterable[Entity]) -> None:
    """Add to a person the later mentions of their surname that the recogniser left untagged
    ("Mwale, 52, who leads the alliance, denied …" after "Chanda Mwale"; fresh11), so that a "he"
    after one points back to them. Only where one person of the article has that surname, and
    only a proper noun standing alone (not "Mwale Street")."""
    by_surname: dict[str, list[Entity]] = {}
    for entity in entities:
        if entity.type == "PERSON" and len(entity.name.split()) > 1 and entity.mentions:
            by_surname.setdefault(entity.name.split()[-1], []).append(entity)
    for token in doc:
        people = by_surname.get(token.text, [])
        if len(people) != 1 or token.ent_type_ or token.pos_ != "PROPN" or token.dep_ == "compound":
            continue
        person, start = people[0], token.idx
        if start > person.mentions[0][0] and not any(s <= start < e for s, e in person.mentions):
            person.mentions = sorted([*person.mentions, (start, start + len(token.text))])
