"""Check the command line's items before any heavy work: does each exist, can it be read, is it a known type?

Loading the spaCy pipeline (and, on a first run, building the gazetteer) takes a minute or more;
a mistyped path should not cost that before its error. :func:`unusable_items` looks at each
item the way :func:`dateline.ingest.iter_articles` will, without reading any content, and says
why an item can give no article. Folders are checked for being readable and for holding at
least one file the walk would read (or reject); what is inside each file is the readers' job.
"""
from __future__ import annotations

import difflib
import os
import stat
from typing import Iterable, Optional

from . import _is_not_article, _unsupported, reader_for
from .base import Reject, check_regular, one_line, stat_target
from .url import is_url


def _holds_a_file(folder: str) -> bool:
    """Whether the folder walk would find any file to read (or reject) under ``folder``.

    Stops at the first one, so a folder of large JSONL files is not read through as a count would.
    """
    try:
        with os.scandir(folder) as listing:
            entries = [entry for entry in listing if not entry.name.startswith(".")]
    except OSError:
        return True  # the walk's own reject will say why the folder cannot be read
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            if _holds_a_file(entry.path):
                return True
        elif not _is_not_article(entry.path):
            return True
    return False


def _close_names(path: str) -> list[str]:
    """Names in the same folder that look like a mistyped ``path``'s name, closest first."""
    folder = os.path.dirname(path) or "."
    try:
        names = [name for name in os.listdir(folder) if not name.startswith(".")]
    except OSError:
        return []
    # 0.8: catches one or two wrong, missing or swapped letters in names of 8+ characters
    # ("artcle.txt" for "article.txt" scores 0.95) without offering unrelated files.
    return difflib.get_close_matches(os.path.basename(path), names, n=2, cutoff=0.8)


def _missing(path: str) -> Reject:
    """The Reject for a path that does not exist, suggesting a near name in its folder."""
    near = [os.path.join(os.path.dirname(path), name) for name in _close_names(path)]
    hint = f"; did you mean {' or '.join(near)}?" if near else ""
    return Reject(path, f"no such file or directory{hint}")


def unusable_item(item: str) -> Optional[Reject]:
    """Why one command-line item can give no article, or None when it may.

    URLs and ``-`` (stdin) are not checked: only reading them tells.
    """
    if item == "-" or is_url(item):
        return None
    try:
        mode = stat_target(item).st_mode
    except FileNotFoundError:
        return _missing(item)
    except Exception as error:  # noqa: BLE001 - a link loop, a permission error: its one line
        return Reject(item, one_line(error))
    if stat.S_ISDIR(mode):
        if not os.access(item, os.R_OK | os.X_OK):
            return Reject(item, "unreadable folder: permission denied")
        if not _holds_a_file(item):
            return Reject(item, "no articles found: the folder holds no file to read (hidden files, "
                                "images and README/LICENSE notes are skipped)")
        return None
    try:
        check_regular(mode)
    except Exception as error:  # noqa: BLE001
        return Reject(item, one_line(error))
    if reader_for(item) is None:
        return _unsupported(item)
    if not os.access(item, os.R_OK):
        return Reject(item, "unreadable file: permission denied")
    return None


def missing_items(items: Iterable[str]) -> list[Reject]:
    """A Reject for each local path of ``items`` that does not exist (URLs and ``-`` are not checked).

    For sources that may rightly be empty now and fill later, such as a folder ``dateline watch``
    polls: only a path that is not there at all (a typo) is refused.
    """
    return [_missing(item) for item in map(os.fspath, items)
            if item != "-" and not is_url(item) and not os.path.lexists(item)]


def unusable_items(items: Iterable[str]) -> list[Reject]:
    """A Reject for each item of ``items`` that can give no article, in the order given.

    Example:
        >>> unusable_items(["news/", "artcle.txt"])  # doctest: +SKIP
        [Reject(item='artcle.txt', reason='no such file or directory; did you mean article.txt?')]
    """
    return [reject for reject in map(unusable_item, map(os.fspath, items)) if reject is not None]
