"""Where an event happened: the setting its clause names, never a party's own name.

A place's name in a sentence plays one of three parts: the setting ("fired on positions *near the
village of Sotk*", "arrested him *in Niteroi*"), a party ("*Turkey* blamed *Armenia*", "called on
*Yerevan* and Baku", a capital standing for its government), or a party's nationality ("*Ethiopian*
Prime Minister Abiy Ahmed"). Only the setting says where the act took place: taking the nearest
place word put the blame "in Armenia" and a deal signed "at State House in Nairobi" in Ethiopia.

So an event's place is, in the trigger's clause, the nearest setting; failing one, the nearest place
word that names no party and is no part of a party's phrase ("*Turkey*, a close ally of Azerbaijan,",
"called on *Yerevan* and Baku"); failing that, none (a blank is honest, a party's country is a guess). A
material act done to a place ("shelled *Gaza*", "sent aid to *Louisiana*") is the exception: PLOVER
codes the place as the target, and it is where the act happened too. A place inside a clause of its
own ("threatened sanctions *if fighting resumed in Amhara*", "agreed to build a road *linking
Lodwar*") is where that clause's act happens, not the trigger's.
"""
from __future__ import annotations

from typing import Optional

from .lookups import SentenceLookups
from .recipients import mention_tokens
from .settings import DONE_TO_PLACES, LOCATIVE_PREPS, PLACE_NOUNS

# Links inside a place phrase, climbed to the word the preposition governs: "Armenia's *Gegharkunik*
# province", "in Marseille and *Lyon*", "the *Kalbajar* district".
_WITHIN_PHRASE = {"compound", "poss", "amod", "nmod", "conj", "appos", "case"}
# Links by which a place word only qualifies a party ("*Ethiopian* Prime Minister", "*Texas* police").
_MODIFIER_LINKS = {"amod", "compound", "poss", "nmod"}
# Links by which a noun trigger is its light verb's object: "opened *fire* on positions near Sotk",
# "launched an *attack* in ..." put the setting on the verb, outside the noun's own subtree.
_LIGHT_VERB_LINKS = {"dobj"}
# Links that open a clause of its own inside the trigger's ("if fighting *resumed* in ...", "to
# *build* a road linking ...", "accused him of *hiding* money in ...").
_CLAUSE_LINKS = {"advcl", "relcl", "ccomp", "xcomp", "acl", "pcomp", "csubj", "parataxis"}
# Ranks of a place word, best first (see the module docstring).
_SETTING, _NO_PARTY = 0, 1

Span = tuple[int, int]


def is_setting_word(token) -> bool:
    """Whether a place word sits in a phrase of where ("in Niteroi", "near the village of Sotk",
    "in Armenia's Gegharkunik province"), whatever the phrase hangs from.

    Example: in "police in Argentina arrested a man", "Argentina" is a setting word.
    """
    word = token
    while True:
        while word.dep_ in _WITHIN_PHRASE and word.head.i != word.i:
            word = word.head
        if word.dep_ != "pobj":
            return False
        preposition = word.head
        if preposition.lower_ in LOCATIVE_PREPS:
            return True
        # "the village of Sotk": the place noun carries the phrase on.
        if preposition.lower_ != "of" or preposition.head.lemma_.lower() not in PLACE_NOUNS:
            return False
        word = preposition.head


def _clause_head(trigger):
    """The word whose subtree is the trigger's clause: a light verb's for its noun object."""
    head = trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ in _LIGHT_VERB_LINKS and head.pos_ == "VERB":
        return head
    return trigger


def _inside(token, spans: list[Span]) -> bool:
    return any(start <= token.idx < end for start, end in spans)


def _in_own_clause(token, clause) -> bool:
    """Whether a word of the clause's subtree sits in a clause of its own below the clause head."""
    word = token
    while word.i != clause.i and word.head.i != word.i:
        if word.dep_ in _CLAUSE_LINKS:
            return True
        word = word.head
    return False


def _phrases(doc, spans: list[Span]) -> list[Span]:
    """The parties' whole phrases: a mention's head with its appositions and conjuncts."""
    phrases = []
    for span in spans:
        mention = mention_tokens(doc, span)
        if mention is not None:
            subtree = list(mention.root.subtree)
            phrases.append((subtree[0].idx, subtree[-1].idx + len(subtree[-1])))
    return phrases


def _rank(token, event_type: str, party_phrases: list[Span], recipient_span: Optional[Span]) -> Optional[int]:
    """A place word's rank as the event's place, or None when it only names a party (``party_phrases``:
    the parties' whole phrases, :func:`_phrases`)."""
    if is_setting_word(token):
        return _SETTING
    if not _inside(token, party_phrases):
        return _NO_PARTY
    if event_type in DONE_TO_PLACES and recipient_span is not None and _inside(token, [recipient_span]) \
            and token.dep_ not in _MODIFIER_LINKS:
        return _NO_PARTY  # "shelled *Gaza*": the target place is where it happened ("a *Brazilian* businessman" is not)
    return None


def event_place(lookups: SentenceLookups, trigger, event_type: str, actor_span: Optional[Span],
                recipient_span: Optional[Span]) -> Optional[str]:
    """The id of the place where the event happened, or None.

    Args:
        lookups: the sentence's lookups (its place words).
        trigger: the event's trigger token.
        event_type: the event's PLOVER type.
        actor_span, recipient_span: the parties' mentions (character spans), or None.

    Returns:
        The place id of the best-ranked place word in the trigger's clause, nearest the trigger
        among equals (the first in text order on a tie); None when every place word there names a party.
    """
    if not lookups.places:
        return None
    clause = _clause_head(trigger)
    party_spans = [span for span in (actor_span, recipient_span) if span is not None]
    party_phrases = _phrases(trigger.doc, party_spans)  # (once per event, not once per place word)
    best: Optional[tuple[int, int, int]] = None
    best_place: Optional[str] = None
    for token, place in lookups.place_words:
        if not (token.i == clause.i or clause.is_ancestor(token)) or _in_own_clause(token, clause):
            continue
        rank = _rank(token, event_type, party_phrases, recipient_span)
        if rank is None:
            continue
        key = (rank, abs(token.i - trigger.i), token.i)
        if best is None or key < best:
            best, best_place = key, place.id
    return best_place
