"""A found attribution as the stored record: speaker resolved, content joined from its pieces."""
from __future__ import annotations

import re

from ...model import Statement
from .forms import Candidate
from .speakers import SpeakerResolver


def to_statement(text: str, statement_id: str, cand: Candidate, resolver: SpeakerResolver) -> Statement:
    speaker = None
    speaker_type = "unnamed"
    speaker_name = None
    if cand.source_head is not None and cand.source_span is not None:
        resolved = resolver.resolve(cand.source_head, cand.source_span)
        speaker, speaker_type = resolved.entity, resolved.kind
        speaker_name = resolved.name
    span = cand.source_span
    cut = _paragraph_pieces(text, cand.pieces or [cand.content_span])
    pieces = cut if len(cut) > 1 else None
    content = " … ".join(text[s:e] for s, e in pieces) if pieces else text[cand.content_span[0]:cand.content_span[1]]
    return Statement(
        id=statement_id,
        speaker=speaker.id if speaker else None,
        speaker_name=(speaker_name or resolver.display_name(speaker)) if speaker else None,
        speaker_text=text[span[0]:span[1]] if span else None,
        speaker_span=span,
        cue=text[cand.cue_span[0]:cand.cue_span[1]] if cand.cue_span else None,
        cue_span=cand.cue_span,
        content=content,
        content_span=cand.content_span,
        kind=cand.kind,
        sentence_span=cand.sentence_span,
        content_spans=[tuple(p) for p in pieces] if pieces else None,
        speaker_type=speaker_type,
    )


# A quotation that runs on into the next paragraph reopens with a mark there and does not close the
# paragraph before (newspaper style): the break and the mark are no words of the speaker.
_REOPENED = re.compile(r"[\s”\"»]*\n\s*[“\"«„]\s*")


def _paragraph_pieces(text: str, pieces: list) -> list:
    """The content's pieces, each cut again where its quotation runs on over a paragraph break."""
    cut = []
    for start, end in pieces:
        for match in _REOPENED.finditer(text, start, end):
            piece_end = match.start()
            while piece_end > start and text[piece_end - 1] in ",;:.":
                piece_end -= 1
            if piece_end > start:
                cut.append((start, piece_end))
            start = match.end()
        if end > start:
            cut.append((start, end))
    return cut
