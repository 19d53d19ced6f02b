"""The dateline command as a user runs it: help, analyze, ingest, browse, export."""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from dateline.cli import main

SEED_TEXT = Path(__file__).resolve().parents[2] / "examples" / "seed" / "article.txt"


def _commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield prefix + (name,), command
        if isinstance(command, click.Group):
            yield from _commands(command, prefix + (name,))


@pytest.fixture()
def runner():
    return CliRunner()


def test_every_command_has_help_with_an_example(runner):
    for path, command in _commands(main):
        result = runner.invoke(main, [*path, "--help"])
        assert result.exit_code == 0, path
        if not isinstance(command, click.Group):
            assert "Example" in result.output, f"dateline {' '.join(path)} --help has no example"


def test_version_names_the_spacy_pipeline(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert "dateline 0." in result.output and "en_core_web_sm" in result.output


def test_analyze_seed_prints_the_record(runner, nlp):
    result = runner.invoke(main, ["analyze", str(SEED_TEXT), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["schema"] == "dateline.analysis/1"
    assert record["article"]["published"] == "2023-09-15"
    text = record["article"]["text"]
    assert text == SEED_TEXT.read_text(encoding="utf-8")
    by_name = {e["name"]: e for e in record["entities"]}
    assert by_name["Islamic Emirate of Afghanistan"]["type"] == "ORG"
    for entity in record["entities"]:
        for start, end in entity["mentions"]:
            assert text[start:end].strip()
    for key in ("statements", "places", "events"):
        assert isinstance(record[key], list)


def test_analyze_jsonl_keeps_input_ids(runner, nlp, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a-1", "text": "Karimi said Daesh was destroyed."}) + "\n"
                      + json.dumps({"id": "a-2", "text": "Kazakhstan hosted the meeting in Astana."}) + "\n")
    result = runner.invoke(main, ["analyze", str(source), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()]
    assert ids == ["a-1", "a-2"]


def test_ingest_twice_keeps_one_copy_and_browse_works(runner, nlp, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(SEED_TEXT, folder / "seed.txt")
    (folder / "other.txt").write_text("The United Nations said on Monday that aid convoys reached Kabul.\n")
    db = str(tmp_path / "news.db")
    first = runner.invoke(main, ["ingest", str(folder), "--db", db])
    assert first.exit_code == 0, first.output
    assert "2 new" in first.stderr
    second = runner.invoke(main, ["ingest", str(folder), "--db", db])
    assert second.exit_code == 0
    assert "0 new" in second.stderr and "2 unchanged" in second.stderr
    stats = json.loads(runner.invoke(main, ["stats", "--db", db, "--json"]).stdout)
    assert stats["articles"] == 2

    hits = runner.invoke(main, ["search", "Badakhshan", "--db", db, "--format", "json"])
    article_hits = [h for h in json.loads(hits.stdout) if h["kind"] == "article"]
    article_id = article_hits[0]["article_id"]
    shown = runner.invoke(main, ["show", article_id[:8], "--db", db])
    assert shown.exit_code == 0 and "Islamic Emirate of Afghanistan" in shown.stdout
    actors = runner.invoke(main, ["actors", "--db", db, "--format", "json"])
    assert any(a["name"] == "Islamic Emirate of Afghanistan" for a in json.loads(actors.stdout))

    exported = runner.invoke(main, ["export", "--what", "articles", "--format", "csv", "--db", db])
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert len(rows) == 2
    parquet = tmp_path / "entities.parquet"
    result = runner.invoke(main, ["export", "--what", "entities", "--format", "parquet", "-o", str(parquet),
                                  "--db", db])
    assert result.exit_code == 0 and parquet.stat().st_size > 0


def test_ingest_reports_bad_items_and_stores_the_rest(runner, nlp, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(SEED_TEXT, folder / "seed.txt")
    (folder / "empty.txt").write_text("   \n")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 20)
    db = str(tmp_path / "mixed.db")
    result = runner.invoke(main, ["ingest", str(folder), str(tmp_path / "missing.txt"), "--db", db])
    assert result.exit_code == 2
    rejected = [line for line in result.stderr.splitlines() if line.startswith("rejected:")]
    assert len(rejected) == 3
    assert any("empty.txt" in line for line in rejected) and any("missing.txt" in line for line in rejected)
    stats = json.loads(runner.invoke(main, ["stats", "--db", db, "--json"]).stdout)
    assert stats["articles"] == 1 and stats["rejects"] == 3


def test_nothing_readable_exits_1(runner, tmp_path):
    result = runner.invoke(main, ["ingest", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1


@pytest.mark.parametrize("flag", ["-q", "-vv"])
def test_the_log_flags_work_after_the_subcommand_too(runner, tmp_path, flag):
    before = runner.invoke(main, [flag, "stats", "--db", str(tmp_path / "none.db")])
    after = runner.invoke(main, ["stats", "--db", str(tmp_path / "none.db"), flag])
    assert "No such option" not in after.output
    assert after.exit_code == before.exit_code == 1 and after.output == before.output


def test_browsing_a_missing_database_is_a_one_line_error(runner, tmp_path):
    result = runner.invoke(main, ["stats", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no database" in result.output and "Traceback" not in result.output


def test_two_workers_store_the_same_as_one(runner, nlp, tmp_path):
    source = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": f"n{i}", "text": f"Officials in Kabul said on Monday that {i} convoys had arrived."})
             for i in range(12)]
    source.write_text("\n".join(lines) + "\n")
    counts = {}
    for workers in (1, 2):
        db = str(tmp_path / f"w{workers}.db")
        result = runner.invoke(main, ["ingest", str(source), "--db", db, "--workers", str(workers)])
        assert result.exit_code == 0, result.output
        exported = runner.invoke(main, ["export", "--what", "articles", "--format", "jsonl", "--db", db])
        counts[workers] = sorted(json.loads(line)["id"] for line in exported.stdout.splitlines())
    assert counts[1] == counts[2] == sorted(f"n{i}" for i in range(12))


def test_an_empty_folder_is_an_error(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    result = runner.invoke(main, ["ingest", str(tmp_path / "empty"), "--db", str(tmp_path / "e.db")])
    assert result.exit_code == 1 and "no articles found" in result.stderr


def test_a_piped_run_says_how_far_it_got_of_the_total(runner, nlp, tmp_path, monkeypatch):
    from dateline.cli import progress

    monkeypatch.setattr(progress, "PIPED_EVERY_SECONDS", 0.0)  # a line per item instead of every 30 s
    source = tmp_path / "wire.jsonl"
    source.write_text(json.dumps({"id": "w1", "text": "Chile's senate approved the pension reform on Friday."}) + "\n"
                      + '{"id": "w2", "text": "cut off\n'
                      + json.dumps({"id": "w3", "text": "Peru recalled its ambassador from Mexico, officials said."})
                      + "\n")
    db = str(tmp_path / "p.db")
    first = runner.invoke(main, ["ingest", str(source), "--db", db])
    assert first.exit_code == 2, first.output
    lines = [line for line in first.stderr.splitlines() if line.startswith("analysing:")]
    assert lines and all("/3 items" in line for line in lines)
    assert lines[-1].startswith("analysing: 3/3 items")


def test_the_first_runs_gazetteer_build_is_announced_unless_quiet():
    import logging

    from dateline.cli.common import GAZETTEER_LOGGER, setup_logging
    from dateline.gazetteer import lookup

    announcer = logging.getLogger(GAZETTEER_LOGGER)
    assert lookup.log is announcer  # the logger that says "building it once"
    try:
        setup_logging(0, False)
        assert announcer.isEnabledFor(logging.INFO)
        setup_logging(0, True)
        assert not announcer.isEnabledFor(logging.INFO)
    finally:
        announcer.setLevel(logging.NOTSET)


def test_analyze_into_a_pipe_says_how_far_it_got(runner, nlp, tmp_path, monkeypatch):
    from dateline.cli import progress

    monkeypatch.setattr(progress, "PIPED_EVERY_SECONDS", 0.0)
    source = tmp_path / "two.jsonl"
    source.write_text(json.dumps({"id": "a1", "text": "Ghana's parliament passed the budget on Tuesday."}) + "\n"
                      + json.dumps({"id": "a2", "text": ""}) + "\n")
    result = runner.invoke(main, ["analyze", str(source), "--format", "jsonl"])
    assert result.exit_code == 2, result.output
    assert [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()] == ["a1"]
    lines = [line for line in result.stderr.splitlines() if line.startswith("analysing:")]
    assert lines and lines[-1].startswith("analysing: 2/2 items")
