"""What a view receives and returns: the request, its checked parameters, the page, the error.

Query parameters carry the same names as the CLI options (``speaker``, ``about``, ``since``,
``until``, ``type``, ``actor``, ``recipient``, ``place``, ``country``, ``q``, ``limit``). Each
view names the ones it accepts; anything else, or a value that does not parse, is a 400 whose
message names the value at fault and what would be accepted.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Callable, Optional

from ..countries import UnknownCountry, country_codes
from ..dates import filter_bound
from ..errors import DatelineError

DEFAULT_LIMIT = 50  # the CLI's default, so a page and its command agree
MAX_LIMIT = 1000  # a page of more rows is slow to render and no easier to read

_CODE = re.compile(r"^[A-Za-z]{2,3}$")
_LABEL = re.compile(r"^[A-Za-z_]{2,20}$")
_FREE_TEXT_MAX = 200

# The most of a request (a parameter's value or name, a path) an error message repeats: enough
# to recognise it, while a 5,000-character value is not sent back whole.
MAX_ECHO = 80


class ApiError(DatelineError):
    """An HTTP error with its status; the message is shown to the user as is.

    Args:
        status: the HTTP status code (400 for a bad parameter, 404 for an unknown record).
        message: one line naming the value at fault and the fix.
    """

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def cut(value: str) -> str:
    """``value`` as an error message repeats it: at most ``MAX_ECHO`` characters, ``…`` marking a cut.

    >>> cut("x" * 100)[-3:]
    'xx…'
    """
    return value if len(value) <= MAX_ECHO else value[: MAX_ECHO - 1] + "…"


def error_body(status: int, message: str) -> dict:
    """The one JSON shape of every error the server sends."""
    return {"error": {"status": status, "message": message}}


@dataclass
class Page:
    """A view's answer: the JSON data, and the HTML body showing the same data."""

    title: str
    data: Any
    body: str
    csv_rows: Optional[list] = None  # a table page's rows, for its .csv twin
    csv_columns: Optional[list[str]] = None


@dataclass
class Request:
    """One GET request, as a view sees it.

    Attributes:
        path: the URL path as sent (still quoted), without the ``.json`` suffix.
        query: the query string parsed into lists of values (``urllib.parse.parse_qs``).
        args: values captured from the path (an article id, an actor name), already unquoted.
        store: a read-only store opened for this request.
    """

    path: str
    query: dict[str, list[str]]
    store: Any
    args: tuple[str, ...] = ()

    def params(self, spec: dict[str, Callable[[str, str], Any]], paged: bool = True) -> dict[str, Any]:
        """Check the query against ``spec`` (name -> parser) and return the parsed values.

        Empty values count as absent (a form submits its empty fields). A ``paged`` view also
        accepts ``limit``, which defaults to ``DEFAULT_LIMIT``.

        Raises:
            ApiError: 400 for an unknown parameter, a repeated one, or a value that does not parse.
        """
        if paged:
            spec = {**spec, "limit": limit, "offset": offset, "sort": sort_key}
        unknown = sorted(set(self.query) - set(spec))
        if unknown:
            raise ApiError(400, f"unknown parameter {cut(unknown[0])!r} for {cut(self.path)}; "
                                f"use {', '.join(sorted(spec))}")
        values: dict[str, Any] = {}
        for name, parse in spec.items():
            given = [v.strip() for v in self.query.get(name, []) if v.strip()]
            if len(given) > 1:
                raise ApiError(400, f"parameter {name!r} given {len(given)} times; give it once")
            values[name] = parse(name, given[0]) if given else None
        if paged and values["limit"] is None:
            values["limit"] = DEFAULT_LIMIT
        if paged and values["offset"] is None:
            values["offset"] = 0
        since, until = values.get("since"), values.get("until")
        if since and until and since > until:
            raise ApiError(400, f"since {since} is after until {until}; swap them")
        return values


# -- parsers: (name, raw value) -> value, raising ApiError(400) ------------------------------


def text(name: str, value: str) -> str:
    """Free text: a name, an alias, search words."""
    if len(value) > _FREE_TEXT_MAX:
        raise ApiError(400, f"{name} is {len(value)} characters long; keep it under {_FREE_TEXT_MAX}")
    return value


