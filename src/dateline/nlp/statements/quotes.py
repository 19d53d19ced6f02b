"""Quotations: the spans of text between double quotation marks.

Handles curly (“…”) and straight ("…") marks, guillemets, and the newspaper convention for
a quote that runs over several paragraphs: each paragraph opens with a mark and only the
last one closes. Single quotes are left alone: an apostrophe and a closing single quote
are the same character, and single quotes mostly mark titles or scare quotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

OPENING = {"“": "”", "«": "»", "„": "“"}
CLOSING = {"”", "»"}
STRAIGHT = '"'
# Two apostrophes stand for a straight double mark in some wire and archive text
# (the New York Times articles of PolNeAR write ''We will win,'' he said).
DOUBLED = "''"
# Any double mark, opening or closing (a lone apostrophe is no mark: "don't").
QUOTE_MARKS = set(OPENING) | CLOSING | {STRAIGHT}
# A paragraph break is a newline followed by optional blank space and another newline,
# or a single newline followed by indentation; both occur in extracted news text.
_PARAGRAPH_BREAK = re.compile(r"\n\s*")


@dataclass(frozen=True)
class Quote:
    """A quotation: ``outer`` includes the marks, ``inner`` is the words between them."""

    outer: tuple[int, int]
    inner: tuple[int, int]


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _quotes_in_paragraph(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Closed quotes in one paragraph, and the offset of a mark left open at its end."""
    found: list[tuple[int, int]] = []
    open_at: int | None = None
    closer = ""
    straight_inside: list[int] = []  # straight marks met inside the open curly quote
    nested = 0  # curly quotes opened, and not yet closed, inside an open straight quote
    i = start
    while i < end:
        char = text[i]
        if char == "'" and text.startswith(DOUBLED, i) and i + 1 < end:
            char = DOUBLED
        width = len(char)
        if open_at is None:
            if char in OPENING:
                open_at, closer, straight_inside = i, OPENING[char], []
            elif char in (STRAIGHT, DOUBLED):
                open_at, closer, nested = i, char, 0
        elif closer == STRAIGHT and ((char in OPENING and STRAIGHT in text[i:end]) or (nested and char in CLOSING)):
            # a curly quote nested in a straight one that closes in the paragraph ("… isn't about
            # “Equal Justice” anymore. …"): its closer ends it, not the outer quote. A straight mark
            # left open to the paragraph's end (a transcript's '"PENCE: … “Shark Tank.” But …')
            # is closed by the curly mark, as before
            nested += 1 if char in OPENING else -1
        elif char == closer or (closer not in (STRAIGHT, DOUBLED) and char in CLOSING) \
                or (closer == STRAIGHT and char in CLOSING):
            # wire copy mixes marks ("We culled …,” he said): a curly closer ends a straight quote
            found.append((open_at, i + width))
            open_at = None
        elif char == STRAIGHT:
            straight_inside.append(i)
        i += width
    if open_at is not None and closer not in (STRAIGHT, DOUBLED) and _straight_closer(text, straight_inside, end):
        # the mix the other way round (“So I was …." he said): a curly quote closed by the one
        # straight mark in it, where that mark stands as a closer, after a word and before a break
        found.append((open_at, straight_inside[0] + 1))
        open_at = None
    return found, open_at


def _straight_closer(text: str, marks: list[int], end: int) -> bool:
    """True for a single straight mark that closes (after a word or punctuation, before a space,
    punctuation or the paragraph's end); two would be a quote nested in the curly one."""
    if len(marks) != 1:
        return False
    at = marks[0]
    after = text[at + 1] if at + 1 < end else ""
    return not text[at - 1].isspace() and (not after or after.isspace() or after in ",.;:!?)")


