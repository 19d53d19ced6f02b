"""Statements the parser hides (issue 11), on sentences written for these tests:

* quoted words as the object of a verb that utters them end at their closing mark, though the parser
  hangs what follows on them ('writing “…” on Instagram');
* "said in a statement the suspect had fled": a clause with no gap the medium could fill, which the
  parser reads as a relative clause on the medium, is what the medium said;
* a reporting participle the tagger read as a noun (", writing, “…”") is a cue;
* a document or figures with a verb of evidence ("Census records prove that …") is a statement,
  whatever the cue model makes of the verb.
"""
from __future__ import annotations


def _said(analysis):
    return [(s.speaker_text, s.content) for s in analysis.statements]


def test_quoted_words_end_at_their_closing_mark(analyze):
    assert _said(analyze('The goalkeeper shared a clip, writing "Best night of my life" on Twitter.')) == [
        ("The goalkeeper", "Best night of my life")]
    assert _said(analyze('The crowd chanted "Not one more tower" outside city hall.')) == [
        ("The crowd", "Not one more tower")]
    # words the writer joins to a second quotation stay one statement
    assert _said(analyze('He said "the deal is done" and "nobody can stop it now."')) == [
        ("He", 'the deal is done" and "nobody can stop it now')]


def test_a_medium_without_a_gap_says_its_clause(analyze):
    assert _said(analyze("Firefighters said in a statement the blaze had spread overnight.")) == [
        ("Firefighters", "the blaze had spread overnight")]
    assert _said(analyze("The company said in a letter the plant would shut in April.")) == [
        ("The company", "the plant would shut in April")]


def test_a_participle_read_as_a_noun_is_a_cue(analyze):
    text = 'The senator thanked her staff, writing, "None of this happens without them."'
    assert _said(analyze(text)) == [("The senator", "None of this happens without them")]
    assert _said(analyze('The actor thanked his family, writing, "You kept me going."')) == [
        ("The actor", "You kept me going")]
    # a noun with its possessor stays a noun
    assert analyze('Her writing, "Home at last," covered the wall.').statements == []


def test_a_document_with_a_verb_of_evidence_is_a_statement(analyze):
    assert _said(analyze("Census records prove that the family farmed there in 1910.")) == [
        ("Census records", "the family farmed there in 1910")]
    assert _said(analyze("New census data proves that the town has doubled in size.")) == [
        ("New census data", "the town has doubled in size")]
    # what a person or a deed shows is still none
    assert analyze("The hearings proved that the agency had ignored the warnings.").statements == []