def date(name: str, value: str) -> str:
    """An ISO date, YYYY-MM-DD (or a year or month: see dates.filter_bound), as the store compares them."""
    try:
        return filter_bound(value, end=name == "until")
    except ValueError:
        raise ApiError(400, f"bad {name} date {cut(value)!r}: use YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2023-09-15") from None


def limit(name: str, value: str) -> int:
    """A row count from 1 to ``MAX_LIMIT``."""
    try:
        number = int(value)
    except ValueError:
        raise ApiError(400, f"bad {name} {cut(value)!r}: use a whole number from 1 to {MAX_LIMIT}") from None
    if not 1 <= number <= MAX_LIMIT:
        raise ApiError(400, f"{name} {cut(str(number))} is out of range: use a whole number from 1 to {MAX_LIMIT}")
    return number


def offset(name: str, value: str) -> int:
    """Rows to skip before a page: a whole number from 0."""
    try:
        number = int(value)
    except ValueError:
        raise ApiError(400, f"bad {name} {cut(value)!r}: use a whole number from 0") from None
    if number < 0:
        raise ApiError(400, f"{name} {number} is out of range: use a whole number from 0")
    return number


def row_after(name: str, value: str) -> list:
    """Where a page starts: ``[key, sort value]`` of the row before it, as JSON (a next link's ``after``)."""
    try:
        found = json.loads(value)
    except ValueError:
        found = None
    if not (isinstance(found, list) and len(found) == 2
            and all(v is None or isinstance(v, (str, int, float)) for v in found) and found[0] is not None):
        raise ApiError(400, f"bad {name} {cut(value)!r}: use the value a next link carries, such as [123, \"2024-01-31\"]")
    return found


def sort_key(name: str, value: str) -> str:
    """A column to sort by, ``-`` first for descending (checked against the table by the store)."""
    if not re.match(r"^-?[a-z_][a-z0-9_]{0,39}$", value):  # admin1 has a digit
        raise ApiError(400, f"bad {name} {cut(value)!r}: use a column name, with - first for descending")
    return value


def country(name: str, value: str) -> str:
    """An ISO 3166-1 country code, alpha-2 or alpha-3 (either finds the same rows), upper-cased."""
    if not _CODE.match(value):
        raise ApiError(400, f"bad {name} {cut(value)!r}: use an ISO 3166 code such as AF or AFG")
    try:
        country_codes(value)
    except UnknownCountry:
        raise ApiError(400, f"unknown {name} {cut(value)!r}: use an ISO 3166 code such as AF or AFG") from None
    return value.upper()


def number(name: str, value: str) -> float:
    """A number from 0 to 1 (a confidence)."""
    try:
        found = float(value)
    except ValueError:
        raise ApiError(400, f"bad {name} {cut(value)!r}: use a number from 0 to 1, e.g. 0.5") from None
    if not 0 <= found <= 1:
        raise ApiError(400, f"{name} {found} is out of range: use a number from 0 to 1, e.g. 0.5")
    return found


def digits_or_key(name: str, value: str) -> str:
    """A place key: a GeoNames id, or dateline's ``name:…`` key for a place without one."""
    if not (value.isdigit() or value.startswith("name:")):
        raise ApiError(400, f"bad {name} {cut(value)!r}: use a GeoNames id such as 1147745")
    return value


def label(name: str, value: str) -> str:
    """An entity type label such as PERSON or ORG, upper-cased."""
    if not _LABEL.match(value):
        raise ApiError(400, f"bad {name} {cut(value)!r}: use an entity type such as PERSON, ORG or GPE")
    return value.upper()


def one_of(choices: tuple[str, ...]) -> Callable[[str, str], str]:
    """A parser accepting one of ``choices`` (any case)."""
    def parse(name: str, value: str) -> str:
        if value.upper() not in choices:
            raise ApiError(400, f"bad {name} {cut(value)!r}: use one of {', '.join(choices)}")
        return value.upper()
    return parse


def first_arg(request: Request) -> str:
    """The single value captured from the path; a 404 when it is empty."""
    value = request.args[0] if request.args else ""
    if not value.strip():
        raise ApiError(404, f"nothing named at {cut(request.path)}")
    return value
