"""Classes found on three fresh articles of the twelfth session (a foreign ministry briefing, a printed
interview, a nurses' strike), each with sentences of its own."""
from __future__ import annotations

import pytest

_INTERVIEW = (
    "Ghana's energy minister spoke to us after the tariff rise.\n\n"
    "Q: Why raise power prices now?\n\n"
    "Asante: Because the utility is losing money every day. It owes its suppliers two billion cedis. "
    "Nobody lends to a company in that state.\n\n"
    "Q: Will poor households pay more?\n\n"
    "Asante: No. The first hundred units stay at the old price, and most homes use less than that.\n"
)


def test_a_printed_interview_gives_each_answer_whole_to_the_guest(analyze):
    analysis = analyze(_INTERVIEW)
    answers = [s for s in analysis.statements if s.speaker_text == "Asante"]
    contents = [_INTERVIEW[slice(*s.content_span)] for s in answers]
    assert contents == ["Because the utility is losing money every day. It owes its suppliers two billion cedis. "
                        "Nobody lends to a company in that state",
                        "No. The first hundred units stay at the old price, and most homes use less than that"]
    # the interviewer's questions are nobody's statements
    assert not any("Why raise" in _INTERVIEW[slice(*s.content_span)] for s in analysis.statements)


def test_a_lone_label_with_a_colon_is_no_transcript(analyze):
    text = "Update: The ferry service resumed on Sunday after the storm passed, the operator said.\n"
    assert all(s.speaker_text != "Update" for s in analyze(text).statements)


def test_the_question_put_to_a_speaker_is_not_their_statement(analyze):
    # "Asked" opening a sentence after a quotation is tagged a past tense here, with no subject
    text = ('The spokesman rejected the charge. "It is a lie," he said.\n\n'
            'Asked whether Moscow would expel British diplomats in return, he said Russia would '
            '"respond in kind" but gave no details.')
    analysis = analyze(text)
    assert [text[slice(*s.cue_span)] for s in analysis.statements] == ["said", "said"]


def test_an_acronym_in_parentheses_names_the_organisation_in_full(analyze):
    text = ("The Syndicat canadien de la fonction publique (SCFP) said on Monday that cleaners at the airport "
            "would strike. The SCFP said talks had failed.")
    analysis = analyze(text)
    names = {s.speaker_name for s in analysis.statements}
    assert names == {"Syndicat canadien de la fonction publique"}
    # the acronym is an aside, not part of the source's words
    assert "(" not in analysis.statements[0].speaker_text


def test_the_union_is_the_union_named_before_not_the_latest_agency(analyze):
    text = ("Members of the Confédération des syndicats nationaux (CSN) voted to strike. "
            "Most classes were cancelled, according to the Montreal school service centre agency, Services Scolaires. "
            "The union said pickets would go up at dawn.")
    analysis = analyze(text)
    statement = next(s for s in analysis.statements if s.speaker_text == "The union")
    assert statement.speaker_name == "Confédération des syndicats nationaux"


@pytest.mark.parametrize("text, name", [
    ("A regional business group, the Northern Chamber of Commerce, warned that exporters could be hit again.",
     "Northern Chamber of Commerce"),
    ("A rights group, Amnesty International, said the trial was unfair.", "Amnesty International"),
])
def test_an_organisation_named_in_apposition_is_the_source(analyze, text, name):
    assert [s.speaker_name for s in analyze(text).statements] == [name]


@pytest.mark.parametrize("text, defined", [
    ("Officers of the Royal Canadian Mounted Police (RCMP) searched the house.", ["Royal Canadian Mounted Police"]),
    ("Nurses of the Fédération interprofessionnelle de la santé du Québec (FIQ) walked out.",
     ["Fédération interprofessionnelle de la santé du Québec"]),
    # letters that are not the initials of the words before are no definition
    ("NAIROBI, Kenya (AP) — Floods closed the main road.", []),
    ("The talks resumed on Tuesday (GMT) in Geneva.", []),
])
def test_a_long_form_is_the_words_whose_initials_spell_the_acronym(text, defined):
    from dateline.nlp.actors.acronyms import defined_long_forms
    from dateline.nlp.pipeline import parse_texts

    doc = next(iter(parse_texts([text])))
    assert [doc[start:end].text for start, end in defined_long_forms(doc)] == defined


