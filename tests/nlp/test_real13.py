"""Classes of errors read on real13's dev half (eight Wikinews articles; see
tests/data/real13_quotes.md). Sentences written for these tests, not taken from the articles.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    # the parser hangs "and Mine Action" on "Chief" and the name on "Mine Action"
    ("U.N. Chief of Peace Operations and Mine Action, Ana Lopes, says the roads are cleared.", "Ana Lopes"),
    ("U.N. Director of Logistics and Field Support, Paul Mensah, says the trucks have arrived.", "Paul Mensah"),
])
def test_a_name_after_a_title_with_and_in_it_is_the_speaker(analyze, text, name):
    (statement,) = analyze(text).statements
    assert statement.speaker_name == name and statement.speaker_type == "person"


def test_a_second_person_joined_by_and_is_not_taken_for_the_title(analyze):
    # a determiner marks a second source: the title's holder is not the deputy's name
    analysis = analyze("The minister and her deputy, Paul Mensah, say the roads are cleared.")
    assert all(s.speaker_name != "Paul Mensah" for s in analysis.statements)
