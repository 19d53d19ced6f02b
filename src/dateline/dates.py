"""Calendar dates written in text: "September 15, 2023", "15 Sept 2023", "2023-09-15".

Used by ingest (metadata dates) and by the analysis (publication stamps, event dates); it needs
no language model.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})

_MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE_PATTERNS = [
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<monthnum>\d\d)-(?P<day>\d\d)\b"),
]


def dates_in(text: str):
    """``(match, iso)`` for every valid calendar date in ``text``, in order."""
    found = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            if parts.get("monthnum"):
                month = int(parts["monthnum"])
            else:
                name = parts["month"].lower().rstrip(".")
                month = MONTHS.get(name) or MONTHS[name[:3]]
            try:
                found.append((match, dt.date(int(parts["year"]), month, int(parts["day"])).isoformat()))
            except ValueError:
                continue
    return sorted(found, key=lambda pair: pair[0].start())


def parse_date(text: str) -> Optional[str]:
    """The first valid calendar date in ``text`` as ISO ``YYYY-MM-DD``, or None.

    >>> parse_date("(Last Updated On: September 15, 2023)")
    '2023-09-15'
    >>> parse_date("June 31, 2023 and July 1, 2023")
    '2023-07-01'
    """
    found = dates_in(text)
    return found[0][1] if found else None


def filter_bound(value: str, end: bool = False) -> str:
    """A ``since`` (``end=False``) or ``until`` (``end=True``) filter value as the store compares it.

    A day is kept as it is; a year or a month covers the whole period: ``since 2024`` is "2024"
    and ``until 2024-02`` is "2024-02-29", so that stored dates as precise as a year ("2024") or a
    month ("2024-02") fall inside it when compared as strings.

    Raises:
        ValueError: ``value`` is not YYYY, YYYY-MM or YYYY-MM-DD.
    """
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-12-31" if end else value
    if re.fullmatch(r"\d{4}-\d\d", value):
        first = dt.date.fromisoformat(f"{value}-01")
        following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return (following - dt.timedelta(days=1)).isoformat() if end else value
    return dt.date.fromisoformat(value).isoformat()
