"""``dateline serve``: the HTTP API and web pages over a database, read-only."""
from __future__ import annotations

from typing import Optional

import click

from ..errors import DatelineError
from .common import db_option, fail_cleanly


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 makes it reachable from other machines.")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True,
              help="Port to listen on (0 picks a free one).")
@click.option("--allow-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="Another host name to answer (repeatable). Requests naming any host but localhost, "
                   "127.0.0.1, [::1] and --host are refused, against DNS rebinding.")
@click.option("--cache-mb", type=click.IntRange(0, None), default=128, show_default=True,
              help="Memory for answers kept until the database is next written, in each worker "
                   "(0: compute every answer).")
@click.option("--workers", type=click.IntRange(1, None), default=None,
              help="Server processes sharing the port [default: one per CPU, at most 8; 1 where the "
                   "platform cannot fork]. One process runs its Python on one core at a time, so with "
                   "several clients the others wait; each worker keeps its own connections and answers.")
@fail_cleanly
def serve(db: str, host: str, port: int, allowed_hosts: tuple[str, ...], cache_mb: int,
          workers: Optional[int]) -> None:
    """Browse the database in a web browser; every page has a JSON twin (add .json).

    Pages: / (search), /statements, /events, /actors, /actor/NAME, /places, /stats and
    /article/ID, which shows the article with each statement, event, actor and place marked.
    Query parameters match the CLI options: /statements.json?speaker=IEA&since=2023-01-01.

    \b
    Example:
      dateline serve --db news.db --port 8001
      curl 'http://127.0.0.1:8001/statements.json?speaker=IEA'
    """
    from pathlib import Path

    from ..api.server import make_server, server_url
    from ..api.workers import default_workers, serve_workers
    from ..store import is_postgres_url, open_store
    from ..store.readonly import OldSchema, open_readonly, schema_version

    if not is_postgres_url(db) and not Path(db).exists():
        raise DatelineError(f"no database at {db}; create one with: dateline ingest PATH --db {db}")
    try:
        open_readonly(db).close()
    except OldSchema:
        # An older schema: migrate once here, so the server itself only ever reads.
        open_store(db).close()
        click.echo(f"upgraded {db} to schema version {schema_version()}", err=True)
    try:
        server = make_server(db, host, port, allowed_hosts=allowed_hosts, cache_bytes=cache_mb * 1024 * 1024)
    except OSError as exc:
        raise DatelineError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; "
                            "pick another with --port") from exc
    from ..store.postgres import redact

    workers = workers or default_workers()
    shown = f", {workers} workers" if workers > 1 else ""
    click.echo(f"dateline serving {redact(db)} at {server_url(server)}{shown}  (Ctrl-C to stop)")
    try:
        serve_workers(server, workers)  # returns on Ctrl-C or SIGTERM, once every worker has stopped
    finally:
        server.server_close()
    click.echo("stopped", err=True)
