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
# A date counts as the publication stamp when its line says so ("Updated", "Published", …) or
# when the line holds little else ("(Last Updated On: September 15, 2023)", "KABUL, May 2, 2024 -"):
# a date inside a long first sentence ("Twenty years after September 11, 2001, …") is news, not a stamp.
STAMP_WORDS = re.compile(r"\b(?:updated|published|posted|modified|date[d]?|on)\b\W*$", re.I)
STAMP_LINE_EXTRA_CHARS = 40
DATELINE_CITY = re.compile(r"^\s*[A-Z][A-Z .'-]{1,30},?\s*$")  # "KABUL, " before the date


def _dates(text: str):
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
    found = _dates(text)
    return found[0][1] if found else None


def publication_stamp(head: str) -> Optional[str]:
    """The date of a publication stamp or dateline in the opening lines of an article, or None."""
    for match, iso in _dates(head):
        line_start = head.rfind("\n", 0, match.start()) + 1
        line_end = head.find("\n", match.end())
        line = head[line_start:line_end if line_end != -1 else len(head)]
        before = head[line_start:match.start()]
        if (STAMP_WORDS.search(before) or DATELINE_CITY.match(before)
                or len(line.strip()) - len(match.group()) <= STAMP_LINE_EXTRA_CHARS):
            return iso
    return None


def assign_published(doc, analysis: Analysis) -> Analysis:
    """Fill ``article.published`` from a stamp at the head of the text when metadata gave none."""
    if not analysis.article.published:
        analysis.article.published = publication_stamp(analysis.text[:HEAD_CHARS])
    return analysis