def quotations(text: str) -> list[Quote]:
    """Find the quotations of a text, in order.

    Args:
        text: the article text.

    Returns:
        One Quote per quotation; a quote spanning paragraphs is one Quote whose spans
        cover the paragraph breaks.

    Example:
        >>> [text[q.inner[0]:q.inner[1]] for q in quotations(text)]  # doctest: +SKIP
    """
    quotes: list[Quote] = []
    pending: int | None = None  # start of a quote left open at the end of the previous paragraph
    for p_start, p_end in _paragraph_spans(text):
        found, open_at = _quotes_in_paragraph(text, p_start, p_end)
        if pending is not None:
            if found and found[0][0] == p_start:
                # the paragraph reopens the quote and closes it: one quote from the first opener
                found[0] = (pending, found[0][1])
                pending = None
            elif open_at == p_start and not found:
                continue  # the quote runs on through this paragraph too
            else:
                pending = None  # an unclosed mark that nothing continues: not a quote
        for outer_start, outer_end in found:
            quotes.append(_make_quote(text, outer_start, outer_end))
        pending = open_at if open_at is not None else None
    return quotes


def _make_quote(text: str, start: int, end: int) -> Quote:
    opener = 2 if text.startswith(DOUBLED, start) else 1
    closer = 2 if end - start >= 4 and text[end - 2:end] == DOUBLED else 1
    inner_start, inner_end = start + opener, end - closer
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    # Quotes end with their own punctuation (“…,” he said): the comma belongs to the report,
    # so it is left out of the words, as is a closing full stop; "?" and "!" are the speaker's.
    while inner_end > inner_start and (text[inner_end - 1].isspace() or text[inner_end - 1] in ",.;:"):
        inner_end -= 1
    return Quote(outer=(start, end), inner=(inner_start, inner_end))


def quotation_of_complement(via: str, cue_end: int, content_span: Optional[tuple[int, int]], quotes: list[Quote],
                            text: str) -> Optional[Quote]:
    """The quotation that opens right after a cue (past a comma or a colon) and holds its whole
    complement: in 'quoted the president as saying “Need to do something …”' the parser reads the
    quoted words, with no subject of their own, as an infinitive, and in 'Carson said, “What does it say
    about people who …?”' as a clause (which a question's "What" makes a free relative); they are a
    direct quotation, all of it. ``via`` is how the content was found: only a clause or an infinitive."""
    if via not in {"xcomp", "ccomp"} or content_span is None:
        return None
    for quote in quotes:
        between = text[cue_end:quote.outer[0]]
        if quote.outer[0] >= cue_end and between.strip(" ,:") == "" and "\n" not in between \
                and quote.inner[0] <= content_span[0] and content_span[1] <= quote.inner[1]:
            return quote
    return None


def quotation_of_object(via: str, cue_end: int, content_span: Optional[tuple[int, int]], heads: list[int],
                        quotes: list[Quote], text: str) -> Optional[Quote]:
    """The quotation that opens right after a cue as its object and closes inside the object's phrase:
    in 'posted a photo, writing “Proud of these boys” on Instagram' the parser hangs "on Instagram"
    on the quoted words, but the words end at their closing mark (what follows it is the writer's).
    Not where more quoted words follow ('said “A” and “B”'): the writer joins two quotations. ``via``
    is how the content was found: an object; ``heads`` the offsets of its top words, which the quotation must hold
    (in 'promoting “quack” medical cures' the quoted word only modifies the object)."""
    if via != "dobj" or content_span is None:
        return None
    for quote in quotes:
        between = text[cue_end:quote.outer[0]]
        if quote.outer[0] >= cue_end and between.strip(" ,:") == "" and "\n" not in between \
                and quote.inner[0] <= content_span[0] < quote.inner[1] < content_span[1] \
                and not any(mark in QUOTE_MARKS for mark in text[quote.outer[1]:content_span[1]]) \
                and DOUBLED not in text[quote.outer[1]:content_span[1]] \
                and all(quote.inner[0] <= head < quote.inner[1] for head in heads):
            return quote
    return None