def test_a_country_defined_by_its_acronym_stays_a_place(analyze):
    text = "Fighting spread in the Democratic Republic of Congo (DRC) on Sunday, the United Nations said."
    analysis = analyze(text)
    assert any(p.name.startswith("Democratic Republic of") or p.country == "CD" for p in analysis.places)


@pytest.mark.parametrize("text, speaker, role", [
    ('"We are very early in the investigation," Sgt. Andrew Douglas told reporters.', "Andrew Douglas", "Sgt."),
    ('"The convoy was hit twice," Lt.-Col. Maria Haddad said on Sunday.', "Maria Haddad", "Lt.-Col."),
    ("Coun. Dianne Okafor said the vote would be held in March.", "Dianne Okafor", None),
])
def test_an_abbreviated_title_does_not_end_the_sentence(analyze, text, speaker, role):
    analysis = analyze(text)
    assert [s.speaker_name for s in analysis.statements] == [speaker]
    person = next(e for e in analysis.entities if e.name == speaker)
    assert role is None or role in person.roles


@pytest.mark.parametrize("text, content", [
    # the parser hangs the clause on the medium as a relative clause; with its subject and object
    # it has no gap, so it is what was said
    ("Health Canada said in a release it had approved the vaccine for children.",
     "it had approved the vaccine for children"),
    # a real relative clause of the medium ("a letter she wrote") is no content
    ("She said in a letter she wrote last week the plan was dead.", "the plan was dead"),
])
def test_a_clause_hung_on_the_medium_is_what_was_said(analyze, text, content):
    assert [text[slice(*s.content_span)] for s in analyze(text).statements] == [content]


def test_a_business_named_by_its_trade_is_the_company_named_before(analyze):
    text = ("Unifor said its members would vote on Friday. In a statement, Air Canada said it would cancel "
            "40 flights. The airline added that customers would be rebooked.")
    analysis = analyze(text)
    statement = next(s for s in analysis.statements if s.speaker_text == "The airline")
    assert statement.speaker_name == "Air Canada"


@pytest.mark.parametrize("text, person", [
    ("Health Minister Mark Holland said the dental plan had enrolled two million people.", "Mark Holland"),
    ("Liberal MP Chad Collins said the bill would pass.", "Chad Collins"),
    ("Israel Katz, the defence minister, said the army would respond.", "Israel Katz"),
])
def test_a_country_in_a_persons_name_is_neither_a_country_nor_a_place(analyze, text, person):
    analysis = analyze(text)
    assert [s.speaker_name for s in analysis.statements] == [person]
    entity = next(e for e in analysis.entities if e.name == person)
    assert entity.country is None
    assert analysis.places == []


def test_a_country_beside_a_name_is_still_a_place(analyze):
    analysis = analyze("Troops from Chad and Niger said the border was calm.")
    assert {p.name for p in analysis.places} == {"Chad", "Niger"}


def test_a_rank_is_no_town(analyze):
    analysis = analyze("Nearly five fires a day were reported, Brig. Gen. Kurt Stein said in an e-mail.")
    assert analysis.places == []


def test_an_acronym_the_article_defines_is_no_town_of_that_name(analyze):
    text = ("The African Leaders Malaria Alliance (ALMA) met in Dar es Salaam. "
            "ALMA said bed nets would reach every village by June.")
    analysis = analyze(text)
    assert {p.name for p in analysis.places} == {"Dar es Salaam"}
    assert [s.speaker_name for s in analysis.statements] == ["African Leaders Malaria Alliance"]


