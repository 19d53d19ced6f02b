"""Hand-judged events of real news, scored from what ``dateline analyze`` stores (issue 15).

``tests/data/events/news_judged.tsv`` (PolNeAR's training articles) and ``news_judged_dev.tsv``
(its dev articles, never trained on) hold stored main events judged right or wrong by hand; how
they were drawn and judged is in ``tests/data/events/README.md``. A row keeps only the article's
file name and character offsets (the text is the publishers'), so scoring runs the pipeline on
the article again and matches each row to the stored main event with the same trigger, type and
actor. A row whose event is no longer stored that way (a model or rule changed since it was
judged) is counted apart: its judgement says nothing about what is stored now.

    from dateline.eval.news import read_judged, score_judged
    scored = score_judged(read_judged(path), Path("../shared/data/polnear/dev/text"))
    scored.precision(0.5)  # (right, shown) among the judged events shown at 0.5
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..datafiles import read_table
from ..model import Article, Event


@dataclass(frozen=True)
class JudgedEvent:
    """One judged row: where the stored event was, and whether its type and actor are right."""

    article: str
    trigger_start: int
    type: str
    actor_start: Optional[int]
    right: bool
    note: str


@dataclass
class Scored:
    """The judged events as stored now: the confidence of each matched one and its judgement."""

    confidences: list[float] = field(default_factory=list)
    right: list[bool] = field(default_factory=list)
    unmatched: int = 0
    articles: int = 0
    # Confidence of every stored asserted main event of the articles, judged or not.
    all_confidences: list[float] = field(default_factory=list)

    def precision(self, min_confidence: float) -> tuple[int, int]:
        """``(right, shown)`` among the matched judged events at ``min_confidence`` or above."""
        shown = [r for c, r in zip(self.confidences, self.right) if c >= min_confidence]
        return sum(shown), len(shown)

    def shown_per_article(self, min_confidence: float) -> float:
        """How many main events a user sees per article at ``min_confidence``."""
        return sum(c >= min_confidence for c in self.all_confidences) / max(self.articles, 1)


def read_judged(path: Path) -> list[JudgedEvent]:
    """The rows of a judged file (tab-separated, with a header)."""
    found = []
    for row in read_table(Path(path), header=True):
        found.append(JudgedEvent(row["article"], int(row["trigger_start"]), row["type"],
                                 int(row["actor_start"]) if row["actor_start"] else None,
                                 row["right"] == "1", row.get("note", "")))
    return found


def _is_shown_main(event: Event) -> bool:
    return event.main and event.status == "asserted"


def _matches(event: Event, judged: JudgedEvent) -> bool:
    actor_start = event.actor_span[0] if event.actor_span else None
    return (_is_shown_main(event) and event.trigger_span[0] == judged.trigger_start and event.type == judged.type
            and actor_start == judged.actor_start)


def score_judged(rows: list[JudgedEvent], folder: Path) -> Scored:
    """Run the pipeline over each judged article in ``folder`` and match the rows to its stored events."""
    from ..ingest.text import read_text_file
    from ..nlp.pipeline import analyze_doc, parse_texts

    names = sorted({row.article for row in rows})
    articles = [a for name in names for a in read_text_file(str(Path(folder) / name)) if isinstance(a, Article)]
    scored = Scored(articles=len(names))
    for name, article, doc in zip(names, articles, parse_texts(a.text for a in articles)):
        events = analyze_doc(doc, article).events
        scored.all_confidences += [e.confidence for e in events if _is_shown_main(e)]
        for row in (r for r in rows if r.article == name):
            event = next((e for e in events if _matches(e, row)), None)
            if event is None:
                scored.unmatched += 1
                continue
            scored.confidences.append(event.confidence)
            scored.right.append(row.right)
    return scored
