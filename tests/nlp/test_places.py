"""Places: toponyms recognised and resolved to GeoNames entries on real sentences."""
from __future__ import annotations

from pathlib import Path

import pytest


def _by_id(analysis):
    return {place.geonames_id: place for place in analysis.places}


def test_seed_article_has_every_required_place(seed_analysis, seed_gold):
    found = _by_id(seed_analysis)
    required = [p for p in seed_gold["places"] if not p.get("optional")]
    missing = [p["name"] for p in required if p["geonames_id"] not in found]
    assert not missing, f"missing places: {missing}; found {[p.name for p in seed_analysis.places]}"
    allowed = {p["geonames_id"] for p in seed_gold["places"]}
    extra = [p.name for p in seed_analysis.places if p.geonames_id not in allowed]
    assert len(extra) <= 1, f"false places: {extra}"


def test_seed_first_mentions_match_the_annotation(seed_analysis, seed_gold):
    found = _by_id(seed_analysis)
    for gold in seed_gold["places"]:
        place = found.get(gold["geonames_id"])
        if place is not None:
            assert tuple(gold["first_mention"]) == place.mentions[0], gold["name"]


def test_seed_spans_index_the_text(seed_analysis):
    assert not seed_analysis.bad_spans()
    text = seed_analysis.text
    badakhshan = _by_id(seed_analysis)[1147745]
    assert [text[s:e] for s, e in badakhshan.mentions] == ["Badakhshan province"]
    assert badakhshan.feature == "admin1" and badakhshan.country == "AF"


def test_direction_word_is_not_part_of_the_place(analyze):
    analysis = analyze("Fighters were pushed from Syria to northern Afghanistan last year.")
    afghanistan = _by_id(analysis)[1149361]
    assert [analysis.text[s:e] for s, e in afghanistan.mentions] == ["Afghanistan"]


def test_demonym_stands_for_its_country(analyze):
    analysis = analyze("Turkish troops crossed the border on Monday, officials said.")
    turkey = _by_id(analysis).get(298795)
    assert turkey is not None and turkey.feature == "country"
    assert analysis.text[slice(*turkey.mentions[0])] == "Turkish"


def test_city_state_pair_picks_the_town_in_that_state(analyze):
    analysis = analyze("A woman from Alexandria, La., was arrested on Friday after a fire.")
    alexandria = [p for p in analysis.places if p.name == "Alexandria"]
    assert alexandria and alexandria[0].country == "US" and alexandria[0].admin1 == "Louisiana"
    assert any(p.feature == "admin1" and p.name == "Louisiana" for p in analysis.places)


def test_all_mentions_of_a_place_are_grouped(analyze):
    analysis = analyze("Kazakhstan hosted the summit. Officials in Kazakhstan said the talks went well.")
    (kazakhstan,) = [p for p in analysis.places if p.geonames_id == 1522867]
    assert len(kazakhstan.mentions) == 2
    assert [p.id for p in analysis.places] == [f"P{n}" for n in range(1, len(analysis.places) + 1)]


def test_ordinary_capitalised_words_are_not_places(analyze):
    analysis = analyze("We met on Monday. May brought rain, and Mobile phones were cheap.")
    assert [p.name for p in analysis.places] == []


@pytest.mark.parametrize("sentence, expected", [
    ("The minister flew to Tehran on Sunday.", 112931),
    ("Protesters gathered in Moscow and St. Petersburg.", 524901),
])
def test_capital_cities_beat_their_namesake_provinces(analyze, sentence, expected):
    assert expected in _by_id(analyze(sentence))


def test_county_list_resolves_jointly_to_one_state(analyze):
    analysis = analyze("School boards in Barrow, Jackson and Madison counties tweaked their policies.")
    counties = {p.name: p for p in analysis.places}
    assert set(counties) == {"Barrow County", "Jackson County", "Madison County"}
    # Barrow County exists only in Georgia: the other two names follow it there.
    assert {p.admin1 for p in counties.values()} == {"Georgia"}


