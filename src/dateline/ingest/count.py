"""How many items a batch will read, counted ahead without parsing, for a progress total.

:func:`count_items` walks the same files as :func:`dateline.ingest.iter_articles` and counts
what each will give (an article or a reject): one per text or HTML file, one per non-blank
JSONL line, one per non-blank CSV row. Sources that can only be counted by reading them
through (URLs, stdin, feeds, web archives, JSON arrays) make the total unknown (None), and
the progress line then shows the count done alone.
"""
from __future__ import annotations

import csv
import os
from typing import Iterable, Optional

from . import _ending, _is_not_article, reader_for
from .url import is_url

# One file, one article (or one reject).
ONE_PER_FILE = frozenset({".txt", ".html", ".htm", ".xhtml"})
LINE_PER_ITEM = frozenset({".jsonl", ".ndjson"})
ROW_PER_ITEM = {".csv": ",", ".tsv": "\t"}


def count_items(paths: Iterable[str]) -> Optional[int]:
    """The number of articles and rejects reading ``paths`` will give, or None when unknown.

    Example:
        >>> count_items(["news/"])  # doctest: +SKIP
        1204
    """
    total = 0
    for path in paths:
        found = _count_item(os.fspath(path))
        if found is None:
            return None
        total += found
    return total


def _count_item(item: str) -> Optional[int]:
    if item == "-" or is_url(item):
        return None
    if os.path.isdir(item):
        return _count_folder(item)
    return _count_file(item)


def _count_folder(folder: str) -> Optional[int]:
    """As ingest's walk: hidden entries, assets and corpus notes skipped, links to folders not followed."""
    try:
        with os.scandir(folder) as listing:
            entries = [entry for entry in listing if not entry.name.startswith(".")]
    except OSError:
        return 1  # the walk's one reject for an unreadable folder
    total = 0
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            found = _count_folder(entry.path)
        elif _is_not_article(entry.path):
            continue
        else:
            found = _count_file(entry.path)
        if found is None:
            return None
        total += found
    return total


def _count_file(path: str) -> Optional[int]:
    ending = _ending(path)
    if reader_for(path) is None or ending in ONE_PER_FILE or not os.path.isfile(path):
        return 1  # one article, or the one reject of an unsupported, missing or odd file
    try:
        if ending in LINE_PER_ITEM:
            with open(path, "rb") as handle:
                return sum(1 for line in handle if line.strip())
        if ending in ROW_PER_ITEM:
            with open(path, encoding="utf-8", errors="replace", newline="") as handle:
                rows = csv.reader(handle, delimiter=ROW_PER_ITEM[ending])
                return max(0, sum(1 for row in rows if any(cell.strip() for cell in row)) - 1)  # less the header
    except (OSError, csv.Error):
        return 1  # the reader will reject the file as a whole
    return None
