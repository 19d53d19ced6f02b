"""``dateline ingest``: read sources, analyse each article, store it (here, or on a Dask cluster)."""
from __future__ import annotations

import os
import sys

import click

from .common import check_inputs, db_option, echo_reject, fail_cleanly, timeout_option
from .progress import Progress

# The shell's exit status for a run stopped by Ctrl-C (128 + SIGINT).
INTERRUPTED = 130


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", "-w", type=click.IntRange(min=1), default=None,
              help="Processes analysing in parallel, each loading the model once [default: 1; with "
                   "--engine dask, the number of cores].")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine's processes; dask: the workers of a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: an existing cluster's scheduler (tcp://host:8786); "
                   "without it a local cluster of --workers processes is started.")
@click.option("--out", "out", metavar="DIR", type=click.Path(file_okay=False),
              help="With --engine dask: write Parquet partitions (the export columns) under DIR "
                   "instead of the database.")
@timeout_option
@fail_cleanly
def ingest(paths: tuple[str, ...], db: str, workers: int | None, engine: str, scheduler: str | None,
           out: str | None, url_timeout: float) -> None:
    """Analyse articles and store them in the database.

    PATHS are files, folders (read recursively), http(s) URLs or - for stdin. Supported:
    .txt, .html/.htm, .jsonl/.json, .csv, RSS/Atom feeds, .warc/.warc.gz.
    Re-ingesting an article already stored is a no-op; a changed text at a known URL or id
    is stored as a new version when it is the same story (else as an article of its own).
    Bad items are reported one line each and recorded as rejects.

    Exit status: 0 all stored, 2 some items rejected, 1 nothing could be stored, 130 stopped
    by Ctrl-C (every article stored before then is whole).

    \b
    Example:
      dateline ingest examples/ --db news.db --workers 2
      dateline ingest corpus/ --engine dask --workers 8 --db postgresql://dateline@db/news
      dateline ingest corpus/ --engine dask --scheduler tcp://10.0.0.5:8786 --db postgresql://…
    """
    from .. import run
    from ..errors import DatelineError
    from ..nlp.pipeline import model_name
    from ..store import open_store
    from ..store.postgres import redact

    if engine == "local" and (scheduler or out):
        raise DatelineError("--scheduler and --out work with --engine dask; add --engine dask")
    usable, unusable = check_inputs(paths)  # a mistyped path fails here, not after the model has loaded
    model_name()  # fail before creating a database when no spaCy model is installed
    target = out or redact(db)
    tally = run.Tally()
    if engine == "dask":
        progress = Progress()
        tally = _ingest_dask(paths, None if out else db, workers or os.cpu_count() or 1, scheduler, out,
                             progress, url_timeout)
    else:
        from ..ingest.count import count_items

        # Items are articles and rejects alike, so the total is known before reading (None for
        # URLs, stdin, feeds, archives) and the count reaches it even when much is unchanged.
        progress = Progress(total=count_items(paths), unit="items")
        store = open_store(db)
        for reject in unusable:  # reported and recorded now, not after the batch
            run.record_reject(store, reject.item, reject.reason, tally, echo_reject)
        try:
            run.ingest(usable, store, workers=workers or 1, on_reject=echo_reject,
                       on_result=lambda: progress.reach(tally.seen + 1), tally=tally, url_timeout=url_timeout)
        except KeyboardInterrupt:
            progress.close()
            click.echo(f"interrupted: {tally.stored} articles stored before Ctrl-C; what was stored is "
                       f"whole  ->  {target}", err=True)
            sys.exit(INTERRUPTED)
        finally:
            progress.close()
            store.close()
    click.echo(f"{tally.summary()}  ->  {target}", err=True)
    for reason, n in tally.reasons.most_common():
        click.echo(f"  {n} x {reason}", err=True)
    if not tally.seen:
        click.echo(f"no articles found in {', '.join(paths)}", err=True)
    sys.exit(tally.exit_code())


def _ingest_dask(paths, db, workers, scheduler, out, progress: Progress, url_timeout: float):
    """The Dask run: connect, print where the dashboard is, report progress per partition."""
    from ..scale.dask_runner import connect, dashboard_line, ingest_dask

    client = connect(scheduler, workers)
    where = scheduler or f"a local cluster of {workers} worker processes"
    click.echo(f"Dask: {where}; {dashboard_line(client)}", err=True)

    def on_progress(done: int, total: int, rate: float) -> None:
        progress.advance(done - progress.done, total)

    try:
        return ingest_dask(paths, db, client, out=out, on_reject=echo_reject, on_progress=on_progress,
                           url_timeout=url_timeout)
    except KeyboardInterrupt:
        progress.close()
        click.echo(f"interrupted: {progress.done} articles done before Ctrl-C; each stored article is whole", err=True)
        sys.exit(INTERRUPTED)
    finally:
        progress.close()
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None:
            cluster.close()
