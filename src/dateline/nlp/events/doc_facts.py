"""What the events stage reads of a parsed Doc over and over, read once per Doc while it codes it.

The rules of the events stage ask the same questions of the same words many times per article:
the tokens of a party's character span (up to eight times per event: :func:`mention_span`), each
candidate word's depth below its sentence's root (:func:`depth`), the words of a part of speech
(:func:`positions`). Each answer costs new spaCy Token or Span objects. :func:`reading` keeps the
answers for one Doc while :func:`.stage.find_events` codes it, and drops them when it returns;
outside it (tests, trainers calling a rule directly) every call computes its answer afresh, so a
rule gives the same answer whether or not the Doc is being read.

The facts are of the Doc alone (its tokens and parse), never of the analysis, which changes as
events register their parties: nothing kept can go stale while the Doc is coded.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Callable, Iterator, Optional, TypeVar

import numpy as np

# The key of a Doc's facts in ``doc.user_data`` while it is read (a string: spaCy's own keys are tuples).
_KEY = "dateline.events.doc_facts"


class DocFacts:
    """The answers kept for one Doc (see the module's docstring)."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.spans: dict[tuple[int, int], object] = {}
        self._depths: Optional[list[int]] = None
        self.positions: dict[tuple[str, Optional[frozenset]], list[int]] = {}
        self.answers: dict[tuple[str, int], Any] = {}

    @property
    def depths(self) -> list[int]:
        """Each token's number of ancestors (its depth below its sentence's root), by index."""
        if self._depths is None:
            self._depths = _depths(self.doc)
        return self._depths


@contextmanager
def reading(doc) -> Iterator[None]:
    """Keep the facts of ``doc`` while the block runs (nested: the outer block's facts stay)."""
    if _KEY in doc.user_data:
        yield
        return
    doc.user_data[_KEY] = DocFacts(doc)
    try:
        yield
    finally:
        doc.user_data.pop(_KEY, None)


def _facts(doc) -> Optional[DocFacts]:
    return doc.user_data.get(_KEY)


def mention_span(doc, span: Optional[tuple[int, int]]):
    """The tokens of a character span widened to whole tokens (``doc.char_span(..., "expand")``),
    or None where there is no span or it covers no token."""
    if span is None:
        return None
    facts = _facts(doc)
    key = (span[0], span[1])
    if facts is not None and key in facts.spans:
        return facts.spans[key]
    mention = doc.char_span(span[0], span[1], alignment_mode="expand")
    found = mention if mention is not None and len(mention) > 0 else None
    if facts is not None:
        facts.spans[key] = found
    return found


_T = TypeVar("_T")


def per_token(token, question: str, answer: Callable[[Any], _T]) -> _T:
    """``answer(token)``, kept by ``question`` and the token's index while the Doc is read: for
    questions of a word alone and the fixed resources (a lexicon, the party nouns), never of the
    analysis. Callers must not change what it returns."""
    facts = _facts(token.doc)
    if facts is None:
        return answer(token)
    key = (question, token.i)
    answers = facts.answers
    if key in answers:
        return answers[key]
    found = answers[key] = answer(token)
    return found


def children(token) -> tuple:
    """``token.children`` as a tuple, kept while the Doc is read: the role and agency rules list a
    verb's dependents once per question they ask of it."""
    return per_token(token, "children", _children)


def _children(token) -> tuple:
    return tuple(token.children)


def depth(token) -> int:
    """How many ancestors a token has (``sum(1 for _ in token.ancestors)``)."""
    facts = _facts(token.doc)
    if facts is None:
        return sum(1 for _ in token.ancestors)
    return facts.depths[token.i]


def _depths(doc) -> list[int]:
    """Every token's number of ancestors, from the head array: each pass moves every token not yet
    at its root (a token that is its own head) one step up, as spaCy's ``Token.ancestors`` walks,
    which also stops after as many steps as the Doc has tokens."""
    n = len(doc)
    heads = np.arange(n) + doc.to_array("HEAD").astype(np.int64)  # (HEAD: the offset to the head)
    depths = np.zeros(n, dtype=np.int64)
    node = np.arange(n)
    for _ in range(n):
        up = heads[node]
        moving = up != node
        if not moving.any():
            break
        depths += moving
        node = up
    return depths.tolist()


def positions(doc, attribute: str, values: Optional[frozenset] = None) -> list[int]:
    """The indices of the Doc's tokens whose ``attribute`` (a name ``doc.to_array`` takes, e.g. "POS")
    is one of ``values`` (spaCy's integer ids), or is set at all (not 0) without ``values``, in order."""
    facts = _facts(doc)
    key = (attribute, values)
    if facts is not None and key in facts.positions:
        return facts.positions[key]
    column = doc.to_array(attribute)
    found = np.flatnonzero(column if values is None else np.isin(column, list(values))).tolist()
    if facts is not None:
        facts.positions[key] = found
    return found


__all__ = ["children", "depth", "mention_span", "per_token", "positions", "reading"]