def test_party_tag_names_the_politicians_home_state(analyze):
    analysis = analyze("Rep. Nick Rahall, D-W. Va., chairman of the committee, said the bill would pass.")
    (state,) = analysis.places
    assert state.name == "West Virginia" and analysis.text[slice(*state.mentions[0])] == "W. Va."


def test_demonym_opening_an_organisation_names_its_country(analyze):
    analysis = analyze("The Georgian Interior Ministry said on March 23 that the men were detained.")
    assert [p.geonames_id for p in analysis.places] == [614540]


def test_region_beats_a_hamlet_of_the_same_name(analyze):
    analysis = analyze("Leaders across the Middle East condemned the attack.")
    (region,) = analysis.places
    assert region.feature == "region" and region.geonames_id == 6269133


def test_a_list_of_countries_stays_countries(analyze):
    # Norway, Mexico and China are also towns of Maine; next to Japan and Brazil they are countries.
    analysis = analyze("Health officials in the United States and Norway confirmed the new strain. "
                       "Officials in Mexico, China, Japan and Brazil also reported cases.")
    by_name = {p.name: p for p in analysis.places}
    for name in ("Norway", "Mexico", "China"):
        assert by_name[name].feature == "country", name


def test_a_capital_named_by_an_actor_is_no_evidence_for_its_country(analyze):
    # The actors component reads "Dublin" as Ireland's; that must not vote for Dublin, Ireland.
    analysis = analyze("The Dublin City Council met on Monday. Councilwoman Amy Salay and the county "
                       "sheriff asked the school board to fix Route 161 before the Fourth of July parade in Dublin.")
    dublin = [p for p in analysis.places if p.name == "Dublin"]
    assert dublin and dublin[0].country == "US"


def test_short_form_of_saint_resolves_to_the_town(analyze):
    analysis = analyze("He moved from Minneapolis to St. Cloud last year.")
    st_cloud = [p for p in analysis.places if p.geonames_id == 5044407]
    assert st_cloud and st_cloud[0].admin1 == "Minnesota"


def test_county_in_a_sheriffs_title_is_a_place(analyze):
    text = "McMinn County Sheriff Steve Frisbie said deputies searched a house in Athens, Tenn., on Friday."
    analysis = analyze(text)
    spans = [analysis.text[s:e] for p in analysis.places for s, e in p.mentions]
    assert "McMinn County" in spans


def test_people_of_a_state_name_the_state(analyze):
    analysis = analyze("Storms left thousands of Ohioans without power in Columbus, Ohio, on Tuesday.")
    ohio = [p for p in analysis.places if p.feature == "admin1" and p.name == "Ohio"]
    assert ohio and any(analysis.text[s:e] == "Ohioans" for s, e in ohio[0].mentions)


def test_country_cues_find_us_local_news_only():
    from dateline.nlp.places.evidence import cue_countries as _cue_countries

    local = "The sheriff's office said the township board and the school district will meet. Call (555) 123-4567."
    wiki = "The World Health Organization said cases rose in Kenya and Uganda, and vaccines arrived by air."
    assert _cue_countries(local).get("US", 0) > 0
    assert _cue_countries(wiki) == {}


def test_area_codes_name_the_state_and_british_cues_britain():
    from dateline.nlp.places.evidence import area_code_provinces as _area_code_provinces
    from dateline.nlp.places.evidence import cue_countries as _cue_countries

    assert _area_code_provinces("Call the sheriff at 903-675-8477 or (903) 675-5454.") == {"US.TX": 2.0}
    assert _area_code_provinces("Call 1-800-555-0100 toll free.") == {}
    assert _cue_countries("Tickets cost £8; ring him on Cambridge (01223) 264970.").get("GB", 0) > 0


def test_street_names_count_as_context_but_are_not_places(analyze):
    analysis = analyze("The fire broke out at 5600 Post Road in Dublin, Ohio, on Monday. "
                       "Dublin police closed Cooper Street.")
    names = {analysis.text[s:e] for place in analysis.places for s, e in place.mentions}
    assert "Post" not in names and "Cooper" not in names
    assert any(p.name == "Dublin" and p.admin1 == "Ohio" for p in analysis.places)


