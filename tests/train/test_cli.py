"""``dateline train``: where it writes, what it prints, its exit codes; the trainers stubbed."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import dateline.train
from dateline.cli import main


@pytest.fixture()
def stub_training(monkeypatch):
    def train_model(name, out, data_dir=None, progress=None):
        Path(out).write_text("model\n", encoding="utf-8")
        return "3 sentences"

    monkeypatch.setattr(dateline.train, "train_model", train_model)


def test_without_out_it_writes_into_the_current_folder_and_says_how_to_use_it(stub_training):
    runner = CliRunner()
    with runner.isolated_filesystem() as here:
        result = runner.invoke(main, ["train", "events"])
        assert result.exit_code == 0, result.output
        assert (Path(here) / "model.npz").read_text() == "model\n"
    assert f"wrote {Path(here) / 'model.npz'}" in result.output
    assert f"DATELINE_MODEL_DIR={here}" in result.output


def test_out_names_the_file(stub_training, tmp_path):
    result = CliRunner().invoke(main, ["train", "statements", "--out", str(tmp_path / "cues.tsv")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "cues.tsv").exists()
    assert "a folder where it is named cue_weights.tsv" in result.output


@pytest.mark.parametrize(("difference", "code"), [(None, 0), ("weights: 3 of 9 values differ (largest by 0.1)", 1)])
def test_check_exits_1_with_one_line_when_the_model_differs(monkeypatch, difference, code):
    monkeypatch.setattr(dateline.train, "check_model", lambda name, data_dir=None, progress=None: difference)
    result = CliRunner().invoke(main, ["train", "parties", "--check"])
    assert result.exit_code == code
    if difference:
        assert result.output.count("\n") == 1 and difference in result.output
    else:
        assert "equals the shipped one" in result.output


def test_missing_data_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["train", "events", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "training data for the events model not found" in result.output
    assert "Traceback" not in result.output
