"""Questions a user asks of a database holding the reference article, through the CLI."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main

SEED_TEXT = Path(__file__).resolve().parents[2] / "examples" / "seed" / "article.txt"


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory, nlp):
    db = str(tmp_path_factory.mktemp("queries") / "seed.db")
    result = CliRunner().invoke(main, ["ingest", str(SEED_TEXT), "--db", db])
    assert result.exit_code == 0, result.output
    return db


def run(db: str, *args: str):
    result = CliRunner().invoke(main, [*args, "--db", db])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_statements_by_speaker_alias_and_topic(seed_db):
    by_short_name = json.loads(run(seed_db, "statements", "--speaker", "Khatib", "--format", "json"))
    assert len(by_short_name) == 6
    assert {s["speaker_name"] for s in by_short_name} == {"Seyyed Ismail Khatib"}
    about = json.loads(run(seed_db, "statements", "--speaker", "Khatib", "--about", "Badakhshan", "--format", "json"))
    assert [s["sentence"].startswith("According to him") for s in about] == [True]
    karimi = json.loads(run(seed_db, "statements", "--speaker", "Karimi", "--format", "json"))
    assert len(karimi) == 2 and all(s["published"] == "2023-09-15" for s in karimi)
    assert json.loads(run(seed_db, "statements", "--speaker", "Karimi", "--until", "2023-01-01",
                          "--format", "json")) == []
    table = run(seed_db, "statements", "--speaker", "IEA")
    assert "baseless" in table and "Islamic Emirate of Afghanistan" in table


def test_actor_lists_aliases_roles_and_statements(seed_db):
    actor = json.loads(run(seed_db, "actor", "Khatib", "--json"))
    assert actor["name"] == "Seyyed Ismail Khatib" and actor["country"] == "IRN"
    assert "Minister of Intelligence" in actor["roles"] and actor["statements"] == 6
    persons = json.loads(run(seed_db, "actors", "--type", "PERSON", "--format", "json"))
    assert {a["name"] for a in persons} >= {"Seyyed Ismail Khatib", "Bilal Karimi"}


def test_places_with_counts_and_geojson(seed_db):
    places = json.loads(run(seed_db, "places", "--country", "AF", "--format", "json"))
    assert {p["geonames_id"] for p in places} >= {1149361, 1147745}
    collection = json.loads(run(seed_db, "export", "--what", "places", "--format", "geojson"))
    badakhshan = [f for f in collection["features"] if f["properties"]["geonames_id"] == 1147745]
    lon, lat = badakhshan[0]["geometry"]["coordinates"]
    assert 35 < lat < 39 and 69 < lon < 74


def test_events_filter_and_export_columns(seed_db):
    rejects = json.loads(run(seed_db, "events", "--type", "REJECT", "--min-confidence", "0", "--format", "json"))
    assert [e["actor_name"] for e in rejects] == ["Islamic Emirate of Afghanistan"]
    assert "baseless" in rejects[0]["sentence"]
    by_actor = json.loads(run(seed_db, "events", "--actor", "IEA", "--min-confidence", "0", "--format", "json"))
    assert {"COOPERATE", "REJECT"} <= {e["event_type"] for e in by_actor}
    rows = list(csv.DictReader(io.StringIO(run(seed_db, "export", "--what", "events", "--format", "csv"))))
    assert rows and {"event_date", "event_type", "actor_name", "actor_country", "actor_sector", "recipient_name",
                     "latitude", "longitude", "sentence"} <= set(rows[0])
    statements = list(csv.DictReader(io.StringIO(run(seed_db, "export", "--what", "statements", "--format", "csv"))))
    text = SEED_TEXT.read_text(encoding="utf-8")
    for row in statements:
        assert text[int(row["content_start"]):int(row["content_end"])] == row["content"]
