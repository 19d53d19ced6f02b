"""Model files: where they are, what they record about their training, and reading them safely.

Every shipped model records how it was made, inside the file (``about``):

- ``pipeline``: the spaCy pipeline and version it was trained with (``pipeline_label()``): its
  features come from that pipeline's parses, so another pipeline may make it decide badly;
- ``data``: the sha256 of each training data file, by path under ``../shared/data`` (a folder's
  digest is the sha256 of its ``sha256sum`` listing, sorted by path, as ``folder_sha256`` says);
- ``settings``: the trainer's hyper-parameters; ``features``: how many and of which templates;
- ``trainer``: the dateline module that wrote it, and ``retrain``: the command that retrains it;
- ``uses``: the sha256 of other model files its training ran through, where there are any.

An ``.npz`` model keeps it as a JSON string in an array named ``about``; a TSV model as
``#key<TAB>JSON value`` lines at the top. ``DATELINE_MODEL_DIR`` names a folder whose model
files replace the shipped ones (a retrained model, used without touching the installed package).
"""
from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
import zipfile
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import ModelMissing, ResourceMissing
from .spacy_model import pipeline_label

log = logging.getLogger(__name__)

FORMAT = "dateline.model/1"
MODEL_DIR_ENV = "DATELINE_MODEL_DIR"
ABOUT = "about"
# Zip entries carry a timestamp; a fixed one (the earliest zip allows) makes a retrained .npz
# byte-identical to the last one when the arrays are.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def shipped_path(folder: str, filename: str) -> Path:
    """The path of a model file inside the installed package (``resources/<folder>/<filename>``)."""
    return Path(str(resources.files("dateline.resources") / folder / filename))


def model_path(folder: str, filename: str) -> Path:
    """The model file to load: ``$DATELINE_MODEL_DIR/<filename>`` when there is one, else the shipped one."""
    override = os.environ.get(MODEL_DIR_ENV)
    if override:
        candidate = Path(override) / filename
        if candidate.is_file():
            log.info("using %s from %s=%s", filename, MODEL_DIR_ENV, override)
            return candidate
    return shipped_path(folder, filename)


def file_sha256(path: Path) -> str:
    """The sha256 of a file's bytes, in hex."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def folder_sha256(folder: Path) -> str:
    """One sha256 for every file under a folder: the digest of its ``sha256sum`` listing.

    The same as ``(cd FOLDER && find . -type f | cut -c3- | LC_ALL=C sort | xargs sha256sum | sha256sum)``.
    """
    folder = Path(folder)
    names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    listing = "".join(f"{file_sha256(folder / name)}  {name}\n" for name in names)
    return hashlib.sha256(listing.encode("utf-8")).hexdigest()


def feature_summary(names: Iterable[str]) -> dict:
    """How many features a model weighs and their templates (a name's part before ``=`` or ``:``)."""
    names = list(names)
    return {"count": len(names), "templates": sorted({re.split("[=:]", name, maxsplit=1)[0] for name in names})}


def describe(model: str, trainer: str, retrain: str, data: dict[str, str], settings: dict, features: dict,
             uses: dict[str, str] | None = None) -> dict:
    """The ``about`` record of a freshly trained model, naming the pipeline in use.

    Args:
        model: the model's name (``dateline train NAME``).
        trainer: the module that trained it.
        retrain: the command that retrains it.
        data: sha256 of each training file, by its path under the data folder.
        settings: the trainer's hyper-parameters.
        features: how many features and of which templates (:func:`feature_summary`).
        uses: sha256 of other model files the training ran through, by name.
    """
    about = {"format": FORMAT, "model": model, "trainer": trainer, "retrain": retrain,
             "pipeline": pipeline_label(), "data": dict(sorted(data.items())), "settings": settings,
             "features": features}
    if uses:
        about["uses"] = dict(sorted(uses.items()))
    return about


def check_pipeline(about: dict, path: Path, retrain: str) -> None:
    """Warn when a model was trained with another spaCy pipeline than the one in use."""
    try:
        current = pipeline_label()
    except ModelMissing:
        return  # no pipeline at all: loading the pipeline reports that
    trained = about.get("pipeline")
    if trained is None:
        log.warning("%s does not record the spaCy pipeline it was trained with (%s is in use); retrain it "
                    "with: %s", path, current, retrain)
    elif trained != current:
        log.warning("%s was trained with the spaCy pipeline %s but %s is in use, so its decisions may be "
                    "off; retrain it with: %s", path, trained, current, retrain)


def model_file_error(path: Path, problem: str, retrain: str) -> ResourceMissing:
    """The one error a missing or unreadable model file gives, naming it and the fix."""
    return ResourceMissing(f"model file {path} {problem}; reinstall dateline, or retrain it with: {retrain}")


def write_npz(path: Path, arrays: dict[str, np.ndarray], about: dict) -> None:
    """Write arrays and the ``about`` record as a compressed ``.npz``, the same bytes for the same content."""
    entries = {ABOUT: np.array([json.dumps(about, indent=1, sort_keys=True)]), **arrays}
    with zipfile.ZipFile(path, "w") as archive:
        for name in sorted(entries):
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.asanyarray(entries[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, buffer.getvalue())


def read_npz(path: Path, required: Iterable[str], retrain: str) -> tuple[dict[str, np.ndarray], dict]:
    """The arrays and ``about`` record of a ``.npz`` model.

    Raises:
        ResourceMissing: the file is missing, is not an npz, or lacks one of ``required``.
    """
    path = Path(path)
    if not path.is_file():
        raise model_file_error(path, "not found", retrain)
    try:
        # our own handle: np.load leaves its own open when the zip is damaged
        with path.open("rb") as handle:
            data = np.load(handle, allow_pickle=False)
            if not isinstance(data, np.lib.npyio.NpzFile):
                raise model_file_error(path, "is a single array, not an npz archive", retrain)
            with data:
                arrays = {name: data[name] for name in data.files}
        about = json.loads(str(arrays.pop(ABOUT)[0])) if ABOUT in arrays else {}
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        raise model_file_error(path, f"cannot be read ({type(exc).__name__}: {exc})", retrain) from None
    missing = [name for name in required if name not in arrays]
    if missing or not isinstance(about, dict):
        raise model_file_error(path, f"is not a dateline model (no {', '.join(missing) or 'about record'})",
                               retrain)
    return arrays, about


def about_lines(about: dict) -> list[str]:
    """The ``#key<TAB>JSON`` header lines that record ``about`` in a TSV model."""
    return [f"#{key}\t{json.dumps(value, sort_keys=True)}" for key, value in about.items()]


def read_about_line(line: str, path: Path, number: int, retrain: str) -> tuple[str, object]:
    """One ``#key<TAB>JSON`` header line as ``(key, value)``.

    Raises:
        ResourceMissing: the value is not JSON (naming the file and line).
    """
    key, _, value = line[1:].partition("\t")
    try:
        return key, json.loads(value)
    except ValueError:
        raise model_file_error(path, f"line {number}: header {key!r} is not JSON", retrain) from None