def test_only_the_capital_gets_the_capital_bonus(analyze):
    analysis = analyze("WASHINGTON - Senators from Iowa, Montana and Connecticut met in Washington on Monday.")
    washington = [p for p in analysis.places if p.name == "Washington"]
    assert washington and washington[0].admin1 == "Washington, D.C."


def test_a_state_s_counties_are_not_a_county_named_after_it(analyze):
    analysis = analyze("Boone County's jobless rate was near the middle of Indiana counties in February.")
    assert not any(p.name == "Indiana County" for p in analysis.places)
    assert any(p.name == "Indiana" and p.feature == "admin1" for p in analysis.places)


def test_a_university_named_after_a_town_is_no_province_hint(analyze):
    analysis = analyze("David Sweet, president of Youngstown State University in Ohio, said on Monday that cuts are due.")
    text = analysis.text
    spans = {text[s:e]: place for place in analysis.places for s, e in place.mentions}
    assert not any(span.startswith("Youngstown") and place.feature == "admin1" for span, place in spans.items())

# Two wire stories written for these tests (tests/data/places/): what must and must not be found.
ARTICLES = Path(__file__).resolve().parents[1] / "data" / "places"


def _places(analyze, name):
    analysis = analyze((ARTICLES / name).read_text(encoding="utf-8"))
    text = analysis.text
    return analysis, {text[s:e]: place for place in analysis.places for s, e in place.mentions}


def test_ukraine_strike_report(analyze):
    analysis, by_text = _places(analyze, "ukraine_strikes.txt")
    # "the Poltava, Sumy and Odesa regions", "the Kursk and Bryansk regions": the provinces.
    for name, province in (("Poltava", 696634), ("Odesa", 698738), ("Bryansk", 571473), ("Kursk region", 538555)):
        assert by_text[name].geonames_id == province and by_text[name].feature == "admin1", name
    # A town the model labels as no place, spelled as Ukrainian sources spell it.
    assert by_text["Kostiantynivka"].geonames_id == 705104
    assert by_text["Donetsk region"].feature == "admin1"
    # "The Prime Minister of Georgia", with Tbilisi: the country, not the US state.
    assert by_text["Georgia"].geonames_id == 614540
    assert by_text["Tbilisi"].country == "GE"
    # "euro-Atlantic" names no ocean nor Atlantic, Iowa.
    assert not any("Atlantic" in text for text in by_text)
    assert all(p.gazetteer == "geonames" for p in analysis.places)


def test_sudan_wire_story(analyze):
    analysis, by_text = _places(analyze, "sudan_wire.txt")
    assert by_text["PORT SUDAN"].geonames_id == by_text["Port Sudan"].geonames_id == 377039
    assert by_text["El Fasher"].country == "SD"
    assert by_text["North Darfur"].geonames_id == 408666  # GeoNames' "Northern Darfur"
    assert by_text["South Kordofan"].feature == "admin1"
    assert by_text["Chad"].feature == "country"
    # Regions and features of dateline's own are marked so, never passed off as GeoNames ids.
    assert by_text["Darfur"].gazetteer == "dateline"
    assert by_text["Nuba Mountains"].gazetteer == "dateline" and by_text["Nuba Mountains"].feature == "other"
    # An agency and a paper named after countries name no place; nor does a namesake in Yemen.
    assert "France" not in by_text and "China" not in by_text
    assert not any(p.country == "YE" for p in analysis.places)


def test_physical_features_and_short_names(analyze):
    analysis = analyze("Indian and Chinese troops met at Shipki La, a pass on the old trade route. "
                       "Officials later gathered at Hyderabad House in New Delhi.")
    names = {analysis.text[s:e]: p for p in analysis.places for s, e in p.mentions}
    assert names["Shipki La"].gazetteer == "dateline" and names["Shipki La"].country is None
    assert not any(p.admin1 == "Louisiana" for p in analysis.places)
    assert "Hyderabad" not in names


