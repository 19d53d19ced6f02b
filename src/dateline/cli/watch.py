"""``dateline watch``: poll feeds, sitemaps and folders, and ingest what is new."""
from __future__ import annotations

import signal
import sys

import click

from .common import db_option, echo_reject, fail_cleanly, timeout_option


def _every(ctx, param, value: str) -> float:
    from ..scale.watch import parse_every

    try:
        return parse_every(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--every", default="15m", show_default=True, callback=_every,
              help="How often each source is polled: 30s, 15m, 1h, 1d.")
@click.option("--once", is_flag=True, help="Poll each source once and exit (for cron or a systemd timer).")
@db_option
@timeout_option
@fail_cleanly
def watch(sources: tuple[str, ...], every: float, once: bool, db: str, url_timeout: float) -> None:
    """Keep the database current: poll FEED_OR_FOLDER… and ingest only what is new.

    SOURCES are RSS/Atom feed or sitemap URLs (or files), and folders. What has been seen is
    recorded in the database, so a restart does not start over; a changed entry text, a newer
    <lastmod> or a modified file counts as new. A failing source is logged with the reason and
    retried with a doubling delay (30 s up to --every); the others go on. Ctrl-C or SIGTERM
    stops it cleanly (every stored article is whole). Exit status 0 when stopped.

    \b
    Example:
      dateline watch https://example.org/rss.xml inbox/ --every 15m --db postgresql://dateline@db/news
    """
    from ..errors import DatelineError
    from ..ingest.preflight import missing_items
    from ..scale.watch import Watcher
    from ..store import open_store
    from ..store.postgres import redact

    missing = missing_items(sources)  # a typo would otherwise be retried, with a warning, for ever
    if missing:
        raise DatelineError("; ".join(map(str, missing)))
    store = open_store(db)

    def on_poll(source: str, tally, error) -> None:
        if error:
            click.echo(f"{source}: failed: {error}", err=True)
        elif tally.seen:
            click.echo(f"{source}: {tally.summary()}", err=True)

    watcher = Watcher(list(sources), store, every=every, timeout=url_timeout, on_reject=echo_reject, on_poll=on_poll)

    def on_term(signum, frame) -> None:  # SIGTERM (systemd, docker stop): stop like Ctrl-C
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        if once:
            watcher.poll_due()
        else:
            click.echo(f"watching {len(sources)} source(s) every {every:g} s  ->  {redact(db)}  (Ctrl-C to stop)",
                       err=True)
            watcher.run()
    except KeyboardInterrupt:
        watcher.stop.set()
        click.echo("stopped; every stored article is whole", err=True)
    finally:
        signal.signal(signal.SIGTERM, previous)
        store.close()
    failed = [s for s, state in watcher.states.items() if state.last_error]
    sys.exit(1 if once and failed and len(failed) == len(sources) else 0)
