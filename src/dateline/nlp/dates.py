"""Publication dates: from metadata when given, else from the opening of the text itself.

Only dates near the top of the article count, where datelines and "Last Updated On:"
stamps live; a date deep in the body is usually the date of something reported.
"""
from __future__ import annotations

import re
from typing import Optional

from ..dates import dates_in
from ..model import Analysis

# How far into the text a publication stamp may sit (characters): a title line plus a dateline.
HEAD_CHARS = 400
# A date counts as the publication stamp when its line says so ("Updated", "Published", …) or
# when the line holds little else ("(Last Updated On: September 15, 2023)", "KABUL, May 2, 2024 -"):
# a date inside a long first sentence ("Twenty years after September 11, 2001, …") is news, not a stamp.
STAMP_WORDS = re.compile(r"\b(?:updated|published|posted|modified|date[d]?|on)\b\W*$", re.I)
STAMP_LINE_EXTRA_CHARS = 40
DATELINE_CITY = re.compile(r"^\s*[A-Z][A-Z .'-]{1,30},?\s*$")  # "KABUL, " before the date


def publication_stamp(head: str) -> Optional[str]:
    """The date of a publication stamp or dateline in the opening lines of an article, or None."""
    for match, iso in dates_in(head):
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
