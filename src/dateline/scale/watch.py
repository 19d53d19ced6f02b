"""``dateline watch``: keep a database current with feeds, sitemaps and folders.

Each poll of a source, in order:

1. list its items: a feed's entries (their text is in the feed), a sitemap's ``<loc>`` pages
   (a sitemap index is followed one level), or a folder's readable files;
2. drop the items recorded as seen with the same version (:mod:`dateline.store.seen`: an entry's
   text hash, a page's ``<lastmod>``, a file's mtime and size), so a restart does not start over;
3. ingest the rest through :mod:`dateline.run` (the same loop as ``dateline ingest``), then
   record them as seen, so an item is only marked once it is stored or rejected with a reason.

A source that fails (no answer, not a feed) is logged with the reason and retried with a
doubling delay, from ``RETRY_FIRST_SECONDS`` up to the poll interval; the others go on. The
loop ends when ``stop`` is set (the CLI sets it on Ctrl-C and SIGTERM) between articles.
"""
from __future__ import annotations

import logging
import os
import re
import threading
import time
from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Iterable, Iterator, Optional

from .. import run
from ..ingest import Reject, iter_articles, reader_for
from ..ingest.base import read_limited
from ..ingest.feed import articles_from_feed
from ..ingest.url import URL_TIMEOUT, fetch, is_url
from ..model import Article, text_id
from ..nlp.pipeline import analyze_articles, load_nlp
from ..store.seen import mark_seen, seen_versions

log = logging.getLogger(__name__)

# The first retry of a failing source waits this long; each further failure doubles it, up to
# the poll interval (a feed down for an hour is asked about 7 times at --every 15m, not 120).
RETRY_FIRST_SECONDS = 30.0

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?\s*$", re.I)
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, None: 1}
_SITEMAP = re.compile(rb"<(urlset|sitemapindex)\b", re.I)
_LOC = re.compile(rb"<url>.*?<loc>\s*(.*?)\s*</loc>(?:.*?<lastmod>\s*(.*?)\s*</lastmod>)?.*?</url>", re.I | re.S)
_SITEMAP_LOC = re.compile(rb"<sitemap>.*?<loc>\s*(.*?)\s*</loc>", re.I | re.S)


def parse_every(text: str) -> float:
    """Seconds in a poll interval such as ``15m``, ``30s``, ``1h`` or ``90`` (seconds).

    Raises:
        ValueError: when the text is not such an interval (the message shows the forms).
    """
    match = _DURATION.match(text)
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"{text!r} is not an interval; use e.g. 30s, 15m, 1h or 1d")
    unit = match.group(2).lower() if match.group(2) else None
    return float(match.group(1)) * _UNIT_SECONDS[unit]


@dataclass
class Item:
    """One thing a source lists: its key, its version, and how to read it."""

    key: str
    version: Optional[str]
    records: Callable[[], Iterable[Article | Reject]]


def _only(record: Article | Reject) -> list[Article | Reject]:
    return [record]


def _feed_items(data: bytes, origin: str, url: Optional[str]) -> Iterator[Item]:
    for record in articles_from_feed(data, origin=origin, url=url):
        if isinstance(record, Reject):
            yield Item(record.item, record.reason, partial(_only, record))
        else:
            key = record.url or record.origin or record.id
            yield Item(key, text_id(record.text), partial(_only, record))


def _sitemap_items(data: bytes, timeout: float) -> Iterator[Item]:
    nested = [loc.decode("utf-8", "replace").strip() for loc in _SITEMAP_LOC.findall(data)]
    for sitemap in nested[:100]:  # an index: its sitemaps, one level deep
        yield from _sitemap_items(fetch(sitemap, timeout)[0], timeout)
    for loc, lastmod in _LOC.findall(data):
        page = loc.decode("utf-8", "replace").strip()
        version = lastmod.decode("utf-8", "replace") if lastmod else None
        yield Item(page, version, partial(iter_articles, [page], url_timeout=timeout))


