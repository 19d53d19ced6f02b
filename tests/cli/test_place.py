"""``dateline place NAME``: the candidates for a name and why the winner wins."""
from __future__ import annotations

import json

from click.testing import CliRunner

from dateline.cli import main


def test_place_lists_candidates_with_reasons():
    result = CliRunner().invoke(main, ["place", "Georgia", "--json"])
    assert result.exit_code == 0, result.output
    candidates = json.loads(result.output)
    assert {c["geonames_id"] for c in candidates} >= {614540, 4197000}  # the country and the US state
    assert all(c["reasons"] for c in candidates)
    assert abs(sum(c["probability"] for c in candidates) - 1.0) < 0.01


def test_place_context_decides_and_the_winner_is_explained():
    context = "Tbilisi police detained protesters outside parliament, the Interior Ministry of Georgia said."
    result = CliRunner().invoke(main, ["place", "Georgia", "--context", context])
    assert result.exit_code == 0, result.output
    assert "won  Georgia (country, GE)" in result.output
    assert "wins by" in result.output


def test_place_feature_word_asks_for_the_province():
    result = CliRunner().invoke(main, ["place", "Poltava region", "--json", "-n", "1"])
    (best,) = json.loads(result.output)
    assert best["feature"] == "admin1" and best["geonames_id"] == 696634


def test_unknown_place_is_a_one_line_error():
    result = CliRunner().invoke(main, ["place", "Qwzxyville"])
    assert result.exit_code == 1
    assert "no place called 'Qwzxyville'" in result.output
