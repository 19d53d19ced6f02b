"""Attribution forms won back or ruled out for issue 11, each on a sentence written for it."""
from __future__ import annotations

import pytest


def _only(analysis):
    assert len(analysis.statements) == 1, [(s.speaker_text, s.cue, s.content) for s in analysis.statements]
    return analysis.statements[0]


# -- propositions that are said ------------------------------------------------------------------


def test_for_to_clause_after_a_cue(analyze):
    statement = _only(analyze("The mayor called for the state to release more funds for the schools."))
    assert (statement.cue, statement.content) == ("called", "the state to release more funds for the schools")


def test_as_clause_gives_its_head_clause(analyze):
    statement = _only(analyze("As the minister noted, the budget will be balanced next year."))
    assert (statement.speaker_text, statement.cue) == ("the minister", "noted")
    assert statement.content == "the budget will be balanced next year"


def test_phrasal_cue_only_with_its_particle(analyze):
    statement = _only(analyze("The senator pointed out that the bill had never been debated."))
    assert (statement.cue, statement.content) == ("pointed", "the bill had never been debated")
    assert analyze("The senator pointed to the figures in the report.").statements == []


def test_verb_inside_a_reported_clause_is_not_a_cue_of_its_head(analyze):
    statement = _only(analyze("Garcia said Lopez has not replied to the letter."))
    assert (statement.speaker_text, statement.cue) == ("Garcia", "said")


def test_trailing_report_is_a_statement_of_its_own(analyze):
    statements = analyze("Ortiz insisted that he had won the vote, claiming that turnout was high.").statements
    assert [s.cue for s in statements] == ["insisted", "claiming"]
    assert statements[0].content == "he had won the vote"
    assert statements[1].content.endswith("turnout was high")  # the parser takes "that" for a determiner


# -- not statements ------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "The governor urged residents to stay indoors.",  # a request
    "The mayor declared a “snow emergency” for the city.",  # a quoted name inside a noun phrase
    "The senator called the plan “a disaster for farmers”.",  # a quoted label put on the object
    "It is believed that the ship sank in the storm.",  # an impersonal passive quotes nobody
    "Further tests will be done to confirm that the virus is present.",  # nobody speaks
])
def test_forms_that_quote_nobody(analyze, sentence):
    assert analyze(sentence).statements == []


# -- colons ----------------------------------------------------------------------------------------


def test_colon_quote_after_a_headline_and_a_dash(analyze):
    text = "POLLS TELL A STORY - Jane Smith: “The numbers show a clear shift toward the challenger this month.”"
    statement = _only(analyze(text))
    assert statement.speaker_text == "Jane Smith"
    assert statement.content.startswith("The numbers show")


def test_transcript_turns(analyze):
    text = ("SMITH: I think the economy is doing well this year.\n\n"
            "JONES: Well, I disagree with that entirely and so do most voters.")
    statements = analyze(text).statements
    assert [s.speaker_text for s in statements] == ["SMITH", "JONES"]
    assert statements[0].content == "I think the economy is doing well this year"


def test_a_lone_label_is_no_transcript(analyze):
    assert analyze("Update: The road was reopened on Monday morning after the storm.").statements == []


# -- speakers --------------------------------------------------------------------------------------


def test_dateline_misparsed_as_a_second_subject(analyze):
    statement = _only(analyze("LONDON (Reuters) - Maria Lopez said she would run for mayor again."))
    assert statement.speaker_name == "Maria Lopez"


def test_bare_title_is_its_holder_or_unnamed(analyze):
    analysis = analyze("Health Secretary Anna Berg visited the ward on Monday. "
                       "The Health Secretary said the outbreak was contained.")
    assert analysis.statements[-1].speaker_name == "Anna Berg"
    assert _only(analyze("The Commissioner said the roads were safe again.")).speaker_name is None


def test_agency_that_quotes_a_person_is_not_the_speaker(analyze):
    text = ("Mr Santos spoke in the capital on Monday. “We want to finish the warning system this year,” "
            "AP quoted him as saying.")
    statement = _only(analyze(text))
    assert statement.speaker_name == "Santos"


# -- pieces of a quotation -------------------------------------------------------------------------


