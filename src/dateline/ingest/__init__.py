"""Ingest: read sources and yield Article records, or a Reject saying why an item gave none.

One module per source kind, each a generator of ``Article | Reject``:

- :mod:`.text`: ``.txt`` files and standard input (``-``), one article each;
- :mod:`.html`: ``.html``/``.htm`` pages, main text and metadata with trafilatura;
- :mod:`.jsonl`: ``.jsonl``/``.ndjson`` lines and ``.json`` objects or lists;
- :mod:`.csv`: ``.csv``/``.tsv`` rows with a ``text`` column;
- :mod:`.feed`: RSS/Atom feeds (``.rss``, ``.atom``, ``.xml``), one article per entry;
- :mod:`.warc`: ``.warc``/``.warc.gz`` web archives, one article per HTML page;
- :mod:`.url`: ``http(s)://`` addresses of pages or feeds.

:func:`iter_articles` dispatches by extension, URL or ``-``, walks folders, and turns every
failure into a :class:`Reject`, so one bad item never stops a batch. No reader changes an
article's text after extracting it.
"""
from __future__ import annotations

import logging
import os
import stat
from typing import Callable, Iterable, Iterator, Optional, Union

from ..model import Article
from .base import MAX_ARTICLE_BYTES, Record, Reject, check_regular, one_line, stat_target
from .csv import read_csv_file, read_tsv_file
from .feed import read_feed_file
from .html import read_html_file
from .jsonl import read_json_file, read_jsonl_file
from .text import STDIN_ORIGIN, read_stdin, read_text_file
from .url import URL_TIMEOUT, is_url, read_url
from .warc import read_warc_file

__all__ = ["Article", "Reject", "Record", "MAX_ARTICLE_BYTES", "READERS", "iter_articles",
           "reader_for", "supported_extensions"]

logger = logging.getLogger(__name__)

Reader = Callable[[str], Iterator[Record]]

# File name endings and their readers; the longest ending wins (".warc.gz" before ".gz").
READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".xhtml": read_html_file,
    ".jsonl": read_jsonl_file,
    ".ndjson": read_jsonl_file,
    ".json": read_json_file,
    ".csv": read_csv_file,
    ".tsv": read_tsv_file,
    ".rss": read_feed_file,
    ".atom": read_feed_file,
    ".xml": read_feed_file,
    ".warc": read_warc_file,
    ".warc.gz": read_warc_file,
}

# Endings a folder walk skips without a Reject: files that cannot be news articles (images,
# sound, video, fonts, page assets, compiled code, databases). Anything else unknown in a
# folder is rejected, so a .pdf or .docx someone expected to be read does not vanish silently.
NOT_ARTICLE_EXTENSIONS = frozenset("""
    .png .jpg .jpeg .gif .bmp .tif .tiff .webp .svg .ico .heic .avif .psd .raw
    .mp3 .wav .ogg .oga .flac .m4a .aac .opus .mp4 .m4v .mov .avi .mkv .webm .wmv .flv
    .woff .woff2 .ttf .otf .eot .css .js .mjs .map
    .pyc .pyo .so .dll .dylib .exe .o .class
    .db .sqlite .sqlite3 .db-wal .db-shm .sqlite-wal .sqlite-shm .parquet .lock
""".split())


# File names (before the first dot, any case) a folder walk skips without a Reject: the notes
# that travel with a corpus (README.md, LICENSE.txt) describe it and are not articles in it.
# Only prose notes count: a data file such as changes.jsonl or authors.csv is still read.
NOT_ARTICLE_NAMES = frozenset("""
    readme license licence copying notice changelog changes authors contributing citation
""".split())

NOTE_EXTENSIONS = frozenset({"", ".md", ".txt", ".rst"})


def _is_not_article(path: str) -> bool:
    """Whether a folder walk should skip a file silently (asset, binary or corpus notes)."""
    name = os.path.basename(path).lower()
    is_note = name.split(".")[0] in NOT_ARTICLE_NAMES and _ending(path) in NOTE_EXTENSIONS
    return _ending(path) in NOT_ARTICLE_EXTENSIONS or is_note


def _ending(path: str) -> str:
    """The lower-case file ending that picks a reader: ``.warc.gz`` or the last suffix."""
    name = os.path.basename(path).lower()
    if name.endswith(".warc.gz"):
        return ".warc.gz"
    return os.path.splitext(name)[1]


