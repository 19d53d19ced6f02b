"""Consultations need two parties (PLOVER's CONSULT: meetings, visits, calls between two actors):
a town toured, a press conference, a meeting of one are no consultation unless the subject names
both sides or the meeting names the body that met. Which places may stand for a government (a
country or a capital, :func:`is_capital`) is decided here too; the events stage asks it of actors.
"""
from __future__ import annotations

from ...model import ACTOR_LABELS, Analysis
from ..actors.dictionary import GOVERNMENT, load_dictionary
from ..places.tables import place_tables
from .parties import is_force


def is_capital(place) -> bool:
    """Whether a place is its country's capital (countryInfo's capital column)."""
    return (place.country, place.name) in place_tables().capitals


def seat_of_government(text: str, span) -> bool:
    """Whether a mention is one the actor dictionary lists as a seat of government standing for it ("the
    *White House* imposed tariffs", "the *Kremlin* said"), whatever town the gazetteer found of that name
    (a White House in Tennessee)."""
    if span is None:
        return False
    form = load_dictionary().forms.get(text[span[0]:span[1]])
    return form is not None and form[1] == GOVERNMENT


def is_town(analysis: Analysis, entity, span) -> bool:
    """Whether a party is a place that stands for no government: a town or district that is not a
    capital, a building or a landmark."""
    if entity is None or span is None:
        return False
    if entity.type in {"LOC", "FAC"}:
        return True
    if entity.type != "GPE":
        return False
    return _governs_nothing(analysis.place_at(*span))


def _governs_nothing(place) -> bool:
    """Whether a place found for a mention cannot stand for a government: neither a country nor a
    capital. A country or capital is always in the gazetteer, so a place it does not know (None) is
    a small one."""
    return place is None or (place.feature != "country" and not is_capital(place))


def toured(analysis: Analysis, trigger, span) -> bool:
    """Whether a recipient is what a tour went round: always a place ("toured *Grindelwald*", which
    the recogniser may take for a person), a government only where it is a country or capital."""
    if span is None or trigger.lemma_.lower() != "tour":
        return False
    return _governs_nothing(analysis.place_at(*span))


# Nouns of speaking to reporters: "a press *conference*", "a news *briefing*".
_PRESS_EVENTS = {"conference", "briefing", "release"}


def to_the_press(trigger) -> bool:
    """Whether a consultation is a press conference or briefing: the party it speaks to is the press,
    and what it reports is a statement, not a meeting (unless it is held jointly, :func:`joint`)."""
    return trigger.lemma_.lower() in _PRESS_EVENTS and any(
        c.dep_ == "compound" and c.lemma_.lower() in {"press", "news", "media"} for c in trigger.children)


def of_a_body(trigger) -> bool:
    """Whether a meeting is one of a body that the words on it name ("called an emergency *cabinet*
    meeting", "a meeting of the *council*"): its members are who met."""
    meeting = trigger if trigger.pos_ == "NOUN" else next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if meeting is None:
        return False
    for child in meeting.children:
        if child.dep_ in {"compound", "amod", "poss"} and child.i < meeting.i and is_force(child):
            return True
        if child.dep_ == "prep" and child.lower_ in {"of", "with"} and any(
                g.dep_ == "pobj" and (g.ent_type_ in ACTOR_LABELS or is_force(g)) for g in child.children):
            return True
    return False


def joint(trigger) -> bool:
    """Whether a consultation's parties may all be in its subject ("Kerry and Lavrov *met*", "the
    two ministers *held talks*"), so that no recipient is needed."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in {"dobj", "nsubjpass"} else trigger
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and (any(c.dep_ == "conj" for c in child.children)
                                                     or child.tag_ in {"NNS", "NNPS"} or child.lower_ in {"they", "we"}):
            return True
    return False


def meets_no_one(analysis: Analysis, trigger, candidate) -> bool:
    """Whether a CONSULT candidate has no one to consult once a town, the press or a toured place is
    dropped from its recipient (which it then clears); False for other types."""
    if candidate.type != "CONSULT":
        return False
    if is_town(analysis, candidate.recipient, candidate.recipient_span) or to_the_press(trigger) or toured(
            analysis, trigger, candidate.recipient_span):
        # "toured *Pangandaran*", "a town hall meeting in *Santa Ana*": a town is no one to meet
        # (a capital may stand for its government, "talks in Baghdad"; a country stays).
        candidate.recipient, candidate.recipient_span = None, None
    # PLOVER's consultations are between two parties: one who met no one met no one
    return candidate.recipient is None and not (joint(trigger) or of_a_body(trigger))


__all__ = ["is_capital", "is_town", "toured", "to_the_press", "of_a_body", "joint", "meets_no_one"]
