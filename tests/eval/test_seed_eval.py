"""The reference article against its hand annotation: the acceptance figures of every component."""
from __future__ import annotations

from dateline.eval.seed import compare_article, format_seed_report


def test_reference_article_meets_the_acceptance_figures(seed_analysis, seed_gold):
    report = compare_article(seed_analysis, seed_gold)
    text = format_seed_report(report)
    assert report["published"]["got"] == "2023-09-15"
    assert not report["entities"]["missed"] and not report["entities"]["wrong"], text
    assert len(report["statements"]["found"]) == 10, text
    assert len(report["statements"]["extra"]) <= 1, text
    assert len(report["places"]["found"]) == 7 and len(report["places"]["extra"]) <= 1, text


def test_reference_article_has_its_five_events(seed_analysis, seed_gold):
    report = compare_article(seed_analysis, seed_gold)
    assert len(report["events"]["found"]) == 5, format_seed_report(report)


def test_the_report_names_what_differs(seed_analysis, seed_gold):
    import copy

    gold = copy.deepcopy(seed_gold)
    gold["places"].append({"name": "Kabul", "geonames_id": 1138958, "first_mention": [0, 0]})
    gold["entities"][0]["sector"] = "MIL"
    report = compare_article(seed_analysis, gold)
    assert "Kabul (1138958)" in report["places"]["missed"]
    assert any("sector 'GOV', wanted 'MIL'" in line for line in report["entities"]["wrong"])
