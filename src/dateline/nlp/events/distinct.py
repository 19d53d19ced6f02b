"""One event per act: a sentence's candidates that name the same act are kept once.

Several words of a sentence can name one act between the same parties: a verb and its object noun
("imposed *sanctions* on X"), or a type found twice. The likelier reading stays. A verb of asking
and the act it asks for ("urged Tunisia to *release* the critics") are two acts, though: the asking
is done, the release only asked for, and PLOVER codes the REQUEST.
"""
from __future__ import annotations

from typing import Any, Optional, Protocol, TypeVar

from ...model import Entity
from .status import requested


class _Act(Protocol):
    """What this module reads of a coding.EventCandidate (not imported: coding imports this module)."""
    type: str
    confidence: float
    trigger: Any
    actor: Optional[Entity]
    recipient: Optional[Entity]


Candidate = TypeVar("Candidate", bound=_Act)


def party_key(entity: Optional[Entity]) -> Optional[str]:
    """An entity's identity: its id, or its name while it is a not-yet-registered party phrase."""
    if entity is None:
        return None
    return entity.id or f"~{entity.name.casefold()}"


def _linked(a, b) -> bool:
    """Whether two tokens are head and dependent of each other."""
    return a.head.i == b.i or b.head.i == a.i


def _asked_by(act, asking) -> bool:
    """Whether ``act`` is only asked for by ``asking`` ("urged X to *release*")."""
    return act.head.i == asking.i and requested(act)


def distinct_acts(found: list[Candidate]) -> list[Candidate]:
    """The candidates, likeliest first, less those that repeat a likelier one's act: the same type
    and parties, or the same parties on a word linked to its trigger (not an act asked for)."""
    kept: list[tuple[Candidate, tuple[Optional[str], Optional[str]]]] = []
    seen: set[tuple[Optional[str], ...]] = set()
    for candidate in sorted(found, key=lambda c: -c.confidence):
        pair = (party_key(candidate.actor), party_key(candidate.recipient))
        if (candidate.type, *pair) in seen:
            continue
        if any(pair == k_pair and _linked(candidate.trigger, k.trigger)
               and not _asked_by(k.trigger, candidate.trigger) for k, k_pair in kept):
            continue
        seen.add((candidate.type, *pair))
        kept.append((candidate, pair))
    return [candidate for candidate, _ in kept]
