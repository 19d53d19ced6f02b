"""Article and the analysis records (schema ``dateline.analysis/1``) and their JSON form.

Every record keeps character spans as ``(start, end)`` Python string offsets into
``Article.text``; ids (``E1``, ``S1``, ``P1``, ``V1``) are local to one analysis.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Optional

SCHEMA = "dateline.analysis/1"

Span = tuple[int, int]

# PLOVER's 16 event types (the codebook in ../shared/data/plover), in the codebook's order.
PLOVER_TYPES = ("AGREE", "ACCUSE", "ASSAULT", "AID", "COERCE", "CONSULT", "COOPERATE", "MOBILIZE",
                "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN", "YIELD")
# spaCy entity labels that name someone who can act or speak (people, groups, governments,
# peoples, and places standing for their governments).
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def normalise_for_id(text: str) -> str:
    """Text as used for the content hash: NFC, whitespace collapsed, case folded."""
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def text_id(text: str) -> str:
    """Stable article id from the normalised text (first 16 hex digits of SHA-256)."""
    return hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]


def normalise_name(name: str) -> str:
    """A name as compared across mentions and articles: punctuation dropped, case folded."""
    return re.sub(r"\W+", " ", name).strip().casefold()


def fallback_actor_key(entity_type: str, name: str) -> str:
    """The cross-article key of an actor the dictionary does not know: type and normalised name."""
    return f"{entity_type}:{normalise_name(name)}"


@dataclass
class Article:
    """One article as ingested. ``text`` is never changed after extraction."""

    text: str
    id: str = ""  # the content hash of the text when not given
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    published: Optional[str] = None  # ISO date, YYYY-MM-DD
    language: str = "en"
    origin: Optional[str] = None  # where it came from (path, path:line, URL); not part of the record

    def __post_init__(self) -> None:
        if not self.id:
            self.id = text_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "url": self.url, "source": self.source,
            "published": self.published, "language": self.language, "text": self.text,
        }


@dataclass
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    country: Optional[str] = None  # ISO 3166-1 alpha-3
    sector: Optional[str] = None  # PLOVER actor sector
    affiliation: Optional[str] = None  # entity id of the organisation the actor belongs to
    mentions: list[Span] = field(default_factory=list)
    # The same actor in two articles shares a key: the actor dictionary's id ("org:taliban" for
    # "IEA" and "Taliban" alike), else type and normalised name. Set by the actors component.
    key: Optional[str] = None


@dataclass
class Statement:
    id: str
    speaker: Optional[str]  # entity id, None for unnamed sources
    speaker_name: Optional[str]
    speaker_text: Optional[str]
    speaker_span: Optional[Span]
    cue: Optional[str]
    cue_span: Optional[Span]
    content: str
    content_span: Span
    kind: str  # direct | indirect | mixed
    sentence_span: Span
    # The pieces of an interrupted quotation, in order; ``content_span`` covers first to last
    # and ``content`` is the pieces joined by " … ". None when the content is one piece.
    content_spans: Optional[list[Span]] = None
    speaker_type: Optional[str] = None  # person | organisation | document | unnamed


@dataclass
class Place:
    id: str
    name: str
    geonames_id: Optional[int]
    lat: Optional[float]
    lon: Optional[float]
    country: Optional[str]  # ISO 3166-1 alpha-2
    admin1: Optional[str]
    feature: str  # country | admin1 | admin2 | city | region | other
    mentions: list[Span] = field(default_factory=list)
    gazetteer: Optional[str] = None  # "geonames", or "dateline" for an id of dateline's own


@dataclass
class Event:
    id: str
    type: str  # one of PLOVER's 16 event types
    mode: Optional[str]
    actor: Optional[str]  # entity id
    recipient: Optional[str]  # entity id
    place: Optional[str]  # place id
    date: Optional[str]  # ISO date
    trigger_span: Span
    sentence_span: Span
    confidence: float
    # Second-round fields, optional so first-round records still load (DESIGN.md).
    main: bool = False  # the one event its sentence reports
    actor_span: Optional[Span] = None
    recipient_span: Optional[Span] = None
    status: Optional[str] = None  # one of EVENT_STATUSES
    fatalities: Optional[int] = None
    fatalities_span: Optional[Span] = None
    injuries: Optional[int] = None
    injuries_span: Optional[Span] = None


_SPAN_FIELDS = {"speaker_span", "cue_span", "content_span", "sentence_span", "trigger_span",
                "actor_span", "recipient_span", "fatalities_span", "injuries_span"}
# What an event's sentence says of it: done, said not to be done, possible, or yet to come.
EVENT_STATUSES = ("asserted", "negated", "hypothetical", "future")


def _record_from_dict(cls, data: dict[str, Any]):
    names = {f.name for f in fields(cls)}
    values = {}
    for key, value in data.items():
        if key not in names:
            continue
        if key in _SPAN_FIELDS and value is not None:
            value = (int(value[0]), int(value[1]))
        elif key in ("mentions", "content_spans") and value is not None:
            value = [(int(s), int(e)) for s, e in value]
        values[key] = value
    return cls(**values)


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


@dataclass
class Analysis:
    """Everything dateline found in one article."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    def entity(self, entity_id: Optional[str]) -> Optional[Entity]:
        """The entity with this local id, or None."""
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        return None

    def entity_at(self, start: int, end: int) -> Optional[Entity]:
        """The entity with a mention overlapping ``[start, end)``; the longest overlap wins."""
        best, best_overlap = None, 0
        for entity in self.entities:
            for m_start, m_end in entity.mentions:
                overlap = min(end, m_end) - max(start, m_start)
                if overlap > best_overlap:
                    best, best_overlap = entity, overlap
        return best

    def place_at(self, start: int, end: int) -> Optional[Place]:
        """The place with a mention overlapping ``[start, end)``, or None."""
        for place in self.places:
            for m_start, m_end in place.mentions:
                if min(end, m_end) > max(start, m_start):
                    return place
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "article": self.article.to_dict(),
            "entities": [_jsonable(asdict(e)) for e in self.entities],
            "statements": [_jsonable(asdict(s)) for s in self.statements],
            "places": [_jsonable(asdict(p)) for p in self.places],
            "events": [_jsonable(asdict(v)) for v in self.events],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Analysis":
        art = data["article"]
        article = Article(**{k: art.get(k) for k in ("id", "title", "url", "source", "published", "text")},
                          language=art.get("language") or "en")
        return cls(
            article=article,
            entities=[_record_from_dict(Entity, e) for e in data.get("entities", [])],
            statements=[_record_from_dict(Statement, s) for s in data.get("statements", [])],
            places=[_record_from_dict(Place, p) for p in data.get("places", [])],
            events=[_record_from_dict(Event, v) for v in data.get("events", [])],
        )

    def spans(self):
        """Yield ``(what, span, expected_text_or_None)`` for every span in the record.

        Used by tests and by the store to check that each span indexes the text.
        """
        for e in self.entities:
            for span in e.mentions:
                yield f"{e.id}.mention", span, None
        for s in self.statements:
            for name in ("speaker_span", "cue_span", "content_span", "sentence_span"):
                span = getattr(s, name)
                if span is not None:
                    expected = {"speaker_span": s.speaker_text, "cue_span": s.cue,
                                "content_span": None if s.content_spans else s.content}.get(name)
                    yield f"{s.id}.{name}", span, expected
            for number, span in enumerate(s.content_spans or []):
                yield f"{s.id}.content_spans[{number}]", span, None
        for p in self.places:
            for span in p.mentions:
                yield f"{p.id}.mention", span, None
        for v in self.events:
            yield f"{v.id}.trigger_span", v.trigger_span, None
            yield f"{v.id}.sentence_span", v.sentence_span, None

    def bad_spans(self) -> list[str]:
        """Descriptions of spans that fall outside the text or disagree with their stored text."""
        problems = []
        n = len(self.text)
        for what, (start, end), expected in self.spans():
            if not (0 <= start <= end <= n):
                problems.append(f"{what} {start}-{end} outside text of length {n}")
            elif expected is not None and self.text[start:end] != expected:
                problems.append(f"{what} {start}-{end} is {self.text[start:end]!r}, record says {expected!r}")
        return problems
