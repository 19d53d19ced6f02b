"""Printed interviews and transcripts: a paragraph that opens with a speaker's name and a colon
("MATTHEWS: …", "Mbadi: Because …") is that speaker's statement, the whole turn."""
from __future__ import annotations

import re
from typing import Any

from .forms import Candidate, char_span

# A transcript turn: a paragraph that opens with a speaker's name (one to three capitalised
# words, "MATTHEWS", "Sen. Graham") and a colon, and goes on with what they said.
# A transcript quoted as one excerpt opens each paragraph with a mark ('"PENCE: Well, …').
_TURN = re.compile(r"^[ \t]*[\"“]?(?P<label>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]+){0,2})[ \t]*:[ \t]+(?P<said>\S[^\n]*)$",
                   re.MULTILINE)
# Entity types a label can not be a speaker of ("WASHINGTON:", "Monday:").
_NOT_SPEAKER_ENTS = {"GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
# A turn shorter than this many words is a heading or a list item, not a statement.
MIN_TURN_WORDS = 4
# Labels of the interviewer's questions in a printed interview ("Q: Why push ahead?"): a turn of
# someone unnamed, which makes the named answers a transcript but is no statement of its own.
_INTERVIEWER = {"q", "question", "interviewer"}


def transcript_turns(doc, text: str) -> list[Candidate]:
    """``NAME: words`` paragraphs of an interview transcript, one statement per turn.

    Only where the article is a transcript: at least two different speakers open a paragraph
    this way, so that a lone "Update: …" or "Note: …" paragraph is not taken for a speaker. The
    interviewer's "Q:" counts as a speaker there when one named guest answers more than once, and is
    given no statement: a printed interview alternates "Q:" with the answers of one named guest.
    """
    turns = []
    for match in _TURN.finditer(text):
        label_span = match.span("label")
        said = match.group("said").rstrip()
        name = doc.char_span(*label_span, alignment_mode="expand")
        if name is None or len(said.split()) < MIN_TURN_WORDS or any(t.ent_type_ in _NOT_SPEAKER_ENTS for t in name):
            continue
        if len(match.group("label")) == 1 and match.group("label").lower() not in _INTERVIEWER:
            continue  # "A: …", an answer with no name
        turns.append((match.group("label").lower(), name, (match.start("said"), match.start("said") + len(said))))
    if not _is_transcript([label for label, _, _ in turns]):
        return []
    found = []
    for label, name, said_span in turns:
        if label in _INTERVIEWER:
            continue
        content = doc.char_span(*said_span, alignment_mode="expand")
        if content is None:
            continue
        content_span = char_span(doc, [t.i for t in content])
        if content_span is None:
            continue
        colon = text.index(":", name.end_char)
        found.append(Candidate((colon, colon + 1), name[-1], (name.start_char, name.end_char), content_span,
                               (name.start_char, said_span[1]), kind="direct", via="turn"))
    return found


def _is_transcript(labels: list[str]) -> bool:
    """Two named speakers, or the interviewer and a guest who answers more than once: an explainer's
    "Q:" beside a lone "Note: …" or "Update: …" paragraph is no interview."""
    named = [label for label in labels if label not in _INTERVIEWER]
    if len(set(named)) >= 2:
        return True
    return len(named) >= 2 and len(set(labels)) >= 2


def with_turns(doc, text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Add the turns of a transcript that no statement found in them already covers. The guest's
    own colon ("Mbadi: Because …", read as a headline's one sentence) and what the guest says of
    themselves ("I have said it before: …") give way to the turn, which holds the whole answer."""
    for turn in transcript_turns(doc, text):
        start, end = turn.sentence_span
        overlapping = [c for c in candidates if start <= c.content_span[1] and c.content_span[0] < end]
        # one that only runs into the turn from before it is another statement, which the turn must not cut
        if all(start <= c.content_span[0] and (c.cue_span == turn.cue_span or first_person(doc, c))
               for c in overlapping):
            candidates = [c for c in candidates if c not in overlapping]
            candidates.append(turn)
    return candidates


def first_person(doc, cand: Candidate) -> bool:
    """Whether the candidate's source is "I" or "we": in a transcript turn, the turn's speaker."""
    head: Any = cand.source_head  # a spaCy Token
    return head is not None and head.lower_ in {"i", "we"}
