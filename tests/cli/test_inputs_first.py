"""ingest and analyze check their command-line items before loading the model or opening the database."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from dateline.cli import main


@pytest.fixture()
def no_model(monkeypatch):
    """Make any attempt to find or load the spaCy pipeline fail the test."""
    import dateline.nlp.pipeline as pipeline
    import dateline.run as run  # imported before patching, so its own name for model_name is restored after

    def refuse(*_args, **_kwargs):
        raise AssertionError("the spaCy pipeline was reached before the inputs were checked")

    monkeypatch.setattr(pipeline, "model_name", refuse)
    monkeypatch.setattr(pipeline, "load_nlp", refuse)
    monkeypatch.setattr(run, "model_name", refuse)


@pytest.mark.parametrize("command", [["analyze"], ["ingest", "--db", "DB"]])
def test_a_mistyped_path_fails_in_one_line_before_the_model(no_model, tmp_path, command):
    (tmp_path / "ceasefire.txt").write_text("Both sides agreed to a truce in Hodeidah, the envoy said.\n")
    db = tmp_path / "news.db"
    args = [str(db) if part == "DB" else part for part in command]
    result = CliRunner().invoke(main, [*args, str(tmp_path / "ceasfire.txt")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "no such file or directory" in lines[0]
    assert "did you mean" in lines[0] and "ceasefire.txt" in lines[0]
    assert not db.exists()  # no empty database left behind by a typo


def test_every_unusable_item_is_named_in_the_one_line(no_model, tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    (tmp_path / "empty" / "photos").mkdir(parents=True)  # only what the walk skips: notes, images
    (tmp_path / "empty" / "README.md").write_text("Articles go here.\n")
    (tmp_path / "empty" / "photos" / "port.png").write_bytes(b"\x89PNG")
    items = [str(tmp_path / "notes.docx"), str(tmp_path / "gone.jsonl"), str(tmp_path / "empty")]
    result = CliRunner().invoke(main, ["analyze", *items])
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()
    assert "unsupported file type .docx" in line and "gone.jsonl: no such file" in line
    assert "empty: no articles found" in line


def test_an_unreadable_file_is_refused_before_the_model(no_model, tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("The council met on Friday.\n")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read any file (root)")
        result = CliRunner().invoke(main, ["analyze", str(locked)])
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 1 and "permission denied" in result.output


def test_one_good_item_lets_the_batch_run_and_reports_the_rest(nlp, tmp_path):
    good = tmp_path / "talks.txt"
    good.write_text("Negotiators from both countries met in Doha on Tuesday, the foreign ministry said.\n")
    result = CliRunner().invoke(main, ["analyze", str(good), str(tmp_path / "missing.txt"), "--format", "jsonl"])
    assert result.exit_code == 2
    assert "rejected:" in result.stderr and "missing.txt" in result.stderr
    assert '"Doha"' in result.stdout or "Doha" in result.stdout


def test_reading_stdin_from_a_terminal_says_how_to_end_the_article(monkeypatch):
    from dateline.cli import common

    monkeypatch.setattr(common, "stdin_is_terminal", lambda: True)
    article = "Rescue teams reached the flooded villages north of Sylhet on Sunday, officials said.\n"
    result = CliRunner().invoke(main, ["analyze", "-", "--format", "jsonl"], input=article)
    assert "press Ctrl-D" in result.stderr
    assert result.exit_code == 0 and "Sylhet" in result.stdout


def test_piped_stdin_gets_no_prompt(monkeypatch):
    from dateline.cli import common

    monkeypatch.setattr(common, "stdin_is_terminal", lambda: False)
    result = CliRunner().invoke(main, ["analyze", "-", "--format", "jsonl"], input="Talks resumed in Geneva on Monday.\n")
    assert "Ctrl-D" not in result.stderr and result.exit_code == 0


@pytest.mark.parametrize("fmt, shows_progress", [("json", True), ("jsonl", False)])
def test_analyze_on_a_terminal_shows_progress_unless_records_print_one_by_one(monkeypatch, tmp_path, fmt,
                                                                              shows_progress):
    from dateline.cli import common, progress

    monkeypatch.setattr(common, "stdout_is_terminal", lambda: True)
    monkeypatch.setattr(progress, "PIPED_EVERY_SECONDS", 0.0)  # a line per item instead of every 30 s
    (tmp_path / "a.txt").write_text("The senate in Santiago approved the pension reform on Friday.\n")
    (tmp_path / "b.txt").write_text("Peru recalled its ambassador from Mexico City, officials said.\n")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert ("analysing: 2/2 items" in result.stderr) is shows_progress


def test_in_a_batch_a_typo_is_reported_and_recorded_before_the_articles(nlp, tmp_path):
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "vote.txt").write_text("Voters in Accra queued from dawn on Saturday, the commission said.\n")
    (tmp_path / "archive").mkdir()  # empty: it gives nothing, and is no reject
    db = str(tmp_path / "news.db")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(tmp_path / "inbx"), str(tmp_path / "inbox"), str(tmp_path / "archive"),
                                  "--db", db])
    assert result.exit_code == 2, result.output
    rejected = [line for line in result.stderr.splitlines() if line.startswith("rejected:")]
    assert len(rejected) == 1 and "inbx: no such file or directory; did you mean" in rejected[0]
    assert result.stderr.index("rejected:") < result.stderr.index("1 new")
    stats = json.loads(runner.invoke(main, ["stats", "--db", db, "--json"]).stdout)
    assert stats["articles"] == 1 and stats["rejects"] == 1
