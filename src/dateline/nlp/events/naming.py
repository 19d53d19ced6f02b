"""Naming someone as something: "called *him* a liar", "described them as a threat", "referred to
the protesters as thugs". PLOVER codes such a judgement on a party as ACCUSE (criticize, denounce)
and praise as SUPPORT; naming a thing ("called the death a suicide") is no act
(:func:`.agency.not_political` decides whether the named one is a party).
"""
from __future__ import annotations

from typing import Optional

# Verbs that name something as something ("called *him* a liar", "described them as a threat",
# "referred to the protesters as thugs"): with someone named, a judgement passed on them: the key
# "<lemma> someone as" (triggers.tsv: ACCUSE), or "<lemma> someone praise" (SUPPORT).
NAMING = {"call", "term", "label", "describe", "dub", "brand", "refer"}
# Words of praise in the name given ("called her a hero", "a great friend"): PLOVER's SUPPORT
# (praise), not ACCUSE. Written from the common words of praise in English, not from a dev set.
_PRAISE = {"hero", "friend", "ally", "partner", "champion", "patriot", "genius", "visionary", "statesman", "leader",
           "role", "model", "inspiration", "reformer", "asset", "great", "good", "best", "brilliant", "wonderful",
           "outstanding", "excellent", "strong", "fantastic", "terrific", "honest", "decent", "brave", "courageous",
           "kind", "loving", "admirable", "wise", "smart", "nice", "fine", "remarkable", "extraordinary", "amazing",
           "incredible", "tremendous", "fair", "respected", "loyal", "generous", "compassionate", "caring", "humble",
           "principled", "thoughtful", "capable", "competent", "qualified", "talented", "gifted", "dear", "close"}


def naming_key(verb, lemma: str) -> Optional[str]:
    """The lexicon key of a naming verb that names someone or something as something, else None."""
    if lemma not in NAMING or verb.pos_ != "VERB":
        return None
    name = named_as(verb)
    if name is None or named_one(verb) is None:
        return None
    praise = any(t.lemma_.lower() in _PRAISE for t in name.subtree)
    return f"{lemma} someone {'praise' if praise else 'as'}"


def named_as(verb):
    """What a naming verb names something as: "called him *a liar*", "described it as *a threat*"."""
    deps = {child.dep_ for child in verb.children}
    for child in verb.children:
        if child.dep_ == "oprd":
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "dobj" and "dative" in deps:
            return child  # parsed as two objects: "branded [the minister] [a traitor]"
        if child.dep_ == "npadvmod" and child.pos_ == "NOUN" and _indefinite(child):
            return child  # "branded the governor [a coward]"
        if child.dep_ == "dobj":
            # "branded the president [a dictator]" parsed as an apposition, with no comma between
            name = next((c for c in child.children if c.dep_ == "appos" and _indefinite(c)), None)
            if name is not None and not any(t.is_punct for t in verb.doc[child.i:name.i]):
                return name
    return None


def _indefinite(noun) -> bool:
    """Whether a noun opens with "a" or "an" ("a coward"): a name given, not a party's own name."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)


def named_one(verb):
    """Whom or what a naming verb names: its object ("called *him* a liar"), or the object of
    "to" after "refer" ("referred to *the protesters* as thugs")."""
    objects = [child for child in verb.children if child.dep_ in {"dobj", "dative", "obj"}]
    if objects:  # of two, the first ("branded *the minister* a traitor")
        return objects[0]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_.lower() == "refer":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None
