"""Where a party's mention is a place: the body or the people the place's name stands for.

The party model offers place names as parties, and a town rarely acts or is acted on itself: "the
*Brooklyn* District Attorney" is the attorney's office, "*residents* of Chicago" are the people, "met
union leaders *in Washington*" met the leaders, "killed 30 militants near the *Burkina Faso* border"
killed the militants. The events stage asks these tests of each candidate's actor and recipient.
"""
from __future__ import annotations

from ...model import Analysis
from .parties import party_label
from .recipients import mention_tokens

# Material acts done to a place ("struck *Eastern Ghouta*", "sent aid to *Louisiana*"): PLOVER codes the
# place as the target, so ground may be their recipient, never an actor.
DONE_TO_PLACES = {"ASSAULT", "AID", "MOBILIZE", "RETREAT", "YIELD", "COERCE"}
# Labels of parties that are people (not "a station", "the Centre of Excellence").
_PEOPLE_LABELS = {"PERSON", "NORP"}
# Prepositions of a setting ("in Mobile", "at the port", "marched through Tbilisi").
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "through", "throughout", "across", "around", "along"}


def office_of_town(doc, analysis: Analysis, span):
    """The office or body a town or province names ("the *Brooklyn* District Attorney", "a *Delhi*
    court", "*Texas* police", "*Istanbul*'s governor"), or None: the noun the place's name modifies,
    where that noun names a party. The body acted, not the place (a country stays: "*Russian*
    troops" are coded as Russia's)."""
    mention = mention_tokens(doc, span)
    if mention is None or mention.root.dep_ not in {"compound", "poss", "nmod"}:
        return None
    place = analysis.place_at(*span)
    if place is None or place.feature == "country":
        return None
    head = mention.root.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "Brooklyn *District* Attorney" -> Attorney
    return head if head.i > mention.root.i and party_label(head) is not None else None


def people_of(doc, span):
    """The people a place's mention belongs to ("*residents* of Chicago", "*workers* at the port",
    "*protesters* in the town of Gjilan"), or None: the head noun when it names a party."""
    mention = mention_tokens(doc, span)
    if mention is None or mention.root.dep_ != "pobj" or mention.root.head.lower_ not in {"of", "from", "in", "at"}:
        return None
    head = mention.root.head.head
    if head.lemma_.lower() in PLACE_NOUNS and head.dep_ == "pobj" and head.head.lower_ in {"of", "from", "in", "at"}:
        head = head.head.head  # through "the town of": "*protesters* in the town of Gjilan"
    return head if head.pos_ == "NOUN" and party_label(head) is not None else None


# Nouns that name a place by its kind before its name ("the *town* of Zvecan", "the *city* of Homs").
PLACE_NOUNS = {"town", "city", "village", "province", "region", "district", "county", "municipality", "hamlet",
                "settlement", "suburb", "neighbourhood", "neighborhood", "port", "island"}


def named_place(doc, span) -> bool:
    """Whether a mention is the name in "the town of X" and its kin, whatever the recogniser made of it
    (it took "Gjilan" for a person and "Zvecan" for a nationality): a place, never an actor."""
    mention = mention_tokens(doc, span)
    if mention is None or mention.root.dep_ != "pobj" or mention.root.head.lower_ != "of":
        return False
    return mention.root.head.head.lemma_.lower() in PLACE_NOUNS


# Nouns of a line between places: a country that names one ("near the *Burkina Faso* border", "along
# the border with *Syria*") says where, not who.
_BOUNDARIES = {"border", "frontier", "boundary", "line"}


def _placed(mention) -> bool:
    """Whether a mention's tokens (or one token) are the object of a preposition of place ("in Chicago", "at the pass")."""
    root = getattr(mention, "root", mention)
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


# Prepositions whose object is the target of the trigger's act: "fired tear gas *at* dockers", "opened
# fire *on* marchers", "used force *against* students".
_TARGET_PREPS = {"at", "on", "against"}


def _people_acted_on(trigger) -> list:
    """The people the trigger acts on: its object, then the object of a target preposition on the
    trigger or on its object ("used water cannon *against* students")."""
    objects = [child for child in trigger.children if child.dep_ == "dobj"]
    objects += [noun for word in [trigger, *objects] for child in word.children
                if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS
                for noun in child.children if noun.dep_ == "pobj"]
    return [noun for noun in objects
            if (noun.ent_type_ in _PEOPLE_LABELS if noun.ent_type_ else party_label(noun) in _PEOPLE_LABELS)]


def setting_mention(doc, span):
    """The mention's tokens where it is the object of a preposition of place, else None."""
    mention = mention_tokens(doc, span)
    return mention if mention is not None and _placed(mention) else None


def _boundary_of(mention):
    """The boundary noun a country's mention names ("near the *Burkina Faso* border", "along the
    border with *Syria*"), where that noun is the object of a preposition of place; else None."""
    root = mention.root
    if root.dep_ in {"compound", "poss", "amod"}:
        noun = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in {"with", "of"}:
        noun = root.head.head
    else:
        return None
    if noun.lemma_.lower() in _BOUNDARIES and noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE_PREPS:
        return noun
    return None


def people_beside_setting(doc, analysis: Analysis, trigger, span):
    """The people the trigger's object names, where its recipient is only the setting of the act
    done to them ("met union leaders *in Washington*", "killed three civilians *in Khost*"): those
    people are who the act is aimed at, and the town is where. None when that is not so. (PLV's
    settings as targets, "attacks in Syria", "talks in Vienna", have no such object and keep theirs.)"""
    mention = mention_tokens(doc, span)
    if mention is None:
        return None
    boundary = _boundary_of(mention)
    if boundary is not None:
        setting = boundary  # "killed 30 militants near the *Burkina Faso* border": where, whichever country
    elif _placed(mention):
        place = analysis.place_at(*span)
        if place is not None and place.feature == "country":
            return None  # "aid to people in Somalia": PLOVER's target is the country
        setting = mention.root
    elif mention.root.dep_ in {"compound", "poss"} and _placed(mention.root.head):
        setting = mention.root.head  # "fired at protesters outside the *Shell* offices": a building's owner is no target
    elif named_place(doc, span) and _placed(mention.root.head.head):
        setting = mention.root.head.head  # "fired on protesters near the *town* of Gao": the place noun is the setting
    else:
        return None
    people = _people_acted_on(trigger)
    # The phrase hangs off the verb ("arrested them *in Mobile*") or off its object ("met leaders *in* …"),
    # maybe through another setting ("blocked marchers outside the parliament *in Tbilisi*").
    host = setting.head.head
    while host.dep_ == "pobj" and host.head.lower_ in LOCATIVE_PREPS and host.head.head.i != host.i:
        host = host.head.head
    if people and host.i in {trigger.i, people[0].i}:
        return people[0]
    return None
