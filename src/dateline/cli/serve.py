"""``dateline serve``: the HTTP API and web pages over a database, read-only."""
from __future__ import annotations

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
              help="Memory for answers kept until the database is next written (0: compute every answer).")
@fail_cleanly
def serve(db: str, host: str, port: int, allowed_hosts: tuple[str, ...], cache_mb: int) -> None:
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

    click.echo(f"dateline serving {redact(db)} at {server_url(server)}  (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        server.server_close()