def _folder_items(folder: str) -> Iterator[Item]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(root, name)
            if name.startswith(".") or reader_for(path) is None:
                continue
            try:
                info = os.stat(path)
            except OSError:
                continue  # gone since the listing
            yield Item(path, f"{info.st_mtime_ns}:{info.st_size}", partial(iter_articles, [path]))


def list_items(source: str, timeout: float = URL_TIMEOUT) -> list[Item]:
    """The items ``source`` offers now.

    Raises:
        BadInput, OSError: when the source cannot be read (the watcher retries it later).
    """
    if os.path.isdir(source):
        return list(_folder_items(source))
    if is_url(source):
        body, _media, _charset, final_url = fetch(source, timeout)
    else:
        body, final_url = read_limited(source), None
    if _SITEMAP.search(body[:4096]):
        return list(_sitemap_items(body, timeout))
    return list(_feed_items(body, source, final_url))


@dataclass
class SourceState:
    """When a source is next due, and how many polls in a row have failed."""

    due: float = 0.0
    failures: int = 0
    last_error: Optional[str] = None


@dataclass
class Watcher:
    """Polls sources into a store; :meth:`poll` once, or :meth:`run` until ``stop`` is set.

    Args:
        sources: feed or sitemap URLs or files, and folders.
        store: an open store (SQLite or PostgreSQL).
        every: seconds between polls of one source.
        on_reject: called with ``(item, reason)`` for an item that gave no stored article.
        on_poll: called after each poll of a source with ``(source, tally or None, error or None)``.
    """

    sources: list[str]
    store: object
    every: float = 900.0
    timeout: float = URL_TIMEOUT
    on_reject: run.RejectHandler = run._ignore
    on_poll: Callable[[str, Optional[run.Tally], Optional[str]], None] = run._ignore
    stop: threading.Event = field(default_factory=threading.Event)
    states: dict[str, SourceState] = field(default_factory=dict)

    def poll(self, source: str) -> run.Tally:
        """Ingest what is new in one source; returns its tally (``seen`` counts only new items).

        Raises:
            BadInput, OSError: when the source itself cannot be read.
        """
        seen = seen_versions(self.store, source)
        new = [item for item in list_items(source, self.timeout)
               if item.key not in seen or seen[item.key] != item.version]
        tally = run.Tally()
        done: list[tuple[str, Optional[str]]] = []
        for item in new:  # one item at a time: it is marked seen right after it is stored
            if self.stop.is_set():
                break
            articles = run.fresh_articles(item.records(), self.store, tally, self.on_reject)
            run.store_results(analyze_articles(articles), self.store, tally, self.on_reject)
            done.append((item.key, item.version))
            mark_seen(self.store, source, done[-1:])
        return tally

    def poll_due(self) -> None:
        """Poll every source that is due; a failing one is logged and rescheduled with backoff."""
        for source in self.sources:
            state = self.states.setdefault(source, SourceState())
            if self.stop.is_set() or state.due > time.monotonic():
                continue
            try:
                tally = self.poll(source)
            except Exception as exc:  # noqa: BLE001 - one failing source never stops the others
                state.failures += 1
                delay = min(self.every, RETRY_FIRST_SECONDS * 2 ** (state.failures - 1))
                state.due, state.last_error = time.monotonic() + delay, str(exc)
                log.warning("%s: %s (failure %d in a row; retrying in %.0f s)", source, exc, state.failures, delay)
                self.on_poll(source, None, str(exc))
                continue
            state.failures, state.last_error = 0, None
            state.due = time.monotonic() + self.every
            self.on_poll(source, tally, None)

    def run(self) -> None:
        """Poll until ``stop`` is set."""
        load_nlp()  # a missing model fails now, not at the first new article
        while not self.stop.is_set():
            self.poll_due()
            next_due = min(state.due for state in self.states.values())
            self.stop.wait(max(0.0, next_due - time.monotonic()))
