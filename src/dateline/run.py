"""The ingest -> analyse -> store loop: one library function that every front end calls.

The CLI's ``ingest`` and ``analyze``, a distributed runner or a notebook all read sources with
:func:`dateline.ingest.iter_articles`, analyse with :mod:`dateline.nlp.pipeline`, and store each
analysis in one transaction. Every item that gives no stored article is a reject with a one-line
reason, reported through ``on_reject`` and recorded in the store; a reject that cannot be recorded
(the disk is full) is still reported, and the batch goes on.

Example:
    >>> from dateline.store import open_store
    >>> tally = ingest(["examples/"], open_store("news.db"))  # doctest: +SKIP
    >>> tally.summary()  # doctest: +SKIP
    '228 new (0 of them new versions), 0 unchanged, 0 rejected'
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .ingest import Reject, iter_articles
from .model import Analysis, Article
from .nlp.pipeline import Failure, Result, analyze_parallel, model_name

NEW, NEW_VERSION, UNCHANGED, REJECTED = "new", "new version", "unchanged", "rejected"

RejectHandler = Callable[[str, str], None]


def _ignore(*_args) -> None:
    return None


@dataclass
class Tally:
    """What a batch did: counts by outcome, and rejects by the first words of their reason."""

    counts: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)

    @property
    def stored(self) -> int:
        return self.counts[NEW] + self.counts[NEW_VERSION]

    @property
    def seen(self) -> int:
        return sum(self.counts.values())

    def reject(self, reason: str) -> None:
        self.counts[REJECTED] += 1
        # The kind, before the details: "binary file", "unsupported file type .docx" (a reason
        # goes on after ":" or "; ", as in "…; supported: .txt, …").
        self.reasons[reason.split(":")[0].split(";")[0]] += 1

    def summary(self) -> str:
        return (f"{self.stored} new ({self.counts[NEW_VERSION]} of them new versions), "
                f"{self.counts[UNCHANGED]} unchanged, {self.counts[REJECTED]} rejected")

    def exit_code(self) -> int:
        """0 all stored or unchanged, 2 some rejected, 1 nothing stored (or nothing found)."""
        if not self.seen or (self.counts[REJECTED] and not self.stored + self.counts[UNCHANGED]):
            return 1
        return 2 if self.counts[REJECTED] else 0


def record_reject(store, item: str, reason: str, tally: Tally, on_reject: RejectHandler = _ignore) -> None:
    """Count a reject in ``tally``, record it in ``store`` (when not None) and report it through ``on_reject``."""
    tally.reject(reason)
    try:
        if store is not None:
            store.reject(item, reason)
    except Exception as exc:  # the store cannot write (disk full, locked): still tell the user
        reason = f"{reason} (not recorded in the store: {exc})"
    on_reject(item, reason)


def fresh_articles(records: Iterable[Article | Reject], store, tally: Tally,
                   on_reject: RejectHandler = _ignore) -> Iterator[Article]:
    """The articles of ``records`` (what :func:`dateline.ingest.iter_articles` yields) not yet in ``store``.

    Rejects are counted in ``tally``, recorded in the store and reported through ``on_reject``;
    articles already stored are counted as unchanged. ``store`` may be None (nothing is
    checked or recorded: a Parquet-only run).
    """
    for item in records:
        if isinstance(item, Reject):
            record_reject(store, item.item, item.reason, tally, on_reject)
        elif store is not None and store.stored_id(item):
            tally.counts[UNCHANGED] += 1
        else:
            yield item


def store_results(results: Iterable[Result], store, tally: Tally, on_reject: RejectHandler = _ignore,
                  on_result: Callable[[], None] = _ignore, batch_size: int = 1) -> None:
    """Store each analysis of ``results``, count it in ``tally``; Failures become rejects.

    With ``batch_size`` > 1 analyses are written ``batch_size`` at a time with the store's
    ``save_many`` (one transaction each: PostgreSQL's COPY path); a batch the store refuses is
    written again one article at a time, so only the bad article becomes a reject.
    """
    batch: list[Analysis] = []

    def flush() -> None:
        if not batch:
            return
        try:
            statuses = store.save_many(batch) if len(batch) > 1 else None
        except Exception:  # one bad article: find it below
            statuses = None
        for position, analysis in enumerate(batch):
            if statuses is not None:
                tally.counts[statuses[position]] += 1
                continue
            try:
                tally.counts[store.save(analysis)] += 1
            except Exception as exc:  # one article's store failure does not stop the batch
                item = analysis.article.origin or analysis.article.id or "?"
                record_reject(store, item, f"not stored: {exc}", tally, on_reject)
        batch.clear()

    for result in results:
        on_result()
        if isinstance(result, Failure):
            record_reject(store, result.article.origin or result.article.id or "?", result.reason, tally, on_reject)
            continue
        batch.append(result)
        if len(batch) >= batch_size:
            flush()
    flush()


def ingest(sources: Iterable[str], store, workers: int = 1, on_reject: RejectHandler = _ignore,
           on_result: Callable[[], None] = _ignore, tally: Tally | None = None, **read_options) -> Tally:
    """Read, analyse and store every article of ``sources``; return what happened.

    Args:
        sources: files, folders, URLs or ``-``, as :func:`dateline.ingest.iter_articles` reads them.
        store: an open store (``dateline.store.open_store``).
        workers: analysis processes (each loads the spaCy pipeline once).
        on_reject: called with ``(item, reason)`` for each item that gave no stored article.
        on_result: called once per article analysed (for progress).
        tally: the Tally to count in (a caller's, to watch the counts while it runs); a new one if None.
        read_options: passed on to ``iter_articles``.

    Raises:
        KeyboardInterrupt: after the workers are stopped; every article stored so far is whole.
    """
    model_name()  # fail before reading anything when no spaCy pipeline is installed
    tally = Tally() if tally is None else tally
    articles = fresh_articles(iter_articles(sources, **read_options), store, tally, on_reject)
    store_results(analyze_parallel(articles, workers=workers), store, tally, on_reject, on_result)
    return tally


def analyze(sources: Iterable[str], workers: int = 1, on_reject: RejectHandler = _ignore,
            **read_options) -> Iterator[Analysis]:
    """The analysis of every article of ``sources``, in order, storing nothing.

    Items that give no analysis are reported through ``on_reject`` as ``(item, reason)``.
    """
    model_name()

    def articles() -> Iterator[Article]:
        for item in iter_articles(sources, **read_options):
            if isinstance(item, Reject):
                on_reject(item.item, item.reason)
            else:
                yield item

    for result in analyze_parallel(articles(), workers=workers):
        if isinstance(result, Failure):
            on_reject(result.article.origin or result.article.id or "?", result.reason)
        else:
            yield result


__all__ = ["Tally", "analyze", "fresh_articles", "ingest", "record_reject", "store_results"]
