"""The statements component on the reference article and on sentences written for each form."""
from __future__ import annotations

import pytest

from dateline.datafiles import DataFileError
from dateline.eval.statements import compare_seed
from dateline.nlp.statements.cues import load_cues, parse_cues
from dateline.nlp.statements.quotes import quotations


def _only(analysis):
    assert len(analysis.statements) == 1, [(s.speaker_text, s.cue, s.content) for s in analysis.statements]
    return analysis.statements[0]


# -- the reference article ---------------------------------------------------------------------


def test_seed_statements_match_the_annotation(seed_analysis, seed_gold):
    report = compare_seed(seed_analysis, seed_gold)
    assert not report["missed"], report
    assert not report["wrong_speaker"], report
    assert len(report["extra"]) <= 1, report
    assert len(report["found"]) == 10


def test_seed_speaker_spans_and_cues(seed_analysis, seed_gold):
    got = {tuple(s.content_span): s for s in seed_analysis.statements}
    for wanted in seed_gold["statements"]:
        if wanted.get("optional"):
            continue
        statement = got.get(tuple(wanted["content_span"]))
        assert statement is not None, f"no statement with content {wanted['content']!r}"
        assert statement.speaker_text == wanted["speaker_text"]
        assert list(statement.speaker_span) == wanted["speaker_span"]
        assert statement.cue == wanted["cue"]
        assert statement.kind == wanted["kind"]


def test_seed_full_title_resolves_to_khatib(seed_analysis):
    first = seed_analysis.statements[0]
    assert first.speaker_text == "Iranian Minister of Intelligence Seyyed Ismail Khatib"
    assert first.speaker_name == "Seyyed Ismail Khatib"
    khatib = seed_analysis.entity(first.speaker)
    assert "Minister of Intelligence" in khatib.roles
    # every Khatib statement, whatever its surface form, points to the same entity
    forms = {s.speaker_text for s in seed_analysis.statements if s.speaker == khatib.id}
    assert {"Ismail Khatib", "Khatib", "He", "him", "he"} <= forms


def test_seed_karimi_role_and_affiliation(seed_analysis):
    karimi = next(s for s in seed_analysis.statements if s.speaker_text == "IEA’s deputy spokesman Bilal Karimi")
    entity = seed_analysis.entity(karimi.speaker)
    assert entity.name == "Bilal Karimi"
    assert "deputy spokesman" in entity.roles
    organisation = seed_analysis.entity(entity.affiliation)
    assert organisation is not None and "IEA" in {organisation.name, *organisation.aliases}


def test_seed_unnamed_sources_have_no_entity(seed_analysis):
    by_text = {s.speaker_text: s for s in seed_analysis.statements}
    assert by_text["experts"].speaker is None
    kazakh = by_text["The deputy of the National Security Council of Kazakhstan"]
    assert kazakh.speaker is None and kazakh.cue == "said"


def test_seed_passive_cue_with_unnamed_source(seed_analysis):
    passive = [s for s in seed_analysis.statements if s.cue == "expressed"]
    assert passive and passive[0].speaker_span is None
    assert passive[0].content.startswith("concern has been expressed about the increase")


def test_seed_spans_index_the_text(seed_analysis):
    assert seed_analysis.bad_spans() == []


# -- forms, on sentences written for the purpose --------------------------------------------------


def test_direct_quote_curly(analyze):
    statement = _only(analyze("“We will not back down on the budget,” the senator said on Tuesday."))
    assert statement.kind == "direct"
    assert statement.content == "We will not back down on the budget"
    assert statement.speaker_text == "the senator"
    assert statement.cue == "said"


def test_direct_quote_straight(analyze):
    statement = _only(analyze('"The economy is stronger than the critics admit," Maria Lopez said.'))
    assert statement.kind == "direct"
    assert statement.content == "The economy is stronger than the critics admit"
    assert statement.speaker_name == "Maria Lopez"


def test_quote_split_by_its_attribution_is_one_statement(analyze):
    text = "“The talks have failed,” said Maria Lopez, the union leader. “We will strike on Monday morning.”"
    statement = _only(analyze(text))
    assert statement.kind == "direct"
    assert statement.content.startswith("The talks have failed")
    assert statement.content.endswith("We will strike on Monday morning")
    assert statement.speaker_name == "Maria Lopez"


