"""CSV that is safe to open in a spreadsheet: the one writer behind every CSV dateline produces.

Stored text comes from the articles, so anyone who can publish a page can make a cell start
with ``=``: Excel, LibreOffice and Google Sheets run such a cell as a formula
(``=HYPERLINK(…)`` leaks data, ``=cmd|…`` ran programs in old Excel). Following OWASP's advice
on CSV injection, a text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is written with a leading single quote, which spreadsheets read as "this is text" and
do not show. Numbers are left as they are: ``-5`` from the database is a number, not a formula.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

# OWASP, "CSV Injection": the characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``value`` as a CSV cell a spreadsheet will not run: text starting like a formula gets a ``'``.

    >>> safe_cell('=HYPERLINK("http://evil.example")')
    '\\'=HYPERLINK("http://evil.example")'
    >>> safe_cell(-5)
    -5
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    """A lists (aliases, roles) as JSON, then made safe."""
    if isinstance(value, (list, tuple, dict)):
        value = json.dumps(value, ensure_ascii=False)
    return safe_cell(value)


def write_csv(handle: TextIO, rows: Iterable[dict], columns: list[str]) -> None:
    """Write ``rows`` as CSV with a header of ``columns`` (other keys are left out).

    Lists become JSON text; every text cell goes through :func:`safe_cell`.

    Args:
        handle: A text stream opened with ``newline=""`` (or ``sys.stdout``).
        rows: Dicts, one per row.
        columns: The columns, in order.
    """
    writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({name: _cell(row.get(name)) for name in columns})
