"""The calibration's monotone map over Platt scaling: saved, loaded, and closer to the share right."""
from __future__ import annotations

import numpy as np

from dateline.nlp.events.calibration import Calibrator, expected_calibration_error, fit_calibrator, isotonic_knots


def _held_out(seed: int, n: int = 600):
    # evidence whose true chance of being right is a steeper curve than one logistic over it fits
    rng = np.random.default_rng(seed)
    rows = rng.normal(size=(n, 11))
    chance = np.clip(0.5 + 0.5 * np.tanh(3 * rows[:, 0]) ** 3, 0.0, 1.0)
    return rows.tolist(), (rng.random(n) < chance).tolist()


def test_knots_rise_and_stay_inside_zero_and_one():
    xs, ys = isotonic_knots(np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]), np.array([0, 1, 0, 0, 1, 1.0]))
    assert xs == sorted(xs) and ys == sorted(ys)
    assert 0.0 < ys[0] and ys[-1] < 1.0  # smoothed: never sure, never hopeless


def test_the_map_is_saved_and_loaded(tmp_path):
    rows, right = _held_out(0)
    calibrator = fit_calibrator(rows, right)
    assert calibrator.isotonic is not None
    path = tmp_path / "calibration.json"
    calibrator.save(path)
    loaded = Calibrator.load(path)
    assert all(abs(loaded(r) - calibrator(r)) < 1e-4 for r in rows[:50])


def test_fresh_events_are_better_calibrated_than_by_platt_alone():
    rows, right = _held_out(1)
    fresh_rows, fresh_right = _held_out(2)
    calibrator = fit_calibrator(rows, right)
    platt = Calibrator(calibrator.weights, calibrator.bias)
    with_map = expected_calibration_error([calibrator(r) for r in fresh_rows], fresh_right)
    without = expected_calibration_error([platt(r) for r in fresh_rows], fresh_right)
    assert with_map < without
