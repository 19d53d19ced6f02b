"""``dateline place NAME``: the gazetteer's candidates for a name and why the winner wins."""
from __future__ import annotations

import json
import sys
from dataclasses import asdict

import click

from .common import fail_cleanly


@click.command("place")
@click.argument("name")
@click.option("--context", "-c", metavar="TEXT",
              help="Article text the name appears in ('-' reads it from stdin); its places and actors count.")
@click.option("--limit", "-n", type=int, default=8, show_default=True, help="How many candidates to show.")
@click.option("--json", "as_json", is_flag=True, help="Print the candidates as JSON.")
@fail_cleanly
def place(name: str, context: str | None, limit: int, as_json: bool) -> None:
    """Show the candidates for a place NAME, best first, and the reasons behind each score.

    \b
    Examples:
      dateline place Georgia
      dateline place Georgia --context "The Prime Minister of Georgia met Tbilisi's mayor."
      dateline place "Sumy region"
    """
    from ..nlp.places.explain import explain_place

    text = sys.stdin.read() if context == "-" else context
    candidates = explain_place(name, text, limit=limit)
    if as_json:
        click.echo(json.dumps([asdict(c) for c in candidates], indent=2, ensure_ascii=False))
        return
    if not candidates:
        raise click.ClickException(f"no place called {name!r} in the gazetteer "
                                   "(add it to resources/places/aliases.tsv, then: dateline gazetteer build)")
    click.echo(f"{name}: {len(candidates)} candidate{'s' if len(candidates) > 1 else ''} shown, best first")
    for rank, candidate in enumerate(candidates, 1):
        where = ", ".join(part for part in (candidate.admin1 if candidate.feature != "admin1" else None,
                                            candidate.country) if part)
        marker = "won" if rank == 1 else f"{rank:>3}"
        click.echo(f"{marker:>4}  {candidate.name} ({candidate.feature}{', ' + where if where else ''})  "
                   f"{candidate.gazetteer} {candidate.geonames_id}  "
                   f"p={candidate.probability:.3f} score={candidate.score:.2f}")
        for reason, points in candidate.reasons:
            click.echo(f"        {points:+6.2f}  {reason}")
    if len(candidates) > 1:
        first, second = candidates[0], candidates[1]
        theirs = {_kind(reason): points for reason, points in second.reasons}
        ahead = sorted(((points - theirs.get(_kind(reason), 0.0), reason) for reason, points in first.reasons),
                       reverse=True)[:3]
        click.echo(f"{first.name} wins by {first.score - second.score:.2f} over {second.name}: "
                   + "; ".join(f"{reason} ({delta:+.2f})" for delta, reason in ahead if delta > 0))


def _kind(reason: str) -> str:
    """What a reason is about, so two candidates' reasons compare: "population 3,731,000" -> "population"."""
    return reason.split(" ", 1)[0] if reason.startswith(("population", "feature")) else reason
