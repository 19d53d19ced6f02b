"""The trigger lexicon (``resources/events/triggers.tsv``) and the mode cues (``modes.tsv``): which PLOVER
types and modes a word, a phrasal verb ("call for") or a verb with its object ("impose tariffs") names.

:mod:`.types` (candidates, features) and :mod:`.arguments` (light verbs, argument classes) read it.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional

from ...datafiles import Row, read_table
from ...model import PLOVER_TYPES
from .doc_facts import per_token
from .naming import naming_key


def _resource_dir() -> Path:
    return Path(str(resources.files("dateline.resources") / "events"))


def _check_type(row: Row, event_type: str) -> None:
    if event_type not in PLOVER_TYPES:
        raise row.error(f"unknown PLOVER type {event_type!r}; use one of {', '.join(PLOVER_TYPES)}")


@lru_cache(maxsize=None)
def trigger_lexicon() -> dict[str, tuple[tuple[str, str | None], ...]]:
    """The trigger lexicon: lemma or phrasal key -> ((type, mode), ...), loaded once."""
    lexicon: dict[str, list[tuple[str, str | None]]] = {}
    for row in read_table("events/triggers.tsv", min_cells=2):
        lemma, event_type, mode = (list(row.cells) + ["-", "-"])[:3]
        _check_type(row, event_type)
        lexicon.setdefault(lemma.strip().lower(), []).append((event_type, None if mode.strip() in {"", "-"} else mode.strip()))
    return {key: tuple(value) for key, value in lexicon.items()}


@lru_cache(maxsize=None)
def mode_cues() -> dict[str, dict[str, str]]:
    """Mode cue words: type -> {lemma: mode}, loaded once."""
    cues: dict[str, dict[str, str]] = {}
    for row in read_table("events/modes.tsv", min_cells=3):
        event_type, lemma, mode = row.cells[:3]
        _check_type(row, event_type)
        cues.setdefault(event_type, {})[lemma.strip().lower()] = mode.strip()
    return cues


# Clauses a verb governs whose "for" still makes the phrasal sense: spaCy parses "called *for* the
# president to resign" with "for" as the mark of the infinitive clause, not as the verb's preposition.
_CLAUSES = {"advcl", "ccomp", "xcomp"}
# A preposition whose object is a date or time says when, not the phrasal sense ("called *on* Monday").
_WHEN = {"DATE", "TIME"}
def trigger_keys(token) -> list[str]:
    """Lexicon keys for a token: its lemma, and "lemma particle" / "lemma preposition" / "lemma object"
    forms (a clause opened by "for" counts as the preposition; the object is a noun's lemma), and the
    naming keys (:mod:`.naming`)."""
    # Kept per word while the events stage reads the Doc (.doc_facts): the features, the lexicon
    # look-ups and the rules walk a phrasal word's children for them several times.
    return list(per_token(token, "trigger_keys", _trigger_keys))


def _trigger_keys(token) -> list[str]:
    lemma = token.lemma_.lower()
    keys = [lemma]
    for child in token.children:
        if child.dep_ in {"prt", "prep"}:
            if not any(c.dep_ == "pobj" and c.ent_type_ in _WHEN for c in child.children):
                keys.append(f"{lemma} {child.lower_}")  # (not "called his counterpart *on Monday*")
        elif child.dep_ in _CLAUSES and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
            keys.append(f"{lemma} for")
        elif child.dep_ == "dobj" and child.pos_ == "NOUN":
            keys.append(f"{lemma} {child.lemma_.lower()}")  # "impose tariffs": the object gives the sense
    naming = naming_key(token, lemma)
    return keys + [naming] if naming else keys


@lru_cache(maxsize=None)
def _phrase_heads() -> frozenset[str]:
    """Every word sequence that starts a phrasal lexicon key before one of its spaces."""
    heads = set()
    for key in trigger_lexicon():
        at = key.find(" ")
        while at != -1:
            heads.add(key[:at])
            at = key.find(" ", at + 1)
    return frozenset(heads)


@lru_cache(maxsize=None)
def lexicon_words() -> frozenset[str]:
    """Every lemma :func:`lexicon_entries` can find entries for: a key, or a phrasal key's first words."""
    return frozenset(trigger_lexicon()) | _phrase_heads()


def lexicon_entries(token, lemma: Optional[str] = None) -> list[tuple[str, str | None]]:
    """(type, mode) pairs the lexicon gives this token, phrasal keys first (``lemma``: the
    token's lower-cased lemma, when the caller has read it already)."""
    lexicon = trigger_lexicon()
    lemma = token.lemma_.lower() if lemma is None else lemma
    if lemma not in _phrase_heads():
        # No phrasal key starts with the lemma (most words), so only the lemma's own entries can
        # match: skip walking the children.
        return list(lexicon.get(lemma, ()))
    keys = trigger_keys(token)
    # A phrasal key names the sense ("call *on*" is a request, not a phone call): it alone counts.
    phrasal = [entry for key in reversed(keys[1:]) for entry in lexicon.get(key, ())]
    return phrasal or list(lexicon.get(keys[0], ()))


def phrasal_types(token) -> set[str]:
    """The types a phrasal lexicon key gives the token ("call *for*": REQUEST), empty without one."""
    lexicon = trigger_lexicon()
    if token.lemma_.lower() not in _phrase_heads():
        return set()
    return {event_type for key in trigger_keys(token)[1:] for event_type, _ in lexicon.get(key, ())}


def lexicon_types(token, lemma: Optional[str] = None) -> set[str]:
    """The PLOVER types the lexicon gives a token (``lemma``: its lower-cased lemma, when read already)."""
    return {event_type for event_type, _ in lexicon_entries(token, lemma)}
