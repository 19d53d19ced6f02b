"""Bytes that mix UTF-8 with a single-byte encoding: a Latin-1 line pasted into a UTF-8 file.

Such bytes are not valid UTF-8, so the plain fallback (the whole file as cp1252) turns every
UTF-8 character into mojibake ("ZÃ¼rich"). :func:`decode_mixed` recognises the mix, reads
each UTF-8 sequence as UTF-8 and each stray byte as cp1252, and logs a warning naming the
lines that held stray bytes, so the decision is visible and the lines can be checked.
"""
from __future__ import annotations

import codecs
import logging
import re
from typing import Optional

logger = logging.getLogger(__name__)

# Name under which the decoded text's encoding is reported (``decode_bytes`` returns it).
MIXED = "utf-8+cp1252"

# UTF-8 for the non-ASCII characters Western news text uses most: Latin letters and signs
# (U+0080-U+017F: é, ü, ß, ł, ©, no-break space) and punctuation and currency (U+2000-U+20BF:
# curly quotes, dashes, €). Read as cp1252 these are the familiar mojibake ("Ã¼", "â€™"). In
# real cp1252 text they need an accented capital (Â Ã Ä Å) or "â" right before a symbol: none
# of the 924 PolNeAR articles, nor LGL or GeoVirus, encoded as cp1252 has one (the only PolNeAR
# matches were mojibake already in the source). Bytes that fail as UTF-8 yet hold these
# sequences are taken to be a mix.
_UTF8_SIGNATURE = re.compile(rb"[\xc2-\xc5][\x80-\xbf]|\xe2[\x80-\x82][\x80-\xbf]")

# Declared charsets under which a mix is still looked for: the single-byte Western ones, whose
# texts never hold the signature, and UTF-8 itself (a declaration the stray bytes break). Under
# any other declared charset (cp1251, GBK) the signature bytes are ordinary text.
_MIX_CHARSETS = frozenset({"utf-8", "ascii", "iso8859-1", "iso8859-15", "cp1252"})

# How many stray lines a warning lists by number, and how much of the first one it shows.
_LINES_SHOWN = 5
_SAMPLE_CHARS = 60


def _cp1252_char(byte: int) -> str:
    """One byte as cp1252; the five bytes cp1252 leaves undefined as Latin-1."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


def _stray_bytes_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the bytes that are not UTF-8, each read as cp1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    stray = error.object[error.start:error.end]
    return "".join(_cp1252_char(byte) for byte in stray), error.end


_ERRORS = "dateline-stray-cp1252"
codecs.register_error(_ERRORS, _stray_bytes_as_cp1252)


def _mix_allowed(declared: Optional[str]) -> bool:
    """Whether a mix may be looked for under this declared charset (None: nothing declared)."""
    if not declared:
        return True
    try:
        return codecs.lookup(declared).name in _MIX_CHARSETS
    except LookupError:
        return True  # an unknown label declares nothing usable


def _stray_lines(data: bytes) -> list[int]:
    """The numbers (from 1) of the lines of ``data`` that are not valid UTF-8."""
    found = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            found.append(number)
    return found


def _warn(data: bytes, text: str, origin: Optional[str]) -> None:
    """Log which lines held stray bytes (none named for a single line), with the first as decoded."""
    lines = _stray_lines(data)
    if not lines:
        return
    sample = " ".join(text.split("\n")[lines[0] - 1].split())[:_SAMPLE_CHARS]
    where = ""
    if data.rstrip(b"\r\n").count(b"\n"):
        shown = ", ".join(map(str, lines[:_LINES_SHOWN]))
        more = f" and {len(lines) - _LINES_SHOWN} more" if len(lines) > _LINES_SHOWN else ""
        where = f" on line{'s' if len(lines) > 1 else ''} {shown}{more}"
    logger.warning("%smixed encodings: UTF-8 text with bytes in another encoding%s, read as cp1252 "
                   "(%r); check the text, or save the file as UTF-8",
                   f"{origin}: " if origin else "", where, sample)


def decode_mixed(data: bytes, declared: Optional[str] = None,
                 origin: Optional[str] = None) -> Optional[str]:
    """Decode bytes that mix UTF-8 with cp1252 or Latin-1, or return None when they do not.

    Each valid UTF-8 sequence is read as UTF-8 and each other byte as cp1252, so both parts
    come out right ("Zürich" from either encoding). A warning names the lines with the
    stray bytes, since a byte read the wrong way there cannot be ruled out.

    Args:
        data: Bytes already known not to be valid UTF-8 (nor UTF-16/32 with a byte-order mark).
        declared: A charset the container declared; a mix is not looked for under one other
            than UTF-8 or a single-byte Western charset.
        origin: Where the bytes came from, to begin the warning (``path`` or ``path:LINE``).

    Returns:
        The decoded text, or None when the bytes hold no UTF-8 sequence typical of text.

    >>> decode_mixed("Zürich ".encode("utf-8") + "Genève".encode("latin-1"))
    'Zürich Genève'
    """
    if not _mix_allowed(declared) or not _UTF8_SIGNATURE.search(data):
        return None
    text = data.decode("utf-8", errors=_ERRORS)
    _warn(data, text, origin)
    return text
