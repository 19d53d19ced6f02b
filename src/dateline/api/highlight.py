"""Article text as HTML with every record's span marked, so a reader sees the words behind a fact.

Spans are ``[start, end)`` offsets into the article text and may overlap in any way (a place
inside a statement's content, an entity inside a place, two statements in one sentence). The
text is cut at every span boundary and the marks are opened and closed like a stack; a mark
that must close while marks opened after it are still running closes those, and reopens them
straight after as continuation fragments. The result is well-nested HTML whose visible text
is exactly the article text, escaped.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..model import Analysis
from .render import actor_url, esc

# Among marks over the same range, the lower rank goes outside: the sentence wraps the
# statement's parts, which wrap the names inside them.
RANKS = {"sentence": 0, "content": 1, "speaker": 2, "cue": 2, "trigger": 2, "ent": 3, "place": 4}


@dataclass(frozen=True)
class Mark:
    """One highlighted span.

    Attributes:
        start, end: the ``[start, end)`` offsets in the article text.
        kind: the CSS class and one of ``RANKS``' keys.
        title: the tooltip (plain text).
        anchor: an element id (``S1``) put on the first fragment only, so ``#S1`` links land here.
        href: makes the mark a link, unless it falls inside another link (links cannot nest).
    """

    start: int
    end: int
    kind: str
    title: str = ""
    anchor: str = ""
    href: str = ""


def marks(analysis: Analysis) -> list[Mark]:
    """The marks of every entity, place, statement and event of ``analysis``."""
    found: list[Mark] = []
    names = {e.id: e.name for e in analysis.entities}
    for entity in analysis.entities:
        about = " · ".join(x for x in (entity.type, entity.country, entity.sector) if x)
        for start, end in entity.mentions:
            found.append(Mark(start, end, "ent", f"{entity.name} ({about})", href=actor_url(entity.name)))
    for place in analysis.places:
        where = ", ".join(x for x in (place.feature, place.admin1, place.country) if x)
        for start, end in place.mentions:
            found.append(Mark(start, end, "place", f"{place.name} ({where})"))
    for st in analysis.statements:
        who = st.speaker_name or st.speaker_text or "unnamed source"
        found.append(Mark(*st.sentence_span, "sentence", f"{st.id}: statement by {who}", anchor=st.id))
        found.append(Mark(*st.content_span, "content", f"{st.id}: {st.kind} statement by {who}"))
        if st.speaker_span:
            found.append(Mark(*st.speaker_span, "speaker", f"{st.id} speaker: {who}"))
        if st.cue_span:
            found.append(Mark(*st.cue_span, "cue", f"{st.id} cue"))
    for ev in analysis.events:
        who = f"{names.get(ev.actor or '', '?')} → {names.get(ev.recipient or '', '?')}"
        found.append(Mark(*ev.sentence_span, "sentence", f"{ev.id}: {ev.type} event", anchor=ev.id))
        found.append(Mark(*ev.trigger_span, "trigger", f"{ev.id}: {ev.type}, {who}"))
    return found


def _open(mark: Mark, first: bool, in_link: bool) -> tuple[str, str]:
    tag = "a" if mark.href and not in_link else "span"
    attrs = f' class="{esc(mark.kind)}' + ("" if first else " more") + '"'
    if first and mark.anchor:
        attrs += f' id="{esc(mark.anchor)}" data-label="{esc(mark.anchor)}"'
    if mark.title:
        attrs += f' title="{esc(mark.title)}"'
    if tag == "a":
        attrs += f' href="{esc(mark.href)}"'
    return tag, f"<{tag}{attrs}>"


def highlight(text: str, spans: Iterable[Mark]) -> str:
    """``text`` as escaped HTML with each mark wrapped in a ``<span>`` (or ``<a>``).

    Marks outside the text are clipped to it; empty marks are dropped.

    Example:
        >>> highlight("Kabul & Herat", [Mark(0, 5, "place"), Mark(8, 13, "place")])
        '<span class="place">Kabul</span> &amp; <span class="place">Herat</span>'
    """
    n = len(text)
    todo = sorted(
        (m for m in (Mark(max(0, m.start), min(n, m.end), m.kind, m.title, m.anchor, m.href) for m in spans)
         if m.start < m.end),
        key=lambda m: (m.start, -m.end, RANKS.get(m.kind, 9)))
    starts: dict[int, list[Mark]] = {}
    for mark in todo:
        starts.setdefault(mark.start, []).append(mark)
    cuts = sorted({0, n, *(m.start for m in todo), *(m.end for m in todo)})
    out: list[str] = []
    stack: list[tuple[Mark, str]] = []  # open marks with the tag each was opened as
    for i, pos in enumerate(cuts):
        if any(mark.end <= pos for mark, _ in stack):
            resume = []
            while any(mark.end <= pos for mark, _ in stack):
                mark, tag = stack.pop()
                out.append(f"</{tag}>")
                if mark.end > pos:
                    resume.append(mark)
            for mark in reversed(resume):
                tag, opening = _open(mark, False, any(t == "a" for _, t in stack))
                out.append(opening)
                stack.append((mark, tag))
        for mark in starts.get(pos, ()):
            tag, opening = _open(mark, True, any(t == "a" for _, t in stack))
            out.append(opening)
            stack.append((mark, tag))
        if i + 1 < len(cuts):
            out.append(esc(text[pos:cuts[i + 1]]))
    return "".join(out)