def test_quote_over_several_paragraphs(analyze):
    text = ("Governor Tom Bradley spoke to reporters in Sacramento on Friday.\n\n"
            "“The drought is the worst in a century. Farmers are losing their crops.\n\n"
            "“We need federal help now, before the summer begins,” Bradley said.")
    analysis = analyze(text)
    direct = [s for s in analysis.statements if s.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].content.startswith("The drought is the worst")
    assert direct[0].content.endswith("before the summer begins")
    assert direct[0].speaker_name == "Tom Bradley"


@pytest.mark.parametrize("verb", ["warned", "claimed", "insisted", "noted", "denied", "stated"])
def test_indirect_speech_with_reporting_verbs(analyze, verb):
    statement = _only(analyze(f"The mayor {verb} that the bridge would stay open all winter."))
    assert statement.cue == verb
    assert statement.content == "the bridge would stay open all winter"
    assert statement.speaker_text == "The mayor"
    assert statement.kind == "indirect"


def test_tell_keeps_the_listener_out_of_the_content(analyze):
    statement = _only(analyze("The minister told reporters that the border would reopen next week."))
    assert statement.cue == "told"
    assert statement.content == "the border would reopen next week"


def test_accuse_of_a_deed_is_a_charge_not_a_statement(analyze):
    # the Gender Gap Tracker's manner (issue 11): "accused X of <gerund>" names a charge, not a
    # proposition; a quoted charge is kept (tests/nlp/test_statements_stmt12.py)
    assert analyze("Angela Merkel accused the opposition of spreading false figures.").statements == []


def test_according_to(analyze):
    statement = _only(analyze("According to the health ministry, the outbreak has spread to three provinces."))
    assert statement.cue == "According to"
    assert statement.speaker_text == "the health ministry"
    assert statement.content == "the outbreak has spread to three provinces"


def test_name_colon_quote(analyze):
    statement = _only(analyze("Sanders: “The system is rigged against working families.”"))
    assert statement.cue == ":"
    assert statement.speaker_text == "Sanders"
    assert statement.content == "The system is rigged against working families"
    assert statement.kind == "direct"


def test_quote_paragraph_after_its_speakers_paragraph(analyze):
    text = ("Senator Elizabeth Warren said the bank had misled its customers for years.\n\n"
            "“They knew exactly what they were doing, and they did it anyway.”")
    analysis = analyze(text)
    assert len(analysis.statements) == 2
    second = analysis.statements[1]
    assert second.kind == "direct" and second.cue is None
    assert second.content.startswith("They knew exactly")
    assert second.speaker == analysis.statements[0].speaker is not None


def test_mixed_statement(analyze):
    statement = _only(analyze("The president said the attack was “an act of pure evil” and the nation would grieve."))
    assert statement.kind == "mixed"
    assert "an act of pure evil" in statement.content


def test_a_second_report_joined_by_and_is_its_own_statement(analyze):
    # "vowed that he would respond" and "said that he would fix it" are reports of their own ("vowed
    # to respond", a promise of a deed, is no statement since session twelve)
    first, second = analyze("The president said the attack was “an act of pure evil” and vowed that the "
                            "country would respond.").statements
    assert first.kind == "mixed" and first.content.endswith("an act of pure evil")
    assert (second.cue, second.content, second.speaker_text) == ("vowed", "the country would respond", "The president")
    first, second = analyze("Trump said the plan had failed and said that he would fix it.").statements
    assert first.content == "the plan had failed"
    assert (second.content, second.speaker_text) == ("he would fix it", "Trump")


def test_pronoun_resolves_to_the_last_named_person(analyze):
    text = ("Angela Merkel arrived in Paris on Monday for the summit.\n\n"
            "She said that Europe must act together on migration.")
    analysis = analyze(text)
    statement = _only(analysis)
    assert statement.speaker_text == "She"
    assert statement.speaker_name == "Angela Merkel"


def test_role_noun_resolves_to_its_holder(analyze):
    text = ("Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara.\n\n"
            "The minister said that the talks had been useful.")
    analysis = analyze(text)
    by_text = {s.speaker_text: s for s in analysis.statements}
    assert by_text["The minister"].speaker_name == "Sergei Lavrov" or "Lavrov" in (by_text["The minister"].speaker_name or "")