def supported_extensions() -> str:
    """The file endings ingest reads, for messages."""
    return ", ".join(READERS)


def reader_for(path: str) -> Optional[Reader]:
    """The reader for a file by its ending, or None when the type is not supported."""
    return READERS.get(_ending(path))


def _guarded(item: str, reader: Callable[[str], Iterator[Record]]) -> Iterator[Record]:
    """Run one reader over one item; whatever it raises becomes a Reject for that item."""
    try:
        yield from reader(item)
    except Exception as error:  # noqa: BLE001 - one bad item never stops a batch
        logger.debug("rejected %s", item, exc_info=True)
        yield Reject(item, one_line(error))


def _unsupported(path: str) -> Reject:
    """The Reject for a file whose type no reader handles."""
    ending = _ending(path) or "(no extension)"
    return Reject(path, f"unsupported file type {ending}; supported: {supported_extensions()}")


def _walk(folder: str) -> Iterator[Record]:
    """Read every supported file under a folder, depth first in name order.

    Hidden entries, assets (images, fonts, scripts) and corpus notes (README, LICENSE) are
    skipped silently; any other unsupported file is a Reject, and so is each entry that is not
    a regular file (a pipe, socket or device: never opened) or a link that leads nowhere.

    Files and subfolders are interleaved by name (``a.txt``, ``b/…``, ``c.txt``), the order of
    a sorted file listing. Symbolic links to folders are not followed, so a link loop cannot
    make the walk endless.
    """
    try:
        with os.scandir(folder) as listing:
            entries = sorted((entry for entry in listing if not entry.name.startswith(".")),
                             key=lambda entry: entry.name)
    except OSError as error:
        yield Reject(folder, f"unreadable folder: {one_line(error)}")
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif not _is_not_article(entry.path):
            yield from _read_file(entry.path, in_folder=True)


def _read_file(path: str, in_folder: bool = False) -> Iterator[Record]:
    """Read one path that is not a folder of the walk: a file, or a link to one."""
    try:
        mode = stat_target(path).st_mode
        if in_folder and stat.S_ISDIR(mode):
            yield Reject(path, "linked folder not followed: pass it explicitly to read it")
            return
        check_regular(mode)  # before the reader opens it: a pipe would block, a device never end
    except FileNotFoundError:
        yield Reject(path, "no such file or directory")
        return
    except Exception as error:  # noqa: BLE001 - a link loop, a pipe: one Reject, the walk goes on
        yield Reject(path, one_line(error))
        return
    reader = reader_for(path)
    if reader is None:
        yield _unsupported(path)
    else:
        yield from _guarded(path, reader)


def _read_item(item: str, url_timeout: float) -> Iterator[Record]:
    """Read one command-line item: ``-``, a URL, a folder or a file."""
    if item == "-":
        yield from _guarded(STDIN_ORIGIN, lambda _: read_stdin())
    elif is_url(item):
        yield from _guarded(item, lambda url: read_url(url, timeout=url_timeout))
    elif os.path.isdir(item):
        yield from _walk(item)
    else:
        yield from _read_file(item)


def iter_articles(paths: Iterable[Union[str, "os.PathLike[str]"]],
                  url_timeout: float = URL_TIMEOUT) -> Iterator[Record]:
    """Yield an Article for every article found in ``paths``, and a Reject for each failure.

    Args:
        paths: Files, folders (walked recursively in name order, hidden entries skipped),
            ``http(s)://`` URLs of pages or feeds, and ``-`` for one text article on stdin.
        url_timeout: Seconds one URL's fetch may take in all (redirects and a slow body
            included); past it the URL is a Reject and the batch goes on.

    Yields:
        :class:`~dateline.model.Article` records with ``origin`` set to the path,
        ``path:LINE`` (JSONL, CSV), ``path#N`` (JSON list, feed entry), ``path@OFFSET``
        (WARC) or the URL; and :class:`Reject` records ``(item, reason)``.

    Example:
        >>> for record in iter_articles(["news/", "missing.txt"]):  # doctest: +SKIP
        ...     print(record.origin if isinstance(record, Article) else record)
        news/a.txt
        missing.txt: no such file or directory
    """
    for path in paths:
        item = os.fspath(path)
        try:
            yield from _read_item(item, url_timeout)
        except Exception as error:  # noqa: BLE001 - a failing walk (permissions) is one Reject
            yield Reject(item, one_line(error))
