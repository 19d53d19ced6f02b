"""``dateline eval``: accuracy on the gold sets, with the scorers in ``dateline.eval``."""
from __future__ import annotations

import json
import os

import click

from .common import fail_cleanly

json_option = click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")


def _report(figures: dict, formatter, as_json: bool) -> None:
    click.echo(json.dumps(figures, indent=2, default=str) if as_json else formatter(figures))


@click.group("eval")
def eval_group() -> None:
    """Score dateline against gold annotations (see ../shared/data/README.md)."""


@eval_group.command("statements")
@click.option("--polnear", type=click.Path(exists=True, file_okay=False),
              help="A PolNeAR split folder (with text/ and attributions/).")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False),
              help="A quotation gold file in the Gender Gap Tracker's manner (JSON Lines).")
@click.option("--split", type=click.Choice(["dev", "test"]), help="With --gold: only this part of it.")
@click.option("--limit", type=int, help="Only the first N articles.")
@json_option
@fail_cleanly
def eval_statements(polnear: str | None, gold: str | None, split: str | None, limit: int | None,
                    as_json: bool) -> None:
    """Statement precision/recall/F1 (loose and strict), speaker accuracy, exact-span F1.

    \b
    Examples:
      dateline eval statements --polnear ../shared/data/polnear/dev
      dateline eval statements --gold tests/data/wikinews_quotes.jsonl --split dev
    """
    if (polnear is None) == (gold is None):
        raise click.UsageError("give one of --polnear DIR or --gold FILE")
    if gold is not None:
        from ..eval.quote_gold import evaluate_quote_gold, format_quote_gold_report

        _report(evaluate_quote_gold(gold, split=split, limit=limit), format_quote_gold_report, as_json)
        return
    from ..eval.statements import evaluate_statements, format_statements_report

    assert polnear is not None  # exactly one of the two was given (checked above)
    _report(evaluate_statements(polnear, limit=limit), format_statements_report, as_json)


@eval_group.command("actors")
@click.option("--plover", required=True, type=click.Path(exists=True, dir_okay=False),
              help="PLOVER gold-standard records (JSON).")
@json_option
@fail_cleanly
def eval_actors(plover: str, as_json: bool) -> None:
    """Country-code and sector accuracy for the coded actors of PLOVER records.

    \b
    Example:
      dateline eval actors --plover ../shared/data/plover/PLOVER_GSR_dev.json
    """
    from ..eval.actors import evaluate_actors, format_actors_report

    _report(evaluate_actors(plover), format_actors_report, as_json)


@eval_group.command("places")
@click.option("--xml", "xml_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="An LGL- or GeoVirus-format XML file.")
@click.option("--limit", type=int, help="Only the first N articles.")
@click.option("--range", "span", metavar="FIRST:END", help="Only articles FIRST to END-1 (0-based), e.g. 300:588.")
@json_option
@fail_cleanly
def eval_places(xml_path: str, limit: int | None, span: str | None, as_json: bool) -> None:
    """Toponym recall, precision, GeoNames id accuracy and accuracy@161km, end to end.

    \b
    Example:
      dateline eval places --xml ../shared/data/geo/lgl.xml
      dateline eval places --xml ../shared/data/geo/lgl.xml --range 300:588
    """
    from ..eval.places import evaluate_places, format_places_report, parse_range

    try:
        bounds = parse_range(span) if span else None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--range") from None
    _report(evaluate_places(xml_path, limit=limit, span=bounds), format_places_report, as_json)


@eval_group.command("events")
@click.option("--plv", required=True, type=click.Path(exists=True, dir_okay=False),
              help="PLV-format TSV (sentence, marked_sentence, gold_root).")
@click.option("--cv", type=int, default=5, show_default=True, help="Folds of cross-validation.")
@json_option
@fail_cleanly
def eval_events(plv: str, cv: int, as_json: bool) -> None:
    """Score the events `dateline analyze` stores, by K-fold cross-validation: each held-out
    sentence goes through the whole pipeline with models (and calibration) trained on the other
    folds; per sentence the event marked main is scored: type P/R/F1, actor/recipient overlap,
    calibration error, and no-event sentences that get an event at the default confidence.

    \b
    Example:
      dateline eval events --plv ../shared/data/plover/PLV_train.tsv --cv 5
    """
    from ..eval.events import evaluate_events, format_events_report

    _report(evaluate_events(plv, cv=cv), format_events_report, as_json)


def _bundled(relative: str) -> str:
    """A path under the source checkout's root when it is not under the current folder."""
    from pathlib import Path

    here = Path(relative)
    if here.exists():
        return str(here)
    return str(Path(__file__).resolve().parents[3] / relative)


@eval_group.command("seed")
@click.option("--article", type=click.Path(exists=True, dir_okay=False),
              help="The article text (default: the bundled examples/seed/article.txt).")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False),
              help="Its hand annotation, dateline.gold/1 (default: tests/fixtures/seed_expected.json).")
@json_option
@fail_cleanly
def eval_seed(article: str | None, gold: str | None, as_json: bool) -> None:
    """Compare the analysis of one annotated article item by item (entities, statements, places, events).

    \b
    Example:
      dateline eval seed --article examples/seed/article.txt --gold tests/fixtures/seed_expected.json
    """
    from ..errors import ResourceMissing
    from ..eval.seed import evaluate_seed, format_seed_report

    article = article or _bundled("examples/seed/article.txt")
    gold = gold or _bundled("tests/fixtures/seed_expected.json")
    for path in (article, gold):
        if not os.path.exists(path):
            raise ResourceMissing(f"{path} not found; pass --article and --gold")
    _report(evaluate_seed(article, gold), format_seed_report, as_json)
