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


# The whole command's flags, which users also type after the subcommand ("dateline analyze x.txt -q").
_GLOBAL_FLAGS = {"-q", "--quiet", "--verbose"}


def _is_global_flag(arg: str) -> bool:
    return arg in _GLOBAL_FLAGS or (len(arg) > 1 and arg[0] == "-" and set(arg[1:]) == {"v"})  # -v, -vv


class _Dateline(click.Group):
    """The command group, taking -q and -v wherever they stand before a "--"."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        end = args.index("--") if "--" in args else len(args)
        flags = [a for a in args[:end] if _is_global_flag(a)]
        rest = [a for a in args[:end] if not _is_global_flag(a)]
        return super().parse_args(ctx, flags + rest + args[end:])


@click.group(cls=_Dateline, context_settings={"help_option_names": ["-h", "--help"]})
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

from . import analyze, browse, export, gazetteer, ingest, listings, serve, train, watch  # noqa: E402, I001
from . import eval as eval_cmd  # noqa: E402
from .place import place  # noqa: E402

for command in (ingest.ingest, analyze.analyze, browse.search, browse.show, browse.stats, listings.statements,
                listings.actors, browse.actor, listings.places, listings.events, listings.articles, export.export,
                eval_cmd.eval_group, gazetteer.gazetteer, serve.serve, train.train_group, watch.watch, place):
    main.add_command(command)
