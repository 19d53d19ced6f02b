"""The name a statement's speaker is stored under: the entity's full name as the article writes it.

The Gender Gap Tracker names a speaker in full, as the story does: "USDA" is "United States Department
of Agriculture" where the text spells it out, the dictionary's "World Health Organization" is the
article's "World Health Organisation", and "the Jets" are the "Winnipeg Jets" the story named.
Moved out of ``speakers`` (which resolves sources) so that each module keeps one job.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...datafiles import read_table
from ...model import Analysis, Entity
from .full_names import fuller_name
from .names import descriptor_word, spelled_in_text

_ACRONYM = re.compile(r"[A-Z][A-Z&.]{1,7}")
_BRACKETED_END = re.compile(r"\s*\([^()]*\)?\s*$")  # "… (USDA)"


def display_name(entity: Entity, analysis: Analysis, doc=None) -> str:
    """The entity's full name as the article writes it.

    Args:
        entity: the resolved speaker.
        analysis: the article's analysis (its text and entities).
        doc: the article's spaCy Doc, where the speaker resolver has one.

    Returns:
        The name: the article's spelling, an acronym spelled out, a short name made full.
    """
    text = analysis.text
    name = _BRACKETED_END.sub("", entity.name).strip() or entity.name
    name = body_name(entity, analysis.entities, text) or name  # "Ken Starr" in the headline
    if name not in text and entity.mentions:
        name = _article_spelling(entity, name, text)
    words = name.split()
    if len(words) > 1 and entity.type == "ORG" and descriptor_word(words[0]):
        name = " ".join(words[1:])  # "Carmaker Volvo" at the start of a sentence: Volvo
    if _ACRONYM.fullmatch(name):
        expanded = _named_by_initials(entity, name, analysis.entities)
        if expanded is not None:
            return expanded
        name = _bracketed_before(name, text) or name
    return fuller_name(entity, analysis.entities, text, doc) or name  # "the Jets": the "Winnipeg Jets"


def _article_spelling(entity: Entity, name: str, text: str) -> str:
    """The article's own spelling of a name the dictionary gave ("World Health Organization")."""
    surfaces = [_BRACKETED_END.sub("", text[s:e]) for s, e in entity.mentions]
    longest = max(surfaces, key=len)
    # a name of two capitalised words or more is the article's own ("The State Department",
    # not the dictionary's "United States Department of State"), however much shorter
    # and so is one such word for an organisation ("the Pentagon", "the Taliban"), which the Gender Gap
    # Tracker writes as the story does, not as the dictionary's "United States Department of Defense";
    # a country keeps the dictionary's name ("United Kingdom", where the story says "England")
    words = len(re.findall(r"\b[A-Z][a-z]", re.sub(r"^(?:the|The)\s+", "", longest)))
    own = words >= 2 or (words == 1 and entity.type == "ORG")
    if (len(longest) > len(name) * 0.6 or own) and not _ACRONYM.fullmatch(longest):
        return re.sub(r"^(?:the|The)\s+", "", longest)
    return spelled_in_text(name, text) or name


def _named_by_initials(entity: Entity, acronym: str, entities) -> Optional[str]:
    """Another entity's name of the acronym's initials ("USDA": United States Department of Agriculture)."""
    for other in entities:
        words = [w for w in re.sub(r"\s*\(.*$", "", other.name).split() if w[:1].isupper()]
        if other.type == entity.type and len(words) > 1 and "".join(w[0] for w in words) == acronym:
            return re.sub(r"\s*\(.*$", "", other.name)
    return None


def _bracketed_before(acronym: str, text: str) -> Optional[str]:
    """The words the text writes before the acronym in brackets ("Public Health Agency of Canada (PHAC)")."""
    spelled = re.search(r"((?:[A-Z][\w'&.-]*\s+)(?:(?:of|for|and|the|on|de|[A-Z][\w'&.-]*)\s+)*[A-Z][\w'&.-]*)"
                        r"\s*\(\s*(?:the\s+)?" + re.escape(acronym) + r"\s*\)", text)
    if spelled is None:
        return None
    words = spelled.group(1).split()
    while words and words[0].lower() in {"the", "a"}:
        words.pop(0)
    return " ".join(words) or None


@lru_cache(maxsize=1)
def nicknames() -> frozenset[tuple[str, str]]:
    """``(short, full)`` first names, lower case (``resources/statements/nicknames.tsv``)."""
    rows = read_table("statements/nicknames.tsv", min_cells=2, header=True)  # the first line names the columns
    return frozenset((row[0].strip().lower(), row[1].strip().lower()) for row in rows)


def short_first_name(short: str, full: str) -> bool:
    """True when ``short`` is a short form of the first name ``full``: its beginning ("Ken" of
    "Kenneth", "Chris" of "Christopher") or a nickname of it ("Mike" of "Michael"). Sharing letters
    is not enough: "Jeb" is not "Jenna", nor "John" "Jane" (two people of one family)."""
    short, full = short.lower(), full.lower()
    return short != full and (full.startswith(short) or (short, full) in nicknames())


def body_name(entity, entities, text: str) -> Optional[str]:
    """The full name the article's body gives a person its headline names short.

    A headline shortens first names ("Ken Starr praises, laments Bill Clinton's legacy"); the
    body introduces the person in full ("Kenneth Starr, the Whitewater independent counsel");
    the recogniser keeps two people and links the later "Starr" to the first. The Gender Gap
    Tracker names the speaker as the article introduces them: the body's name, where the
    headline's is found nowhere else. None when that is not the case.
    """
    headline_end = text.find("\n")
    words = entity.name.split()
    if entity.type != "PERSON" or headline_end < 0 or len(words) < 2 \
            or text.find(entity.name, headline_end) >= 0 or text.find(entity.name) > headline_end:
        return None
    for other in entities:
        others = other.name.split()
        if other is not entity and other.type == "PERSON" and len(others) >= len(words) \
                and others[-1] == words[-1] and short_first_name(words[0], others[0]) \
                and text.find(other.name) > headline_end:
            return other.name
    return None
