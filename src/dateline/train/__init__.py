"""Deterministic retraining of every shipped model: ``dateline train NAME [--check]``.

==========  ===================================  ===========================================
name        file (under ``resources/``)           trained on (under ``../shared/data``)
==========  ===================================  ===========================================
statements  ``statements/cue_weights.tsv``        ``polnear/train`` (+ ``polnear/metadata.tsv``)
events      ``events/model.npz``                  ``plover/PLV_train.tsv``, ``PLOVER_GSR_dev.json``
parties     ``events/parties.npz``                the same PLOVER sentences
calibration ``events/calibration.json``           the same, held out fold by fold, and the
                                                  no-event sentences of ``tests/data/events``
==========  ===================================  ===========================================

A trainer parses its data as the pipeline does, numbers features in sorted order and fits with
the one optimiser of :mod:`dateline.nlp.learning`, so the same data, code and spaCy pipeline give
the same file. Each file records what it was trained on (:mod:`dateline.nlp.model_files`).
"""
from __future__ import annotations

import importlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..nlp.model_files import shipped_path
from .check import compare_files
from .data import Progress, data_folder, no_progress


@dataclass(frozen=True)
class ShippedModel:
    """A model dateline ships, and the module that trains it (``train(data_dir, out, progress)``)."""

    name: str
    folder: str
    filename: str
    trainer: str

    @property
    def shipped(self) -> Path:
        """Where the installed package keeps it."""
        return shipped_path(self.folder, self.filename)


MODELS = {model.name: model for model in (
    ShippedModel("statements", "statements", "cue_weights.tsv", "dateline.train.statements"),
    ShippedModel("events", "events", "model.npz", "dateline.train.events"),
    ShippedModel("parties", "events", "parties.npz", "dateline.train.parties"),
    ShippedModel("calibration", "events", "calibration.json", "dateline.train.calibration"),
)}


def train_model(name: str, out: Path, data_dir: str | Path | None = None, progress: Progress = no_progress) -> str:
    """Retrain the shipped model ``name`` into ``out``.

    Args:
        name: one of :data:`MODELS`.
        out: the file to write.
        data_dir: the gold-data folder (default ``../shared/data``).
        progress: reports progress over the long steps.

    Returns:
        A one-line summary of what it learned from.

    Raises:
        ValueError: no model is called ``name``.
        ResourceMissing: its training data is not in ``data_dir``.
    """
    if name not in MODELS:
        raise ValueError(f"no model {name!r}; the models are {', '.join(MODELS)}")
    trainer = importlib.import_module(MODELS[name].trainer)
    return trainer.train(data_folder(data_dir), Path(out), progress)


def check_model(name: str, data_dir: str | Path | None = None, progress: Progress = no_progress) -> str | None:
    """Retrain ``name`` into a scratch folder and compare it with the shipped file.

    Returns:
        None when they are the same model, else a one-line summary of what differs.
    """
    if name not in MODELS:
        raise ValueError(f"no model {name!r}; the models are {', '.join(MODELS)}")
    model = MODELS[name]
    with tempfile.TemporaryDirectory(prefix="dateline-train-") as scratch:
        retrained = Path(scratch) / model.filename
        train_model(name, retrained, data_dir, progress)
        return compare_files(retrained, model.shipped)


__all__ = ["MODELS", "ShippedModel", "check_model", "compare_files", "train_model"]
