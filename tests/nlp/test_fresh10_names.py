"""Names and statements read wrong in fresh articles of the tenth session, each on sentences written
for the test: a hyphenated given name, a country opening an organisation's name, an unnamed source
described by a clause, and a passive of report. (The places they showed are in test_places_words.)"""
from __future__ import annotations


def test_a_hyphenated_given_name_stays_whole(analyze):
    analysis = analyze("Prime Minister Sanae Takaichi received President Lee Jae-myung in Tokyo on Monday. "
                       "\"We share the same worries,\" Lee said after the talks.")
    names = {entity.name for entity in analysis.entities if entity.type == "PERSON"}
    assert "Lee Jae-myung" in names and "Lee Jae" not in names
    speakers = {statement.speaker_name for statement in analysis.statements}
    assert "Lee Jae-myung" in speakers


def test_a_hyphen_between_spaced_words_joins_no_name(analyze):
    analysis = analyze("President Alma Reyes - who took office in May - said the budget would pass.")
    names = {entity.name for entity in analysis.entities if entity.type == "PERSON"}
    assert "Alma Reyes" in names


def test_a_two_word_country_opens_the_speakers_name_whole(analyze):
    analysis = analyze("The rockets fell into the sea before dawn, South Korea's Joint Chiefs of Staff said.")
    speakers = {statement.speaker_name for statement in analysis.statements}
    assert "South Korea's Joint Chiefs of Staff" in speakers


def test_a_clause_describing_an_unnamed_source_is_no_part_of_its_words(analyze):
    analysis = analyze("A negotiator for the rebel delegation, who asked not to be named because the talks were "
                       "secret, said the ceasefire would hold through Friday.")
    statement = next(s for s in analysis.statements if "ceasefire" in s.content)
    assert statement.speaker is None
    assert statement.speaker_text == "A negotiator for the rebel delegation"


def test_a_passive_of_report_is_no_statement(analyze):
    analysis = analyze("A fisherman said to be the brother of the mayor was detained on Monday. Thirty pupils "
                       "are said to be suffering from measles. The council said the school would close.")
    assert [s.content for s in analysis.statements] == ["the school would close"]
