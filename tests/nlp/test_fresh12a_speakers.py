"""Speakers in sports, health and local news (issue 11), from the dev articles of a fresh set of our
own (tests/data/fresh12a_quotes.md), on sentences written for these tests:

* a public body's proper name the recogniser cuts short is the speaker in full: "the Public Health
  Agency *of Canada*" (a place after "of"/"for"), "the *Ottawa-Carleton* District School Board"
  (capitalised words before it);
* a sports role before a name is a title, not part of the name ("Goaltender Ilya Markov");
* a person named again by age and role or nationality ("The 27-year-old Austrian said") is the person
  named before, and a pronoun after that description points back to the same person.
"""
from __future__ import annotations


def _speakers(analysis) -> list[tuple[str, str | None]]:
    return [(s.speaker_text, s.speaker_name) for s in analysis.statements]


def test_a_body_named_of_its_country_keeps_the_country(analyze):
    text = ("The Food Safety Agency of Ireland said on Friday that the recalled cheese had been sold in "
            "four counties.")
    assert _speakers(analyze(text)) == [("The Food Safety Agency of Ireland", "Food Safety Agency of Ireland")]


def test_a_body_named_for_a_region_keeps_the_region(analyze):
    text = ("The Lakeview-Harrow District School Board said in an email that classes would resume on "
            "Monday.")
    names = [name for _, name in _speakers(analyze(text))]
    assert names == ["Lakeview-Harrow District School Board"]


def test_a_sports_role_is_no_part_of_the_name(analyze):
    text = ('Goaltender Ilya Markov made 28 saves for Hamilton. "The boys did the hard work in front of '
            'me," Markov said after the game.')
    analysis = analyze(text)
    assert [e.name for e in analysis.entities if e.type == "PERSON"][:1] == ["Ilya Markov"]
    assert [name for _, name in _speakers(analysis)] == ["Ilya Markov"]


def test_a_person_named_again_by_age_is_the_person_before(analyze):
    text = ('Defenceman Lukas Brandl scored the winner in overtime. "I just closed my eyes," Brandl said. '
            '"It went in somehow."\n\nThe 27-year-old Austrian said he had waited all season for a goal '
            'like that. "My father was in the stands tonight," he said.')
    assert [name for _, name in _speakers(analyze(text))] == ["Lukas Brandl"] * 3


def test_a_body_described_by_age_is_not_a_person(analyze):
    text = ("Teresa Olmos won the 800 metres in Victoria on Sunday. The 90-year-old club said it was "
            "proud of her.")
    assert ("The 90-year-old club", None) in _speakers(analyze(text))


def test_a_city_police_force_is_named_and_pointed_back_to(analyze):
    text = ("KINGSTON — Two people were hurt in a fire at a downtown apartment building on Sunday, Kingston "
            "police said. The fire started in a kitchen on the third floor, police said.")
    assert _speakers(analyze(text)) == [("Kingston police", "Kingston police"), ("police", "Kingston police")]


def test_bare_police_with_no_force_named_stays_unnamed(analyze):
    text = "Officers arrested two men near the harbour on Sunday, police said."
    assert _speakers(analyze(text)) == [("police", None)]



def test_an_organisations_role_points_to_its_sole_holder_named_later(analyze):
    text = ("Harbour Foods reported lower profit on Tuesday, and its chief executive warned that prices would "
            "keep rising.\n\nSales fell 3 per cent. Chief executive Lena Ostrowski said the company would "
            "close four stores.")
    assert [name for _, name in _speakers(analyze(text))] == ["Lena Ostrowski", "Lena Ostrowski"]


def test_a_role_two_people_hold_names_neither(analyze):
    text = ("Harbour Foods reported lower profit on Tuesday, and its spokesman said that prices would keep "
            "rising. Spokesman Tom Reed said the chain was sound. Spokesman Ali Diaz said stores were full.")
    assert _speakers(analyze(text))[0] == ("its spokesman", None)


def test_data_is_a_document(analyze):
    text = "Home sales in Halifax fell 6 per cent in March, according to industry data."
    assert [s.speaker_type for s in analyze(text).statements] == ["document"]
