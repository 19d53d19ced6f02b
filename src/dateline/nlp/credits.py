"""The parts of a story that credit who filed it: the wire dateline and agency credits.

"PORT SUDAN, Sudan (Reuters) -" and "(AP)" say where a story was filed and by whom; nobody in
them speaks, acts or is acted on. Statements never take a speaker or an antecedent from them,
events never a party, and actors keep no mention in them (the dateline town is still a place:
places read datelines themselves, see places/mentions.py).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

# A wire service credited for a story reports the event; it is never a party to it.
NEWS_AGENCIES = {"reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse",
                 "xinhua", "xinhua news agency", "tass", "interfax", "efe", "ani", "pti", "press trust of india",
                 "irna", "kyodo", "yonhap", "anadolu", "ansa", "dpa", "upi", "bernama", "wam", "sana", "kuna", "bloomberg"}
# News agencies that credit a story: "(AP)", "(Reuters)", "WASHINGTON (AFP) —".
_AGENCIES = r"(?:AP|Reuters|AFP|UPI|CNN|Xinhua|dpa|DPA|ANI|PTI|IANS|TASS|Bloomberg|EFE|ANSA|Kyodo|Yonhap|CP|NYT|WSJ)"
_CREDIT = re.compile(r"\(\s*" + _AGENCIES + r"(?:\s*/\s*[A-Za-z ]+)?\s*\)")
# A dateline: capitals, then up to three parts after commas (a country or state, a date, a year: "VALPARAISO,
# Chile, Nov. 27 —", "KYIV, May 3 (AP) —", "KYIV, March 3, 2025 -"), a credit or not, then a dash.
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'\-/]{1,40}(?:,\s*[A-Z0-9][\w .']{1,30}){0,3}\s*(?:\(\s*[\w /]+\s*\))?\s*[-—–]{1,2}\s")


@lru_cache(maxsize=16)  # asked once per mention; an article's text is the same string throughout
def credit_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the text's datelines and its agency credits.

    Example:
        >>> credit_spans("PORT SUDAN, Sudan (Reuters) - The army said ...")
        [(0, 30), (18, 27)]
    """
    spans = []
    for paragraph in re.finditer(r"[^\n]+", text):
        match = _DATELINE.match(paragraph.group())
        if match:
            spans.append((paragraph.start() + match.start(), paragraph.start() + match.end()))
    spans += [(m.start(), m.end()) for m in _CREDIT.finditer(text)]
    return sorted(set(spans))


def in_spans(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True when ``offset`` falls inside one of ``spans``."""
    return any(start <= offset < end for start, end in spans)


def in_credit(text: str, offset: int) -> bool:
    """Whether the character at ``offset`` lies in a dateline or an agency credit of ``text``."""
    return in_spans(offset, credit_spans(text))
