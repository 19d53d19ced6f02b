"""Articles as table rows: ``.csv`` (and tab-separated ``.tsv``) with a header row.

Columns are those of the JSON records (see :mod:`dateline.ingest.jsonl`): ``text`` is required,
``id``, ``title``, ``url``, ``source``, ``language``, ``published`` (or ``date``) optional, any
others ignored. Header names are matched without regard to case or surrounding spaces. A file
without a ``text`` column is rejected whole; a bad row is rejected alone as ``path:LINE``.
"""
from __future__ import annotations

import csv
import logging
import sys
from typing import Iterator

from ..errors import BadInput
from .base import (MAX_ARTICLE_BYTES, SNIFF_BYTES, Record, Reject, check_not_binary, decode_line,
                   one_line, open_regular)
from .jsonl import OPTIONAL_FIELDS, article_from_record

logger = logging.getLogger(__name__)

KNOWN_COLUMNS = ("text", "id") + OPTIONAL_FIELDS + ("published", "date")

# The csv module refuses fields over 128 KB by default; an article's text can be longer.
csv.field_size_limit(min(sys.maxsize, MAX_ARTICLE_BYTES))


def _decoded_lines(handle, path: str) -> Iterator[str]:
    """The lines of a binary file, each decoded on its own (UTF-8, else cp1252)."""
    for number, raw in enumerate(handle, start=1):
        yield decode_line(raw, f"{path}:{number}")


def read_csv_file(path: str, delimiter: str = ",") -> Iterator[Record]:
    """Yield one Article or Reject per data row of a CSV file, streaming.

    Args:
        path: The file.
        delimiter: Field separator; ``"\\t"`` for ``.tsv``.

    Raises:
        BadInput: The file is binary, empty, or has no ``text`` column.
    """
    with open_regular(path) as handle:
        check_not_binary(handle.read(SNIFF_BYTES))
        handle.seek(0)
        reader = csv.reader(_decoded_lines(handle, path), delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            raise BadInput("empty: CSV file without a header row") from None
        columns = [name.strip().lstrip("\ufeff").lower() for name in header]
        if "text" not in columns:
            listed = ", ".join(repr(name) for name in header) or "none"
            raise BadInput(f"no 'text' column: the columns are {listed}; dateline needs a 'text' "
                           f"column, optionally {', '.join(KNOWN_COLUMNS[1:])}")
        line = reader.line_num + 1
        while True:
            origin = f"{path}:{line}"
            try:
                row = next(reader)
            except StopIteration:
                return
            except Exception as error:  # noqa: BLE001 - a broken quote ends the readable part
                yield Reject(origin, f"unreadable CSV from this line on: {one_line(error)}")
                return
            line = reader.line_num + 1
            if not row or not any(cell.strip() for cell in row):
                continue
            if len(row) != len(columns):
                yield Reject(origin, f"wrong field count: {len(row)} fields, the header has {len(columns)}")
                continue
            record = {name: (cell if cell.strip() else None) for name, cell in zip(columns, row)}
            if record["text"] is None:
                yield Reject(origin, "empty: the 'text' cell is blank")
                continue
            try:
                yield article_from_record(record, origin)
            except Exception as error:  # noqa: BLE001 - one bad row never stops the file
                yield Reject(origin, one_line(error))


def read_tsv_file(path: str) -> Iterator[Record]:
    """Yield the rows of a tab-separated file; see :func:`read_csv_file`."""
    return read_csv_file(path, delimiter="\t")
