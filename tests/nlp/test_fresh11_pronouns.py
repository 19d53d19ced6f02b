"""Who "he", "she" and "it" are after a source that is not a sentence's subject, and what a source
in a relative clause said (issue 11; classes from the dev articles of tests/data/fresh11_quotes.md,
on sentences written for these tests):

* the source of an "according to" phrase, or of a cue in a relative clause ("…, whose leader, X,
  said …"), goes on speaking in the next sentence as a subject would: "She said" is that source,
  not a subject two sentences back;
* "The bill was backed by the party, whose chairman, X, said B" is parsed with the main clause as a
  second clause of "said": X said B, not the clause he stands in.
"""
from __future__ import annotations

import pytest


def _said(analysis):
    return [(s.speaker_text, s.speaker_name, s.content) for s in analysis.statements]


def test_she_after_an_according_to_source(analyze):
    text = ("Defence lawyer Martin Osei said the trial had been unfair. Protesters blocked the main road "
            "for two hours, according to a city spokeswoman, Abena Mensah. She said nobody had been hurt.")
    assert _said(analyze(text))[-1] == ("She", "Abena Mensah", "nobody had been hurt")


def test_he_after_a_source_in_a_relative_clause(analyze):
    text = ("Karel Novak, a farmer, said the subsidy came too late.\n\nThe petition was organised by the "
            "conservative Home Front movement, whose founder, Petr Svoboda, said the city needed \"a mayor who "
            "listens.\" He told reporters that his movement would field candidates in every district.")
    said = [(name, content) for _, name, content in _said(analyze(text))]
    assert said[1:] == [("Petr Svoboda", 'the city needed "a mayor who listens'),
                        ("Petr Svoboda", "his movement would field candidates in every district")]



# the recogniser tags the full name, then the bare surname that opens a later sentence as a product
# ("Mukwena") or as nothing ("Sichone")
@pytest.mark.parametrize("surname", ["Mukwena", "Sichone"])
def test_he_after_a_surname_the_recogniser_misread(analyze, surname):
    text = (f"A court in Harare on Monday jailed opposition leader Tendai {surname} for three years.\n\n"
            "Judge Grace Moyo said the evidence was overwhelming. \"The accused planned every step,\" Moyo told "
            f"the court.\n\n{surname}, 47, who leads the Citizens Front, denied the charges. As he was taken away, "
            "he told supporters that he would appeal.")
    said = [(s.speaker_name, s.content) for s in analyze(text).statements]
    assert said[-1] == (f"Tendai {surname}", "he would appeal")
