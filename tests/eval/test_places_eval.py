"""The places scorer: gold reading, distance, and an end-to-end run on a few LGL articles."""
from __future__ import annotations

import pytest

from dateline.errors import ResourceMissing
from dateline.eval.places import evaluate_places, format_places_report, haversine_km, read_gold


def test_haversine_known_distance():
    # Kabul to Tehran is about 1,570 km along the great circle.
    assert 1500 < haversine_km(34.53, 69.17, 35.69, 51.42) < 1650
    assert haversine_km(10, 10, 10, 10) == 0


def test_missing_gold_file_names_it(tmp_path):
    with pytest.raises(ResourceMissing, match="nope.xml"):
        read_gold(str(tmp_path / "nope.xml"))


def test_reads_geovirus_format(tmp_path):
    path = tmp_path / "gv.xml"
    path.write_text(
        "<articles><article><source>x</source><text>Cases rose in Lagos, Nigeria.</text><locations>"
        "<location><name>Lagos</name><start>14</start><end>19</end><lat>6.45</lat><lon>3.39</lon>"
        "<page>p</page></location></locations></article></articles>", encoding="utf-8")
    fmt, articles = read_gold(str(path))
    assert fmt == "GeoVirus"
    (text, gold), = articles
    assert text[gold[0].start:gold[0].end] == "Lagos" and gold[0].geonameid is None


def test_end_to_end_on_geovirus_format_file(tmp_path):
    path = tmp_path / "gv.xml"
    path.write_text(
        "<articles><article><source>x</source><text>Health officials in Lagos, Nigeria reported new cases "
        "on Monday.</text><locations><location><name>Lagos</name><start>20</start><end>25</end><lat>6.45</lat>"
        "<lon>3.39</lon><page>p</page></location><location><name>Nigeria</name><start>27</start><end>34</end>"
        "<lat>9.0</lat><lon>8.0</lon><page>p</page></location></locations></article></articles>",
        encoding="utf-8")
    figures = evaluate_places(str(path))
    assert figures["toponyms"] == 2 and figures["exact_id"] is None
    assert figures["recognised"] == 1.0 and figures["acc_161km"] == 1.0
    assert "accuracy@161km" in format_places_report(figures)


@pytest.mark.slow
def test_lgl_sample_scores(shared_data):
    figures = evaluate_places(str(shared_data / "geo" / "lgl.xml"), limit=5)
    assert figures["format"] == "LGL" and figures["articles"] == 5
    assert 0 < figures["toponyms"]
    assert 0 <= figures["acc_161km"] <= figures["recognised"] <= 1
    assert figures["exact_id"] is not None
