"""dateline's own data files: where they are, and one reader for their tables and word lists.

Every data file is UTF-8 text: a line starting with ``#`` is a comment, blank lines are skipped,
and a table's cells are separated by tabs. A row that cannot be read is a :class:`DataFileError`
naming the file and the line; the pipeline's stages read their files when the model loads, so a
bad row stops start-up with that one line before any article is read.

A user may override any packaged file without touching the installation: a folder named by the
``DATELINE_DATA`` environment variable that holds the same relative path (``events/triggers.tsv``)
is read instead of the packaged file.
"""
from __future__ import annotations

import gzip
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from .errors import DatelineError, ResourceMissing

PACKAGE = "dateline.resources"
OVERRIDE_ENV = "DATELINE_DATA"


class DataFileError(DatelineError):
    """A data file holds a row that cannot be read; the message names file and line."""


def data_file(relative: str) -> Path:
    """The path of a data file, ``relative`` to ``dateline/resources`` (or to ``$DATELINE_DATA``)."""
    override = os.environ.get(OVERRIDE_ENV)
    if override and (Path(override) / relative).is_file():
        return Path(override) / relative
    path = Path(str(resources.files(PACKAGE).joinpath(relative)))
    if not path.is_file():
        raise ResourceMissing(f"data file {relative} not found in dateline/resources; "
                              "reinstall dateline or restore the file from the repository")
    return path


@dataclass(frozen=True)
class Row:
    """One data row of a table: its cells as written, and where it stands for error messages."""

    path: Path
    line: int
    cells: tuple[str, ...]
    header: Optional[tuple[str, ...]] = None

    def __getitem__(self, key: Union[int, str]) -> str:
        """A cell by position, or by column name for a table with a header row ('' when left off)."""
        if isinstance(key, int):
            return self.cells[key]
        if self.header is None or key not in self.header:
            raise self.error(f"no column {key!r} (the header names {', '.join(self.header or ())})")
        index = self.header.index(key)
        return self.cells[index].strip() if index < len(self.cells) else ""

    def get(self, key: str, default: str = "") -> str:
        """A cell by column name, or ``default`` when the table has no such column."""
        return self[key] if self.header is not None and key in self.header else default

    def __len__(self) -> int:
        return len(self.cells)

    def number(self, index: int) -> float:
        """The cell as a float, or a DataFileError saying which cell is not a number."""
        try:
            return float(self.cells[index])
        except (ValueError, IndexError):
            raise self.error(f"cell {index + 1} should be a number, found {self._cell(index)!r}") from None

    def integer(self, index: int) -> int:
        """The cell as an int, or a DataFileError saying which cell is not a whole number."""
        try:
            return int(self.cells[index])
        except (ValueError, IndexError):
            raise self.error(f"cell {index + 1} should be a whole number, found {self._cell(index)!r}") from None

    def _cell(self, index: int) -> str:
        return self.cells[index] if index < len(self.cells) else ""

    def error(self, reason: str) -> DataFileError:
        """The error to raise for this row: ``path:line: reason``."""
        return DataFileError(f"{self.path}:{self.line}: {reason}")


def _lines(path: Path) -> list[tuple[int, str]]:
    opener: Callable = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            return [(number, line.rstrip("\r\n")) for number, line in enumerate(handle, start=1)]
    except UnicodeDecodeError as exc:
        raise DataFileError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except (OSError, EOFError) as exc:
        raise DataFileError(f"{path}: cannot be read: {exc}") from None


def read_table(source: Union[str, Path], min_cells: int = 1, header: bool = False) -> list[Row]:
    """The data rows of a tab-separated table, each checked to have at least ``min_cells`` cells.

    Args:
        source: a path relative to the data folder (``"events/triggers.tsv"``) or a Path.
        min_cells: cells every row must have (the rest may be left off).
        header: the first non-comment line names the columns (rows are then read by name).
    """
    path = source if isinstance(source, Path) else data_file(source)
    names: Optional[tuple[str, ...]] = None
    rows = []
    for number, line in _lines(path):
        if not line.strip() or line.startswith("#"):
            continue
        cells = tuple(line.split("\t"))
        if header and names is None:
            names = tuple(cell.strip() for cell in cells)
            continue
        row = Row(path, number, cells, names)
        filled = sum(1 for cell in cells if cell.strip())
        if len(cells) < min_cells or filled < min(min_cells, 1):
            raise row.error(f"expected at least {min_cells} tab-separated cells, found {len(cells)}")
        rows.append(row)
    return rows


def read_word_classes(source: Union[str, Path], allowed: Iterable[str], kind: str) -> dict[str, str]:
    """Lower-case word or phrase -> its class, from a table of two cells a row (word, class), each
    class one of ``allowed`` (else a :class:`DataFileError` naming the row and the ``kind`` of value)."""
    known = frozenset(allowed)
    classes = {}
    for row in read_table(source, min_cells=2):
        value = row[1].strip()
        if value not in known:
            raise row.error(f"unknown {kind} {value!r}; use one of {', '.join(sorted(known))}")
        classes[row[0].strip().lower()] = value
    return classes


def read_words(source: Union[str, Path]) -> list[tuple[int, str]]:
    """``(line number, entry)`` for a word list: one entry a line, ``#`` starts a comment anywhere."""
    path = source if isinstance(source, Path) else data_file(source)
    found = []
    for number, line in _lines(path):
        entry = line.split("#", 1)[0].strip()
        if entry:
            found.append((number, entry))
    return found
