"""Articles and feeds fetched over HTTP(S) with urllib.

The response is read as an RSS/Atom feed (one article per entry), an HTML page (one article)
or plain text, decided by its ``Content-Type`` and, when that is missing or generic, by its
first bytes. Only ``http`` and ``https`` URLs are fetched; proxies from the environment apply.
"""
from __future__ import annotations

import logging
import socket
import urllib.error
import urllib.request
from typing import Iterator, Optional
from urllib.parse import urlsplit

from .. import __version__
from ..errors import BadInput
from .base import MAX_ARTICLE_BYTES, Record
from .feed import articles_from_feed, looks_like_feed
from .html import article_from_html, decode_html
from .text import article_from_bytes

logger = logging.getLogger(__name__)

# Seconds to wait for the server to answer (connect, and each read); news sites that take
# longer are usually down, and a batch should not hang on one of them.
TIMEOUT = 20.0

USER_AGENT = f"dateline/{__version__} (+https://pypi.org/project/dateline/)"

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
XML_TYPES = ("application/xml", "text/xml")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_url(item: str) -> bool:
    """Whether an input item is an http(s) URL."""
    return item.lower().startswith(("http://", "https://"))


def fetch(url: str, timeout: float = TIMEOUT) -> tuple[bytes, str, Optional[str], str]:
    """Fetch a URL, refusing bodies over ``MAX_ARTICLE_BYTES``.

    Returns:
        ``(body, media_type, charset, final_url)``; ``final_url`` is the address after redirects.

    Raises:
        BadInput: Not http(s), an HTTP error status, no answer, or a body too large.
    """
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise BadInput(f"unsupported URL: only http and https are fetched, not {url!r}")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_ARTICLE_BYTES + 1)
            media = (response.headers.get_content_type() or "").lower()
            charset = response.headers.get_content_charset()
            final_url = response.geturl() or url
    except urllib.error.HTTPError as error:
        raise BadInput(f"HTTP error: {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise BadInput(f"timed out: no answer within {timeout:g} s") from None
        raise BadInput(f"cannot fetch: {reason}") from None
    except (socket.timeout, TimeoutError):
        raise BadInput(f"timed out: no answer within {timeout:g} s") from None
    except ValueError as error:
        raise BadInput(f"bad URL: {error}") from None
    if len(body) > MAX_ARTICLE_BYTES:
        raise BadInput(f"too large: the response is over the {MAX_ARTICLE_BYTES / 2**20:.0f} MB limit for one article")
    return body, media, charset, final_url


def _looks_like_html(body: bytes) -> bool:
    """Whether bytes start like an HTML document."""
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def read_url(url: str, timeout: float = TIMEOUT) -> Iterator[Record]:
    """Yield the article at a URL, or the entries of the feed there.

    Args:
        url: An http(s) address.
        timeout: Seconds to wait for the server.

    Raises:
        BadInput: Fetch failed, or the content is neither a feed, HTML nor plain text.
    """
    body, media, charset, final_url = fetch(url, timeout)
    # text/html served feeds and application/xml served feeds are common; the bytes decide.
    if media in FEED_TYPES or looks_like_feed(body):
        logger.debug("%s: reading as a feed (%s)", url, media)
        content_type = f"{media}; charset={charset}" if charset else media
        yield from articles_from_feed(body, origin=url, url=final_url, content_type=content_type)
    elif media in HTML_TYPES or _looks_like_html(body):
        yield article_from_html(decode_html(body, http_charset=charset, origin=url), url=final_url, origin=url)
    elif media == "text/plain":
        article = article_from_bytes(body, origin=url)
        article.url = final_url
        yield article
    elif media in XML_TYPES:
        raise BadInput("not an RSS or Atom feed: XML of another kind")
    else:
        raise BadInput(f"unsupported content type: {media or 'none'}; expected HTML, a feed "
                       f"or plain text")