def test_a_county_name_after_the_is_not_the_county(analyze):
    analysis = analyze("The state senator from Tallahassee said the Gulf was calm, the sheriff said on Monday.")
    assert not any(p.feature == "admin2" for p in analysis.places)
    analysis = analyze("The weather service said the Red River will crest at 40 feet in Fargo on Saturday.")
    assert [p.name for p in analysis.places] == ["Fargo"]


def test_a_word_the_article_also_writes_in_lower_case_is_no_town(analyze):
    analysis = analyze("Mayor Marilee Chinnici-Zuercher of Dublin, Ohio, said Council also heard a first reading of "
                       "the bill. The vote is expected during Council's regular meeting April 6, and the council "
                       "will meet again in May.")
    assert not any(p.name == "Council" for p in analysis.places)
    assert any(p.name == "Dublin" and p.admin1 == "Ohio" for p in analysis.places)


@pytest.mark.parametrize("sentence", [
    "The Argentine ambassador met Chilean officials in Santiago on Friday.",
    "Smugglers crossed the Argentine frontier near the river at night, the Chilean navy said.",
    "A Welsh rugby fan and a Spanish chef opened a restaurant in Cardiff.",
])
def test_a_demonym_is_never_a_town_of_that_spelling(analyze, sentence):
    # Argentine (Kansas), Welsh (Louisiana), Spanish (Ontario): towns spelled like nationalities.
    analysis = analyze(sentence)
    names = {analysis.text[s:e]: p for p in analysis.places for s, e in p.mentions}
    for word in ("Argentine", "Welsh", "Spanish"):
        if word in names:
            assert names[word].feature == "country", (word, names[word].name, names[word].country)


def test_a_building_named_after_a_town_is_not_the_town(analyze):
    analysis = analyze("Tourists queued for hours outside Blenheim Palace, the guides in Oxford said. "
                       "The two presidents later met at the Planalto Palace.")
    assert not {p.name for p in analysis.places} & {"Blenheim", "Planalto"}
    assert any(p.name == "Oxford" for p in analysis.places)


def test_a_building_keeps_its_town_where_the_article_names_it_alone(analyze):
    analysis = analyze("Crowds filled the Springfield Science Museum on Saturday. Officials in Springfield, "
                       "Massachusetts, said it was the busiest day of the year.")
    springfield = [p for p in analysis.places if p.name == "Springfield"]
    assert len(springfield) == 1 and len(springfield[0].mentions) == 2


def test_towns_near_each_other_support_each_other():
    from dateline.gazetteer import Entry
    from dateline.nlp.places.evidence import neighbours as _neighbours
    from dateline.nlp.places.resolve import _Name

    def town(geonameid, admin1, lat, lon):
        return Entry(geonameid, "x", "city", "US", admin1, None, lat, lon, 5_000, True)

    # Alexandria and Brandon of one Minnesota county lie 15 km apart; their Virginia and Florida
    # namesakes lie far from every other candidate.
    names = {
        "alexandria|": _Name("alexandria|", [], [town(1, "US.VA", 38.80, -77.05), town(2, "US.MN", 45.89, -95.38)],
                             [0.0, 0.0], 1.0),
        "brandon|": _Name("brandon|", [], [town(3, "US.FL", 27.94, -82.29), town(4, "US.MN", 45.97, -95.60)],
                          [0.0, 0.0], 0.3),
    }
    near = _neighbours(names)
    assert near["alexandria|"] == {2: 0.3}
    assert near["brandon|"] == {4: 1.0}


def test_a_list_of_states_is_no_town_state_pair(analyze):
    analysis = analyze("Cases were confirmed in Oregon, Washington, Pennsylvania and California. "
                       "Vaccination teams also worked in Ghana, Niger, Nigeria and Togo.")
    by_name = {p.name: p for p in analysis.places}
    assert by_name["Washington"].feature == "admin1"
    assert by_name["Niger"].feature == "country" and by_name["Niger"].country == "NE"


