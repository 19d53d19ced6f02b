"""``dateline analyze``: analyse and print the records, storing nothing."""
from __future__ import annotations

import json
import sys

import click

from .common import echo_reject, fail_cleanly


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True,
              help="json: one indented record (an array for several); jsonl: one record per line.")
@click.option("--workers", "-w", type=int, default=1, show_default=True, help="Processes analysing in parallel.")
@fail_cleanly
def analyze(paths: tuple[str, ...], fmt: str, workers: int) -> None:
    """Analyse articles and print their dateline.analysis/1 records.

    Nothing is stored. For JSONL and CSV input each record keeps the input's id.
    Rejected items are reported on stderr; exit status 2 when some were rejected.

    \b
    Example:
      dateline analyze examples/seed/article.txt --format json
    """
    from ..ingest import Reject, iter_articles
    from ..nlp.pipeline import Failure, analyze_parallel, load_nlp

    rejected = 0

    def articles():
        nonlocal rejected
        for item in iter_articles(paths):
            if isinstance(item, Reject):
                echo_reject(item.item, item.reason)
                rejected += 1
            else:
                yield item

    if workers <= 1:
        load_nlp()
    records = []
    printed = 0
    for result in analyze_parallel(articles(), workers=workers):
        if isinstance(result, Failure):
            echo_reject(result.article.origin or result.article.id, result.reason)
            rejected += 1
            continue
        record = result.to_dict()
        if fmt == "jsonl":
            click.echo(json.dumps(record, ensure_ascii=False))
            printed += 1
        else:
            records.append(record)
    if fmt == "json" and records:
        click.echo(json.dumps(records[0] if len(records) == 1 else records, ensure_ascii=False, indent=2))
    if not (records or printed or rejected):
        click.echo(f"no articles found in {', '.join(paths)}", err=True)
        sys.exit(1)
    if rejected:
        sys.exit(2 if records or printed else 1)
