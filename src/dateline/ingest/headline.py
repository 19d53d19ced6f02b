"""The headline of a saved plain-text article: a short first line standing alone above the body.

News text saved from a browser or a wire feed starts with the headline on its own line, then a
blank line, then the story. :func:`text_headline` takes that line as the article's title. The
text itself is not changed (every offset indexes ``Article.text``, and the statements and
events components see the headline as they see an HTML page's ``<h1>``, which trafilatura
keeps in the text too).

A first line is a headline when it

- is followed by a blank line and then more text;
- has :data:`MIN_WORDS` to :data:`MAX_WORDS` words;
- does not end like a sentence or a clause (``. , ; : …``), unless the last word is an
  abbreviation such as "U.S.";
- is not a stamp or a byline: no full calendar date ("(Last Updated On: September 15, 2023)"),
  not in brackets, not starting "By", "Updated", "Published" or "Posted".
"""
from __future__ import annotations

import re
from typing import Optional

from ..dates import dates_in

# Headlines run 4-15 words in the 227 bundled Wikinews articles (22-105 characters); 20 leaves
# room for long web headlines, while a first paragraph that is a whole sentence runs longer and
# ends in a full stop anyway. Two words at least: a lone "Exclusive" or "Analysis" is a label.
MIN_WORDS = 2
MAX_WORDS = 20

# What a first line that is a sentence, clause or run-on teaser ends with.
_CLAUSE_END = (".", ",", ";", ":", "…")
# Closing quotes and brackets are looked through: 'Minister: "We will not resign."' ends a sentence.
_CLOSERS = "\"'”’)]"
# A final word like "U.S." or "D.C." ends in a full stop without ending a sentence.
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.){2,}$")
# First words of a byline or a time stamp, which also stand alone above a story.
_NOT_HEADLINE_START = re.compile(r"^(?:by|updated|published|posted|last updated)\b", re.IGNORECASE)


def _is_headline(line: str) -> bool:
    words = line.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    if line[0] in "([{" or _NOT_HEADLINE_START.match(line) or dates_in(line):
        return False
    ending = line.rstrip(_CLOSERS)
    return not ending.endswith(_CLAUSE_END) or bool(_ABBREVIATION.search(ending))


def text_headline(text: str) -> Optional[str]:
    """The headline a plain-text article starts with, or None (see the module's rule).

    Args:
        text: The article text as decoded; leading blank lines are allowed.

    Returns:
        The first line, stripped, when it is a headline.

    >>> text_headline("Flood waters recede in Sindh\\n\\nThe water level fell on Sunday, officials said.")
    'Flood waters recede in Sindh'
    >>> text_headline("The water level fell on Sunday.\\n\\nOfficials said the roads would reopen.") is None
    True
    """
    lines = text.lstrip().splitlines()
    if len(lines) < 3 or lines[1].strip() or not any(line.strip() for line in lines[2:]):
        return None
    first = " ".join(lines[0].split())
    return first if _is_headline(first) else None
