"""Places: words of an organisation's name that GeoNames keeps as a province's alternate name, and
slight namesakes abroad (user13, a new user's first reading of places on fresh news). Sentences of
our own."""
from __future__ import annotations

import pytest


def _names(analysis) -> set[str]:
    return {place.name for place in analysis.places}


@pytest.mark.parametrize("text", [
    "Brazil's Federal Police raided two offices in Brasilia on Thursday.",
    "The Federal Prosecutor's Office in Brasilia opened an inquiry into the contracts.",
    "Capital Police in Copenhagen detained two activists outside the parliament.",
])
def test_an_adjective_opening_an_institutions_name_is_no_province(analyze, text):
    analysis = analyze(text, published="2024-05-02")
    assert not {"Federal District", "Capital Region"} & _names(analysis)
    assert {"Brasília", "Copenhagen"} & _names(analysis)  # the town named on its own stays


def test_a_district_of_no_recorded_people_abroad_is_not_taken(analyze):
    # "Bangu" is a Rio neighbourhood; GeoNames knows only a Congolese district of that name.
    text = ("Police in Rio de Janeiro said the suspect had been moved to Bangu prison. "
            "Prosecutors in Brazil asked for a longer sentence.")
    analysis = analyze(text, published="2024-05-02")
    assert all(place.country == "BR" for place in analysis.places), [(p.name, p.country) for p in analysis.places]
    assert "Rio de Janeiro" in _names(analysis)
