"""Actors: spaCy's named entities grouped within an article under one canonical name.

A later mention that is a shorter form of an earlier name ("Khatib" after "Seyyed Ismail
Khatib") joins that entity; the longest form seen is the canonical name.
"""
from __future__ import annotations

import re

from ..model import Analysis, Entity

# Labels that name actors or places; numbers, dates and quantities are not entities here.
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")


def trim_mention(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a mention span past a leading "the" and a trailing possessive."""
    surface = text[start:end]
    lead = _LEADING_THE.match(surface)
    if lead:
        start += lead.end()
    poss = _POSSESSIVE.search(text[start:end])
    if poss and end - start > len(poss.group()):
        end -= len(poss.group())
    return start, end


def _key(name: str) -> str:
    return re.sub(r"\W+", " ", name).strip().casefold()


def _is_short_form(short: str, full: str) -> bool:
    short_tokens, full_tokens = _key(short).split(), _key(full).split()
    if not short_tokens or len(short_tokens) >= len(full_tokens):
        return False
    n = len(short_tokens)
    return full_tokens[-n:] == short_tokens or full_tokens[:n] == short_tokens


def find_actors(doc, analysis: Analysis) -> Analysis:
    """Group the Doc's named entities into ``analysis.entities``."""
    text = analysis.text
    groups: list[dict] = []  # each: label, names (ordered), mentions
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        start, end = trim_mention(text, ent.start_char, ent.end_char)
        surface = text[start:end]
        if not surface.strip():
            continue
        key = _key(surface)
        target = None
        for group in groups:
            if group["label"] != ent.label_ and not (ent.label_ in {"ORG", "PERSON"} and group["label"] in {"ORG", "PERSON"}):
                continue
            if any(_key(n) == key for n in group["names"]):
                target = group
                break
            if ent.label_ == group["label"] and any(_is_short_form(surface, n) or _is_short_form(n, surface) for n in group["names"]):
                target = group
                break
        if target is None:
            target = {"label": ent.label_, "names": [], "mentions": []}
            groups.append(target)
        if surface not in target["names"]:
            target["names"].append(surface)
        target["mentions"].append((start, end))
    for n, group in enumerate(groups, start=1):
        name = max(group["names"], key=lambda s: (len(s.split()), len(s)))
        aliases = [a for a in group["names"] if a != name]
        analysis.entities.append(Entity(id=f"E{n}", name=name, type=group["label"], aliases=aliases,
                                        mentions=sorted(group["mentions"])))
    return analysis
