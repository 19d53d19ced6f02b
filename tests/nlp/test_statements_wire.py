"""Statements in wire copy: what was said starts after the dateline, and a headline's clause before
a semicolon is not what its second half reports."""
from __future__ import annotations


def _by_cue(analysis, cue: str):
    found = [s for s in analysis.statements if s.cue == cue]
    assert len(found) == 1, [(s.speaker_text, s.cue, s.content) for s in analysis.statements]
    return found[0]


def test_content_starts_after_the_dateline(analyze):
    text = ("LIMA, June 8 (Reuters) - Protesters blocked three highways in southern Peru overnight, cutting "
            "off the road to Cusco, the transport ministry said on Sunday.")
    statement = _by_cue(analyze(text), "said")
    assert statement.content.startswith("Protesters blocked three highways"), statement.content
    start, end = statement.content_span
    assert text[start:end] == statement.content


def test_a_clause_before_a_semicolon_is_not_reported(analyze):
    text = ("Storms cut power to coastal towns; Lisbon says the army will help restore the lines by Friday\n\n"
            "Crews worked through the night.")
    statement = _by_cue(analyze(text), "says")
    assert statement.content.startswith("the army will help"), statement.content
    assert "Storms" not in statement.content


def test_a_dateline_with_a_year_is_no_part_of_the_speaker(analyze):
    text = ("TBILISI, June 9, 2025 - Georgia's interior minister Levan Bakhtadze said on Monday that the opposition "
            "was planning riots.")
    analysis = analyze(text)
    statement = _by_cue(analysis, "said")
    assert statement.speaker_text.startswith("Georgia's interior minister"), statement.speaker_text
    assert all(e.name != "TBILISI" for e in analysis.entities), [e.name for e in analysis.entities]
