"""Events: words that look like meetings or withdrawals but report none (talk with no one to talk
with, a standard met, papers released, tax returns)."""
from __future__ import annotations

import pytest


def _coded(analysis, text: str, word: str) -> set[str]:
    return {v.type for v in analysis.events if text[slice(*v.trigger_span)] == word}


@pytest.mark.parametrize("text, word", [
    ("In an interview on Sunday, the former envoy discussed the costs of public service.", "discussed"),
    ("The senator met the citizenship criteria to appear on the ballot, the board ruled.", "met"),
    ("The campaign released a memo on the state of the race on Monday.", "released"),
    ("Voters want to see the candidate's tax returns before the election.", "returns"),
])
def test_no_meeting_or_withdrawal_where_none_happened(analyze, text, word):
    analysis = analyze(text, published="2024-05-02")
    assert not _coded(analysis, text, word) & {"CONSULT", "RETREAT", "YIELD"}, \
        [(v.type, text[slice(*v.trigger_span)]) for v in analysis.events]


@pytest.mark.parametrize("text, word", [
    ("Chancellor Merkel and President Macron discussed trade in Paris on Monday.", "discussed"),
    ("The president discussed the crisis with Putin by phone on Monday.", "discussed"),
    # The phone call is the meeting ("on Monday" says when; it is no "call on", a request).
    ("The foreign minister called his Russian counterpart on Monday to discuss the ceasefire.", "called"),
])
def test_talk_between_parties_is_a_meeting(analyze, text, word):
    analysis = analyze(text, published="2024-05-02")
    assert "CONSULT" in _coded(analysis, text, word), [(v.type, text[slice(*v.trigger_span)]) for v in analysis.events]


def test_people_set_free_are_still_released(analyze):
    text = "Police released two detained journalists on Friday."
    analysis = analyze(text, published="2024-05-02")
    assert _coded(analysis, text, "released") == {"RETREAT"}
