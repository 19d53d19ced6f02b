"""Nested attributions: "Obama said …, according to a White House pool report."

A report that relays another's words ("according to a pool report", "according to court
documents") credits a sentence whose own verb already names who spoke. The Gender Gap Tracker
counts such a quotation once, with the inner speaker who said the words; the relay is where the
reporter read them. The parser hangs the closing "according to" inside the reported clause, so
each of the two statements holds the other's cue and ``combine.drop_nested`` would drop both.
"""
from __future__ import annotations

from dataclasses import replace

from .forms import Candidate

_RELAY_CUE = "according to"


def drop_relays(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Drop an "according to" whose content holds another statement's cue, and cut that statement's
    content before the relay.

    Args:
        text: the article text.
        candidates: the statements found, before nested ones are dropped.

    Returns:
        The candidates, the relays gone and the relayed statements ending before "according to".

    Example:
        "Ortiz said the plant would close, according to a transcript." is Ortiz's statement, "the
        plant would close", and no statement of the transcript.
    """
    relays = [c for c in candidates if _is_relay(text, c, candidates)]
    if not relays:
        return candidates
    kept = []
    for cand in candidates:
        if any(cand is relay for relay in relays):
            continue
        for relay in relays:
            cand = _cut_before(text, cand, relay)
        kept.append(cand)
    return kept


def _is_relay(text: str, cand: Candidate, candidates: list[Candidate]) -> bool:
    """An "according to" whose content holds the cue of a statement with its own source, on the side
    of the phrase that the content lies on: before a closing "…, according to Z" ("X said …"), after
    an opening "According to Z, X said …". A cue on the other side belongs to a clause that goes on
    after the phrase ("…, according to the Foundation, more than twice what it projected")."""
    if cand.cue_span is None or text[cand.cue_span[0]:cand.cue_span[1]].lower() != _RELAY_CUE:
        return False
    start, end = cand.content_span
    closing = start < cand.cue_span[0]
    return any(other is not cand and other.source_head is not None and other.cue_span is not None
               and start <= other.cue_span[0] and other.cue_span[1] <= end
               and (other.cue_span[1] <= cand.cue_span[0] if closing else other.cue_span[0] >= cand.cue_span[1])
               for other in candidates)


def _cut_before(text: str, cand: Candidate, relay: Candidate) -> Candidate:
    """The candidate with its content ending before the relay's "according to", where it ran over it."""
    assert relay.cue_span is not None  # a relay has its cue (``_is_relay``)
    cue_start = relay.cue_span[0]
    start, end = cand.content_span
    if not start < cue_start < end:
        return cand
    cut = cue_start
    while cut > start and (text[cut - 1].isspace() or text[cut - 1] in ",;—–-"):
        cut -= 1
    return replace(cand, content_span=(start, cut)) if cut > start else cand
