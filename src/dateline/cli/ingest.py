"""``dateline ingest``: read sources, analyse each article, store it."""
from __future__ import annotations

import sys

import click

from .common import db_option, echo_reject, fail_cleanly, timeout_option
from .progress import Progress

# The shell's exit status for a run stopped by Ctrl-C (128 + SIGINT).
INTERRUPTED = 130


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", "-w", type=int, default=1, show_default=True,
              help="Processes analysing in parallel (each loads the model once).")
@timeout_option
@fail_cleanly
def ingest(paths: tuple[str, ...], db: str, workers: int, url_timeout: float) -> None:
    """Analyse articles and store them in the database.

    PATHS are files, folders (read recursively), http(s) URLs or - for stdin. Supported:
    .txt, .html/.htm, .jsonl/.json, .csv, RSS/Atom feeds, .warc/.warc.gz.
    Re-ingesting an article already stored is a no-op; a changed text at a known URL or id
    is stored as a new version when it is the same story (else as an article of its own). Bad items are reported one line each and recorded as rejects.

    Exit status: 0 all stored, 2 some items rejected, 1 nothing could be stored, 130 stopped
    by Ctrl-C (every article stored before then is whole).

    \b
    Example:
      dateline ingest examples/ --db news.db --workers 2
    """
    from .. import run
    from ..nlp.pipeline import model_name
    from ..store import open_store

    model_name()  # fail before creating a database when no spaCy model is installed
    store = open_store(db)
    progress = Progress()
    tally = run.Tally()
    try:
        tally = run.ingest(paths, store, workers=workers, on_reject=echo_reject, on_result=progress.tick,
                           url_timeout=url_timeout)
    except KeyboardInterrupt:
        progress.close()
        click.echo(f"interrupted: {progress.done} articles analysed before Ctrl-C; what was stored is "
                   f"whole  ->  {db}", err=True)
        sys.exit(INTERRUPTED)
    finally:
        progress.close()
        store.close()
    click.echo(f"{tally.summary()}  ->  {db}", err=True)
    for reason, n in tally.reasons.most_common():
        click.echo(f"  {n} x {reason}", err=True)
    if not tally.seen:
        click.echo(f"no articles found in {', '.join(paths)}", err=True)
    sys.exit(tally.exit_code())
