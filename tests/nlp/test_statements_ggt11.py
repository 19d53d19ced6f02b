"""Statements and speakers that were wrong on real US political news annotated in the Gender Gap
Tracker's manner (issue 11; the dev half of ``tests/data/polnear_ggt2_quotes.jsonl``, its errors
sorted by class), on sentences written for these tests:

* a quotation opened with a curly mark and closed with a straight one (“So I was …." he said), the
  mix the other way round from the one ``quotes`` already read;
* "the newspaper" naming again the outlet that reported before it;
* a party's or a people's members ("Republicans say", "Senate Democrats said"), and "they" after
  them: an unnamed group, not a speaker named "Republicans";
* a nested attribution ("X said …, according to a pool report"): X's statement, once;
* a headline's first name taken for the body's by two shared letters ("Jeb" for "Jenna"): only a
  short form of it is ("Ken" of "Kenneth", "Mike" of "Michael", a nickname from the resources);
* a conjunct before the verb that reports it ("A and pledged to “…,” the paper reported"): part of
  the report, not a second report of the paper's;
* "it" after a document subject ("The lawsuit contends …. It goes on …"): the document, no name;
* an organisation the article names in words of its own ("The State Department"), not by the
  actor dictionary's longer name.
"""
from __future__ import annotations

from dateline.nlp.statements.quotes import quotations


def _said(analysis):
    return [(s.speaker_name, s.content) for s in analysis.statements]


def test_a_curly_quote_closed_by_a_straight_mark_is_one_quotation():
    text = '“So I was angry. The council has to listen now." The meeting ended late.'
    [quote] = quotations(text)
    assert text[quote.inner[0]:quote.inner[1]] == "So I was angry. The council has to listen now"
    # a straight mark that opens (after a space) closes nothing: the curly quote stays open
    assert quotations('“We heard him call it "theft and nothing else') == []


def test_a_quotation_split_by_its_attribution_with_mixed_marks_is_one_statement(analyze):
    text = ('"We lost the vote on Tuesday,” Alvarez said. “So I was angry. The council has to '
            'listen now."\n\nThe meeting ended late.')
    [statement] = analyze(text).statements
    assert statement.content.endswith("The council has to listen now")


def test_the_newspaper_is_the_outlet_that_reported_before_it(analyze):
    text = ("The mayor visited the flooded district on Monday, the Hartford Courant reported.\n\n"
            "The newspaper reported that she met privately with three families.")
    assert _said(analyze(text))[-1] == ("Hartford Courant", "she met privately with three families")
    # an outlet only mentioned is not meant: the source stays unnamed
    text = ("The mayor told the Hartford Courant that the dam would hold.\n\n"
            "The newspaper reported that two roads were closed.")
    assert _said(analyze(text))[-1] == (None, "two roads were closed")
    # nor the one that reported, where another organisation was named since (it may be that one)
    text = ("The dam held overnight, the Hartford Courant reported. The mayor later spoke to CNN, the "
            "cable network.\n\nThe network said the mayor would visit the dam on Friday.")
    assert _said(analyze(text))[-1] == (None, "the mayor would visit the dam on Friday")


def test_a_partys_members_are_an_unnamed_group(analyze):
    text = ("Senator Paul Ryan spoke first. Senate Republicans say the leaks are a distraction. "
            "They say the party already tried that in June. Democrats said the vote was rigged.")
    assert _said(analyze(text)) == [(None, "the leaks are a distraction"),
                                    (None, "the party already tried that in June"),
                                    (None, "the vote was rigged")]


def test_a_statement_relayed_by_according_to_is_the_inner_speakers_once(analyze):
    text = ("Mayor Ana Ortiz spoke after the flood. Ortiz told reporters the plant would close, "
            "according to a transcript released by her office.")
    assert _said(analyze(text)) == [("Ana Ortiz", "the plant would close")]
    # without a speaker of its own inside, the sentence is the relay's
    [statement] = analyze("The plant will close in May, according to a transcript released by the "
                          "company.").statements
    assert statement.cue == "according to" and statement.content == "The plant will close in May"


def test_a_headlines_first_name_is_the_bodys_only_when_it_is_a_short_form_of_it(analyze):
    text = ("Jeb Bush says he will stay in the race.\n\n"
            "Jenna Bush, a television host, said on Monday that her uncle would win Florida.")
    assert _said(analyze(text))[0] == ("Jeb Bush", "he will stay in the race")
    # a nickname that is not the full name's beginning still is
    text = "Mike Pence says the party is united.\n\nMichael Pence, the governor, said on Friday that Trump would win."
    assert _said(analyze(text))[0] == ("Michael Pence", "the party is united")


def test_a_conjunct_before_the_report_verb_is_part_of_what_is_reported(analyze):
    text = ("Earlier in the day, the mayor met flood victims and pledged to “rebuild every home that "
            "the river took from them,” the Hartford Courant reported.")
    [statement] = analyze(text).statements
    assert statement.speaker_name == "Hartford Courant"
    assert statement.content.startswith("Earlier in the day, the mayor met") and "rebuild every home" in statement.content
    # after the report verb, a conjunct is still the speaker's next report
    text = "Ortiz said the government had failed and called for the minister to resign."
    assert [s.cue for s in analyze(text).statements] == ["said", "called"]


def test_it_after_a_document_subject_is_the_document(analyze):
    text = ("Two parents sued the former secretary of State on Monday. The lawsuit contends that the "
            "attack was caused by the negligent actions of Clinton, who was secretary of State at the "
            "time. It goes on to fault her use of a private server, saying any message sent through it "
            "was compromised.")
    assert [(s.speaker_name, s.speaker_type) for s in analyze(text).statements] == [
        (None, "document"), (None, "unnamed")]
    # "it" after an organisation that released a document is still the organisation
    text = "The Acme Corporation released its annual report on Monday. It said profits had doubled."
    assert _said(analyze(text)) == [("Acme Corporation", "profits had doubled")]


def test_an_organisation_is_named_as_the_article_writes_it(analyze):
    [statement] = analyze("The State Department said on Monday that the embassy would reopen.").statements
    assert statement.speaker_name == "State Department"  # not the dictionary's "United States Department of State"
