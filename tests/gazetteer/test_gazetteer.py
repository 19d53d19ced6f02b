"""The offline gazetteer: built from shipped tables, looked up by normalised name."""
from __future__ import annotations

import sqlite3

import pytest

from dateline.gazetteer import build_gazetteer, load_gazetteer, name_key


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_name_key_drops_accents_periods_and_case():
    assert name_key("São Paulo") == "sao paulo"
    assert name_key("W.Va.") == name_key("W. Va.") == "w va"
    assert name_key("St. Louis") == name_key("Saint Louis") == "saint louis"
    assert name_key("Main St") == "main st"  # a short form spelled out only before another word


def test_short_form_of_saint_is_the_towns_own_name(gazetteer):
    st_cloud = [e for e in gazetteer.candidates("St. Cloud") if e.admin1 == "Minnesota"]
    assert st_cloud and st_cloud[0].main


def test_country_has_geonames_id_and_centre(gazetteer):
    afghanistan = gazetteer.country("AF")
    assert afghanistan.geonameid == 1149361
    assert afghanistan.feature == "country"
    assert abs(afghanistan.lat - 33) < 2 and abs(afghanistan.lon - 66) < 2


def test_province_gets_a_centre_from_its_towns(gazetteer):
    (badakhshan,) = [e for e in gazetteer.candidates("Badakhshan") if e.feature == "admin1"]
    assert badakhshan.geonameid == 1147745
    assert badakhshan.country == "AF" and badakhshan.admin1 == "Badakhshan"
    # GeoNames puts Badakhshan at 36.75, 71.0; within about 100 km is good enough for a province.
    assert abs(badakhshan.lat - 36.75) < 1 and abs(badakhshan.lon - 71.0) < 1


def test_city_has_population_and_province(gazetteer):
    tehran = [e for e in gazetteer.candidates("Tehran") if e.feature == "city"][0]
    assert tehran.geonameid == 112931
    assert tehran.population > 1_000_000
    assert tehran.admin1 == "Tehran"


def test_aliases_and_alternate_names_resolve(gazetteer):
    assert gazetteer.candidates("U.S.")[0].geonameid == 6252001
    assert gazetteer.candidates("Calif.")[0].name == "California"
    assert any(e.name == "Kyiv" for e in gazetteer.candidates("Kiev"))


def test_district_has_coordinates(gazetteer):
    (rapides,) = [e for e in gazetteer.candidates("Rapides Parish") if e.feature == "admin2"]
    assert rapides.geonameid == 4338356 and rapides.admin1 == "Louisiana"
    assert abs(rapides.lat - 31.2) < 0.5 and abs(rapides.lon + 92.5) < 0.5


def test_unknown_name_has_no_candidates(gazetteer):
    assert gazetteer.candidates("Qwzxyville") == ()
    assert not gazetteer.known("Qwzxyville")


def test_build_writes_a_complete_sqlite_file(tmp_path):
    path = build_gazetteer(tmp_path / "gaz.sqlite")
    db = sqlite3.connect(path)
    try:
        places = db.execute("SELECT count(*) FROM place").fetchone()[0]
        features = {row[0] for row in db.execute("SELECT DISTINCT feature FROM place")}
        version = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    finally:
        db.close()
    assert places > 200_000
    assert features == {"country", "admin1", "admin2", "city", "region", "physical"}
    assert version is not None
    assert not list(tmp_path.glob(".gazetteer-*"))  # no temporary file left behind


def test_districts_have_population_and_a_short_name(gazetteer):
    walker = [e for e in gazetteer.candidates("Walker County") if e.feature == "admin2"]
    assert {e.admin1 for e in walker} >= {"Texas", "Georgia", "Alabama"}
    assert all(e.population > 0 for e in walker)
    (avoyelles,) = gazetteer.candidates("Avoyelles")
    assert avoyelles.name == "Avoyelles Parish" and not avoyelles.main  # a short name is an alternate


def test_regions_file_adds_regions(gazetteer):
    darfur = gazetteer.candidates("Darfur")[0]
    assert darfur.feature == "region" and abs(darfur.lat - 13.5) < 2 and abs(darfur.lon - 24) < 3
