"""The ``dateline`` command: a group of subcommands, one module each, thin over the library."""
from __future__ import annotations

import click

from .. import __version__
from .common import setup_logging


def _version_message() -> str:
    from ..errors import ModelMissing
    from ..nlp.pipeline import pipeline_label

    try:
        pipeline = pipeline_label()
    except ModelMissing as exc:
        pipeline = f"none ({exc})"
    return f"dateline {__version__}\nspaCy pipeline: {pipeline}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
@click.version_option(__version__, message="%(version)s", prog_name="dateline")
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """dateline: who said what, who did what to whom, where and when, from news articles.

    \b
    Typical use:
      dateline ingest examples/            # analyse the bundled articles into ./dateline.db
      dateline statements --speaker IEA    # who said what
      dateline show ARTICLE_ID             # one article with everything found in it
    """
    setup_logging(verbose, quiet)


def _print_version(ctx: click.Context, _param, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(_version_message())
        ctx.exit()


# --version also names the spaCy pipeline in use.
main.params = [p for p in main.params if p.name != "version"] + [click.Option(
    ["--version"], is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
    help="Show dateline's version and the spaCy pipeline in use.")]

from . import analyze, browse, export, gazetteer, ingest, serve, train, watch  # noqa: E402
from . import eval as eval_cmd

for command in (ingest.ingest, analyze.analyze, browse.search, browse.show, browse.stats, browse.statements,
                browse.actors, browse.actor, browse.places, browse.events, export.export, eval_cmd.eval_group,
                gazetteer.gazetteer, serve.serve, train.train_group, watch.watch):
    main.add_command(command)
