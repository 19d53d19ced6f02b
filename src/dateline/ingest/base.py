"""What every ingest reader shares: the Reject record, size limits, decoding and date normalising.

Readers raise :class:`dateline.errors.BadInput` with a one-line reason for an item they cannot
use; :func:`dateline.ingest.iter_articles` turns those (and any unexpected exception) into a
:class:`Reject`, so one bad item never stops a batch.
"""
from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import errno
import logging
import os
import re
import stat
from dataclasses import dataclass
from typing import BinaryIO, Optional, Union

from ..dates import parse_date
from ..errors import BadInput
from ..model import Article
from .mixed import MIXED, decode_mixed

logger = logging.getLogger(__name__)

# One article file (or one record's text) larger than this is almost certainly not a news
# article (the longest long-reads are well under 1 MB of text); refusing it early keeps a stray
# log dump or database export from eating memory. Checked with stat() before anything is read.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024

# A .json file must be parsed whole, so it gets its own, larger ceiling; .jsonl, .csv and WARC
# files are streamed and have no whole-file limit (only MAX_ARTICLE_BYTES per record).
MAX_JSON_BYTES = 200 * 1024 * 1024

# How much of a file the binary sniffing looks at: enough to see a few paragraphs.
SNIFF_BYTES = 64 * 1024

# Share of control bytes (other than tab, newline, carriage return, form feed) above which a
# file is taken to be binary. Real text has none; 2 % leaves room for a few stray escapes.
MAX_CONTROL_SHARE = 0.02

# Byte-order marks, longest first so UTF-32-LE is not mistaken for UTF-16-LE.
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# Signatures of common binary formats someone may drop into an article folder by mistake.
_MAGIC = [
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
]

# What a path is when it is not a regular file, for Reject reasons. Opening a named pipe blocks
# until another process writes to it, and a device can be endless (/dev/zero), so none is opened.
_NOT_REGULAR = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                (stat.S_ISDIR, "a folder"))

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"


@dataclass
class Reject:
    """An input item that yielded no article, and why.

    Attributes:
        item: What was rejected: a path, ``path:LINE``, ``path@OFFSET`` (WARC) or a URL.
        reason: One line saying what is wrong, for the batch summary.
    """

    item: str
    reason: str

    def __str__(self) -> str:
        return f"{self.item}: {self.reason}"


Record = Union[Article, Reject]


def one_line(error: BaseException) -> str:
    """A one-line description of an unexpected exception, for a Reject reason."""
    message = " ".join(str(error).split()) or "no message"
    if not isinstance(error, BadInput):
        message = f"{type(error).__name__}: {message}"
    return message if len(message) <= 300 else message[:297] + "..."


def stat_target(path: str) -> os.stat_result:
    """``os.stat`` through symbolic links, with a one-line reason for a link that leads nowhere.

    Raises:
        BadInput: ``path`` is a symbolic link loop (``a -> b -> a``) or a broken link.
        OSError: Any other failure; ``FileNotFoundError`` for a path that does not exist.
    """
    try:
        return os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise BadInput("symbolic link loop: following the link leads back to it; fix or remove "
                           "the link") from None
        if error.errno == errno.ENOENT and os.path.islink(path):
            raise BadInput(f"broken symbolic link: its target {os.readlink(path)!r} does not "
                           f"exist") from None
        raise


def check_regular(mode: int) -> None:
    """Refuse a file mode (``st_mode``) that is not a regular file: a pipe, socket, device or folder.

    Raises:
        BadInput: Naming what the path is instead.
    """
    if stat.S_ISREG(mode):
        return
    kind = next((name for is_kind, name in _NOT_REGULAR if is_kind(mode)), "not a file")
    raise BadInput(f"not a regular file: {kind}; only regular files are read")


def open_regular(path: str) -> BinaryIO:
    """Open a regular file for binary reading, refusing pipes, sockets and devices.

    The folder walk checks this before calling a reader; readers open through here as well, so
    a file swapped for a pipe after that check, or a reader called directly, cannot block:
    ``O_NONBLOCK`` makes ``open`` return at once even on a pipe nobody writes to.

    Raises:
        BadInput: Not a regular file, a link loop or a broken link.
        OSError: The file cannot be opened.
    """
    stat_target(path)  # the one-line reasons for a link loop or broken link
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        check_regular(os.fstat(fd).st_mode)
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def check_size(path: str, limit: int = MAX_ARTICLE_BYTES) -> int:
    """The size of ``path`` in bytes, after checking it against ``limit`` without reading it.

    Raises:
        BadInput: The file is larger than ``limit``.
    """
    size = stat_target(path).st_size
    if size > limit:
        raise BadInput(f"too large: {size / 2**20:.1f} MB, over the {limit / 2**20:.0f} MB limit "
                       f"for this kind of file; split it or raise the limit")
    return size


