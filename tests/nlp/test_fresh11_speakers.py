"""Speakers named as a reader would name them (issue 11), from the dev articles of a fresh set of
our own (tests/data/fresh11_quotes.md), on sentences written for these tests:

* a judicial title before a name ("Magistrate", "Coroner") is a title, not part of the name;
* an unnamed body owned by a country keeps its country in its name, whether the country is a
  possessive ("Peru's interior ministry") or an adjective ("the Kenyan health ministry"), and even
  where the recogniser found the bare words ("interior ministry") as an organisation;
* "It" after such a body as the subject of a sentence that reports nothing yet is that body.
"""
from __future__ import annotations


def _speakers(analysis):
    return [(s.speaker_text, s.speaker_name) for s in analysis.statements]


def test_a_judicial_title_is_no_part_of_the_name(analyze):
    text = ("Magistrate Lydia Okoth said the witness had lied twice. \"Nobody forced him,\" Okoth told the "
            "court. Coroner Peter Halloran said the death was accidental.")
    assert _speakers(analyze(text)) == [("Magistrate Lydia Okoth", "Lydia Okoth"), ("Okoth", "Lydia Okoth"),
                                        ("Coroner Peter Halloran", "Peter Halloran")]


def test_a_body_named_by_its_countrys_adjective_keeps_the_adjective(analyze):
    text = "The Kenyan health ministry said three nurses had been infected. The Qatari foreign ministry said talks would resume."
    assert _speakers(analyze(text)) == [("The Kenyan health ministry", "Kenyan health ministry"),
                                        ("The Qatari foreign ministry", "Qatari foreign ministry")]


def test_a_body_owned_by_a_country_keeps_the_country(analyze):
    text = "Peru's interior ministry said 40 people had been detained. Chile's army said its patrols had found nothing."
    assert _speakers(analyze(text)) == [("Peru's interior ministry", "Peru's interior ministry"),
                                        ("Chile's army", "Chile's army")]


def test_it_after_an_owned_body_that_said_nothing_yet(analyze):
    text = ("Chile's army said its patrols had found nothing. Peru's interior ministry told a different story. "
            "It said 40 people had been detained near the border.")
    speakers = _speakers(analyze(text))
    assert speakers[-1] == ("It", "Peru's interior ministry")


def test_a_possessive_pronoun_owns_no_body(analyze):
    text = "The governor spoke on Friday. His office said he would meet the farmers on Monday."
    assert _speakers(analyze(text)) == [("His office", None)]


def test_an_owned_body_keeps_its_countrys_code_and_its_sector(analyze):
    text = "Peru's interior ministry said 40 people had been detained. The Kenyan army said its patrols had found nothing."
    codes = {e.name: (e.type, e.country, e.sector) for e in analyze(text).entities}
    assert codes["Peru's interior ministry"] == ("ORG", "PER", "GOV")
    assert codes["Kenyan army"] == ("ORG", "KEN", "MIL")
