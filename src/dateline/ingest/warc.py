"""Web archives: ``.warc`` and ``.warc.gz`` files read with warcio, streaming.

Each HTML ``response`` (or ``resource``) record with HTTP status 2xx becomes one article through
:func:`dateline.ingest.html.article_from_html`, with the record's ``WARC-Target-URI`` as its url
and ``WARC-Date`` as the date of last resort. Other records (requests, metadata, images,
scripts, redirects, errors) are skipped without a Reject: a crawl is mostly those.

warcio stops quietly at a truncated file, so truncation is checked here: a record whose body
ends before its ``Content-Length``, or unread bytes after the last whole record, end the file
with one Reject after the articles that could be read.
"""
from __future__ import annotations

import logging
import os
from typing import Iterator, Optional

from warcio.archiveiterator import ArchiveIterator

from ..errors import BadInput
from .base import MAX_ARTICLE_BYTES, Record, Reject, one_line, open_regular
from .html import article_from_html, decode_html

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
ARTICLE_RECORD_TYPES = ("response", "resource")


def _content_type(record) -> tuple[str, Optional[str]]:
    """The record's media type (lower case) and declared charset, from HTTP or WARC headers."""
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    value = headers.get_header("Content-Type") or ""
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, setting = param.partition("=")
        if name.strip().lower() == "charset" and setting.strip():
            charset = setting.strip().strip("\"'")
    return media.strip().lower(), charset


def _is_article_record(record) -> bool:
    """An HTML response or resource with a success status."""
    if record.rec_type not in ARTICLE_RECORD_TYPES:
        return False
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if record.rec_type == "response" and not status.startswith("2"):
            return False
    elif record.rec_type == "response":
        return False  # a non-HTTP response (dns:, whois:) carries no page
    return _content_type(record)[0] in HTML_TYPES


def _article_from_record(record, payload: bytes, origin: str) -> Record:
    """Extract one article from an HTML record's payload."""
    if len(payload) > MAX_ARTICLE_BYTES:
        raise BadInput(f"too large: the page is over the {MAX_ARTICLE_BYTES / 2**20:.0f} MB limit for one article")
    _, charset = _content_type(record)
    return article_from_html(
        decode_html(payload, http_charset=charset, origin=origin),
        url=record.rec_headers.get_header("WARC-Target-URI") or None,
        origin=origin,
        fallback_date=record.rec_headers.get_header("WARC-Date"),
    )


def _unread_tail(handle, end: int, size: int) -> bool:
    """Whether the file holds more than trailing whitespace after byte ``end``."""
    if end >= size:
        return False
    handle.seek(end)
    return bool(handle.read(64).strip())


def read_warc_file(path: str) -> Iterator[Record]:
    """Yield an Article (or Reject) per HTML page in a WARC file, then a Reject if it is truncated.

    Args:
        path: A ``.warc`` or ``.warc.gz`` file (gzip per record, as crawlers write them).

    Yields:
        Articles with ``origin`` ``path@OFFSET`` (the record's byte offset, which
        ``warcio extract`` accepts); Rejects for pages with no text and for truncation.
    """
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size == 0:
            raise BadInput("empty: no WARC records")
        records = ArchiveIterator(handle)
        count, end = 0, 0
        try:
            for record in records:
                # The record's start; get_record_offset() would read the record to its end.
                offset = records.offset
                if count == 0 and record.format != "warc":
                    # warcio reads any text as a loose ARC record; a .warc file must say WARC/.
                    raise BadInput("not a WARC file: it does not start with a WARC/1.x record")
                origin = f"{path}@{offset}"
                wanted = _is_article_record(record)
                payload = record.content_stream().read(MAX_ARTICLE_BYTES + 1) if wanted else b""
                records.read_to_end(record)
                if record.raw_stream.limit > 0:
                    yield Reject(origin, f"truncated WARC: the file ends inside record {count + 1} "
                                         f"(at byte {offset} of {size}); {count} records read before it")
                    return
                count += 1
                end = offset + records.get_record_length()
                if not wanted:
                    continue
                try:
                    yield _article_from_record(record, payload, origin)
                except Exception as error:  # noqa: BLE001 - one bad page never stops the archive
                    yield Reject(origin, one_line(error))
        except BadInput:
            raise
        except Exception as error:  # noqa: BLE001 - a damaged archive still keeps what was read
            yield Reject(path, f"unreadable WARC: stopped after {count} records (byte {end} of "
                               f"{size}): {one_line(error)}")
            return
        if count == 0:
            raise BadInput("not a WARC file: no record could be read (or it is truncated "
                           "inside its first record)")
        if _unread_tail(handle, end, size):
            yield Reject(path, f"truncated WARC: the file ends after {count} records (byte {end} of "
                               f"{size} is not the start of a whole record)")
