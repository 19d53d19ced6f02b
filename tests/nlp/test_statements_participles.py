"""Statements: who says what a participle ("…, saying …") reports where the parser gives the clause
it hangs on a subject of its own, a spokesman named in apposition, and what kind of source an
unnamed body is. Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("Arizona's secretary of state warned county officials not to delay certifying results, saying the state "
     "would sue any county that missed the deadline.", "secretary of state"),
])
def test_who_warned_is_who_says(analyze, text, speaker):
    analysis = analyze(text)
    saying = [s for s in analysis.statements if s.cue == "saying"]
    assert saying and speaker in (saying[0].speaker_text or ""), \
        [(s.speaker_text, s.cue, s.content) for s in analysis.statements]


def test_a_spokesman_named_in_apposition_is_that_person(analyze):
    text = "A spokeswoman for the port authority, Ingrid Dahl, said the cranes would be back in service on Monday."
    statements = analyze(text).statements
    assert [s.speaker_name for s in statements] == ["Ingrid Dahl"], [(s.speaker_text, s.speaker_name) for s in statements]


def test_a_body_that_speaks_as_one_is_an_organisation(analyze):
    statements = analyze("The Malian army said its helicopters had hit a convoy near Gao.").statements
    assert [s.speaker_type for s in statements] == ["organisation"], [(s.speaker_text, s.speaker_type) for s in statements]
