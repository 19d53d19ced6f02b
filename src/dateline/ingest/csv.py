"""Articles as table rows: ``.csv`` (and tab-separated ``.tsv``) with a header row.

Columns are those of the JSON records (see :mod:`dateline.ingest.jsonl`): ``text`` is required,
``id``, ``title``, ``url``, ``source``, ``language``, ``published`` (or ``date``) optional, any
others ignored. Header names are matched without regard to case or surrounding spaces. A file
without a ``text`` column is rejected whole; a bad row (a cell over the size limit too) is
rejected alone as ``path:LINE``, and the rows after it are read.
"""
from __future__ import annotations

import csv
import logging
import sys
from typing import Iterator

from ..errors import BadInput
from .base import MAX_ARTICLE_BYTES, SNIFF_BYTES, Record, Reject, check_not_binary, decode_line, one_line, open_regular
from .jsonl import OPTIONAL_FIELDS, article_from_record

logger = logging.getLogger(__name__)

KNOWN_COLUMNS = ("text", "id") + OPTIONAL_FIELDS + ("published", "date")

# The csv module refuses fields over 128 KB by default; an article's text can be longer.
csv.field_size_limit(min(sys.maxsize, MAX_ARTICLE_BYTES))

# A physical line longer than this cannot belong to a row dateline keeps: the text cell alone
# may hold MAX_ARTICLE_BYTES, and 1 MiB is room for the other cells. Lines are read up to this
# length, so one endless line cannot fill memory.
MAX_LINE_BYTES = MAX_ARTICLE_BYTES + 2**20

# Lines of a row being skipped are read in pieces of this size, never whole.
_SKIP_CHUNK = 2**20


class _RowTooLarge(Exception):
    """A row has a line over MAX_LINE_BYTES; the rest of the row has been skipped."""


class _Lines:
    """The decoded lines of a CSV file for ``csv.reader``, numbered, able to skip an oversized row.

    It counts the quote characters of the row being read, so that after a cell too large to
    keep, the rest of that row can be skipped: the rest of its line, and, when a quoted cell is
    still open, every line up to the one that closes it. The rows after it are then read as
    usual. (A quote inside an unquoted cell, which csv reads literally, would make that skip go
    too far; it only matters in a row that is refused anyway.)
    """

    def __init__(self, handle, path: str):
        self.handle = handle
        self.path = path
        self.line = 0  # physical lines read so far
        self.in_quotes = False  # a quoted cell of the current row is open at the end of the last line

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        raw = self.handle.readline(MAX_LINE_BYTES)
        if not raw:
            raise StopIteration
        self.line += 1
        self._count_quotes(raw)
        if len(raw) >= MAX_LINE_BYTES and not raw.endswith(b"\n"):
            self._skip_rest_of_line()
            self.skip_row()
            raise _RowTooLarge(f"too large: line {self.line} is over {MAX_LINE_BYTES / 2**20:.0f} MB, more "
                               f"than one article's text may hold")
        return decode_line(raw, f"{self.path}:{self.line}")

    def _count_quotes(self, raw: bytes) -> None:
        if raw.count(b'"') % 2:
            self.in_quotes = not self.in_quotes

    def _skip_rest_of_line(self) -> None:
        while True:
            piece = self.handle.readline(_SKIP_CHUNK)
            self._count_quotes(piece)
            if not piece or piece.endswith(b"\n"):
                return

    def row_read(self) -> None:
        """Mark the end of a row that csv read whole."""
        self.in_quotes = False

    def skip_row(self) -> None:
        """Skip what is left of the current row after csv gave up on it at the end of a line."""
        while self.in_quotes:
            piece = self.handle.readline(_SKIP_CHUNK)
            if not piece:
                break
            self.line += 1
            self._count_quotes(piece)
            if not piece.endswith(b"\n"):
                self._skip_rest_of_line()
        self.in_quotes = False


def _bad_row_reason(error: csv.Error) -> str:
    """The Reject reason for a row csv could not parse."""
    if "field limit" in str(error):
        return (f"too large: a cell over the {MAX_ARTICLE_BYTES / 2**20:.0f} MB limit for one article's "
                f"text")
    if "new-line character" in str(error):
        return "unreadable CSV row: a carriage return inside an unquoted cell; quote the cell"
    return f"unreadable CSV row: {' '.join(str(error).split())}"


# Separators a spreadsheet may write in a ".csv": Excel in much of Europe writes ";" (the comma
# being the decimal mark there), and some exports use a tab.
_OTHER_DELIMITERS = (";", "\t", "|")


def _header_delimiter(header_line: bytes, delimiter: str) -> str:
    """The separator the header row uses: ``delimiter``, unless it is absent and another is there."""
    header = header_line.decode("utf-8", errors="replace")
    if delimiter in header:
        return delimiter
    counts = {other: header.count(other) for other in _OTHER_DELIMITERS if other != delimiter}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else delimiter


def read_csv_file(path: str, delimiter: str = ",") -> Iterator[Record]:
    """Yield one Article or Reject per data row of a CSV file, streaming.

    A row that cannot be read (a cell over the size limit, a stray carriage return) is one
    Reject; the rows after it are still read. When the header row has no ``delimiter`` but a
    ``;``, tab or ``|``, that separator is used (a spreadsheet's export in many locales).

    Args:
        path: The file.
        delimiter: Field separator; ``"\\t"`` for ``.tsv``.

    Raises:
        BadInput: The file is binary, empty, or has no ``text`` column.
    """
    with open_regular(path) as handle:
        check_not_binary(handle.read(SNIFF_BYTES))
        handle.seek(0)
        found = _header_delimiter(handle.readline(SNIFF_BYTES), delimiter)
        if found != delimiter:
            logger.info("%s: the header is separated by %r, not %r; reading it so", path, found, delimiter)
            delimiter = found
        handle.seek(0)
        lines = _Lines(handle, path)
        reader = csv.reader(lines, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            raise BadInput("empty: CSV file without a header row") from None
        except (csv.Error, _RowTooLarge) as error:
            raise BadInput(f"unreadable CSV header: {one_line(error)}") from None
        lines.row_read()
        columns = [name.strip().lstrip("\ufeff").lower() for name in header]
        if "text" not in columns:
            listed = ", ".join(repr(name) for name in header) or "none"
            raise BadInput(f"no 'text' column: the columns are {listed}; dateline needs a 'text' "
                           f"column, optionally {', '.join(KNOWN_COLUMNS[1:])}")
        while True:
            origin = f"{path}:{lines.line + 1}"
            try:
                row = next(reader)
            except StopIteration:
                return
            except _RowTooLarge as error:
                yield Reject(origin, str(error))
                continue
            except csv.Error as error:
                lines.skip_row()
                yield Reject(origin, _bad_row_reason(error))
                continue
            lines.row_read()
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
