"""Articles and feeds fetched over HTTP(S) with urllib.

The response is read as an RSS/Atom feed (one article per entry), an HTML page (one article)
or plain text, decided by its ``Content-Type`` and, when that is missing or generic, by its
first bytes. Only ``http`` and ``https`` URLs are fetched; proxies from the environment apply.
"""
from __future__ import annotations

import logging
import urllib.error
import urllib.request
from typing import Iterator, Optional
from urllib.parse import urlsplit

from .. import __version__
from ..errors import BadInput
from .base import MAX_ARTICLE_BYTES, Record
from .deadline import FetchTimeout, open_url
from .feed import articles_from_feed, looks_like_feed
from .html import article_from_html, decode_html
from .text import article_from_bytes

logger = logging.getLogger(__name__)

# Seconds a whole fetch may take, redirects included (the default of ``iter_articles``'s
# ``url_timeout``): a news page arrives in a few seconds, and a server that drips its answer
# byte by byte must not hold a batch for minutes.
URL_TIMEOUT = 30.0

# Seconds to wait for any one piece (connect, each read): news sites that stay silent this long
# are usually down. The deadline above shortens the wait when less time is left.
TIMEOUT = 20.0

USER_AGENT = f"dateline/{__version__} (+https://pypi.org/project/dateline/)"

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
XML_TYPES = ("application/xml", "text/xml")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_url(item: str) -> bool:
    """Whether an input item is an http(s) URL."""
    return item.lower().startswith(("http://", "https://"))


def _timeout_reason(error: FetchTimeout) -> str:
    """The Reject reason for a fetch that ran out of time."""
    if not error.received:
        return f"timed out: no answer within {error.limit:g} s"
    return (f"timed out: the answer was not complete within {error.limit:g} s ({error.received} bytes "
            f"came); the server sends too slowly")


def fetch(url: str, timeout: float = URL_TIMEOUT) -> tuple[bytes, str, Optional[str], str]:
    """Fetch a URL, refusing bodies over ``MAX_ARTICLE_BYTES``.

    Args:
        url: An http(s) address.
        timeout: Seconds the whole fetch may take, redirects and a slow body included.

    Returns:
        ``(body, media_type, charset, final_url)``; ``final_url`` is the address after redirects.

    Raises:
        BadInput: Not http(s), an HTTP error status, no answer, too slow, or a body too large.
    """
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise BadInput(f"unsupported URL: only http and https are fetched, not {url!r}")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with open_url(request, total=timeout, stall=TIMEOUT) as response:
            body = response.read(MAX_ARTICLE_BYTES + 1)
            media = (response.headers.get_content_type() or "").lower()
            charset = response.headers.get_content_charset()
            final_url = response.geturl() or url
    except FetchTimeout as error:
        raise BadInput(_timeout_reason(error)) from None
    except urllib.error.HTTPError as error:
        raise BadInput(f"HTTP error: {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):  # connecting took too long
            raise BadInput(f"timed out: no answer within {min(timeout, TIMEOUT):g} s") from None
        raise BadInput(f"cannot fetch: {reason}") from None
    except TimeoutError:
        raise BadInput(f"timed out: no answer within {min(timeout, TIMEOUT):g} s") from None
    except ValueError as error:
        raise BadInput(f"bad URL: {error}") from None
    if len(body) > MAX_ARTICLE_BYTES:
        raise BadInput(f"too large: the response is over the {MAX_ARTICLE_BYTES / 2**20:.0f} MB limit for one article")
    return body, media, charset, final_url


def _looks_like_html(body: bytes) -> bool:
    """Whether bytes start like an HTML document."""
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def read_url(url: str, timeout: float = URL_TIMEOUT) -> Iterator[Record]:
    """Yield the article at a URL, or the entries of the feed there.

    Args:
        url: An http(s) address.
        timeout: Seconds the whole fetch may take (see :func:`fetch`).

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
