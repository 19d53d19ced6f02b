"""Actors: a role told in apposition beside a person's name gives the role, country, sector and affiliation."""
from __future__ import annotations

import pytest

from dateline.model import Analysis, Article
from dateline.nlp import dates
from dateline.nlp.actors import find_actors


@pytest.fixture(scope="module")
def person(nlp):
    """``person(text, name) -> Entity``: the actors of ``text`` (dates and actors only), the one named ``name``."""
    def run(text: str, name: str):
        doc = nlp(text)
        analysis = find_actors(doc, dates.assign_published(doc, Analysis(Article(text=text))))
        found = [e for e in analysis.entities if e.name == name]
        assert found, [e.name for e in analysis.entities]
        return found[0]
    return run


@pytest.mark.parametrize("text", [
    "Tomas Lindqvist, Sweden's foreign minister, said the talks would go on.",
    "Sweden's foreign minister, Tomas Lindqvist, said the talks would go on.",
    "The Swedish foreign minister, Tomas Lindqvist, said the talks would go on.",
])
def test_a_role_after_or_before_the_name_between_commas(person, text):
    entity = person(text, "Tomas Lindqvist")
    assert (entity.country, entity.sector, entity.roles) == ("SWE", "GOV", ["foreign minister"])


def test_an_organisation_the_role_serves_is_the_affiliation_and_sets_the_sector_not_the_title(person):
    # "president" alone reads as a head of state; of a union it is the union's officer.
    text = ("The Teamsters Union said on Friday it would strike. Lena Hargrove, the president of the "
            "Teamsters Union, said members had voted.")
    entity = person(text, "Lena Hargrove")
    assert entity.roles == ["president"] and entity.sector != "GOV"
    assert entity.affiliation is not None


def test_a_country_that_only_qualifies_the_noun_is_not_the_persons(person):
    # A veteran of a war in Vietnam served no Vietnamese state; a Vietnamese diplomat does.
    veteran = person("Dale Cooper, a Vietnam veteran, told the hearing the clinic was closing.", "Dale Cooper")
    assert veteran.country is None
    diplomat = person("Nguyen Van An, a Vietnamese diplomat, told the hearing the talks were over.", "Nguyen Van An")
    assert diplomat.country == "VNM"


def test_a_place_further_inside_the_apposition_is_not_the_persons_country(person):
    entity = person("Ruth Adler, the banker behind the loan to Argentina, declined to comment.", "Ruth Adler")
    assert entity.country is None
