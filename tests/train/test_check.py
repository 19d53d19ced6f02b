"""Comparing a retrained model file with the shipped one."""
from __future__ import annotations

import numpy as np

from dateline.nlp.model_files import write_npz
from dateline.nlp.statements.cue_model import CueModel, format_weights
from dateline.train.check import compare_files

ABOUT = {"model": "statements", "pipeline": "en_core_web_sm 3.8.0", "settings": {"threshold": 0.5, "veto": 0.2}}


def _weights(path, weights, about=ABOUT):
    path.write_text(format_weights(CueModel(weights, about=about)), encoding="utf-8")
    return path


def test_the_same_file_is_the_same_model(tmp_path):
    a = _weights(tmp_path / "a.tsv", {"bias": -1.0})
    b = _weights(tmp_path / "b.tsv", {"bias": -1.0})
    assert compare_files(a, b) is None


def test_weights_equal_after_the_files_rounding_are_the_same_model(tmp_path):
    a = _weights(tmp_path / "a.tsv", {"bias": -1.000001})
    b = _weights(tmp_path / "b.tsv", {"bias": -1.0})
    assert compare_files(a, b) is None


def test_a_weights_file_difference_is_summed_up_in_one_line(tmp_path):
    a = _weights(tmp_path / "a.tsv", {"bias": -1.0, "lemma=say": 2.0, "new": 1.0})
    b = _weights(tmp_path / "b.tsv", {"bias": -1.5, "lemma=say": 2.0, "gone": 1.0},
                 {**ABOUT, "pipeline": "en_core_web_sm 3.7.1"})
    summary = compare_files(a, b)
    assert "\n" not in summary
    assert "pipeline is 'en_core_web_sm 3.8.0', shipped 'en_core_web_sm 3.7.1'" in summary
    assert "1 new ('new'), 1 gone ('gone')" in summary
    assert "1 of 2 weights differ (largest by 0.50000)" in summary


def test_npz_models_are_compared_by_what_they_hold(tmp_path):
    arrays = {"features": np.array(["a", "b"]), "actor": np.array([1.0, 2.0], dtype=np.float32)}
    write_npz(tmp_path / "a.npz", arrays, ABOUT)
    np.savez_compressed(tmp_path / "b.npz", about=np.array([__import__("json").dumps(ABOUT)]), **arrays)
    assert (tmp_path / "a.npz").read_bytes() != (tmp_path / "b.npz").read_bytes()
    assert compare_files(tmp_path / "a.npz", tmp_path / "b.npz") is None
    write_npz(tmp_path / "c.npz", {**arrays, "actor": np.array([1.0, 2.5], dtype=np.float32)},
              {**ABOUT, "settings": {"threshold": 0.5, "veto": 0.3}})
    summary = compare_files(tmp_path / "a.npz", tmp_path / "c.npz")
    assert summary == "settings differs in 'veto'; actor: 1 of 2 values differ (largest by 0.5)"


def test_a_missing_shipped_file_is_a_difference(tmp_path):
    a = _weights(tmp_path / "a.tsv", {"bias": -1.0})
    assert "no shipped file" in compare_files(a, tmp_path / "absent.tsv")
