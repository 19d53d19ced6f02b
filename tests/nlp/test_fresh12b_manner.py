"""How a speaker spoke is no part of what they said (fresh12b, interview-heavy news).

An absolute phrase after the cue ("Harwood said, her voice breaking") describes the speaker; it
was stored as the content, or joined to the quotation, and the quotation around it fell apart.
Sentences written for this test, not taken from the fresh12b articles.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, first, last", [
    ('"Before the clinic opened, we drove four hours for a checkup," Linda Harwood said, her voice breaking. '
     '"Now my daughter walks there."', "Before the clinic opened", "Now my daughter walks there"),
    ('Linda Harwood runs the bakery. "After the fire, I lost every customer," Harwood said, her eyes filling '
     'with tears. "I had to start over."', "After the fire", "I had to start over"),
])
def test_a_split_quotation_around_an_absolute_phrase_is_one_statement(analyze, text, first, last):
    statements = analyze(text).statements
    assert len(statements) == 1, [s.content for s in statements]
    (statement,) = statements
    assert statement.speaker_name == "Linda Harwood" and statement.cue == "said"
    assert statement.content.startswith(first) and statement.content.endswith(last)
    assert "voice" not in statement.content and "eyes" not in statement.content


def test_an_absolute_phrase_after_a_quotation_is_not_content(analyze):
    text = ('Paul Ostrander spoke at the hearing. "Nobody warned us about the chemicals," Ostrander said, '
            'his hands trembling.')
    assert [s.content for s in analyze(text).statements] == ["Nobody warned us about the chemicals"]


def test_reported_speech_after_a_comma_is_still_content(analyze):
    # a finite verb after the comma makes it speech, not a description of the speaker
    text = "Paul Ostrander told reporters on Monday, his company would not sell the mill."
    assert any("would not sell the mill" in s.content for s in analyze(text).statements)
