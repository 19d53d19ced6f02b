"""Sources that name no one ("an official", "two diplomats", "Republicans"), and news outlets
named again by a common noun ("the newspaper").

The Gender Gap Tracker leaves an unnamed source's speaker empty, and names a group's members
nowhere: "Republicans say …" has no speaker, though the recogniser tags the word as a name.
"""
from __future__ import annotations

from typing import Optional

from ...model import Entity
from ..actors.described import organisation_nouns
from .source_nouns import ORG_NOUNS

# Determiners of an unnamed, indefinite source ("an Indian official", "two diplomats"): never a
# named entity, whoever was named before.
INDEFINITE = {"a", "an", "one", "some", "several", "another", "two", "three", "four", "many", "other", "few"}
# Words of a sentence that say its source is anonymous.
ANONYMITY = ("anonymity", "anonymously", "not authorized to", "not authorised to", "declined to be named",
             "asked not to be named", "did not want to be named", "requested anonymity")


def appositive_organisation(head):
    """The name of an organisation set in apposition to a common noun that describes an organisation
    ("a business group, the Confederation of Industrialists,"), which names the source; None for a
    person's noun the parser set it beside ("a spokesman for the company, Acme Corp,": a person of
    it, unnamed)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ORG_NOUNS | organisation_nouns():
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "ORG"), None)


def is_anonymous(head) -> bool:
    """An unnamed source: "an Indian official", "two diplomats", "Democrats", or any common noun in
    a sentence that says its source spoke on condition of anonymity."""
    if names_members(head):
        return True
    if head.pos_ == "PROPN" or head.ent_type_ in {"PERSON", "ORG"}:
        return False
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children) \
            or appositive_organisation(head) is not None:
        # "a spokesman for the Commission, Peter Stano,", "A business group, the Confederation of
        # Industrialists,": named after all
        return False
    if any(c.dep_ in {"det", "nummod"} and c.lower_ in INDEFINITE for c in head.children):
        return True
    if head.pos_ == "NOUN" and head.tag_ == "NNS" and head.lemma_.lower() not in ORG_NOUNS | {"police"}:
        return True  # "officials", "the two ministers": a group is never one of its members ("police" is a force)
    sentence = head.sent.text.lower()
    return head.pos_ == "NOUN" and any(marker in sentence for marker in ANONYMITY)


def names_members(head) -> bool:
    """True for "Republicans say", "Senate Democrats said": a party's or a people's members (a plural
    the recogniser tags NORP), not an organisation of that name."""
    return head.ent_type_ == "NORP" and head.tag_ in {"NNPS", "NNS"}


def outlet_before(sources: list[tuple[int, Entity]], offset: int, text: str,
                  entities: list[Entity]) -> Optional[Entity]:
    """The outlet "the newspaper" points back to: the latest organisation that was a source before
    it, where no other organisation was named since.

    Args:
        sources: ``(offset, entity)`` of the sources resolved so far, in reading order.
        offset: where "the newspaper" stands.
        text: the article text.
        entities: the entities of the analysis.

    Returns:
        The entity, or None: one only mentioned (an interview given to it) is not meant, nor is
        an outlet with another organisation named after it ("The network" after "RT" was
        mentioned may be RT), so without a reporting outlet the source stays unnamed. The
        recogniser often takes a paper for a person or a building ("the Hartford Courant"); a
        name written after "the" is no person's.
    """
    outlets = [(at, e) for at, e in sources if at < offset and (e.type == "ORG" or any(
        text[max(0, s - 4):s].lower() == "the " for s, _ in e.mentions))]
    if not outlets:
        return None
    at, outlet = max(outlets, key=lambda source: source[0])
    named_since = any(e is not outlet and e.type == "ORG" and any(at < s < offset for s, _ in e.mentions)
                      for e in entities)
    return None if named_since else outlet
