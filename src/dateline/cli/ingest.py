"""``dateline ingest``: read sources, analyse each article, store it."""
from __future__ import annotations

import sys
from collections import Counter

import click
from tqdm import tqdm

from .common import db_option, echo_reject, fail_cleanly


def _report_reject(store, item: str, reason: str, tally: Counter) -> None:
    echo_reject(item, reason)
    store.reject(item, reason)
    tally[reason.split(":")[0]] += 1


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", "-w", type=int, default=1, show_default=True,
              help="Processes analysing in parallel (each loads the model once).")
@fail_cleanly
def ingest(paths: tuple[str, ...], db: str, workers: int) -> None:
    """Analyse articles and store them in the database.

    PATHS are files, folders (read recursively), http(s) URLs or - for stdin. Supported:
    .txt, .html/.htm, .jsonl/.json, .csv, RSS/Atom feeds, .warc/.warc.gz.
    Re-ingesting an article already stored is a no-op; a changed text at a known URL or id
    is stored as a new version. Bad items are reported one line each and recorded as rejects.

    Exit status: 0 all stored, 2 some items rejected, 1 nothing could be stored.

    \b
    Example:
      dateline ingest examples/ --db news.db --workers 2
    """
    from ..ingest import Reject, iter_articles
    from ..nlp.pipeline import Failure, analyze_parallel, model_name
    from ..store import open_store

    model_name()  # fail before creating a database when no spaCy model is installed
    store = open_store(db)
    counts: Counter = Counter()
    reasons: Counter = Counter()

    def fresh_articles():
        for item in iter_articles(paths):
            if isinstance(item, Reject):
                _report_reject(store, item.item, item.reason, reasons)
                counts["rejected"] += 1
            elif store.stored_id(item):
                counts["unchanged"] += 1
            else:
                yield item

    progress = tqdm(desc="analysing", unit=" articles", file=sys.stderr, disable=None)
    for result in analyze_parallel(fresh_articles(), workers=workers):
        progress.update(1)
        item = result.article.origin or result.article.id
        if isinstance(result, Failure):
            _report_reject(store, item, result.reason, reasons)
            counts["rejected"] += 1
            continue
        try:
            status = store.save(result)
        except Exception as exc:  # one article's store failure does not stop the batch
            _report_reject(store, item, f"not stored: {exc}", reasons)
            counts["rejected"] += 1
            continue
        counts[status] += 1
    progress.close()
    store.close()
    stored = counts["new"] + counts["new version"]
    click.echo(f"{stored} new ({counts['new version']} of them new versions), {counts['unchanged']} unchanged, "
               f"{counts['rejected']} rejected  ->  {db}", err=True)
    for reason, n in reasons.most_common():
        click.echo(f"  {n} x {reason}", err=True)
    if not any(counts.values()):
        click.echo(f"no articles found in {', '.join(paths)}", err=True)
        sys.exit(1)
    if counts["rejected"]:
        sys.exit(1 if stored + counts["unchanged"] == 0 else 2)
