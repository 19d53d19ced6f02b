"""``dateline analyze``: analyse and print the records, storing nothing."""
from __future__ import annotations

import json
import sys

import click

from . import common
from .common import check_inputs, echo_reject, fail_cleanly, timeout_option
from .ingest import INTERRUPTED
from .progress import Progress


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True,
              help="json: one indented record (an array for several); jsonl: one record per line.")
@click.option("--workers", "-w", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes analysing in parallel.")
@timeout_option
@fail_cleanly
def analyze(paths: tuple[str, ...], fmt: str, workers: int, url_timeout: float) -> None:
    """Analyse articles and print their dateline.analysis/1 records.

    Nothing is stored. For JSONL and CSV input each record keeps the input's id.
    Rejected items are reported on stderr; exit status 2 when some were rejected. Progress
    shows on stderr as for ingest, except while JSONL records print to the terminal.

    \b
    Example:
      dateline analyze examples/seed/article.txt --format json
    """
    from .. import run
    from ..ingest.count import count_items

    usable, unusable = check_inputs(paths)  # a mistyped path fails here, not after the model has loaded
    rejected = 0
    records: list[dict] = []
    printed = 0
    # Not while JSONL records go to the terminal one by one: a bar would tangle with them. JSON is
    # printed whole at the end, so a terminal gets the bar meanwhile instead of a silent wait.
    progress = None if fmt == "jsonl" and common.stdout_is_terminal() else Progress(total=count_items(paths), unit="items")

    def on_reject(item: str, reason: str) -> None:
        nonlocal rejected
        rejected += 1
        echo_reject(item, reason)
        if progress is not None:
            progress.reach(printed + len(records) + rejected)

    for reject in unusable:  # reported now, not after the batch
        on_reject(reject.item, reject.reason)
    try:
        for analysis in run.analyze(usable, workers=workers, on_reject=on_reject, url_timeout=url_timeout):
            record = analysis.to_dict()
            if fmt == "jsonl":
                click.echo(json.dumps(record, ensure_ascii=False))
                printed += 1
            else:
                records.append(record)
            if progress is not None:
                progress.reach(printed + len(records) + rejected)
    except KeyboardInterrupt:
        click.echo(f"interrupted: {printed or len(records)} articles analysed before Ctrl-C", err=True)
        sys.exit(INTERRUPTED)
    finally:
        if progress is not None:
            progress.close()
    if fmt == "json" and records:
        click.echo(json.dumps(records[0] if len(records) == 1 else records, ensure_ascii=False, indent=2))
    if not (records or printed or rejected):
        click.echo(f"no articles found in {', '.join(paths)}", err=True)
        sys.exit(1)
    if rejected:
        sys.exit(2 if records or printed else 1)
