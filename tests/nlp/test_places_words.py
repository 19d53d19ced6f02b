"""Places: capitalised words that are no place though a town bears them, and weak signs of an
article's home country; each on sentences written for the test."""
from __future__ import annotations


def _names(analysis) -> set[str]:
    return {place.name for place in analysis.places}


def _mentioned(analysis) -> set[str]:
    text = analysis.text
    return {text[s:e] for place in analysis.places for s, e in place.mentions}


def test_a_disease_named_after_a_town_is_no_place(analyze):
    analysis = analyze("Doctors in Angola are fighting the Marburg virus, which has killed dozens of patients. "
                       "Marburg hemorrhagic fever spreads through body fluids, the health ministry in Luanda said.")
    assert "Marburg" not in _mentioned(analysis)
    assert "Angola" in _names(analysis)


def test_an_abbreviation_that_spells_a_town_is_no_place(analyze):
    analysis = analyze("The UN said on Tuesday that food had reached the camps in eastern Chad. "
                       "NATO ministers will meet in Brussels next week.")
    mentioned = _mentioned(analysis)
    assert "UN" not in mentioned and "NATO" not in mentioned
    assert "Chad" in _names(analysis)


def test_a_month_or_season_is_no_town(analyze):
    analysis = analyze("Egg prices in Iowa have doubled since March, and farmers expect no relief until August.")
    mentioned = _mentioned(analysis)
    assert "March" not in mentioned and "August" not in mentioned
    assert "Iowa" in _names(analysis)


def test_the_head_noun_of_an_institution_is_no_town(analyze):
    analysis = analyze("Samples went to the University of Calgary and to the Center for Disease Control, "
                       "and the Church of Scientology said it would help.")
    mentioned = _mentioned(analysis)
    assert not mentioned & {"University", "Center", "Church"}


def test_a_ministry_portfolio_is_no_town(analyze):
    analysis = analyze("The farmer was charged by the Department of Justice after inspectors from the "
                       "Department of Conservation visited his land near Tulsa, Oklahoma.")
    mentioned = _mentioned(analysis)
    assert "Justice" not in mentioned and "Conservation" not in mentioned


def test_one_foreign_street_does_not_make_its_country_the_home(analyze):
    analysis = analyze("Hartford police said Thursday that officers arrested 13 people in raids. The raids "
                       "started at 6 a.m. when the SWAT team rammed the door at 44 Hungerford St., police said.")
    hartford = [place for place in analysis.places if place.name == "Hartford"]
    assert hartford and hartford[0].country == "US"


def test_a_full_stop_ends_the_sentence_not_the_name(analyze):
    analysis = analyze("Cases of the new strain were found in KwaZulu-Natal. Officials in Johannesburg said "
                       "more tests would follow across South Africa.")
    mentioned = _mentioned(analysis)
    assert "KwaZulu-Natal" in mentioned and "KwaZulu-Natal." not in mentioned


def test_former_counties_islands_and_states_are_known(analyze):
    analysis = analyze("Farmers in Telemark and Hedmark must keep their hens indoors, Norway's food agency said. "
                       "Pigs died on farms in Mindanao, and the Soviet Union once studied the virus.")
    names = _names(analysis)
    assert {"Telemark", "Hedmark", "Mindanao", "Soviet Union"} <= names
    telemark = [p for p in analysis.places if p.name == "Telemark"][0]
    assert telemark.country == "NO" and telemark.gazetteer == "dateline"


def test_republic_of_congo_is_not_dr_congo(analyze):
    analysis = analyze("The outbreak spread from Gabon into the Republic of Congo last month.")
    assert any(p.country == "CG" and p.feature == "country" for p in analysis.places)


def test_the_portfolio_of_a_chamber_is_no_town(analyze):
    analysis = analyze("The Peruvian Chamber of Commerce urged the government in Lima to settle the strike.")
    mentioned = _mentioned(analysis)
    assert "Commerce" not in mentioned
    assert "Lima" in mentioned


def test_a_seat_of_government_is_no_town_but_a_capital_is(analyze):
    analysis = analyze("The White House imposed new duties on Canadian aluminium on Monday, and the Kremlin "
                       "said Moscow would answer. Officials in Washington and Ramallah declined to comment.")
    mentioned = _mentioned(analysis)
    assert "White House" not in mentioned and "Kremlin" not in mentioned
    assert {"Moscow", "Washington", "Ramallah"} <= mentioned
