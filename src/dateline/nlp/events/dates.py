"""Event dates: a date expression near an event, resolved against the publication date.

News reports date events relative to the day of publication ("on Wednesday", "yesterday",
"last month"). A weekday names the latest such day on or before publication, since reports
look back; "next Wednesday" looks forward. Where the sentence gives no date the event takes
the publication date, the day the report vouches for. Precision follows the text: a month
gives ``YYYY-MM``, a year ``YYYY`` (ISO 8601 reduced precision).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Optional

from ...dates import MONTHS, parse_date

WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_MONTH_DAY = re.compile(r"\b(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b|"
                        r"\b(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>[A-Za-z]{3,9})\b")
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_AGO = re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                  r"(?P<unit>day|week|month|year)s?\s+ago\b", re.I)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _shift_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + (day.month - 1) + months
    return index // 12, index % 12 + 1


def resolve_date(expression: str, published: Optional[str]) -> Optional[str]:
    """Resolve one date expression to an ISO date (or ``YYYY-MM`` / ``YYYY``).

    Args:
        expression: the words of the date ("on Wednesday", "last month", "March 28").
        published: the article's publication date, ISO ``YYYY-MM-DD``, or None.

    Returns:
        The resolved date, or None when the expression cannot be placed in time.

    >>> resolve_date("on Wednesday", "2023-09-15")
    '2023-09-13'
    >>> resolve_date("yesterday", "2023-09-15")
    '2023-09-14'
    >>> resolve_date("last month", "2023-09-15")
    '2023-08'
    """
    text = expression.strip().lower()
    full = parse_date(expression)
    if full:
        return full
    anchor = dt.date.fromisoformat(published) if published else None
    for word, offset in _RELATIVE_DAYS.items():
        if re.search(rf"\b{word}\b", text) and anchor:
            return (anchor + dt.timedelta(days=offset)).isoformat()
    for name, weekday in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", text) and anchor:
            if re.search(r"\bnext\b", text):
                delta = (weekday - anchor.weekday()) % 7 or 7
                return (anchor + dt.timedelta(days=delta)).isoformat()
            delta = (anchor.weekday() - weekday) % 7
            if re.search(r"\blast\b", text) and delta == 0:
                delta = 7
            return (anchor - dt.timedelta(days=delta)).isoformat()
    ago = _AGO.search(text)
    if ago and anchor:
        n = int(ago["n"]) if ago["n"].isdigit() else _NUMBERS[ago["n"].lower()]
        unit = ago["unit"].lower()
        if unit in {"day", "week"}:
            return (anchor - dt.timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
        if unit == "month":
            return "%04d-%02d" % _shift_months(anchor, -n)
        return "%04d" % (anchor.year - n)
    if anchor:
        for word, sign in (("last", -1), ("past", -1), ("previous", -1), ("this", 0), ("next", 1)):
            match = re.search(rf"\b{word} (week|month|year)\b", text)
            if match:
                unit = match.group(1)
                if unit == "week":
                    return (anchor + dt.timedelta(days=7 * sign)).isoformat() if sign else anchor.isoformat()
                if unit == "month":
                    return "%04d-%02d" % _shift_months(anchor, sign)
                return "%04d" % (anchor.year + sign)
    month_day = _MONTH_DAY.search(expression)
    if month_day:
        month_name = (month_day["month"] or month_day["month2"]).lower()
        month = MONTHS.get(month_name) or MONTHS.get(month_name[:3])
        day = int(month_day["day"] or month_day["day2"])
        if month and (month_name in MONTHS) and 1 <= day <= 31:
            year = _YEAR.search(expression)
            year_n = int(year.group()) if year else (anchor.year if anchor else None)
            if year_n:
                try:
                    resolved = dt.date(year_n, month, day)
                except ValueError:
                    return None
                # A bare "March 28" in a September report is this year's; in January, last year's.
                if not year and anchor and resolved > anchor + dt.timedelta(days=31):
                    try:
                        resolved = resolved.replace(year=year_n - 1)
                    except ValueError:
                        pass  # "Feb. 29" with no 29 February last year: this year's is the nearest
                return resolved.isoformat()
    for name, month in MONTHS.items():
        if len(name) > 3 and re.search(rf"\b{name}\b", text):
            year = _YEAR.search(expression)
            if year:
                return "%s-%02d" % (year.group(), month)
            if anchor:
                year_n = anchor.year if month <= anchor.month else anchor.year - 1
                return "%04d-%02d" % (year_n, month)
    year = _YEAR.search(expression)
    if year and len(text) < 20:
        return year.group()
    return None


# The events of a sentence mostly share its date expression: each is resolved once.
_resolve_date = lru_cache(maxsize=1024)(resolve_date)


def date_entities(sent) -> list:
    """The sentence's DATE and TIME entities (``sent.ents`` rebuilds every span on each call)."""
    return [ent for ent in sent.ents if ent.label_ in {"DATE", "TIME"}]


def event_date(trigger, published: Optional[str], dates: Optional[list] = None) -> Optional[str]:
    """The date of the event a trigger opens: a DATE entity in its clause, else publication.

    Args:
        trigger: the spaCy Token that opens the event.
        published: the article's publication date (ISO) or None.
        dates: the sentence's :func:`date_entities`, when the caller already has them.

    Returns:
        An ISO date (possibly reduced precision) or None.
    """
    # The nearest DATE entity that hangs off the trigger or the verb it depends on wins;
    # failing that, any DATE in the sentence.
    heads = {trigger.i, trigger.head.i}
    best, best_rank = None, None
    for ent in date_entities(trigger.sent) if dates is None else dates:
        attached = any(t.head.i in heads or (t.head.head.i in heads and t.head.dep_ == "prep") for t in ent)
        rank = (0 if attached else 1, abs(ent.start - trigger.i))
        if best_rank is None or rank < best_rank:
            best, best_rank = ent, rank
    if best is not None:
        resolved = _resolve_date(best.text, published)
        if resolved:
            return resolved
    return published