def test_two_provinces_joined_by_and_are_a_list(analyze):
    analysis = analyze("A professor in Chicago backs the Oregon and Washington laws on assisted dying.")
    by_name = {p.name: p for p in analysis.places}
    assert by_name["Oregon"].feature == "admin1" and by_name["Washington"].feature == "admin1"


def test_the_words_before_a_name_can_say_which_kind_of_place_it_is(analyze):
    analysis = analyze("The city of Sao Paulo reported 327 deaths, and the state of Washington reported two.")
    by_name = {p.name: p for p in analysis.places}
    assert by_name["São Paulo"].feature == "city"
    assert by_name["Washington"].feature == "admin1"


def test_a_name_continues_over_a_lower_case_particle(analyze):
    analysis = analyze("There was one case apiece in Rio Grande do Sul, Tocantins and Minas Gerais.")
    spans = {analysis.text[s:e]: p.feature for p in analysis.places for s, e in p.mentions}
    assert spans.get("Rio Grande do Sul") == "admin1"


@pytest.mark.parametrize("sentence, feature", [
    ("Nine of the cases are in Sao Paulo, seven in Rio de Janeiro.", "city"),
    ("Nine of the cases are in the state of Sao Paulo.", "admin1"),
])
def test_a_city_beats_the_province_named_after_it(analyze, sentence, feature):
    (place,) = [p for p in analyze(sentence).places if p.name == "São Paulo"]
    assert place.feature == feature


def test_a_dateline_is_a_place_whatever_the_model_made_of_it(analyze):
    analysis = analyze("Planners vie for council seat. ISLE OF PALMS — Two members of the city "
                       "Planning Commission will run for council, the mayor said on Monday.")
    spans = [analysis.text[s:e] for p in analysis.places for s, e in p.mentions]
    assert "ISLE OF PALMS" in spans


def test_an_actor_titled_by_a_place_is_no_evidence_for_its_country():
    from dateline.nlp.places.explain import explain_place

    # The actors component codes "Athens Mayor Randy Daniel" as Greek from the town's name alone.
    text = ("The Athens City Council was given a budget update on Monday. Athens Mayor Randy Daniel "
            "said caution is advised, and the county sheriff agreed.")
    greek = [c for c in explain_place("Athens", text, limit=20) if c.country == "GR"]
    assert greek and not any("places and actors in GR" in reason for reason, _ in greek[0].reasons)


def test_the_y_of_x_comma_y_is_the_province_x_lies_in(analyze):
    analysis = analyze("Menu Foods, which is based in Mississauga, Ontario, recalled its pet food. "
                       "Stores in California and Texas pulled the cans.")
    ontario = [p for p in analysis.places if p.name == "Ontario"]
    assert ontario and ontario[0].feature == "admin1" and ontario[0].country == "CA"


def test_a_name_the_model_cut_at_the_front_is_made_whole(analyze):
    analysis = analyze("The bulk of the cases are in the state of Victoria. New South Wales is the second, "
                       "with 74 infections.")
    spans = {analysis.text[s:e]: p.feature for p in analysis.places for s, e in p.mentions}
    assert spans.get("New South Wales") == "admin1"


def test_quick_cue_patterns_find_what_plain_scans_find():
    import random
    import re

    from dateline.nlp.places.tables import QuickPattern

    rnd = random.Random(7)
    for source in (r"\b[Ss]heriff\b", r"\bab?|\b\d", r"\b(?:a|ab)\b|b", r"a*|\bb", r"\b\w*", r"[|]\b|\ba", r"\bmph\b|\d\s?°F"):
        quick = QuickPattern(re.compile(source))
        assert quick.scanners is not None, source
        for _ in range(500):
            text = "".join(rnd.choice("ab -1.\nSsheriff°F|") for _ in range(rnd.randint(0, 30)))
            assert [m.span() for m in quick.finditer(text)] == [m.span() for m in re.finditer(source, text)], (source, text)
