"""HTML articles: main text and metadata with trafilatura, the date with htmldate as a fallback.

Everything runs offline on a string already in memory; nothing is fetched. The article text is
trafilatura's plain-text output with one blank line between paragraphs (trafilatura puts one
paragraph per line; a blank line lets the sentence splitter see the break) and is not changed
afterwards. Used by the ``.html`` reader and by the WARC, feed and URL readers.
"""
from __future__ import annotations

import logging
import re
from typing import Any, Iterator, Optional

import htmldate
import lxml.html
import trafilatura
from lxml.etree import ParserError

from ..errors import BadInput
from ..model import Article
from .base import Record, check_text, decode_bytes, normalise_date, read_limited
from .prose import why_not_an_article

logger = logging.getLogger(__name__)

# trafilatura logs an ERROR or WARNING for every page it finds no text in; the Reject already
# says so, once, in the batch summary. Quieted only where the application left the level unset.
for _name in ("trafilatura.core", "trafilatura.utils", "trafilatura.main_extractor"):
    if logging.getLogger(_name).level == logging.NOTSET:
        logging.getLogger(_name).setLevel(logging.CRITICAL)

# A <meta charset> or http-equiv declaration must sit in the first 1024 bytes (HTML standard,
# "determining the character encoding"); 4 KB allows for pages that break the rule a little.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_CHARSET_SCAN_BYTES = 4096

# Elements after which fragment_text starts a new paragraph, and the mark it puts there
# (U+2029 PARAGRAPH SEPARATOR, which feed HTML does not use).
_BREAK = "\u2029"
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "tr", "section", "article", "pre", "figcaption"}


def declared_charset(data: bytes) -> Optional[str]:
    """The charset an HTML page declares in a ``<meta>`` tag near its top, or None."""
    match = _META_CHARSET.search(data[:_CHARSET_SCAN_BYTES])
    return match.group(1).decode("ascii") if match else None


def decode_html(data: bytes, http_charset: Optional[str] = None, origin: Optional[str] = None) -> str:
    """Decode HTML bytes: BOM, then UTF-8, then the HTTP or ``<meta>`` charset, then cp1252.

    ``origin`` names the page in the warning about mixed encodings (see :func:`decode_bytes`).

    Raises:
        BadInput: The bytes are binary.
    """
    text, encoding = decode_bytes(data, declared=http_charset or declared_charset(data), origin=origin)
    if encoding != "utf-8":
        logger.debug("HTML decoded as %s", encoding)
    return text


def _paragraphs(text: str) -> str:
    """Join non-empty lines with a blank line between them."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def article_from_html(html: str, url: Optional[str] = None, origin: Optional[str] = None,
                      fallback_date: Optional[str] = None) -> Article:
    """Extract one article from an HTML page.

    Args:
        html: The page, decoded.
        url: Where the page was fetched from; wins over the page's own canonical URL.
        origin: Where it came from, for ``Article.origin``; defaults to ``url``.
        fallback_date: An ISO date to use when neither trafilatura nor htmldate finds one
            (a WARC record's capture date, an HTTP ``Last-Modified``).

    Returns:
        The article with title, url, source (site name, else host) and published date.

    Raises:
        BadInput: The markup is broken, holds no main text, or its text is no article (only
            a menu, links or a cookie notice: see :mod:`.prose`).

    >>> page = "<html><body><article><p>The minister spoke on Monday.</p></article></body></html>"
    >>> article_from_html(page).text
    'The minister spoke on Monday.'
    """
    try:
        # A Document (not a dict: as_dict is off); typed loosely by trafilatura.
        document: Any = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False)
    except (ValueError, TypeError, ParserError) as error:
        raise BadInput(f"broken HTML: {type(error).__name__}: {error}") from None
    if document is None or not (document.text or "").strip():
        raise BadInput("no article text: the HTML is broken or has no main content")
    text = check_text(_paragraphs(document.text))
    not_an_article = why_not_an_article(text, html)
    if not_an_article:
        raise BadInput(not_an_article)
    published = normalise_date(document.date)
    if not published:
        published = normalise_date(htmldate.find_date(html, url=url, original_date=True))
    return Article(
        text=text,
        title=document.title or None,
        url=url or document.url or None,
        source=document.sitename or document.hostname or None,
        published=published or normalise_date(fallback_date),
        origin=origin or url,
    )


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content or summary).

    Each block element (paragraph, heading, list item, ``<br>``) ends a paragraph; whitespace
    inside a paragraph is collapsed, as a browser shows it. trafilatura is not used here: on
    fragments this short it falls back to extractors that split sentences at inline tags.

    >>> fragment_text("<p>Talks resume <b>Monday</b>.</p><p>Second.</p>")
    'Talks resume Monday.\\n\\nSecond.'
    """
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, ParserError):
        return ""
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = _BREAK + (element.tail or "")
    parts = (" ".join(part.split()) for part in root.text_content().split(_BREAK))
    return "\n\n".join(part for part in parts if part)


def read_html_file(path: str) -> Iterator[Record]:
    """Yield the one article in an ``.html``/``.htm`` file.

    Raises:
        BadInput: Too large, binary, broken markup or no main text.
    """
    yield article_from_html(decode_html(read_limited(path), origin=path), origin=path)
