"""A found attribution as the stored record: speaker resolved, content joined from its pieces."""
from __future__ import annotations

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
    pieces = cand.pieces if cand.pieces and len(cand.pieces) > 1 else None
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