def test_unnamed_source_keeps_its_words(analyze):
    statement = _only(analyze("Officials said the road would remain closed."))
    assert statement.speaker_text == "Officials"
    assert statement.speaker is None and statement.speaker_name is None


def test_cue_inside_a_quote_is_not_a_statement_of_its_own(analyze):
    statement = _only(analyze("“I said that we would win, and we did,” Obama said."))
    assert statement.content == "I said that we would win, and we did"


# -- pieces ---------------------------------------------------------------------------------------


def test_quotations_handle_curly_straight_and_paragraph_runs():
    text = 'He said: “One.” Then "two words" and\n\n“Three starts.\n\n“Three ends.” End.'
    found = [text[q.inner[0]:q.inner[1]] for q in quotations(text)]
    assert found == ["One", "two words", "Three starts.\n\n“Three ends"]


def test_cue_lexicon_is_read_from_the_data_file():
    lexicon = load_cues()
    assert {"say", "warn", "claim", "deny", "insist", "accuse", "call"} <= lexicon.verbs
    assert not lexicon.takes_object("tell") and lexicon.takes_object("criticize")


def test_cue_lexicon_rejects_unknown_sections():
    with pytest.raises(DataFileError, match="the cue file:1: unknown section .*valid: verbs"):
        parse_cues(["[verb]", "say"])


# -- forms added with the cue model (PolNeAR train study) ------------------------------------------


def test_parenthetical_cue_takes_the_words_on_both_sides(analyze):
    statement = _only(analyze("The bigger risk, he said, is a clash caused by paramilitary ships."))
    assert statement.cue == "said" and statement.speaker_text == "he"
    assert statement.content.startswith("The bigger risk")
    assert statement.content.endswith("a clash caused by paramilitary ships")


def test_quote_continued_after_an_attribution_with_circumstances(analyze):
    text = "“We will win this state,” Sanders said at a rally in Concord. “Nobody expected it a year ago.”"
    statement = _only(analyze(text))
    assert statement.kind == "direct" and statement.speaker_text == "Sanders"
    assert statement.content.startswith("We will win this state")
    assert statement.content.endswith("Nobody expected it a year ago")


def test_doubled_apostrophes_are_quotation_marks(analyze):
    statement = _only(analyze("''We will win this state,'' Mr. Sanders said."))
    assert statement.kind == "direct"
    assert statement.content == "We will win this state"
    text = "He said ''yes, we can,'' twice."
    assert [text[q.inner[0]:q.inner[1]] for q in quotations(text)] == ["yes, we can"]


@pytest.mark.parametrize("sentence, cue, content", [
    ("The poll found that most voters distrust both candidates.", "found", "most voters distrust both candidates"),
    ("Senator Warren believes that the bank misled its customers.", "believes", "the bank misled its customers"),
])
def test_cue_model_accepts_attitude_verbs_outside_the_lexicon(analyze, sentence, cue, content):
    statement = _only(analyze(sentence))
    assert (statement.cue, statement.content) == (cue, content)


@pytest.mark.parametrize("sentence", [
    "Most Republicans want Trump to drop out of the race.",  # a wish, not a statement (issue 11)
    "The senator supports a ban on assault weapons.",  # a noun phrase, not a proposition
])
def test_attitudes_without_a_proposition_are_not_statements(analyze, sentence):
    assert analyze(sentence).statements == []


def test_cue_model_rejects_verbs_that_report_nothing(analyze):
    assert analyze("The river rose quickly and flooded the town.").statements == []
    assert analyze("The company built a new factory near the border.").statements == []


def test_passive_with_an_infinitive_is_not_a_statement(analyze):
    # issue 11: nobody is quoted in "X is expected to …" (PolNeAR counts it, the Gender Gap
    # Tracker does not); "it was reported that …" still is a statement with an unnamed source
    assert analyze("The committee is expected to produce a report this summer.").statements == []
    statement = _only(analyze("It was reported that the committee had produced a report."))
    assert statement.speaker_span is None and statement.content == "the committee had produced a report"


def test_participle_of_a_named_source(analyze):
    statement = _only(analyze("Attorney General Loretta Lynch, announcing that the case was closed, left the room."))
    assert (statement.cue, statement.content) == ("announcing", "the case was closed")
    assert statement.speaker_name == "Loretta Lynch"
