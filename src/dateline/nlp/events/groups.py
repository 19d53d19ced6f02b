"""A group's adjective names a party only through the noun it describes.

spaCy tags a party, faith or movement ("Democratic", "Republican", "Islamic", "Sunni") as NORP,
and the party model, offered the word as a mention, takes it for the actor of the clause around
it: "the *Democratic* nominee attacked her opponent" was coded with "Democratic" as actor, "radical
*Islamic* ideology" as the doer of an attack. The people are the noun the adjective describes: "the
Democratic nominee". An adjective of a country is another matter: it is linked to the country as a
GPE entity ("*Russian* troops" are coded as Russia's, as PLV does), and is not tested here.
"""
from __future__ import annotations

from typing import Optional

from .parties import party_label
from .recipients import mention_tokens
from .types import is_candidate

# Dependencies by which an adjective or a name describes the noun after it.
_DESCRIBING = {"amod", "compound"}
# Nouns of ideas a group holds: its adjective there names no one ("radical Islamic *ideology*").
# Only these are dropped: what else a group's adjective describes is often what PLV marks as a party
# ("Kurdish oil fields", "East Asian countries", "the Balkan republic").
_IDEAS = {"ideology", "idea", "value", "culture", "identity", "faith", "belief", "doctrine", "tradition", "teaching",
          "rhetoric", "extremism", "fundamentalism", "thought", "principle", "heritage"}


def _described(doc, span):
    """The noun a NORP word describes ("the Democratic *nominee*"), or None where it stands alone."""
    mention = mention_tokens(doc, span)
    if mention is None or mention.root.dep_ not in _DESCRIBING:
        return None
    head = mention.root.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "the Democratic *presidential* nominee"
    return head if head.i >= mention.end and head.pos_ in {"NOUN", "PROPN"} else None


def group_member(doc, entity, span) -> tuple[bool, Optional[object]]:
    """Whether a party's mention is a group's adjective, and if so the noun whose people act.

    Returns ``(True, noun)`` where the adjective describes people ("the Democratic *nominee*");
    ``(True, None)`` where it describes an idea ("radical Islamic *ideology*"); ``(False, None)``
    otherwise (an event word keeps its adjective as the party: "a Sunni *uprising*").
    """
    if entity is None or entity.type != "NORP" or span is None:
        return False, None
    noun = _described(doc, span)
    if noun is None or is_candidate(noun):
        return False, None
    if party_label(noun) is not None:
        return True, noun
    return noun.lemma_.lower() in _IDEAS, None


def person_described(doc, analysis, span):
    """The person a country's or group's word is a title of ("*Ethiopian* Prime Minister Abiy Ahmed"
    -> Abiy Ahmed), as ``(entity, span)``, or None. The party model may take the adjective for the
    party; the person named is whom the act was done to (and PLV's mark covers both)."""
    mention = mention_tokens(doc, span)
    if mention is None or mention.root.dep_ not in _DESCRIBING:
        return None
    node = mention.root
    while node.dep_ in _DESCRIBING and node.head.i > node.i:
        node = node.head
        if node.ent_type_ == "PERSON":
            at = node.idx
            for entity in analysis.entities:
                if entity.type == "PERSON":
                    found = next(((s, e) for s, e in entity.mentions if s <= at < e), None)
                    if found is not None:
                        return entity, found
            return None
    return None
