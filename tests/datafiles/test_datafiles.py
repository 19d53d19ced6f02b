"""The data-file layer: one reader, one error naming file and line, checked before any article is read."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.datafiles import DataFileError, data_file, read_table, read_words

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "seed" / "article.txt"


def test_a_table_row_with_too_few_cells_names_file_and_line(tmp_path):
    table = tmp_path / "modes.tsv"
    table.write_text("# a comment\nASSAULT\tdrone\tdrone\n\nASSAULT only-two\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"modes\.tsv:4: expected at least 3 tab-separated cells, found 1"):
        read_table(table, min_cells=3)


def test_cells_are_read_by_header_name_and_a_wrong_name_is_an_error(tmp_path):
    table = tmp_path / "people.tsv"
    table.write_text("# people\nname\tcountry\nYoruba\tNGA\n", encoding="utf-8")
    (row,) = read_table(table, header=True)
    assert (row["name"], row["country"], row.line) == ("Yoruba", "NGA", 3)
    with pytest.raises(DataFileError, match=r"people\.tsv:3: no column 'iso3'"):
        row["iso3"]


def test_a_number_cell_that_is_not_a_number_is_an_error(tmp_path):
    table = tmp_path / "centres.tsv"
    table.write_text("US.AK\t64.0\tnorth\n", encoding="utf-8")
    (row,) = read_table(table, min_cells=3)
    assert row.number(1) == 64.0
    with pytest.raises(DataFileError, match=r"centres\.tsv:1: cell 3 should be a number, found 'north'"):
        row.number(2)


def test_a_word_list_drops_comments_anywhere_on_a_line(tmp_path):
    words = tmp_path / "titles.txt"
    words.write_text("# header\nminister  # a title\n\nGeneral\n", encoding="utf-8")
    assert read_words(words) == [(2, "minister"), (4, "General")]


def test_a_file_that_is_not_utf8_is_one_error(tmp_path):
    table = tmp_path / "aliases.tsv"
    table.write_bytes("Z\xfcrich\tCH\n".encode("latin-1"))
    with pytest.raises(DataFileError, match=r"aliases\.tsv: not UTF-8"):
        read_table(table)


def test_an_override_folder_wins_over_the_packaged_file(tmp_path, monkeypatch):
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "modes.tsv").write_text("ASSAULT\tdrone\tdrone\n", encoding="utf-8")
    monkeypatch.setenv("DATELINE_DATA", str(tmp_path))
    assert data_file("events/modes.tsv") == tmp_path / "events" / "modes.tsv"
    assert data_file("events/triggers.tsv").name == "triggers.tsv"  # not overridden: the packaged one


@pytest.mark.slow
def test_a_corrupt_trigger_row_stops_start_up_with_one_line(tmp_path):
    triggers = data_file("events/triggers.tsv").read_text(encoding="utf-8")
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "triggers.tsv").write_text(triggers + "storm\tATTAK\t-\n", encoding="utf-8")
    bad_line = triggers.count("\n") + 1
    env = {**os.environ, "DATELINE_DATA": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "dateline", "analyze", str(SEED)], capture_output=True,
                          text=True, env=env, timeout=300)
    assert done.returncode == 1
    assert done.stdout == ""  # no article was analysed
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert f"triggers.tsv:{bad_line}: unknown PLOVER type 'ATTAK'" in lines[0]
