"""Where the training data lies, and the digests a model file records of it.

The gold sets live outside the project, in ``../shared/data`` (see its README): a trainer names
its files by their path under that folder ("plover/PLV_train.tsv"), so the record a model keeps
does not depend on where the data was when it was trained.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from ..errors import ResourceMissing
from ..nlp.model_files import file_sha256, folder_sha256

T = TypeVar("T")
# Relative to the current folder, as the tests and CI see it from the project's root.
DEFAULT_DATA = Path("..") / "shared" / "data"
# A progress reporter: ``progress(items, total, label)`` yields the items (the CLI draws a bar).
Progress = Callable[[Iterable[T], int, str], Iterator[T]]


def no_progress(items: Iterable[T], total: int, label: str) -> Iterator[T]:
    """Report nothing: yield the items."""
    yield from items


def data_folder(given: str | Path | None = None) -> Path:
    """The gold-data folder: ``given``, else ``../shared/data`` beside the current folder or the checkout."""
    if given is not None:
        return Path(given)
    checkout = Path(__file__).resolve().parents[3]
    for candidate in (Path.cwd() / DEFAULT_DATA, checkout / DEFAULT_DATA):
        if candidate.is_dir():
            return candidate
    return DEFAULT_DATA


def require(data_dir: Path, names: Iterable[str], model: str) -> list[Path]:
    """The paths of a model's training data under ``data_dir``.

    Raises:
        ResourceMissing: one is missing (naming it and how to point at the data).
    """
    paths = [data_dir / name for name in names]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        raise ResourceMissing(f"training data for the {model} model not found: {', '.join(missing)} "
                              "(see ../shared/data/README.md, or pass --data DIR)")
    return paths


def digests(data_dir: Path, names: Iterable[str]) -> dict[str, str]:
    """The sha256 of each training file or folder, by its name under ``data_dir``."""
    found = {}
    for name in names:
        path = data_dir / name
        found[name] = folder_sha256(path) if path.is_dir() else file_sha256(path)
    return found
