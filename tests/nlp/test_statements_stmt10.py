"""Statements that were wrong on real US political news annotated in the Gender Gap Tracker's
manner (issue 11; the dev half of ``tests/data/polnear_ggt_quotes.jsonl``, its errors sorted by
class), on sentences written for these tests:

* a source that is nobody ("No one knows whether …", "Nobody says …"): nothing was said;
* a refusal or a negated cue whose clause belongs to a noun of hearsay ("declined to comment on
  reports that …"), and such a noun as a content ("commented on claims that …");
* a participle describing a cue noun ("Starr's remarks, first reported by the Times, …") is not
  what the remarks said;
* another source's report in a while-clause inside a content ("accuses X of Y while Z says W");
* a trailing participle with its quotation hung beside it ("…, explaining, “because …”") and
  its speaker, who is the first report's, not the reported clause's subject;
* a headline's short first name ("Ken Starr praises …") where the body gives the full one.
"""
from __future__ import annotations


def _said(analysis):
    return [(s.speaker_text, s.content) for s in analysis.statements]


def test_a_source_that_is_nobody_says_nothing(analyze):
    text = ("No one knows whether the ferry will run next spring. Nobody says the harbour is safe. "
            "None of the pilots said the runway was too short. The mayor said no one had asked her.")
    assert _said(analyze(text)) == [("The mayor", "no one had asked her")]


def test_a_refusal_to_comment_on_reports_reports_nothing(analyze):
    text = ("The museum declined to comment on reports that its director had resigned. The league "
            "would not comment on claims that the match was fixed.")
    assert _said(analyze(text)) == []


def test_claims_commented_on_are_not_what_the_commenter_said(analyze):
    text = "The coach commented on rumours that the striker was leaving, saying they were untrue."
    assert _said(analyze(text)) == [("The coach", "they were untrue")]


def test_a_participle_describing_a_cue_noun_is_not_its_content(analyze):
    text = "The governor's remarks, first aired by a radio station in Tulsa, drew angry letters."
    assert _said(analyze(text)) == []
    # a clause with its own subject after the noun still is
    [statement] = analyze("The governor's claim that the budget was balanced drew angry letters.").statements
    assert statement.content == "the budget was balanced"


def test_a_contrasting_report_inside_a_content_is_a_statement_of_its_own(analyze):
    text = ("The mayor accuses the council of wasting money on the stadium while Ortiz says the city "
            "is already in deficit.")
    analysis = analyze(text)
    assert [(s.speaker_name, s.content) for s in analysis.statements if s.cue == "says"] == [
        ("Ortiz", "the city is already in deficit")]
    assert all("Ortiz" not in s.content for s in analysis.statements)


def test_a_trailing_participle_quotes_what_follows_it(analyze):
    text = ('Ortiz said the stadium reminds him of an old film, explaining, "because we all dreamed '
            'about it as boys."')
    assert [(s.speaker_name, s.cue, s.content) for s in analyze(text).statements] == [
        ("Ortiz", "said", "the stadium reminds him of an old film"),
        ("Ortiz", "explaining", "because we all dreamed about it as boys")]


def test_a_trailing_participle_speaks_for_the_first_reporter(analyze):
    text = 'Ortiz said the stadium was too expensive, adding, "We cannot pay for it this year."'
    assert [(s.speaker_name, s.content) for s in analyze(text).statements] == [
        ("Ortiz", "the stadium was too expensive"), ("Ortiz", "We cannot pay for it this year")]


def test_a_headline_short_name_gives_way_to_the_bodys_full_name(analyze):
    text = ("Mike Ross praises the budget\n\nMichael Ross, the mayor of Greenfield, spoke for an hour on "
            "Monday.\n\n\"It is balanced,\" Ross said. \"We kept our word,\" he added.")
    assert [s.speaker_name for s in analyze(text).statements] == ["Michael Ross", "Michael Ross"]
    # two people of one family keep their own names
    text = "John Ross wins the race\n\nJane Ross, his sister, said he had trained for a year."
    assert [s.speaker_name for s in analyze(text).statements] == ["Jane Ross"]


def test_an_office_or_party_description_names_the_person_before(analyze):
    text = ("Sen. Maria Delgado toured the dam on Friday. The Arizona Republican said the repairs were "
            "overdue. The senator said she would ask for more money.")
    assert [s.speaker_name for s in analyze(text).statements] == ["Maria Delgado", "Maria Delgado"]
    # an office nobody was given a title for stays unnamed, not misnamed
    text = "Paul Okafor visited the plant. The Ohio governor said the jobs would stay."
    assert [s.speaker_name for s in analyze(text).statements] == [None]


def test_a_pronoun_after_two_sentences_is_the_subject_not_a_later_possessor(analyze):
    text = ("Bernard Ruiz toured the flooded valley on Monday.\n\nRuiz praised Governor Blake's response to "
            "the storm. He asked the county to open two more shelters. Later he said that he would return "
            "within a week.")
    assert [(s.speaker_text, s.speaker_name) for s in analyze(text).statements] == [("he", "Bernard Ruiz")]
