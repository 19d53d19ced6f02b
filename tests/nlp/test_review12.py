"""Faults found reviewing the twelfth session's merged change (issue 11), each with sentences of its own."""
from __future__ import annotations

import pytest


def _speaker_of(analysis, text: str, words: str):
    return next(s for s in analysis.statements if words in text[slice(*s.content_span)])


def test_a_persons_role_with_her_is_no_other_holder_of_that_role(analyze):
    # "its chief executive" names the one chief executive the article gives; "her spokesman" is the
    # minister's own, not the company's spokesman named before
    text = ("Minister Jane Lee met farmers on Monday. Acme Corp spokesman Tom Reed said prices would rise. "
            "Her spokesman said the minister would not comment on the claims.")
    analysis = analyze(text)
    assert _speaker_of(analysis, text, "would not comment").speaker_name is None


def test_the_group_points_back_to_a_business_federation(analyze):
    # a federation of businesses is no union: "the group" means it
    text = ("The Canadian Federation of Independent Business said costs rose sharply. "
            "The group said small firms would cut hiring this year.")
    analysis = analyze(text)
    assert _speaker_of(analysis, text, "cut hiring").speaker_name == "Canadian Federation of Independent Business"


@pytest.mark.parametrize("text, label", [
    ("Q: Why did you decide to run for mayor this year?\n\n"
     "Note: This interview has been edited for length and clarity by our staff.\n\n"
     "The candidate spoke at her office in the city centre.\n", "Note"),
    ("Q: What does the new rule change for renters?\n\n"
     "A: Landlords must now give three months of notice before any increase.\n\n"
     "Update: The city council postponed the vote on the rule until next month.\n", "Update"),
])
def test_a_question_and_a_lone_label_are_no_interview(analyze, text, label):
    # an explainer's "Q:" makes a printed interview only with a named guest answering it
    assert all(s.speaker_text != label for s in analyze(text).statements)


@pytest.mark.parametrize("text, body", [
    ("A spokesman for the company, Acme Corp, said the plant would close.", "Acme Corp"),
    ("An official at the agency, the Food and Drug Administration, said the review was done.",
     "Food and Drug Administration"),
])
def test_a_person_of_an_organisation_set_beside_it_is_no_organisation_speaker(analyze, text, body):
    # an organisation in apposition names the source only when the noun before it describes an
    # organisation ("a business group, the Northern Chamber of Commerce,"), not a person of it
    analysis = analyze(text)
    assert analysis.statements[0].speaker_name != body
    assert all(e.type != "PERSON" for e in analysis.entities if e.name == body)


@pytest.mark.parametrize("text", [
    "The company said in a letter it sent shareholders on Friday.",
    "The mayor said in a speech she gave the graduates on Monday.",
])
def test_a_medium_given_to_someone_holds_no_clause_of_its_own(analyze, text):
    # "a letter it sent shareholders": the letter is what was sent, the clause relates it; nothing said
    assert analyze(text).statements == []


@pytest.mark.parametrize("text, content", [
    ("The agency said in a letter it gave the province more time.", "it gave the province more time"),
    ("The company said in a statement it had sent the records to police.", "it had sent the records to police"),
    ("The company said in a release it had approved the merger.", "it had approved the merger"),
])
def test_a_clause_with_its_own_objects_after_a_medium_is_what_was_said(analyze, text, content):
    assert [text[slice(*s.content_span)] for s in analyze(text).statements] == [content]


@pytest.mark.parametrize("text, role", [
    ("Acme's Chief Executive Officer (CEO) Jane Doe said profits rose.", "Chief Executive Officer"),
    ("Liberal Member of Parliament (MP) John Smith said the bill would pass.", "Member of Parliament"),
])
def test_a_role_defined_by_an_acronym_is_no_organisation(analyze, text, role):
    # the acronym of a title says where a role's name starts, not a body's
    names = {e.name for e in analyze(text).entities if e.type == "ORG"}
    assert role not in names and not names & {"CEO", "MP"}


def test_an_organisation_defined_by_an_acronym_is_still_one(analyze):
    text = "The Fédération des travailleurs du rail (FTR) said the strike would go ahead."
    names = {e.name for e in analyze(text).entities if e.type == "ORG"}
    assert "Fédération des travailleurs du rail" in names


def test_a_turn_gives_way_to_a_statement_that_runs_into_it(nlp):
    # with_turns: a statement whose words begin before a turn and run into it covers the turn (the
    # branch meant for it could never be reached: a statement starting inside the turn always overlaps)
    from dateline.nlp.statements.forms import Candidate
    from dateline.nlp.statements.transcripts import with_turns

    text = ("MATTHEWS: Thank you for joining us on the show tonight.\n\n"
            "GRAHAM: Glad to be here with you and your viewers.\n")
    doc = nlp(text)
    second = text.index("GRAHAM")
    before = Candidate(None, None, None, (10, second + 12), (0, second + 12), kind="direct")
    kept = with_turns(doc, text, [before])
    assert before in kept
    assert not any(c.via == "turn" and c.source_span[0] == second for c in kept)


def test_asking_after_the_main_clause_is_the_subjects_own_request(analyze):
    # "Asked whether …, she said" (a past tense opening the sentence) puts a reporter's question;
    # "…, asking that …" is the union's own request, which it states
    text = "The union wrote to the minister on Friday, asking that the talks resume next week."
    analysis = analyze(text)
    assert [text[slice(*s.content_span)] for s in analysis.statements] == ["the talks resume next week"]


def test_bare_police_points_back_to_a_force_named_before_that_did_not_speak(analyze):
    # named_police: "the latest one named before", whether or not it spoke
    text = "Toronto police arrested a man on Friday. The suspect was released on bail, police said."
    statements = analyze(text).statements
    assert [(s.speaker_text, s.speaker_name) for s in statements] == [("police", "Toronto police")]


def test_a_person_named_again_by_age_alone_is_the_person_before(analyze):
    # _aged_person's docstring: "the 52-year-old", with no noun after the age
    text = ('Lukas Brandl scored the winner. "I just closed my eyes," Brandl said.\n\n'
            'The 27-year-old said he had waited all season for a goal like that.')
    assert [s.speaker_name for s in analyze(text).statements] == ["Lukas Brandl", "Lukas Brandl"]
