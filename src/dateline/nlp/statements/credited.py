"""Quotations credited by a dash: a paragraph that is a quotation followed by "― Name".

Reader comments, pull quotes and vox pops print who said it after the quotation, with no verb:

    “The council never asked us before closing the clinic.” ― Mirela Dobre

The whole quotation is one statement and the name after the dash is its speaker. Such
paragraphs are often typed carelessly, so the opening mark may be a closing one (”…”) and the
quotation may hold other quotation marks ("what he calls “hell”"): the paragraph's first mark
opens it and the last mark before the dash closes it.
"""
from __future__ import annotations

import re
from typing import Optional

from .forms import Candidate, char_span

# A paragraph (one line) that opens with a double quotation mark and ends with a dash and a name
# of two to five capitalised words: "― Carla Sanchez", "— Julie A. Diaz Martinez". One word is not
# enough ("— Reuters", "— Editor" are credits of another kind); five covers a middle initial and
# two family names.
_CREDITED = re.compile(
    r"^[ \t\xa0]*[“”\"](?P<said>[^\n]+)[”\"][ \t\xa0]*(?:[―—–]|--)[ \t\xa0]*"
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \t\xa0]+[A-Z][\w.'’-]*){1,4})[ \t\xa0.]*$",
    re.MULTILINE)
# Entity types that are no speaker: a date after the dash dates the quotation. Places are not
# left out: the tagger often reads a foreign name as one ("Tomas Verhoeven" as GPE).
_NOT_SPEAKER_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
# Fewer words than this between the marks is a title or a slogan, not a statement; the same
# four words as a lone quotation (``combine.MIN_QUOTE_WORDS``).
MIN_CREDITED_WORDS = 4


def dash_credited(doc, text: str) -> list[Candidate]:
    """One direct statement per ``“…” ― Name`` paragraph, in text order."""
    found = []
    for match in _CREDITED.finditer(text):
        cand = _credited(doc, text, match)
        if cand is not None:
            found.append(cand)
    return found


def with_dash_credited(doc, text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with each credited quotation added; what was found inside one is dropped, as
    the speaker's own words (its marks are often mistyped, so ``quotations`` can miss it)."""
    for credited in dash_credited(doc, text):
        start, end = credited.sentence_span
        candidates = [c for c in candidates if not start <= c.content_span[0] < end] + [credited]
    return candidates


def _credited(doc, text: str, match: re.Match) -> Optional[Candidate]:
    start, end = match.span("said")
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    if len(text[start:end].split()) < MIN_CREDITED_WORDS:
        return None
    name_start, name_end = match.span("name")
    if text[name_end - 1] == "." and len(text[name_start:name_end].split()[-1]) > 3:
        name_end -= 1  # "― Ana Prado." ends the paragraph; "Jr." and an initial keep their stop
    name = doc.char_span(name_start, name_end, alignment_mode="contract")
    if name is None or any(t.ent_type_ in _NOT_SPEAKER_ENTS for t in name):
        return None
    words = doc.char_span(start, end, alignment_mode="expand")
    content_span = char_span(doc, [t.i for t in words]) if words is not None else None
    if content_span is None:
        return None
    dash = re.search(r"[―—–]|--", text[match.end("said"):match.start("name")])
    assert dash is not None  # the pattern holds one between the quotation and the name
    cue_span = (match.end("said") + dash.start(), match.end("said") + dash.end())
    return Candidate(cue_span, name[-1], (name.start_char, name.end_char), content_span,
                     (match.start(), match.end("name")), kind="direct", via="dash_credit")