@pytest.mark.parametrize("text, name", [
    # the parser reads "travailleurs" as a verb: no name word heads the source phrase
    ("The Fédération des travailleurs du rail (FTR) said the strike would start on Monday.",
     "Fédération des travailleurs du rail"),
    ("The Confédération des syndicats nationaux (CSN) said talks had failed.", "Confédération des syndicats nationaux"),
])
def test_an_organisation_whose_name_the_parser_broke_up_is_still_the_source(analyze, text, name):
    assert [s.speaker_name for s in analyze(text).statements] == [name]


def test_a_given_name_tells_the_gender_a_pronoun_must_agree_with(analyze):
    text = ("Hillary Clinton spoke in Ohio on Tuesday. The mayor of Roanoke was dropped from her campaign. "
            "He had defended the wartime internment camps, he said. She said the remarks were wrong.")
    speakers = [(s.speaker_text, s.speaker_name) for s in analyze(text).statements]
    assert ("He", "Hillary Clinton") not in speakers and ("he", "Hillary Clinton") not in speakers
    assert ("She", "Hillary Clinton") in speakers


def test_groups_of_organisations_are_no_one_organisation(analyze):
    text = ("The GOP convention opened in Cleveland. Eleven civil rights organizations wrote to the senator. "
            "The groups say they are concerned by his remarks. They argue that he should apologise.")
    assert [s.speaker_name for s in analyze(text).statements] == [None, None]


def test_an_abbreviated_title_is_no_part_of_the_name(analyze):
    text = "Hillary Clinton spoke in Iowa. Sec. Clinton said the plan would pass."
    analysis = analyze(text)
    assert [s.speaker_name for s in analysis.statements] == ["Hillary Clinton"]


@pytest.mark.parametrize("text, person", [
    ("London head coach Dale Hunter said the series was not over.", "Dale Hunter"),
    ("Ottawa Mayor Mark Sutcliffe said the budget was tight.", "Mark Sutcliffe"),
])
def test_a_capital_before_a_local_role_is_the_city_not_the_government(analyze, text, person):
    analysis = analyze(text)
    assert next(e for e in analysis.entities if e.name == person).country is None
    assert not any(e.type == "GPE" and e.name in {"United Kingdom", "Canada"} for e in analysis.entities)


def test_a_capital_before_a_national_role_is_still_its_government(analyze):
    analysis = analyze("Washington envoy Amos Hochstein said talks would resume.")
    assert next(e for e in analysis.entities if e.name == "Amos Hochstein").country == "USA"


def test_a_person_after_a_noun_of_organisations_is_still_a_person(analyze):
    text = "Crane operator Sylvie Tremblay said the wind had been too strong. She said work stopped at noon."
    analysis = analyze(text)
    assert [(s.speaker_name, s.speaker_type) for s in analysis.statements] == [
        ("Sylvie Tremblay", "person"), ("Sylvie Tremblay", "person")]


def test_the_health_unit_is_the_unit_named_before(analyze):
    text = "The Middlesex-London Health Unit reported 12 new cases. The health unit said the risk remained low."
    assert [s.speaker_name for s in analyze(text).statements] == ["Middlesex-London Health Unit"]


@pytest.mark.parametrize("text, speaker", [
    ("Former Texas Gov. Rick Perry endorsed Ted Cruz on Monday. Perry said Cruz was a proven conservative. "
     "The Texan said the party needed a fighter.", "Rick Perry"),
    # nobody has spoken before: the subject of the main clause before is meant (spk13), not the object
    ("Former Texas Gov. Rick Perry endorsed Ted Cruz on Monday. The Texan said the party needed a fighter.",
     "Rick Perry"),
])
def test_one_of_a_people_is_the_person_who_spoke_before(analyze, text, speaker):
    statement = next(s for s in analyze(text).statements if s.speaker_text == "The Texan")
    assert statement.speaker_name == speaker
