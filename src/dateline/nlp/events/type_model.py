"""The event-type model: a multinomial logistic regression over sparse string features, with the
label counts it was trained on (:func:`.types.lean_to_rare` reads them).

:mod:`.types` describes words and sentences as features; this module scores, fits, saves and
loads. Plain numpy: no machine-learning dependency at run time.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np

from ..learning import adam, known_columns, softmax, sparse_rows, vocabulary
from ..model_files import model_file_error, read_npz, write_npz

RETRAIN = "dateline train events"


@dataclass
class EventTypeModel:
    """A multinomial logistic regression over sparse string features.

    Attributes:
        labels: PLOVER types and NONE, in column order.
        features: feature name to row of ``weights``.
        weights: ``(n_features, n_labels)``.
        bias: ``(n_labels,)``.
        sentence: the sentence-level model shipped in the same file, if any.
        counts: how many training instances had each label (``(n_labels,)``), or None.
        about: how the model was trained (:mod:`dateline.nlp.model_files`).
    """

    labels: list[str]
    features: dict[str, int]
    weights: np.ndarray
    bias: np.ndarray
    sentence: Optional["EventTypeModel"] = None
    counts: Optional[np.ndarray] = None
    about: dict = field(default_factory=dict)

    def scores(self, instances: Sequence[Iterable[str]]) -> np.ndarray:
        """Class probabilities, one row per instance (a list of sparse features)."""
        logits = self.bias[None, :].repeat(len(instances), axis=0)  # (the method: np.repeat only wraps it)
        # Instances with as many known features are summed together: one take of their weight rows
        # and one reduce of the (instances, features, labels) array, which adds each instance's rows
        # as the reduce of its own (features, labels) rows does (float32 sums depend on that order),
        # instead of two numpy calls per instance: the events stage scores every candidate word.
        index_lists = [known_columns(self.features, feats) for feats in instances]
        by_count: dict[int, list[int]] = {}
        for row, index in enumerate(index_lists):
            if index:
                by_count.setdefault(len(index), []).append(row)
        for count, rows in by_count.items():
            taken = self.weights.take([column for row in rows for column in index_lists[row]], axis=0)
            logits[rows] += np.add.reduce(taken.reshape(len(rows), count, -1), axis=1)
        return softmax(logits)

    def _arrays(self, prefix: str = "") -> dict[str, np.ndarray]:
        names = sorted(self.features, key=lambda name: self.features[name])
        arrays = {f"{prefix}labels": np.array(self.labels), f"{prefix}features": np.array(names),
                  f"{prefix}weights": self.weights.astype(np.float16), f"{prefix}bias": self.bias.astype(np.float32)}
        if self.counts is not None:
            arrays[f"{prefix}counts"] = np.asarray(self.counts, dtype=np.float32)
        return arrays

    def save(self, path: Path) -> None:
        """Write the model, its sentence model and its ``about`` record as an npz (float16 weights keep it small)."""
        arrays = self._arrays()
        if self.sentence is not None:
            arrays.update(self.sentence._arrays("sentence_"))
        write_npz(path, arrays, self.about)

    @classmethod
    def _from_arrays(cls, arrays: dict[str, np.ndarray], path: Path, prefix: str = "") -> "EventTypeModel":
        names = [str(n) for n in arrays[f"{prefix}features"]]
        labels = [str(x) for x in arrays[f"{prefix}labels"]]
        weights, bias = arrays[f"{prefix}weights"], arrays[f"{prefix}bias"]
        if weights.shape != (len(names), len(labels)) or bias.shape != (len(labels),):
            raise model_file_error(path, f"is damaged: {prefix}weights of shape {weights.shape} for "
                                   f"{len(names)} features and {len(labels)} labels", RETRAIN)
        model = cls(labels=labels, features={n: i for i, n in enumerate(names)},
                    weights=weights.astype(np.float32), bias=bias.astype(np.float32))
        if f"{prefix}counts" in arrays:
            model.counts = arrays[f"{prefix}counts"].astype(np.float32)
        return model

    @classmethod
    def load(cls, path: Path) -> "EventTypeModel":
        """Read a model file written by :meth:`save`.

        Raises:
            ResourceMissing: the file is missing, unreadable, or not an event-type model.
        """
        arrays, about = read_npz(path, ("labels", "features", "weights", "bias"), RETRAIN)
        model = cls._from_arrays(arrays, path)
        if "sentence_labels" in arrays:
            model.sentence = cls._from_arrays(arrays, path, "sentence_")
        model.about = about
        return model


def train_model(instances: Sequence[Sequence[str]], labels: Sequence[str], l2: float = 1e-3,
                epochs: int = 300, learning_rate: float = 0.1, min_count: int = 1,
                class_weights: Optional[dict[str, float]] = None) -> EventTypeModel:
    """Fit an :class:`EventTypeModel` by full-batch Adam on the L2-penalised log loss.

    Args:
        instances: feature lists, one per instance.
        labels: the gold label of each instance (a PLOVER type or ``NONE``).
        l2: L2 penalty on the weights (per instance, averaged loss).
        epochs: gradient steps.
        learning_rate: Adam step size.
        min_count: features seen fewer times are dropped.
        class_weights: optional per-label loss weights (to balance rare types).

    Returns:
        The fitted model (its ``about`` left for the trainer to fill).
    """
    columns = vocabulary(instances, min_count)
    label_list = sorted(set(labels))
    label_index = {lab: i for i, lab in enumerate(label_list)}
    n, d, k = len(instances), len(columns), len(label_list)
    rows, cols = sparse_rows(instances, columns)
    gold = np.array([label_index[lab] for lab in labels], dtype=np.intp)
    onehot = np.zeros((n, k), dtype=np.float32)
    onehot[np.arange(n), gold] = 1.0
    sample_w = np.ones(n, dtype=np.float32)
    if class_weights:
        sample_w = np.array([class_weights.get(lab, 1.0) for lab in labels], dtype=np.float32)
    sample_w /= sample_w.sum()

    def gradient(params: list[np.ndarray]) -> list[np.ndarray]:
        weights, bias = params
        logits = np.zeros((n, k), dtype=np.float32) + bias
        np.add.at(logits, rows, weights[cols])
        grad_logits = (softmax(logits) - onehot) * sample_w[:, None]
        grad_w = np.zeros_like(weights)
        np.add.at(grad_w, cols, grad_logits[rows])
        grad_w += l2 * weights
        return [grad_w, grad_logits.sum(axis=0)]

    weights, bias = adam(gradient, [np.zeros((d, k), dtype=np.float32), np.zeros(k, dtype=np.float32)],
                         epochs, learning_rate)
    return EventTypeModel(labels=label_list, features=columns, weights=weights, bias=bias,
                          counts=np.bincount(gold, minlength=k).astype(np.float32))
