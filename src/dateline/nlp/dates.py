"""Publication dates: from metadata when given, else from the opening of the text itself.

Only dates near the top of the article count, where datelines and "Last Updated On:"
stamps live; a date deep in the body is usually the date of something reported.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ..model import Analysis

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
DATE_PATTERNS = [
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<monthnum>\d\d)-(?P<day>\d\d)\b"),
]
# How far into the text a publication stamp may sit (characters): a title line plus a dateline.
HEAD_CHARS = 400


def parse_date(text: str) -> Optional[str]:
    """The first full calendar date in ``text`` as ISO ``YYYY-MM-DD``, or None.

    >>> parse_date("(Last Updated On: September 15, 2023)")
    '2023-09-15'
    """
    found = []
    for pattern in DATE_PATTERNS:
        match = pattern.search(text)
        if match:
            found.append(match)
    for match in sorted(found, key=lambda m: m.start()):
        parts = match.groupdict()
        if parts.get("monthnum"):
            month = int(parts["monthnum"])
        else:
            name = parts["month"].lower().rstrip(".")
            month = MONTHS.get(name) or MONTHS[name[:3]]
        try:
            return dt.date(int(parts["year"]), month, int(parts["day"])).isoformat()
        except ValueError:
            continue
    return None


def assign_published(doc, analysis: Analysis) -> Analysis:
    """Fill ``article.published`` from the head of the text when metadata gave none."""
    if not analysis.article.published:
        analysis.article.published = parse_date(analysis.text[:HEAD_CHARS])
    return analysis