def test_short_second_piece_joins_the_quotation(analyze):
    statement = _only(analyze("“They sue,” he said. “Everybody sues, right?”"))
    assert statement.content == "They sue … Everybody sues, right?"


def test_quoted_title_in_the_attribution_is_no_piece(analyze):
    statement = _only(analyze("“I was at home all day,” Trump told NBC’s “Today” on Monday."))
    assert statement.content == "I was at home all day" and statement.content_spans is None


def test_another_sources_report_is_not_part_of_the_first_content(analyze):
    statements = analyze("The minister said that twenty deaths were confirmed, while the agency says that "
                         "seventy people have died.").statements
    assert [(s.cue, s.content) for s in statements] == [("said", "twenty deaths were confirmed"),
                                                       ("says", "seventy people have died")]


def test_that_clause_after_the_cue_is_what_it_reports(analyze):
    statements = analyze("The ministry believes that the virus is harmless; however, Suy warns that a new "
                         "strain could appear.").statements
    warned = [s for s in statements if s.cue == "warns"]
    assert [s.content for s in warned] == ["a new strain could appear"]


def test_speaker_named_as_the_article_spells_it(analyze):
    # the actor dictionary spells it "World Health Organization"
    analysis = analyze("A report by the World Health Organisation (WHO) was published on Monday. "
                       "Officials met in Geneva. The WHO said that the outbreak was over.")
    assert _only(analysis).speaker_name == "World Health Organisation"


@pytest.mark.parametrize("text, cue, content", [
    ("The agency issued a statement that more countries were at risk.", "statement", "more countries were at risk"),
    ("The agency issued a statement saying more countries were at risk.", "saying", "more countries were at risk"),
    ("The group made a statement: “We will not stop until the law is changed.”", "statement",
     "We will not stop until the law is changed"),
])
def test_cue_noun_put_out_by_its_source(analyze, text, cue, content):
    statement = _only(analyze(text))
    assert (statement.speaker_text, statement.cue, statement.content) == (text.split(" issued")[0].split(" made")[0],
                                                                         cue, content)


def test_clause_before_a_semicolon_is_a_report_of_its_own(analyze):
    # the parser hangs the first report on the verb after the semicolon
    text = "The council argues that the bridge is safe; the engineers, however, said it was not."
    found = {s.cue: s.content for s in analyze(text).statements}
    assert found == {"argues": "the bridge is safe", "said": "it was not"}
    text = ("The Department of Health believes that the new virus should not cause distress; however, "
            "Dr. Suy warns that a new strain could appear.")
    found = {s.cue: s.content for s in analyze(text).statements}
    assert found["believes"] == "the new virus should not cause distress"


def test_cue_set_off_inside_a_subordinate_clause_gives_the_whole_sentence(analyze):
    # the parser hangs "she said" on the though-clause, not on the sentence's main verb
    text = ("The mayor spoke on Monday. Though that merger was relatively painless, she said, closing the depot "
            "would be much more bitter and could lead to strikes by drivers loyal to the union.")
    (statement,) = analyze(text).statements
    assert statement.content.startswith("Though that merger was relatively painless")
    assert statement.content.endswith("could lead to strikes by drivers loyal to the union")


def test_another_source_s_belief_is_no_part_of_the_first_report(analyze):
    text = ("The Health Ministry has stated that seven people are being treated for suspected bird flu and "
            "officials believe that the patients are part of two family clusters.")
    stated = [s for s in analyze(text).statements if s.cue == "stated"]
    assert [s.content for s in stated] == ["seven people are being treated for suspected bird flu"]


@pytest.mark.parametrize("text", [
    "The two ministers agreed to reopen talks on the grain corridor.",
    "The mayor hopes to finish the bridge before the winter.",
])
def test_an_infinitive_after_a_verb_of_deciding_or_wishing_is_no_statement(analyze, text):
    # What someone will do, not what they said (the Gender Gap Tracker's manner).
    assert analyze(text).statements == []


def test_the_same_verb_with_a_clause_reports_a_view(analyze):
    text = "The finance minister agreed that the budget had failed the poorest families."
    assert [s.content for s in analyze(text).statements] == ["the budget had failed the poorest families"]
