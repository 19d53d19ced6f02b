"""Agreement between a pronoun and its antecedent, and the parts of a text that never speak.

A pronoun that names a speaker points back to an entity of the same gender, number and
animacy: "she" to a woman (or a person whose gender the text does not tell), never to a man;
"he" likewise; "it" to an organisation, never to a person, a lake or a town; "they" to an
organisation or a group, never to one person and never to a country. Gender comes from the
text: a title or honorific before or beside a name ("Mrs Kong", "spokeswoman Sally Kong",
``resources/statements/gender.tsv`` and the -man / -woman titles of
``resources/actors/titles.tsv``) and the pronouns that earlier statements resolved to the
same person.

Datelines and credits (see ..credits) name the agency that filed the
story, not someone who speaks in it: their words are never a speaker nor an antecedent.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ...datafiles import data_file
from ..actors.dictionary import load_dictionary

FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
MALE_PRONOUNS = {"he", "him", "his", "himself"}
# "it" is an organisation; "they" an organisation or a group (NORP), never a country (GPE),
# a place or one person.
ORG_PRONOUN_TYPES = {"it": {"ORG"}, "its": {"ORG"}, "they": {"ORG", "NORP"}, "them": {"ORG", "NORP"},
                     "their": {"ORG", "NORP"}}
@lru_cache(maxsize=1)
def gender_words() -> dict[str, str]:
    """Lower-cased word to "f" or "m": honorifics and kin terms, and the -man/-woman titles."""
    words: dict[str, str] = {}
    with open(data_file("statements/gender.tsv"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip() or line.startswith("word\t"):
                continue
            word, gender = line.rstrip("\n").split("\t")[:2]
            words[word.strip().lower()] = gender.strip()
    for phrase in load_dictionary().lexicon.titles:
        last = phrase.split()[-1]
        if last.endswith("woman") or last.endswith("women"):
            words.setdefault(last, "f")
        elif last.endswith("man") and last not in {"human", "german", "roman"}:
            words.setdefault(last, "m")
    return words


def pronoun_gender(word: str) -> Optional[str]:
    """"f" for she/her, "m" for he/him, None otherwise."""
    lower = word.lower()
    return "f" if lower in FEMALE_PRONOUNS else "m" if lower in MALE_PRONOUNS else None


def noun_gender(word: str) -> Optional[str]:
    """The gender a common noun for a person tells: "spokeswoman", "chairman", "mother"; else None."""
    lower = word.lower()
    found = gender_words().get(lower)
    if found:
        return found
    if lower.endswith("woman"):
        return "f"
    if lower.endswith("man") and lower not in {"human", "german", "roman"}:
        return "m"
    return None


# Words after a name's comma that open a relative clause ("Sarah Lindqvist, whose son …"): what
# follows is not the name's own role.
_NOT_ROLE_OPENERS = {"whose", "who", "which", "that"}


def gender_near(doc, start: int, end: int) -> Optional[str]:
    """The gender the words around a name tell: up to four tokens before it, or its appositive role.

    "Mrs Kong", "spokeswoman Sally Kong", "Sally Kong, a spokeswoman for …".
    """
    words = gender_words()
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    before = doc[max(0, span.start - 4):span.start]
    for token in reversed(before):
        if token.is_punct and token.text not in {".", ","}:
            break
        gender = words.get(token.lower_)
        if gender:
            return gender
    after = doc[span.end:min(len(doc), span.end + 5)]
    if len(after) and after[0].text == ",":
        for token in after[1:]:
            if token.lower_ in _NOT_ROLE_OPENERS:
                break  # "Sarah Lindqvist, whose son plays …": the son's gender, not hers
            gender = words.get(token.lower_)
            if gender:
                return gender
            if token.text in {",", "."}:
                break
    return None
