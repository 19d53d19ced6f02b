"""Options and output helpers shared by the subcommands."""
from __future__ import annotations

import functools
import json
import logging
import os
import sys

import click

from ..dates import filter_bound
from ..errors import DatelineError
from ..spreadsheet import write_csv

db_option = click.option(
    "--db", "db", envvar="DATELINE_DB", default="dateline.db", show_default=True,
    help="SQLite database file, or a postgresql://user@host/dbname URL (or set DATELINE_DB).")
format_option = click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table", show_default=True,
    help="Output format.")


def _iso_date(ctx, param, value):
    if value is None:
        return None
    try:
        return filter_bound(value, end=param.name == "until")
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2023-09-15") from None


timeout_option = click.option(
    "--timeout", "url_timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
    help="Seconds one http(s) URL may take in all; a slower one is rejected and the batch goes on.")
since_option = click.option("--since", callback=_iso_date,
                            help="Earliest date, YYYY-MM-DD (or YYYY-MM, YYYY: from the period's start).")
until_option = click.option("--until", callback=_iso_date,
                            help="Latest date, YYYY-MM-DD (or YYYY-MM, YYYY: to the period's end).")
limit_option = click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
                            help="At most this many rows (1 or more; page on with --offset).")
offset_option = click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
                             help="Skip this many rows first (the next page is --offset LIMIT).")
sort_option = click.option("--sort", help="Sort by this column; put - first for descending, e.g. --sort -confidence.")


def _country(ctx, param, value):
    if value is None:
        return None
    from ..countries import UnknownCountry, country_codes

    try:
        country_codes(value)
    except UnknownCountry as exc:
        raise click.BadParameter(str(exc)) from None
    return value.upper()


def country_option(*names: str, help: str):
    """An ISO 3166-1 country option taking alpha-2 or alpha-3 (checked: a typo is an error, not an empty list)."""
    return click.option(*names, callback=_country, help=help + " ISO 3166-1 alpha-2 or alpha-3, e.g. AF or AFG.")


def fail_cleanly(func):
    """Turn expected failures into a one-line error and exit status 1, never a traceback."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except DatelineError as exc:
            from ..store.tables import BadListing

            if isinstance(exc, BadListing):  # a bad --sort or filter is a usage error: exit 2
                raise click.UsageError(str(exc)) from exc
            raise click.ClickException(str(exc)) from exc
    return wrapper


def check_inputs(paths: tuple[str, ...]) -> tuple[list[str], list]:
    """Split the command line's items into those that may give articles and Rejects for the rest.

    Runs before the model loads, so a mistyped path costs a second, not a minute: when no item
    can give an article the command fails at once; else the caller reports the Rejects first
    and runs the batch on the others.

    Returns:
        ``(usable items, Rejects)``.

    Raises:
        DatelineError: No item can give an article; the one line names each and why.
    """
    from ..ingest.preflight import unusable_items

    unusable = unusable_items(paths)
    if unusable and len(unusable) == len(paths):
        raise DatelineError(("" if len(paths) == 1 else "nothing to read: ") + "; ".join(map(str, unusable)))
    if "-" in paths and stdin_is_terminal():  # else the command waits in silence for typed input
        click.echo("reading one article from standard input: paste or type it, then press Ctrl-D", err=True)
    # A folder in a batch stays in it: an empty one gives nothing (as before), an unreadable one
    # its reject from the walk.
    unusable = [reject for reject in unusable if not os.path.isdir(reject.item)]
    refused = {reject.item for reject in unusable}
    return [path for path in paths if path not in refused], unusable


def stdout_is_terminal() -> bool:
    """Whether standard output is a terminal, not a pipe or a file."""
    return sys.stdout.isatty()


def stdin_is_terminal() -> bool:
    """Whether standard input is a terminal (someone typing), not a pipe or a file."""
    return sys.stdin.isatty()


def echo_reject(item: str, reason: str) -> None:
    """One line on stderr for an input item that was not analysed or stored."""
    click.echo(f"rejected: {item}: {reason}", err=True)


GAZETTEER_LOGGER = "dateline.gazetteer.lookup"


def setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    # The first run builds the gazetteer (15-25 s of CPU, a minute on a busy machine) before any
    # output: say so unless -q, so a new user does not wait in silence.
    logging.getLogger(GAZETTEER_LOGGER).setLevel(logging.NOTSET if quiet or verbose > 1 else logging.INFO)


def _cell(value, width: int) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def print_rows(rows: list[dict], fmt: str, columns: list[str] | None = None, widths: dict[str, int] | None = None) -> None:
    """Print rows as an aligned table, JSON, JSONL or CSV."""
    columns = columns or (list(rows[0]) if rows else [])
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "csv":
        # Every column, as JSON and the web page's CSV twin give: ``columns`` picks the table's few.
        write_csv(sys.stdout, rows, list(rows[0]) if rows else columns)
    else:
        if not rows:
            click.echo("(nothing found)", err=True)
            return
        widths = widths or {}
        sizes = {c: min(widths.get(c, 40), max(len(c), *(len(_cell(r.get(c), 10**6)) for r in rows))) for c in columns}
        click.echo("  ".join(c.ljust(sizes[c]) for c in columns).rstrip())
        for row in rows:
            click.echo("  ".join(_cell(row.get(c), sizes[c]).ljust(sizes[c]) for c in columns).rstrip())
