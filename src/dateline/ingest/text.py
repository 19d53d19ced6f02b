"""Plain-text articles: one ``.txt`` file (or standard input) is one article.

The decoded text is the article text as is: no stripping, no newline translation, so offsets
match what an editor shows for the decoded file. A short first line standing alone above the
story is also the title (:mod:`.headline`); it stays in the text. The publication date is left
to the pipeline's dates component, which reads stamps such as ``(Last Updated On: September 15, 2023)``.
"""
from __future__ import annotations

import logging
import sys
from typing import BinaryIO, Iterator, Optional

from ..errors import BadInput
from ..model import Article
from .base import MAX_ARTICLE_BYTES, Record, check_text, decode_bytes, read_limited
from .headline import text_headline

logger = logging.getLogger(__name__)

STDIN_ORIGIN = "<stdin>"


def article_from_bytes(data: bytes, origin: str) -> Article:
    """Decode the bytes of one text article.

    Args:
        data: The raw file content.
        origin: Where it came from, kept in ``Article.origin`` and log lines.

    Returns:
        The article; its text is the decoded content without a byte-order mark, its title
        the headline on the first line when there is one (:func:`.headline.text_headline`).

    Raises:
        BadInput: Binary, empty or whitespace-only content.
    """
    text, encoding = decode_bytes(data, origin=origin)
    if encoding != "utf-8":
        # Article has no encoding field; the log is where a fallback decode is recorded.
        logger.info("%s: decoded as %s", origin, encoding)
    text = check_text(text)
    return Article(text=text, title=text_headline(text), origin=origin)


def read_text_file(path: str) -> Iterator[Record]:
    """Yield the one article in a text file.

    Args:
        path: A ``.txt`` file; files over ``MAX_ARTICLE_BYTES`` are refused before reading.

    Raises:
        BadInput: Too large, binary, empty or whitespace only.
    """
    yield article_from_bytes(read_limited(path), origin=path)


def read_stdin(stream: Optional[BinaryIO] = None) -> Iterator[Record]:
    """Yield the one article read from standard input (or ``stream``).

    Raises:
        BadInput: More than ``MAX_ARTICLE_BYTES``, binary, empty or whitespace only.
    """
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise BadInput(f"too large: standard input is over the {MAX_ARTICLE_BYTES / 2**20:.0f} MB limit "
                       f"for one article")
    yield article_from_bytes(data, origin=STDIN_ORIGIN)