def read_limited(path: str, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """The bytes of ``path``, refusing files over ``limit`` before reading them.

    Raises:
        BadInput: The file is too large.
    """
    check_size(path, limit)
    with open_regular(path) as handle:
        # Read one byte past the limit: the file may have grown since stat().
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise BadInput(f"too large: over the {limit / 2**20:.0f} MB limit for this kind of file")
    return data


def check_not_binary(data: bytes) -> None:
    """Refuse bytes that are not text (already known not to start with a BOM).

    Raises:
        BadInput: A known binary signature, NUL bytes or too many control bytes.
    """
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise BadInput(f"binary file: {kind}, not text")
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample:
        raise BadInput("binary file: contains NUL bytes, not text")
    if sample:
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
        if controls / len(sample) > MAX_CONTROL_SHARE:
            raise BadInput(f"binary file: {controls} control bytes in the first "
                           f"{len(sample)}, not text")


def _utf16_without_bom(sample: bytes) -> Optional[str]:
    """``utf-16-le``/``-be`` when a BOM-less sample looks like UTF-16 English (NUL every other byte)."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, declared: Optional[str] = None,
                 origin: Optional[str] = None) -> tuple[str, str]:
    """Decode article bytes, returning ``(text, encoding)``.

    Order: a byte-order mark (UTF-8/16/32), UTF-16 without BOM, UTF-8, ``declared`` (an HTTP
    or ``<meta>`` charset) when it decodes cleanly, then cp1252 (the usual encoding of
    older Western news files; undefined cp1252 bytes fall back to latin-1). The BOM is
    dropped; nothing else is changed. Bytes that mix UTF-8 with cp1252 or Latin-1 are read
    part by part (:func:`dateline.ingest.mixed.decode_mixed`, encoding ``"utf-8+cp1252"``),
    with a warning naming the lines, never as cp1252 mojibake.

    Args:
        data: The raw bytes.
        declared: A charset the container declared, tried before cp1252.
        origin: Where the bytes came from, for the warning about mixed encodings.

    Returns:
        The text and the name of the encoding used.

    Raises:
        BadInput: The bytes look binary or cannot be decoded with a BOM's encoding.

    >>> decode_bytes("caf\\u00e9".encode("cp1252"))
    ('café', 'cp1252')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise BadInput(f"undecodable: starts with a {encoding} byte-order mark but does not "
                               f"decode as {encoding} at byte {error.start + len(bom)}") from None
    guessed = _utf16_without_bom(data[:SNIFF_BYTES])
    if guessed:
        try:
            return data.decode(guessed), guessed
        except UnicodeDecodeError:
            pass
    check_not_binary(data)
    # UTF-8 first even when a charset is declared: non-ASCII text in any other encoding
    # almost never decodes as UTF-8, while declarations are often stale (a page saved as
    # UTF-8 that still says iso-8859-1).
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = decode_mixed(data, declared, origin)
    if mixed is not None:
        return mixed, MIXED
    if declared:
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            logger.debug("declared charset %r does not fit; trying cp1252", declared)
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def decode_line(raw: bytes, origin: Optional[str] = None) -> str:
    """Decode one line of a streamed table or JSON Lines file: UTF-8, else cp1252, else latin-1.

    Lines are decoded one at a time so that one mis-encoded line does not spoil the file; the
    binary check is done once on the file's first bytes, not per line. A line mixing UTF-8
    with cp1252 or Latin-1 is read part by part, with a warning naming ``origin``.
    """
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mixed = decode_mixed(raw, origin=origin)
    if mixed is not None:
        return mixed
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def check_text(text: str) -> str:
    """Return ``text`` unchanged after checking it has words in it.

    Raises:
        BadInput: The text is empty or whitespace only.
    """
    if not text:
        raise BadInput("empty: no text at all")
    if text.isspace():
        raise BadInput("empty: whitespace only")
    return text


_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_])")


def normalise_date(value: object) -> Optional[str]:
    """A publication date as ISO ``YYYY-MM-DD``, or None when it cannot be read.

    Accepts ISO dates and timestamps, RFC 2822 (``Fri, 15 Sep 2023 10:00:00 GMT``), ``date``
    and ``datetime`` objects, and anything :func:`dateline.dates.parse_date` reads
    (``September 15, 2023``, ``15 Sept 2023``). The date part is kept as written: a timestamp
    is not moved to UTC, since the publisher's local day is the one the article means.

    >>> normalise_date("2023-09-15T22:10:00-04:00")
    '2023-09-15'
    >>> normalise_date("Fri, 15 Sep 2023 10:00:00 GMT")
    '2023-09-15'
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value)
    if match:
        try:
            return dt.date(*(int(part) for part in match.groups())).isoformat()
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return parse_date(value)
