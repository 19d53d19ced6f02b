"""Clausal statements won back from PolNeAR train's misses (issue 11), each on a sentence written for it.

Only propositions a Gender Gap Tracker-style annotator would also take: quotations and clauses
after a reporting verb, never noun-phrase objects.
"""
from __future__ import annotations


def _only(analysis):
    assert len(analysis.statements) == 1, [(s.speaker_text, s.cue, s.content) for s in analysis.statements]
    return analysis.statements[0]


def test_doubled_apostrophe_quote_continued_after_a_long_attribution(analyze):
    # the parser hangs the second quotation's opening '' on the attribution's sentence
    text = ("The council approved the plan.\n\n''Nobody wanted the old mill,'' said Mr. Okafor, who has run "
            "the bakery for 20 years. ''It sat empty for a decade. Now it will hold forty flats.''\n\n"
            "The work begins in May.")
    statement = _only(analyze(text))
    assert statement.speaker_text == "Mr. Okafor"
    assert statement.content.startswith("Nobody wanted the old mill")
    assert statement.content.endswith("Now it will hold forty flats"), statement.content
    assert statement.content_spans is not None and len(statement.content_spans) == 2


def test_speaker_after_a_dateline_taken_for_the_subject(analyze):
    # the parser makes "DENVER" the subject and the former minister its apposition
    text = ("DENVER, May 12 (UPI) — Former Secretary of State Paul Hendry told delegates at the party conference "
            "that the governor's handling of the budget should disqualify him.")
    statement = _only(analyze(text))
    assert statement.speaker_text == "Former Secretary of State Paul Hendry"
    assert statement.content == "the governor's handling of the budget should disqualify him"


def test_quotation_after_a_colon_and_a_short_tail_of_the_cue(analyze):
    statement = _only(analyze("Alvarez responded sharply, with a laugh: “That can happen to anyone over forty.”"))
    assert (statement.speaker_text, statement.cue) == ("Alvarez", "responded")
    assert statement.content == "That can happen to anyone over forty"


def test_quoted_label_on_an_object_is_no_statement(analyze):
    # a label put on the object, quoted or not, is no proposition (the Gender Gap Tracker's manner)
    assert analyze("The mayor called the plan “a disgrace to the city and its people”.").statements == []


def test_speaker_of_a_cue_parsed_as_a_clause_of_a_noun(analyze):
    # "yelled" is parsed as a clause of "voter", with no subject of its own
    statements = analyze("As Lopez thanked the city and said it was nice to visit, a voter yelled “Stay there!”").statements
    assert [(s.speaker_text, s.cue, s.content) for s in statements][-1] == ("a voter", "yelled", "Stay there!")


def test_speaker_named_before_a_cue_the_parser_left_without_subject(analyze):
    text = ("In a letter to the Gazette, her chief of staff, Tom Reyes, said: “The governor will sign the bill "
            "next week.”")
    statement = _only(analyze(text))
    assert statement.speaker_text == "Tom Reyes"
    assert statement.content == "The governor will sign the bill next week"


def test_quotation_after_a_comma_and_a_short_tail_of_the_cue(analyze):
    statement = _only(analyze("Ortega asks at Lincoln High School, “Any questions I can answer for you tonight?”"))
    assert (statement.speaker_text, statement.cue) == ("Ortega", "asks")
    assert statement.content == "Any questions I can answer for you tonight?"
