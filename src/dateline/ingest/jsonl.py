"""Articles as JSON records: ``.jsonl`` (one object a line) and ``.json`` (an object or a list).

Each record needs ``text``; ``id``, ``title``, ``url``, ``source``, ``language`` and
``published`` (or ``date``) are optional. A bad record becomes a Reject naming its line
(``path:LINE``) or, in a ``.json`` list, its position (``path#N``, from 1); the rest go on.
"""
from __future__ import annotations

import json
import logging
from typing import Any, Iterator, Mapping

from ..errors import BadInput
from ..model import Article
from .base import (
    MAX_ARTICLE_BYTES,
    MAX_JSON_BYTES,
    SNIFF_BYTES,
    Record,
    Reject,
    check_not_binary,
    check_text,
    decode_bytes,
    decode_line,
    normalise_date,
    one_line,
    open_regular,
    read_limited,
)

logger = logging.getLogger(__name__)

# Optional string fields copied from a record as they are.
OPTIONAL_FIELDS = ("title", "url", "source", "language")


def _optional_string(record: Mapping[str, Any], name: str) -> str | None:
    """A field that must be a string when present; numbers are accepted for ids."""
    value = record.get(name)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and name == "id":
        return str(value)
    if not isinstance(value, str):
        raise BadInput(f"bad field: {name!r} must be a string, not {type(value).__name__}")
    return value.strip() or None


def article_from_record(record: Any, origin: str) -> Article:
    """Build an Article from one JSON object (or one CSV row as a dict).

    Args:
        record: The parsed object.
        origin: Where it came from (``path:LINE``), for ``Article.origin``.

    Returns:
        The article; ``published`` is ISO ``YYYY-MM-DD`` when the given date can be read,
        else None (the pipeline then reads the date from the text).

    Raises:
        BadInput: Not an object, ``text`` missing, not a string, empty or too long.

    >>> article_from_record({"text": "Talks resumed.", "date": "15 September 2023"}, "x").published
    '2023-09-15'
    """
    if not isinstance(record, Mapping):
        raise BadInput(f"not an object: expected a JSON object with a 'text' field, got "
                       f"{type(record).__name__}")
    if "text" not in record or record["text"] is None:
        present = ", ".join(sorted(map(str, record))) or "none"
        raise BadInput(f"no 'text' field: the fields are {present}")
    text = record["text"]
    if not isinstance(text, str):
        raise BadInput(f"bad field: 'text' must be a string, not {type(text).__name__}")
    if len(text) > MAX_ARTICLE_BYTES:
        raise BadInput(f"too large: {len(text) / 2**20:.1f} M characters of text, over the "
                       f"{MAX_ARTICLE_BYTES / 2**20:.0f} MB limit for one article")
    check_text(text)
    raw_date = record.get("published")
    if raw_date in (None, ""):
        raw_date = record.get("date")
    published = normalise_date(raw_date) if raw_date not in (None, "") else None
    if raw_date not in (None, "") and published is None:
        logger.info("%s: cannot read date %r; leaving it to the pipeline", origin, raw_date)
    fields = {name: _optional_string(record, name) for name in OPTIONAL_FIELDS}
    return Article(text=text, id=_optional_string(record, "id") or "", published=published,
                   title=fields["title"], url=fields["url"], source=fields["source"],
                   language=fields["language"] or "en", origin=origin)


def read_jsonl_file(path: str) -> Iterator[Record]:
    """Yield one Article or Reject per non-blank line of a ``.jsonl`` file, streaming.

    Lines are decoded one by one (UTF-8, else cp1252), so a single mis-encoded line is
    rejected alone.
    """
    with open_regular(path) as handle:
        check_not_binary(handle.read(SNIFF_BYTES))
        handle.seek(0)
        for number, raw in enumerate(handle, start=1):
            origin = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                # Without its line end: a line cut short then reads "Unterminated string", not
                # "Invalid control character" (the newline inside the unclosed string).
                record = json.loads(decode_line(raw, origin).rstrip("\r\n"))
                yield article_from_record(record, origin)
            except json.JSONDecodeError as error:
                yield Reject(origin, f"malformed JSON: {error.msg.removesuffix(' at')} at column {error.colno}")
            except Exception as error:  # noqa: BLE001 - one bad line never stops the file
                yield Reject(origin, one_line(error))


def read_json_file(path: str) -> Iterator[Record]:
    """Yield the articles of a ``.json`` file holding one object or a list of objects.

    Raises:
        BadInput: Too large, not JSON, or neither an object nor a list.
    """
    text, _ = decode_bytes(read_limited(path, MAX_JSON_BYTES), origin=path)
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as error:
        raise BadInput(f"malformed JSON: {error.msg.removesuffix(' at')} at line {error.lineno} column {error.colno}"
                       ) from None
    if isinstance(parsed, Mapping):
        yield article_from_record(parsed, path)
        return
    if not isinstance(parsed, list):
        raise BadInput(f"not an object: expected a JSON object or a list of objects, got "
                       f"{type(parsed).__name__}")
    for number, record in enumerate(parsed, start=1):
        origin = f"{path}#{number}"
        try:
            yield article_from_record(record, origin)
        except Exception as error:  # noqa: BLE001 - one bad record never stops the file
            yield Reject(origin, one_line(error))
