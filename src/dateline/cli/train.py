"""``dateline train``: retrain a shipped model from the gold data, or check that it reproduces."""
from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

import click
from tqdm import tqdm

from .common import fail_cleanly

T = TypeVar("T")


def _progress(items: Iterable[T], total: int, label: str) -> Iterator[T]:
    """A bar on stderr (hidden when stderr is not a terminal)."""
    yield from tqdm(items, total=total, desc=label, unit=" texts", file=sys.stderr, disable=None, leave=False)


def train_options(func):
    """``--data``, ``--out`` and ``--check``, shared by every model."""
    func = click.option("--check", is_flag=True,
                        help="Retrain into a scratch folder and exit 0 if the result equals the shipped "
                             "file, else 1 with what differs.")(func)
    func = click.option("--out", type=click.Path(dir_okay=False),
                        help="Where to write the model (default: its file name in the current folder).")(func)
    func = click.option("--data", type=click.Path(exists=True, file_okay=False),
                        help="The gold-data folder (default: ../shared/data).")(func)
    return func


def _train(name: str, data: str | None, out: str | None, check: bool) -> None:
    from ..train import MODELS, check_model, train_model

    model = MODELS[name]
    started = time.perf_counter()
    if check:
        difference = check_model(name, data, _progress)
        elapsed = time.perf_counter() - started
        if difference:
            click.echo(f"dateline train {name} --check: the retrained {model.filename} differs from the shipped "
                       f"one: {difference}", err=True)
            sys.exit(1)
        click.echo(f"{model.filename}: the retrained model equals the shipped one ({elapsed:.0f} s)")
        return
    target = Path(out) if out else Path.cwd() / model.filename
    summary = train_model(name, target, data, _progress)
    click.echo(f"trained the {name} model on {summary} in {time.perf_counter() - started:.0f} s")
    click.echo(f"wrote {target}")
    # DATELINE_MODEL_DIR finds a model by its shipped file name
    folder = f"{target.parent}" if target.name == model.filename else f"a folder where it is named {model.filename}"
    click.echo(f"to use it: DATELINE_MODEL_DIR={folder} dateline analyze …  "
               f"(or copy it over {model.shipped} to ship it)")


@click.group("train")
def train_group() -> None:
    """Retrain a shipped model from the gold data in ../shared/data (same data, same file).

    A model is written to the current folder unless --out says where; the installed package is
    never touched. Set DATELINE_MODEL_DIR to a folder of retrained models to use them.
    """


@train_group.command("statements")
@train_options
@click.option("--holdout", type=int, default=0,
              help="Tune instead: fit on all but the last N articles, print the figures on those N "
                   "for each threshold; write nothing.")
@fail_cleanly
def statements(data: str | None, out: str | None, check: bool, holdout: int) -> None:
    """The statements cue model (cue_weights.tsv), from PolNeAR train.

    \b
    Example:
      dateline train statements --out /tmp/cue_weights.tsv
    """
    if holdout:
        _tune_statements(data, holdout)
    else:
        _train("statements", data, out, check)


@train_group.command("events")
@train_options
@fail_cleanly
def events(data: str | None, out: str | None, check: bool) -> None:
    """The event-type model (model.npz), from PLV_train and the PLOVER GSR.

    \b
    Example:
      dateline train events --check
    """
    _train("events", data, out, check)


@train_group.command("parties")
@train_options
@fail_cleanly
def parties(data: str | None, out: str | None, check: bool) -> None:
    """The actor/recipient chooser (parties.npz), from PLV_train and the PLOVER GSR.

    \b
    Example:
      dateline train parties --data ../shared/data
    """
    _train("parties", data, out, check)


@train_group.command("calibration")
@train_options
@fail_cleanly
def calibration(data: str | None, out: str | None, check: bool) -> None:
    """The event calibration (calibration.json): Platt scaling fitted on 5 held-out folds of PLV_train
    and the hand-labelled no-event sentences (tests/data/events), and the default minimum confidence.

    \b
    Example:
      dateline train calibration --check
    """
    _train("calibration", data, out, check)


def _tune_statements(data: str | None, holdout: int) -> None:
    from ..eval.polnear import read_split
    from ..train.data import data_folder, require
    from ..train.statements import DATA, MODEL, holdout_report, parse_articles

    split, _ = require(data_folder(data), DATA, MODEL)
    articles = list(read_split(split))
    if not 0 < holdout < len(articles):
        raise click.BadParameter(f"{holdout} is not between 1 and {len(articles) - 1}", param_hint="--holdout")
    for line in holdout_report(articles, parse_articles(articles, _progress), holdout):
        click.echo(line)
