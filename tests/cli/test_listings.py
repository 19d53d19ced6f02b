"""The listing commands as a user runs them: checked types and country codes, paging, sorting,
honest counts, and export taking the listings' filters."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.model import PLOVER_TYPES


@pytest.fixture(scope="module")
def db(seed_analysis, tmp_path_factory):
    from dateline.store import open_store

    path = tmp_path_factory.mktemp("listings") / "seed.db"
    with open_store(path) as store:
        store.save(seed_analysis)
    return str(path)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_an_unknown_event_type_is_a_usage_error_listing_the_types(db):
    result = run("events", "--type", "ATTACK", "--db", db)
    assert result.exit_code == 2 and "'ATTACK' is not a PLOVER event type" in result.output
    assert ", ".join(PLOVER_TYPES) in result.output
    assert run("events", "--type", "accuse", "--db", db).exit_code == 0


def test_limit_must_be_positive_and_sort_must_name_a_column(db):
    assert run("events", "--limit", "-1", "--db", db).exit_code == 2
    result = run("events", "--sort", "nope", "--db", db)
    assert result.exit_code == 2 and "sort by one of event_date" in result.output


def test_country_codes_in_either_form_find_the_same_rows(db):
    for command in ("places", "actors"):
        two = run(command, "--country", "AF", "--format", "json", "--db", db)
        three = run(command, "--country", "afg", "--format", "json", "--db", db)
        assert two.exit_code == three.exit_code == 0
        assert json.loads(two.stdout) == json.loads(three.stdout) and json.loads(two.stdout), command
    result = run("places", "--country", "XX", "--db", db)
    assert result.exit_code == 2 and "unknown country code 'XX'" in result.output


def test_offset_and_sort_page_through_the_rows(db):
    # Every stored event (--min-confidence 0), so there are pages enough to turn.
    every = json.loads(run("events", "--sort", "-confidence", "--min-confidence", "0", "--limit", "100", "--format",
                           "json", "--db", db).stdout)
    assert len(every) >= 6
    confidences = [e["confidence"] for e in every]
    assert confidences == sorted(confidences, reverse=True)
    second = run("events", "--sort", "-confidence", "--min-confidence", "0", "--limit", "2", "--offset", "2",
                 "--format", "json", "--db", db)
    assert json.loads(second.stdout) == every[2:4]
    assert f"{len(every)} events in all, rows 3-4" in second.stderr


def test_articles_lists_the_stored_articles(db, seed_analysis):
    result = run("articles", "--format", "json", "--db", db)
    assert result.exit_code == 0 and [a["id"] for a in json.loads(result.stdout)] == [seed_analysis.article.id]
    assert result.stderr.startswith("1 article in all, rows 1-1")


def test_geojson_export_counts_what_it_writes(db, seed_analysis, tmp_path):
    out = tmp_path / "events.geojson"
    # --min-confidence 0: every stored event, whatever the calibrated default shows
    result = run("export", "--what", "events", "--format", "geojson", "-o", str(out), "--min-confidence", "0",
                 "--db", db)
    features = len(json.loads(out.read_text())["features"])
    located = sum(1 for v in seed_analysis.events
                  if v.place and next(p for p in seed_analysis.places if p.id == v.place).lat is not None)
    assert features == located
    assert result.stderr.startswith(f"{features} features")
    if features < len(seed_analysis.events):
        assert f"of {len(seed_analysis.events)} events have no coordinates" in result.stderr


def test_export_takes_the_listings_filters(db):
    listed = json.loads(run("events", "--type", "COOPERATE", "--format", "json", "--limit", "1000",
                            "--min-confidence", "0", "--status", "any", "--db", db).stdout)
    exported = [json.loads(line) for line in run("export", "--what", "events", "--type", "cooperate",
                                                 "--min-confidence", "0", "--status", "any",
                                                 "--db", db).stdout.splitlines()]
    assert listed and sorted(e["event_id"] for e in exported) == sorted(e["event_id"] for e in listed)
    wrong = run("export", "--what", "places", "--speaker", "Khatib", "--db", db)
    assert wrong.exit_code == 1 and "--speaker does not filter places; places take --country" in wrong.output


def test_export_starts_from_the_events_the_listing_shows(db):
    # Without --status, export and `dateline events` give the same rows (asserted events only);
    # --status any with --min-confidence 0 exports every stored event.
    listed = json.loads(run("events", "--format", "json", "--limit", "1000", "--min-confidence", "0",
                            "--db", db).stdout)
    exported = [json.loads(line) for line in run("export", "--what", "events", "--min-confidence", "0",
                                                 "--db", db).stdout.splitlines()]
    assert sorted(e["event_id"] for e in exported) == sorted(e["event_id"] for e in listed)
    assert {e["status"] for e in exported} <= {"asserted", None}
    every = run("export", "--what", "events", "--min-confidence", "0", "--status", "any", "--db", db).stdout
    assert len(every.splitlines()) >= len(exported)
    wrong = run("export", "--what", "statements", "--status", "any", "--db", db)
    assert wrong.exit_code == 1 and "--status does not filter statements" in wrong.output


def test_every_exported_span_indexes_the_stored_text(db):
    text = json.loads(run("export", "--what", "articles", "--db", db).stdout.splitlines()[0])["text"]
    events = [json.loads(line) for line in run("export", "--what", "events", "--min-confidence", "0",
                                               "--status", "any", "--db", db).stdout.splitlines()]
    assert events
    for event in events:
        assert text[event["trigger_start"]:event["trigger_end"]] == event["trigger"]
        assert text[event["sentence_start"]:event["sentence_end"]] == event["sentence"]
        if event["actor_start"] is not None:
            assert text[event["actor_start"]:event["actor_end"]] == event["actor_text"]
    for statement in map(json.loads, run("export", "--what", "statements", "--db", db).stdout.splitlines()):
        assert text[statement["content_start"]:statement["content_end"]] == statement["content"]
        assert text[statement["cue_start"]:statement["cue_end"]] == statement["cue"]


def test_stats_says_how_many_events_the_listing_shows(db):
    figures = json.loads(run("stats", "--json", "--db", db).stdout)
    shown = json.loads(run("events", "--format", "json", "--limit", "1000", "--db", db).stdout)
    every = json.loads(run("events", "--format", "json", "--limit", "1000", "--min-confidence", "0",
                           "--status", "any", "--db", db).stdout)
    assert figures["events_shown"] == len(shown) and figures["events"] == len(every)
    assert f"({len(shown)} shown by default" in run("stats", "--db", db).stdout


def test_show_marks_the_events_the_listings_hide(db, seed_analysis):
    listed = json.loads(run("events", "--format", "json", "--limit", "1000", "--db", db).stdout)
    shown = run("show", seed_analysis.article.id, "--db", db).stdout
    lines = shown.split("\nEvents (", 1)[1].splitlines()[1:]
    assert len(lines) == len(seed_analysis.events)
    assert len([line for line in lines if "[hidden: " not in line]) == len(listed)
    assert f"{len(listed)} shown by default in listings" in shown


def test_search_takes_a_possessive_and_says_or_is_no_operator(db):
    plain = json.loads(run("search", "Khatib", "--format", "json", "--db", db).stdout)
    possessive = json.loads(run("search", "Khatib’s", "--format", "json", "--db", db).stdout)
    assert plain and possessive == plain
    either = run("search", "Khatib OR Zzyzx", "--db", db)
    assert "not operators here: OR; every word must occur" in either.stderr


def test_a_listing_as_csv_has_the_columns_of_its_json(db):
    import csv
    import io

    for command in ("events", "places", "actors", "articles"):
        every = ["--min-confidence", "0"] if command == "events" else []
        rows = json.loads(run(command, *every, "--format", "json", "--db", db).stdout)
        table = list(csv.DictReader(io.StringIO(run(command, *every, "--format", "csv", "--db", db).stdout)))
        assert rows and list(table[0]) == list(rows[0]), command  # the sentence and spans too, not the table's few


def test_a_year_or_a_month_as_since_and_until_covers_the_whole_period(db, seed_analysis):
    from dateline.dates import filter_bound

    assert [filter_bound("2024-02", end=True), filter_bound("2023-12", end=True), filter_bound("2023", end=True)] == \
        ["2024-02-29", "2023-12-31", "2023-12-31"]
    assert filter_bound("2023-09") == "2023-09" and filter_bound("2023-09-15", end=True) == "2023-09-15"
    year = seed_analysis.article.published[:4]
    by_day = json.loads(run("statements", "--since", f"{year}-01-01", "--until", f"{year}-12-31", "--format", "json",
                            "--db", db).stdout)
    by_year = json.loads(run("statements", "--since", year, "--until", year, "--format", "json", "--db", db).stdout)
    assert by_day and by_year == by_day
    month = seed_analysis.article.published[:7]
    assert json.loads(run("statements", "--until", month, "--format", "json", "--db", db).stdout) == by_day
    bad = run("statements", "--since", f"{year}-13", "--db", db)
    assert bad.exit_code == 2 and "use YYYY-MM-DD, YYYY-MM or YYYY" in bad.output


def test_show_with_too_short_an_id_says_how_long_a_prefix_must_be(db, seed_analysis):
    article_id = seed_analysis.article.id
    short = run("show", article_id[:4], "--db", db)
    assert short.exit_code == 1 and "6 or more characters" in short.output
    assert "dateline articles" in short.output
    assert run("show", article_id[:6], "--db", db).exit_code == 0
    unknown = run("show", "ffffffffff", "--db", db)
    assert unknown.exit_code == 1 and "6 or more" not in unknown.output


@pytest.mark.parametrize("fmt", ["csv", "parquet", "geojson"])
def test_export_into_a_missing_folder_is_one_line_before_the_query(db, tmp_path, fmt):
    target = tmp_path / "no-such-folder" / f"events.{fmt}"
    result = run("export", "--what", "events", "--format", fmt, "-o", str(target), "--db", db)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"there is no folder {target.parent}" in result.output and "mkdir -p" in result.output


def test_geojson_of_articles_is_refused_whatever_the_output(db, tmp_path):
    result = run("export", "--what", "articles", "--format", "geojson", "-o", str(tmp_path / "a.geojson"), "--db", db)
    assert result.exit_code == 1 and "geojson export is for places or events" in result.output
    assert not (tmp_path / "a.geojson").exists()
