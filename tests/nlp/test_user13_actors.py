"""Actors: an organisation named after a country's possessive is that country's ("Peru's Defence
Ministry" is PER GOV; it was coded GOV with no country, so `dateline events --actor-country` lost
it). user13, a new user's first reading of actors on fresh news. Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, country", [
    ("Peru's Defence Ministry accused Ecuador of violating the border.", "Defence Ministry", "PER"),
    ("Mali's Foreign Ministry summoned the French ambassador on Monday.", "Foreign Ministry", "MLI"),
    ("Chile's Interior Ministry said the roads would reopen.", "Interior Ministry", "CHL"),
])
def test_a_countrys_institution_is_coded_with_the_country(analyze, text, name, country):
    analysis = analyze(text, published="2024-05-02")
    entity = next((e for e in analysis.entities if e.name.endswith(name)), None)
    assert entity is not None, [e.name for e in analysis.entities]
    assert entity.country == country

