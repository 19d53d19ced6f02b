"""The words around a trigger that say which act it is, or whether a word is an act at all.

- A light verb ("held", "staged", "launched", "carried out") says only that an act took place; the
  noun it takes as object names the act ("held *talks*", "staged a *protest*"), so that noun is the
  candidate trigger and the verb is none (:func:`.types.is_candidate`; the trainers walk up the tree
  through :func:`standing_for`).
- A lexicon noun that names people ("protesters", "donors") is a party, never a trigger.
- The trigger's subject and object are described by what kind of thing each names
  (:func:`argument_classes`), features of the event-type model.
"""
from __future__ import annotations

from .lexicon import lexicon_types, trigger_lexicon
from .parties import THINGS, is_force, party_label

# Verbs that say only that an act took place, the act being their object ("*held* talks", "*staged* a
# protest", "*began* joint exercises", "*carried out* an attack"): the object noun is the trigger.
# Chosen from the meaning of the words, not from data: each is used in news of any act at all.
# ("stag": spaCy's small English model lemmatises "staged" so.)
LIGHT_VERBS = {"hold", "stage", "stag", "launch", "conduct", "mount", "begin", "start", "resume", "undertake",
               "organise", "organize", "wage", "carry", "go"}


def standing_for(token):
    """The candidate a word on a walk up the tree stands for: the light verb's event object in place
    of the verb ("*held* talks with X": the talks), else None (trainers walk from a marked party to
    the trigger of its event)."""
    if token.pos_ == "VERB" and token.lemma_.lower() in LIGHT_VERBS:
        return event_object(token)
    return None


def event_object(verb):
    """The lexicon noun a light verb takes as its object (for "carry", only with "out"; for "go", the
    object of its "on"), or None."""
    if verb.lemma_.lower() == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if lemma == "go" and child.dep_ == "prep" and child.lower_ == "on":
            # "went *on strike*", "went on a hunger strike": the act is the preposition's object
            child = next((p for p in child.children if p.dep_ == "pobj"), child)
        elif child.dep_ != "dobj":
            continue
        # "began a new *round of* joint exercises", "launched a *wave of* attacks": the act is what
        # the measure word counts
        noun = next((p for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for p in prep.children if p.dep_ == "pobj"), child) if child.lemma_.lower() in MEASURES else child
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in trigger_lexicon() and not names_people(noun):
            return noun
    return None


# Nouns that count or stage acts rather than name one ("a round of talks", "a series of strikes").
MEASURES = {"round", "series", "wave", "spate", "string", "day", "week", "campaign", "number"}


def names_people(token) -> bool:
    """Whether a lexicon noun names people, not an act ("*protesters*", "*donors*", "*peacekeepers*"):
    a party of an event, never its trigger (who the people are tells the act's type to the words
    that have them as subject or object, :func:`argument_classes`)."""
    return token.pos_ == "NOUN" and party_label(token) is not None


# The trigger's subject and object, described by what kind of thing each names: who acts and on
# what says which act it is where the verb alone does not ("*protesters* burned a flag", "sent
# *troops*" against "sent a *letter*" or "sent *aid*"), and generalises past the lemmas PLV has.
CLASSED_DEPS = {"nsubj", "dobj", "nsubjpass"}


def argument_classes(token, dep: str) -> list[str]:
    """Class features of a subject or object head: its lexicon types ("protesters": PROTEST), its
    party kind (a force, a group of people, an organisation), a machine, or its entity label."""
    feats = [f"A:{dep}:LEX={t}" for t in lexicon_types(token)]
    lemma = token.lemma_.lower()
    if lemma in THINGS:
        feats.append(f"A:{dep}=thing")
    elif token.ent_type_:
        feats.append(f"A:{dep}=ent:{token.ent_type_}")
    elif token.pos_ == "NOUN":
        label = party_label(token)
        if label is not None:
            feats.append(f"A:{dep}=party:{label}")
            if is_force(token):
                feats.append(f"A:{dep}=force")
        else:
            feats.append(f"A:{dep}=noun")
    return feats
