"""Actor coding: PLOVER country codes and sectors for actor phrases, and the PLOVER gold scorer."""
from __future__ import annotations

import pytest

from dateline.eval.actors import evaluate_actors, format_actors_report, gold_actors
from dateline.model import Analysis, Article
from dateline.nlp.actors import find_actors
from dateline.nlp.actors.coding import code_actor_phrase


@pytest.fixture(scope="module")
def code(nlp):
    """``code(sentence, phrase) -> (country, sector)`` for the first occurrence of phrase."""
    def run(sentence: str, phrase: str):
        doc = nlp(sentence)
        analysis = find_actors(doc, Analysis(Article(text=sentence)))
        start = sentence.index(phrase)
        return code_actor_phrase(doc, analysis, start, start + len(phrase))
    return run


@pytest.mark.parametrize("sentence, phrase, expected", [
    ("Ugandan troops clashed with Congolese rebels near the border.", "Congolese rebels", ("COD", "REB")),
    ("Ugandan troops clashed with Congolese rebels near the border.", "Ugandan troops", ("UGA", "MIL")),
    ("Pakistan's interior minister said the talks would resume.", "Pakistan's interior minister", ("PAK", "GOV")),
    ("The Kenyan parliament voted against the bill.", "Kenyan parliament", ("KEN", "LEG")),
    ("Moscow rejected the proposal on Friday.", "Moscow", ("RUS", "GOV")),
    ("Brazil signed the agreement on Friday.", "Brazil", ("BRA", None)),
    ("NATO said it would send more ships.", "NATO", ("IGO", "MIL")),
    ("The UN Security Council met in New York.", "UN Security Council", ("IGO", "GOV")),
    ("Former Prime Minister Nawaz Sharif returned to Lahore.", "Former Prime Minister Nawaz Sharif", (None, "ELI")),
    ("Striking Nigerian workers blocked the road to Lagos.", "Nigerian workers", ("NGA", "LAB")),
    ("Syrian refugees crossed into Jordan.", "Syrian refugees", ("SYR", "REF")),
    ("Hezbollah fired rockets at the town.", "Hezbollah", ("LBN", "REB")),
])
def test_code_actor_phrase(code, sentence, phrase, expected):
    assert code(sentence, phrase) == expected


def test_ethnic_minority_takes_the_country_where_it_lives(code):
    sentence = "Ethnic Hungarians in Romania protested against the new language law."
    assert code(sentence, "Ethnic Hungarians") == ("ROU", "CVL")


def test_gold_actors_skips_uncoded_targets():
    records = [
        {"id": "a", "text": "X did Y.", "source": [{"actorText": "X", "code": "USA"}], "target": "diplomatic"},
        {"id": "doc", "event": "DOCUMENT"},
        {"id": "b", "text": "Z.", "source": [{"actorText": "Z", "code": "FRA", "sector": "GOV"}], "target": None},
    ]
    assert [(r["id"], role, a["code"]) for r, role, a in gold_actors(records)] == [("a", "source", "USA"), ("b", "source", "FRA")]


def test_evaluate_actors_on_plover_records(shared_data):
    figures = evaluate_actors(str(shared_data / "plover" / "PLOVER_GSR_dev.json"))
    assert figures["actors"] == len(figures["rows"]) > 100
    assert sum(cell["n"] for cell in figures["per_sector"].values()) == figures["sector_scored"]
    assert 0.0 <= figures["country_accuracy"] <= 1.0 and 0.0 <= figures["sector_accuracy"] <= 1.0
    nato = next(r for r in figures["rows"] if r["text"] == "NATO")
    assert (nato["country"], nato["sector"]) == ("IGO", "MIL")
    report = format_actors_report(figures)
    assert "country code accuracy" in report and "per sector:" in report
    assert "GOV" in report
