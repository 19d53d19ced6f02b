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

from ...datafiles import read_table
from ..actors.dictionary import load_dictionary
from .source_nouns import DOCUMENT_NOUNS, ORG_NOUNS

FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
MALE_PRONOUNS = {"he", "him", "his", "himself"}
# "it" is an organisation; "they" an organisation or a group (NORP), never a country (GPE),
# a place or one person.
ORG_PRONOUN_TYPES = {"it": {"ORG"}, "its": {"ORG"}, "they": {"ORG", "NORP"}, "them": {"ORG", "NORP"},
                     "their": {"ORG", "NORP"}}


@lru_cache(maxsize=1)
def gender_words() -> dict[str, str]:
    """Lower-cased word to "f" or "m": honorifics and kin terms, and the -man/-woman titles."""
    rows = read_table("statements/gender.tsv", min_cells=2, header=True)  # the first line names the columns
    words = {row[0].strip().lower(): row[1].strip() for row in rows}
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


# Entity labels of places and things: never a speaker, though "it" or "they" may point back to one.
_THING_ENTS = {"GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"}
# Common nouns of places, the things "it" most often points back to in news instead of an
# organisation (issue 11: "it" resolved to a lake or a town). Written for dateline, not tuned.
_PLACE_NOUNS = {"city", "town", "village", "lake", "river", "region", "province", "country", "state",
                "island", "county", "district", "area", "neighbourhood", "neighborhood", "capital", "port"}


def thing_subject(token, pronoun: str) -> bool:
    """True for the subject of a clause that names a thing, place or document agreeing with "it" or
    "they": "The city", "Kharkiv" or "The lawsuit" for "it", "the talks" for "they"; not a person or
    an organisation."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.lemma_.lower() in ORG_NOUNS:
        return False
    if token.lemma_.lower() in DOCUMENT_NOUNS:  # "The lawsuit contends …. It goes on to fault …": the document
        return pronoun in {"it", "its"} and token.tag_ == "NN"
    if token.pos_ == "PROPN":
        # "Ethiopia has faced criticism. They have denied …": a country is no speaker, whatever the number
        return token.ent_type_ in _THING_ENTS
    plural = token.tag_ in {"NNS", "NNPS"}
    if pronoun in {"it", "its"} and plural or pronoun not in {"it", "its"} and not plural:
        return False
    if token.pos_ != "NOUN" or token.ent_type_ not in {"", *_THING_ENTS}:
        return False
    # a plural common noun is a group without a name or a set of things: "they" names no one after
    # it; a singular one only when it is a place ("Revenue rose. It said …" is still the company)
    return plural or token.lemma_.lower() in _PLACE_NOUNS


def own_clause_gender(doc, start: int, end: int) -> Optional[str]:
    """The gender of the pronoun that opens what a named subject reports: "Jansen said she would
    resign" tells that Jansen is a woman. Used for agreement only, never to resolve the pronoun."""
    subject = own_clause_subject(doc, start, end)
    return pronoun_gender(subject.lower_) if subject is not None and subject.lower_ in {"he", "she"} else None


# What a company does, not a person: "Ford said it would cut 3,000 jobs". Chosen by hand from the acts
# business news reports of a firm; no verb of being or weather ("it was raining", "it is time"), whose
# "it" refers to nothing.
CORPORATE_ACTS = {"cut", "close", "shut", "hire", "sell", "buy", "acquire", "invest", "recall", "build",
                  "expand", "lay", "launch", "reduce", "eliminate", "relocate", "merge", "manufacture",
                  "produce", "spend", "shed", "outsource"}


def reports_corporate_act(doc, start: int, end: int) -> bool:
    """Whether a named subject reports an act of its own as a company's: "Ford said it would cut jobs",
    "Ford said it planned to close two plants" ("it", never a person, and an act a firm does)."""
    subject = own_clause_subject(doc, start, end)
    if subject is None or subject.lower_ != "it":
        return False
    clause = subject.head
    acts = [clause] + [c for c in clause.children if c.dep_ == "xcomp"]
    return any(act.lemma_.lower() in CORPORATE_ACTS for act in acts)


def own_clause_subject(doc, start: int, end: int):
    """The subject of the clause a name at ``start``-``end`` reports ("Jansen said she would …": she)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    name = span.root
    if name.dep_ != "nsubj":
        return None
    for clause in name.head.children:
        if clause.dep_ != "ccomp" or clause.i < name.head.i:
            continue
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return subjects[0]
    return None
