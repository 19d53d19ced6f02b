"""``dateline gazetteer``: build the offline place gazetteer."""
from __future__ import annotations

import time

import click

from .common import fail_cleanly


@click.group()
def gazetteer() -> None:
    """The offline gazetteer used to resolve places (GeoNames data, no download)."""


@gazetteer.command("build")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Where to write the SQLite gazetteer "
              "(default: the user cache folder, $DATELINE_CACHE or $XDG_CACHE_HOME/dateline).")
@fail_cleanly
def build(output: str | None) -> None:
    """Build the gazetteer SQLite file from the GeoNames data shipped with dateline.

    \b
    Example:
      dateline gazetteer build
    """
    from ..gazetteer import build_gazetteer

    started = time.perf_counter()
    path = build_gazetteer(output)
    click.echo(f"gazetteer built at {path} in {time.perf_counter() - started:.1f} s")
