"""Clausal attributions that were missed (issue 11, PolNeAR dev misses sorted by class by
bench/statement_misses.py), on sentences written for these tests:

* quotations credited by a dash after them ("“…” ― Name"), as in vox pops and reader comments;
* transcript turns quoted as one excerpt, each paragraph opened by a mark ('"HOST: …');
* a that-clause is what its verb reports, never a clause with a cue set off inside it.
"""
from __future__ import annotations

VOX_POP = (
    "Residents Speak Out On The Clinic Closure.\n\n"
    "”The council never asked us before closing the clinic. Now my mother takes two buses to see a "
    "doctor.” ― Mirela Dobre\n"
    "“I waited four hours last week. Nobody should have to wait like that for a nurse.”― Tomas Verhoeven\u00a0\n"
    "“We need the clinic back, and we need it before winter comes.” ― Ana Luísa Prado.\n"
)


def test_dash_credited_quotations_are_statements_of_the_name_after_the_dash(analyze):
    analysis = analyze(VOX_POP)
    credited = [(s.speaker_text, s.content[:25]) for s in analysis.statements]
    assert credited == [("Mirela Dobre", "The council never asked u"),
                        ("Tomas Verhoeven", "I waited four hours last "),
                        ("Ana Luísa Prado", "We need the clinic back, ")]
    # the whole quotation, over its sentences, is one statement
    assert analysis.statements[0].content.endswith("to see a doctor")
    assert all(s.kind == "direct" for s in analysis.statements)


def test_a_dash_before_a_date_or_a_short_title_credits_nobody(analyze):
    text = ("The mayor opened the new bridge on Saturday.\n\n"
            "“Bridges for Everyone” — The Harbour Gazette\n"
            "“The river has waited long enough for this crossing to open.” — March 2024\n")
    assert [s.speaker_text for s in analyze(text).statements] == []


def test_transcript_turns_inside_a_quoted_excerpt(analyze):
    text = ('The station published part of the interview:\n\n'
            '"HOST: Will the port reopen before the harvest, given the damage to the cranes?\n\n'
            '"OKAFOR: We expect the first ships to dock within three weeks, and the cranes are being repaired.\n\n'
            '"The harbour board has set aside the money for the repairs already.\n\n'
            '"HOST: And the workers who were laid off in May?"\n')
    statements = analyze(text).statements
    turns = [(s.speaker_text, s.content[:19]) for s in statements]
    assert ("OKAFOR", "We expect the first") in turns
    assert ("HOST", "Will the port reope") in turns
    # a turn runs on over the paragraphs after it, up to the next turn
    okafor = [s for s in statements if s.speaker_text == "OKAFOR"][0]
    assert "harbour board" in okafor.content and "laid off" not in okafor.content


def test_that_clause_after_a_quoted_programme_title(analyze):
    text = ('Before the vote, Okafor told Radio Lagos\'s "Morning Desk" that nobody would question the '
            'port\'s finances after the audit.')
    statements = analyze(text).statements
    assert [(s.speaker_text, s.cue) for s in statements] == [("Okafor", "told")]
    assert statements[0].content.startswith("nobody would question the port")


def test_as_the_speaker_put_it(analyze):
    text = ("As Ms. Ortiz put it in a letter to the board in July, the clinic is ''the only place many of "
            "our patients can reach.''")
    statements = analyze(text).statements
    assert [(s.speaker_text, s.cue) for s in statements] == [("Ms. Ortiz", "put")]
    assert statements[0].content.startswith("the clinic is")
    # "put" with another object is no cue
    assert analyze("As Ms. Ortiz put the letter on the table, the board members stood up.").statements == []


def test_reporting_verb_read_as_a_plural_noun(analyze):
    # the tagger (en_core_web_sm 3.8) reads "claims" as a plural noun with "Trump" as its subject
    statements = analyze("But Trump claims that he should be the exception.").statements
    assert [(s.speaker_text, s.cue, s.content) for s in statements] == [
        ("Trump", "claims", "he should be the exception")]
    # a real plural noun, with its determiner, is no cue
    assert analyze("The claims that the port was sold were false, the harbour board found.").statements[0].cue == "found"


def test_as_clause_after_what_was_said(analyze):
    statements = analyze("The video does not show whether the driver had a phone, as police have said.").statements
    assert [(s.speaker_text, s.cue, s.content) for s in statements] == [
        ("police", "said", "The video does not show whether the driver had a phone")]
    # an as-clause of time or manner with no comma is no attribution of the clause before
    assert analyze("The crowd cheered as the mayor said goodbye to the staff.").statements == []


def test_as_clause_whose_own_words_are_a_quotation_does_not_take_the_clause_before(analyze):
    text = ("His degree and his post at the hospital have not kept him from being seen, as one magazine put "
            "it in a long profile, “the salesman.”")
    assert not any(s.content.startswith("His degree") for s in analyze(text).statements)


def test_that_clause_misread_as_a_relative_clause_of_the_listener(analyze):
    text = ("In Lagos last week, she told a meeting of West African port officials that few cities understood "
            "the cost of flooding better than theirs.")
    statements = analyze(text).statements
    assert [(s.speaker_text, s.cue) for s in statements] == [("she", "told")]
    assert statements[0].content.startswith("few cities understood")
    # a real relative clause on the listener ("that" its subject) is no content
    assert analyze("She told the officials that run the port about the delay.").statements == []


def test_a_cue_noun_voiced_by_its_source_with_a_that_clause(analyze):
    for text, cue, content in (
            ("Farmers have expressed concern that the new canal could drain their wells.", "concern",
             "the new canal could drain their wells"),
            ("The union voiced fears that the plant would close by spring.", "fears",
             "the plant would close by spring")):
        statements = analyze(text).statements
        assert [(s.cue, s.content) for s in statements] == [(cue, content)]
    # a raised thing that is no cue noun is no statement
    assert analyze("The union raised money that the plant workers needed.").statements == []
