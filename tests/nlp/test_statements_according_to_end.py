"""Statements: "…, according to X." closing a sentence credits the whole sentence before it, however
the parser hangs the phrase (issue 11). Sentences of our own."""
from __future__ import annotations


def test_a_closing_according_to_credits_the_whole_sentence(analyze):
    text = ("Cholera spreads in the north\n\n"
            "The charity said only a fifth of the funds had arrived.\n\n"
            "Gunmen linked to a local militia attacked a convoy carrying nurses near Pemba last week, "
            "killing two drivers, according to district officials.")
    analysis = analyze(text, published="2024-05-02")
    credited = [s for s in analysis.statements if s.cue == "according to"]
    assert credited, analysis.statements
    assert credited[0].content.startswith("Gunmen linked"), credited[0].content
    assert credited[0].content.endswith("two drivers"), credited[0].content
