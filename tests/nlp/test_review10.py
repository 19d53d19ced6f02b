"""Review of the tenth session's rules: cases where a new rule fired where it should not.
Sentences of our own."""
from __future__ import annotations


def test_a_report_as_medium_still_carries_what_was_said(analyze):
    # "commented on reports that …" is hearsay; "said in a report that …" is the speaker's own words
    analysis = analyze("The water board said in a report that the reservoir would run dry by August.")
    contents = [analysis.text[s.content_span[0]:s.content_span[1]] for s in analysis.statements if s.content_span]
    assert contents == ["the reservoir would run dry by August"], contents


def test_a_name_before_a_hyphenated_modifier_takes_no_part_of_it(analyze):
    # "Lee Jae-myung" is one name; "Okafor-backed" and "Okafor-era" describe the noun after them
    analysis = analyze("Governor Okafor-backed reforms were blocked by the assembly, and Governor Okafor-era "
                       "rules on land stayed in force.")
    names = [e.name for e in analysis.entities]
    assert not any(name.endswith(("-backed", "-era")) for name in names), names


def test_one_civilians_violence_is_no_riot(analyze):
    # PLOVER's riot and vandalize are a crowd's; one student who shoots classmates commits a crime
    analysis = analyze("A student shot two classmates at a school in Dayton on Tuesday.")
    assert "PROTEST" not in [e.type for e in analysis.events], analysis.events
    riot = analyze("Students torched cars in Dayton on Tuesday.")
    assert [e.type for e in riot.events if e.type == "PROTEST"], riot.events


def test_a_vow_to_be_is_no_passive_of_report(analyze):
    # "said to be" reports what others say; "vowed to be", "pledged to have" are the subject's own
    # promises, of a deed and not a proposition, which the Gender Gap Tracker's manner does not count
    # (session twelve: none of the five GGT-style gold sets has one; PolNeAR does)
    analysis = analyze("The new police chief vowed to be tough on car thefts. The minister pledged to have the "
                       "ferry repaired by June. A trader said to be the mayor's cousin was fined.")
    cues = [s.cue for s in analysis.statements]
    assert "vowed" not in cues and "pledged" not in cues, cues
    assert "said" not in cues, cues
