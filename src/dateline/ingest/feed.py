"""RSS and Atom feeds: one article per entry, from its content (else its summary).

Parsing is done by feedparser on bytes already in memory, so nothing is fetched. An entry's
HTML is flattened to text with :func:`dateline.ingest.html.fragment_text`. Entries carry only
what the feed carries: many feeds hold a summary, not the full article.
"""
from __future__ import annotations

import codecs
import logging
import re
import time
from typing import Any, Iterator, Optional

import feedparser

from ..errors import BadInput
from ..model import Article
from .base import Record, Reject, check_text, normalise_date, one_line, read_limited
from .html import fragment_text
from .mixed import decode_mixed

logger = logging.getLogger(__name__)

# A feed's root element appears right after the XML declaration, comments and stylesheet lines.
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_FEED_SNIFF_BYTES = 2048
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def looks_like_feed(data: bytes) -> bool:
    """Whether bytes start like an RSS, Atom or RSS 1.0 (RDF) document."""
    return bool(_FEED_ROOT.search(data[:_FEED_SNIFF_BYTES]))


def _entry_html(entry: Any) -> tuple[str, bool]:
    """The richest body of an entry and whether it is HTML: the longest content, else the summary."""
    contents = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(c["value"]))
        return best["value"], "html" in (best.get("type") or "html")
    detail = entry.get("summary_detail") or {}
    return entry.get("summary") or "", "html" in (detail.get("type") or "html")


def _entry_date(entry: Any) -> Optional[str]:
    """The entry's date as written (the publisher's day), else feedparser's UTC reading of it."""
    for name in ("published", "updated", "created"):
        date = normalise_date(entry.get(name))
        if date:
            return date
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(name)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _repair_mixed_encodings(data: bytes, origin: str,
                            content_type: Optional[str]) -> tuple[bytes, Optional[str]]:
    """A feed that mixes UTF-8 with cp1252 or Latin-1 as clean UTF-8, with a content type saying so.

    feedparser would read such bytes whole as one single-byte encoding (mojibake); decoded part
    by part here, with the warning :func:`dateline.ingest.mixed.decode_mixed` gives. The HTTP
    charset in ``content_type`` wins over the XML declaration, so the re-encoded bytes are read
    as UTF-8.
    """
    if data.startswith(_WIDE_BOMS):
        return data, content_type
    try:
        data.decode("utf-8")
        return data, content_type
    except UnicodeDecodeError:
        pass
    media, _, params = (content_type or "").partition(";")
    declared = params.partition("charset=")[2].strip().strip("\"'") or None
    if declared is None:
        match = _XML_ENCODING.match(data[:_FEED_SNIFF_BYTES])
        declared = match.group(1).decode("ascii") if match else None
    text = decode_mixed(data, declared, origin)
    if text is None:
        return data, content_type
    return text.encode("utf-8"), f"{media.strip() or 'application/xml'}; charset=utf-8"


def article_from_entry(entry: Any, source: Optional[str], origin: str) -> Article:
    """Build an Article from one parsed feed entry.

    Raises:
        BadInput: The entry has neither content nor summary text.
    """
    body, is_html = _entry_html(entry)
    text = fragment_text(body) if is_html else body
    if not text.strip():
        raise BadInput("empty: feed entry has no content or summary text")
    return Article(text=check_text(text), title=entry.get("title") or None,
                   url=entry.get("link") or None, source=source, published=_entry_date(entry),
                   origin=origin)


def articles_from_feed(data: bytes, origin: str, url: Optional[str] = None,
                       content_type: Optional[str] = None) -> Iterator[Record]:
    """Yield one Article or Reject per entry of a feed document.

    Args:
        data: The feed's bytes.
        origin: Where it came from; entries get ``origin#N`` (N from 1).
        url: The feed's URL, used to resolve relative entry links.
        content_type: The HTTP ``Content-Type``, a hint for the feed's encoding.

    Raises:
        BadInput: The bytes are not a feed, or the feed has no entries.
    """
    data, content_type = _repair_mixed_encodings(data, origin, content_type)
    headers = {}
    if url:
        headers["content-location"] = url
    if content_type:
        headers["content-type"] = content_type
    # Bytes, never a str: feedparser would treat a str that looks like a URL as one to fetch.
    try:
        parsed = feedparser.parse(bytes(data), response_headers=headers)
    except Exception as error:  # noqa: BLE001 - feedparser can fail on damaged input (a NUL in the encoding name)
        raise BadInput(f"unreadable feed: feedparser failed on it ({one_line(error)})") from None
    if not parsed.entries:
        if not parsed.get("version"):
            problem = parsed.get("bozo_exception")
            detail = one_line(problem) if problem else "no <rss>, <feed> or <rdf:RDF> root element"
            raise BadInput(f"not an RSS or Atom feed: {detail}")
        raise BadInput("empty: the feed has no entries")
    if parsed.get("bozo"):
        logger.info("%s: feed is not well-formed (%s); reading what parsed",
                    origin, parsed.get("bozo_exception"))
    source = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        entry_origin = f"{origin}#{number}"
        try:
            yield article_from_entry(entry, source, entry_origin)
        except Exception as error:  # noqa: BLE001 - one bad entry never stops the feed
            yield Reject(entry_origin, one_line(error))


def read_feed_file(path: str) -> Iterator[Record]:
    """Yield the entries of an ``.rss``, ``.atom`` or ``.xml`` feed file.

    Raises:
        BadInput: Too large, not a feed, or no entries.
    """
    yield from articles_from_feed(read_limited(path), origin=path)
