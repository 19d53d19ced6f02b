"""Reports whose parse hides what was said, and speakers the parse hides (issue 11, session 6).

Each sentence was written for its test: the shape of the report is what matters, not the topic.
"""
from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"


def _only(analysis):
    assert len(analysis.statements) == 1, [(s.speaker_text, s.cue, s.content) for s in analysis.statements]
    return analysis.statements[0]


# -- what was said, where the parse does not hang it on the cue ------------------------------------


def test_second_that_clause_is_part_of_the_content(analyze):
    statement = _only(analyze("Ms. Duarte said that the bridge ''was never safe,'' and that "
                              "the inspectors had ignored her letters for years."))
    assert statement.content.endswith("the inspectors had ignored her letters for years")


def test_quotation_after_but_is_part_of_the_content(analyze):
    statement = _only(analyze("Okoye said he had heard the offer, but “the terms were not ones "
                              "any farmer could live with.”"))
    assert statement.content.startswith("he had heard the offer")
    assert "any farmer could live with" in statement.content


def test_sentence_before_a_final_attribution(analyze):
    statement = _only(analyze("Teachers should be paid for the extra hours and not be asked to "
                              "use words like “flexible” and “voluntary”, she told reporters."))
    assert (statement.speaker_text, statement.cue) == ("she", "told")
    assert statement.content.startswith("Teachers should be paid for the extra hours")


def test_opening_cue_before_a_comma(analyze):
    statement = _only(analyze("Still, Moreau told the radio station, the strike would go on "
                              "until the pay offer was improved."))
    assert (statement.speaker_text, statement.cue) == ("Moreau", "told")
    assert statement.content == "the strike would go on until the pay offer was improved"


def test_first_words_before_a_set_off_cue(analyze):
    statement = _only(analyze("Landlords, Petrov argued, do not have to raise rents to cover the "
                              "new inspection fees."))
    assert (statement.speaker_text, statement.cue) == ("Petrov", "argued")
    assert statement.content.startswith("Landlords")
    assert statement.content.endswith("the new inspection fees")


def test_second_report_with_a_for_to_clause_has_the_first_speaker(analyze):
    statements = analyze("Councillor Ruth Abara said the province had “forgotten the north” and "
                         "called for the minister to visit.").statements
    assert [(s.speaker_name, s.cue) for s in statements] == [("Ruth Abara", "said"), ("Ruth Abara", "called")]
    assert statements[0].content == "the province had “forgotten the north"


# -- noun phrases that only hold someone else's report ---------------------------------------------


def test_relative_clause_inside_an_object_is_its_own_report(analyze):
    statement = _only(analyze("The mayor's remarks echoed those of the Harbour Traders Association, "
                              "which said in a letter that any toll would “drive shoppers away.”"))
    assert (statement.speaker_name, statement.cue) == ("Harbour Traders Association", "said")
    assert statement.content.startswith("any toll would")


def test_free_relative_inside_an_object_is_no_clause(analyze):
    assert analyze("The rebel group claimed responsibility for an attack on what it called "
                   "a supply base near the river.").statements == []


# -- speakers ----------------------------------------------------------------------------------


def test_relative_clause_after_a_name_tells_someone_elses_gender(analyze):
    analysis = analyze("Maria Kowalczyk, whose husband runs the bakery, said she had closed the shop. "
                       "“We could not pay the gas bill,” she said.")
    assert [s.speaker_name for s in analysis.statements] == ["Maria Kowalczyk", "Maria Kowalczyk"]


def test_name_after_the_place_of_a_title_is_the_speaker(analyze):
    statement = _only(analyze("The mayor of Lviv, Andriy Sadovyi, said two schools were damaged "
                              "in the night."))
    assert (statement.speaker_name, statement.speaker_type) == ("Andriy Sadovyi", "person")


def test_it_after_a_city_as_subject_names_no_one(analyze):
    analysis = analyze("The Port Authority said the ferry would run again on Friday. The town has been cut off "
                       "for a week. It said on its website that the water supply was safe.")
    assert [(s.speaker_name, s.content) for s in analysis.statements] == [
        ("Port Authority", "the ferry would run again on Friday"), (None, "the water supply was safe")]


def test_it_after_a_figure_as_subject_is_still_the_company(analyze):
    analysis = analyze("Norvale Foods said sales fell in the spring. Revenue dropped 4 percent. "
                       "It said that prices would rise in June.")
    assert [s.speaker_name for s in analysis.statements] == ["Norvale Foods", "Norvale Foods"]


def test_withheld_answer_is_no_statement(analyze):
    assert analyze("A spokesman for the port would not say whether the cranes were damaged.").statements == []
    assert analyze("Ferreira declined to say if she would stand again.").statements == []


def test_quotation_over_a_paragraph_break_is_two_pieces_without_marks(analyze):
    statement = _only(analyze("“The water came up in an hour,” said Tomas Berg, a farmer. “We lost the barn.\n\n"
                              "“Nobody warned us it could happen so fast.”"))
    assert statement.content_spans is not None and len(statement.content_spans) == 3
    assert statement.content == ("The water came up in an hour … We lost the barn … "
                                 "Nobody warned us it could happen so fast")


def test_wire_story_with_anonymous_sources(analyze):
    # tests/data/fresh_tariffs.txt: written for this test (an invented story, no real people)
    analysis = analyze((DATA / "fresh_tariffs.txt").read_text(encoding="utf-8"))
    table = [(s.speaker_name, s.speaker_type, s.cue) for s in analysis.statements]
    assert table == [
        (None, "unnamed", "said"), (None, "unnamed", "said"), (None, "unnamed", "said"),
        (None, "unnamed", "said"), ("Carla Nunez", "person", "said"), ("Carla Nunez", "person", "said"),
        ("Robert Kline", "person", "said"), ("Robert Kline", "person", "said"),
        ("American Iron and Steel Institute", "organisation", "said"),
        (None, "unnamed", "said"), (None, "unnamed", "said"), ("Helen Marsh", "person", "said")]
    assert not any("supported a delay" in s.content for s in analysis.statements)  # "declined to say whether"


def test_dateline_is_no_part_of_the_content(analyze):
    statement = _only(analyze("LUSAKA, Zambia (AP) — Zambia and Malawi will share a new power line, "
                              "officials from both countries said."))
    assert statement.content == "Zambia and Malawi will share a new power line"


def test_they_after_a_country_as_subject_names_no_one(analyze):
    analysis = analyze("The Lakeshore Growers Union said exports had doubled. Chile has been accused of "
                       "dumping cheap fruit. They have denied that prices were cut below cost.")
    assert [s.speaker_name for s in analysis.statements] == ["Lakeshore Growers Union", None]


def test_attribution_inside_a_quotation_is_cut_out(analyze):
    statement = _only(analyze("“The new rules,” Hallgren said at the hearing, “will close half the clinics.”"))
    assert statement.content == "The new rules … will close half the clinics"
    statement = _only(analyze("The deficit, the treasurer said on Monday, will be gone by 2027."))
    assert statement.content == "The deficit … will be gone by 2027"


def test_described_organisation_is_not_the_last_one_named(analyze):
    analysis = analyze("Pinewood Bakery closed in May. Rents rose by half, according to the local "
                       "business association.")
    assert [(s.speaker_name, s.speaker_type) for s in analysis.statements] == [(None, "organisation")]
