"""Calibrated event confidence: the chance that a stored event (type and actor) is right.

The type model's probability is not that chance: it ignores whether the parties were found,
whether the event is the sentence's main one, and whether the sentence reports a political
event at all. A small logistic regression (Platt scaling over a few pieces of evidence, see
:func:`evidence`) maps them to a probability. It is fitted on held-out folds: every event in
it was coded by models that never saw its sentence (``dateline train calibration``).

The calibration ships as ``resources/events/calibration.json``; without it the type model's
probability is used as it is.
"""
from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from ..model_files import model_path

log = logging.getLogger(__name__)

MODEL_FILE = "calibration.json"
RETRAIN = "dateline train calibration"
EVIDENCE = ("type_logit", "sentence_share", "main", "same_type_as_main", "actor_probability", "has_actor",
            "recipient_probability", "has_recipient", "sentence_none", "asserted", "lexicon", "untargeted_kind")
# Types whose events news often reports with no one on the receiving end: a march through a capital, a
# strike, a call-up of reservists. A missing recipient is the calibration's sign of a misparsed event,
# which holds for other types and costs these ~0.7 logit for nothing: in 5-fold CV on PLV_train the main
# PROTEST and MOBILIZE events stored without a recipient were right 8 of 10 times, those with one 17 of
# 23. The calibration weighs this evidence of its own, fitted on the same held-out events.
UNTARGETED_TYPES = frozenset({"PROTEST", "MOBILIZE"})
# Expected calibration error is reported over this many equal-width confidence bins.
ECE_BINS = 10


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def evidence(confidence: float, sentence_share: float, main: bool, same_type: bool, actor_probability: Optional[float],
             recipient_probability: Optional[float], sentence_none: float, asserted: bool, listed: bool,
             event_type: str = "") -> list[float]:
    """The calibration's inputs for one event, in ``EVIDENCE`` order (None: no such party)."""
    return [_logit(confidence), sentence_share, float(main), float(same_type),
            actor_probability or 0.0, float(actor_probability is not None),
            recipient_probability or 0.0, float(recipient_probability is not None),
            sentence_none, float(asserted), float(listed),
            float(event_type in UNTARGETED_TYPES and recipient_probability is None)]


@dataclass
class Calibrator:
    """Platt scaling over ``EVIDENCE``: ``p = sigmoid(weights · evidence + bias)``, then, where
    ``isotonic`` holds knots (Platt probability, share right), the monotone map through them."""

    weights: list[float]
    bias: float
    about: dict = field(default_factory=dict)
    isotonic: Optional[tuple[list[float], list[float]]] = None

    def __call__(self, values: Sequence[float]) -> float:
        z = float(np.dot(self._weights, values)) + self.bias
        p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
        if self._knots is not None:
            p = float(np.interp(p, *self._knots))
        return p

    # The weights and knots as the float64 arrays np.dot and np.interp make of the lists, made once
    # instead of once per event (the same figures: the functions convert lists to these arrays). They
    # are read at the first call: :func:`fit_calibrator` and :meth:`load` set weights and knots before.
    @cached_property
    def _weights(self) -> np.ndarray:
        return np.asarray(self.weights, dtype=np.float64)

    @cached_property
    def _knots(self) -> Optional[tuple[np.ndarray, np.ndarray]]:
        if self.isotonic is None:
            return None
        return np.asarray(self.isotonic[0], dtype=np.float64), np.asarray(self.isotonic[1], dtype=np.float64)

    def save(self, path: Path) -> None:
        """Write the calibration as JSON (rounded, so retraining reproduces the file byte for byte)."""
        record = {"evidence": list(EVIDENCE), "weights": [round(w, 6) for w in self.weights],
                  "bias": round(self.bias, 6), "about": self.about}
        if self.isotonic is not None:
            record["isotonic"] = [[round(v, 6) for v in values] for values in self.isotonic]
        path.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "Calibrator":
        """Read a calibration written by :meth:`save`."""
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("evidence") != list(EVIDENCE):
            raise ValueError(f"{path} was fitted on other evidence ({record.get('evidence')}); run {RETRAIN}")
        knots = record.get("isotonic")
        return cls(weights=[float(w) for w in record["weights"]], bias=float(record["bias"]), about=record.get("about", {}),
                   isotonic=([float(v) for v in knots[0]], [float(v) for v in knots[1]]) if knots else None)


class Recorder:
    """A stand-in calibrator that keeps every evidence vector it sees and returns the type confidence."""

    def __init__(self) -> None:
        self.seen: list[list[float]] = []

    def __call__(self, values: Sequence[float]) -> float:
        self.seen.append(list(values))
        return 1.0 / (1.0 + math.exp(-values[0]))


def fit_calibrator(rows: Sequence[Sequence[float]], right: Sequence[bool], l2: float = 1e-2, steps: int = 50) -> Calibrator:
    """Fit Platt scaling by Newton's method on the L2-penalised log loss (deterministic).

    Args:
        rows: evidence vectors of held-out events.
        right: whether each event was right.
    """
    x = np.hstack([np.asarray(rows, dtype=np.float64), np.ones((len(rows), 1))])
    y = np.asarray(right, dtype=np.float64)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2 * len(y))
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    calibrator = Calibrator(weights=[float(v) for v in w[:-1]], bias=float(w[-1]))
    calibrator.isotonic = isotonic_knots(1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30))), y)
    return calibrator


def isotonic_knots(probs: np.ndarray, right: np.ndarray) -> tuple[list[float], list[float]]:
    """The monotone map from Platt probabilities to the share right (pool-adjacent-violators), as
    knots: each pooled block's mean probability and its share right, smoothed by one right and one
    wrong (so no event is shown as sure or as hopeless on a block's say alone).

    Platt scaling is one logistic curve over the evidence; on the held-out events it was too sure
    of the weakest events and too unsure of the strongest (10-bin calibration error 0.048 to 0.064
    in 5-fold CV on PLV_train as the type models changed), which a monotone map fixes."""
    blocks: list[list[float]] = []  # [sum of probabilities, sum right, count]
    for i in np.argsort(probs, kind="stable"):
        blocks.append([float(probs[i]), float(right[i]), 1.0])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            last = blocks.pop()
            blocks[-1] = [a + b for a, b in zip(blocks[-1], last)]
    xs = [total / n for total, _, n in blocks]
    ys = np.maximum.accumulate([(hits + 1.0) / (n + 2.0) for _, hits, n in blocks]).tolist()
    return xs, ys


def expected_calibration_error(confidences: Sequence[float], right: Sequence[bool], bins: int = ECE_BINS) -> float:
    """Expected calibration error: the share-weighted gap between mean confidence and accuracy per bin."""
    if not confidences:
        return 0.0
    conf = np.asarray(confidences, dtype=np.float64)
    hit = np.asarray(right, dtype=np.float64)
    index = np.minimum((conf * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        chosen = index == b
        if chosen.any():
            total += chosen.sum() / len(conf) * abs(conf[chosen].mean() - hit[chosen].mean())
    return float(total)


@lru_cache(maxsize=1)  # once per process; a missing file is warned about once
def load_calibrator() -> Optional[Calibrator]:
    """The shipped calibration (``$DATELINE_MODEL_DIR/calibration.json`` or the package's), or None."""
    path = model_path("events", MODEL_FILE)
    if not path.exists():
        log.warning("no event calibration at %s: confidences are the type model's (run %s)", path, RETRAIN)
        return None
    return Calibrator.load(path)
