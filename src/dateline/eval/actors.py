"""Score actor coding on the PLOVER gold-standard records (Open Event Data Alliance, CC BY-SA 4.0).

Each record is one sentence with its source and target actors, each with the text that names it
(``actorText``), a country code (``code``: ISO alpha-3, or ``IGO`` for intergovernmental bodies) and,
for most non-state actors, a sector (``sector``: GOV, MIL, REB, ..., sometimes with a CAMEO ethnic or
religious suffix, "CVLalb", of which the first three letters are the PLOVER sector).

For each coded actor, dateline analyses the sentence (dates and actors), finds the actor text in it,
and codes that phrase with ``nlp.actors.coding.code_actor_phrase``. An actor text that is not in the
sentence as written ("U.S. ... negotiators") is coded on its own. The records' dates are placeholders
(2000-01-01), so the dictionary's current names and sectors are used.

Country accuracy counts every coded actor; sector accuracy counts actors whose record gives a sector.

    python -m dateline.eval.actors ../shared/data/plover/PLOVER_GSR_dev.json
"""
from __future__ import annotations

import argparse
import json
import logging
from collections import defaultdict
from pathlib import Path
from typing import Iterator, Optional

from ..errors import ResourceMissing
from ..model import Analysis, Article

log = logging.getLogger(__name__)


def gold_actors(records: list[dict]) -> Iterator[tuple[dict, str, dict]]:
    """Yield ``(record, role, actor)`` for every coded actor (role: source or target)."""
    for record in records:
        if not record.get("text"):
            continue
        for role in ("source", "target"):
            actors = record.get(role)
            if not isinstance(actors, list):
                continue
            for actor in actors:
                if isinstance(actor, dict) and actor.get("actorText") and actor.get("code"):
                    yield record, role, actor


def _locate(text: str, phrase: str) -> Optional[tuple[int, int]]:
    at = text.find(phrase)
    if at < 0:
        at = text.lower().find(phrase.lower())
    return (at, at + len(phrase)) if at >= 0 else None


def _analyse(texts: list[str]) -> Iterator[tuple[object, Analysis]]:
    from ..nlp.pipeline import analyze_doc, components, parse_texts

    steps = components(until="actors")
    for doc, text in zip(parse_texts(texts), texts):
        yield doc, analyze_doc(doc, Article(text=text), steps)


def code_gold_actors(records: list[dict]) -> list[dict]:
    """One row per gold actor: its text, gold code and sector, and what dateline assigns."""
    from ..nlp.actors.coding import code_actor_phrase

    items = list(gold_actors(records))
    texts = sorted({record["text"] for record, _, _ in items})
    analysed = dict(zip(texts, _analyse(texts)))
    missing = sorted({actor["actorText"] for record, _, actor in items if _locate(record["text"], actor["actorText"]) is None})
    alone = dict(zip(missing, _analyse(missing)))
    rows = []
    for record, role, actor in items:
        phrase = actor["actorText"]
        span = _locate(record["text"], phrase)
        located = span is not None
        if span is not None:
            doc, analysis = analysed[record["text"]]
        else:
            doc, analysis = alone[phrase]
            span = (0, len(phrase))
        country, sector = code_actor_phrase(doc, analysis, *span)
        gold_sector = (actor.get("sector") or "")[:3].upper() or None
        rows.append({"id": record["id"], "role": role, "text": phrase, "located": located,
                     "gold_country": actor["code"].upper(), "country": country,
                     "gold_sector": gold_sector, "sector": sector})
    return rows


def evaluate_actors(plover_json: str) -> dict:
    """Country-code and sector accuracy of dateline's actor coding on PLOVER gold records.

    Args:
        plover_json: path to ``PLOVER_GSR_dev.json`` (a JSON list of records).

    Returns:
        A dict with ``actors``, ``country_accuracy``, ``sector_scored``, ``sector_accuracy``,
        ``per_sector`` ({gold sector: {"n", "correct", "accuracy"}}), ``no_sector`` (gold gives no
        sector: how often dateline gives none too) and ``rows`` (every actor, for the report).

    Raises:
        ResourceMissing: the file does not exist.
    """
    path = Path(plover_json)
    if not path.is_file():
        raise ResourceMissing(f"PLOVER gold records not found at {path}; see ../shared/data/README.md")
    records = json.loads(path.read_text(encoding="utf-8"))
    rows = code_gold_actors(records)
    country_right = sum(r["country"] == r["gold_country"] for r in rows)
    scored = [r for r in rows if r["gold_sector"]]
    per_sector: dict[str, dict] = defaultdict(lambda: {"n": 0, "correct": 0})
    for row in scored:
        cell = per_sector[row["gold_sector"]]
        cell["n"] += 1
        cell["correct"] += row["sector"] == row["gold_sector"]
    for cell in per_sector.values():
        cell["accuracy"] = cell["correct"] / cell["n"]
    unsectored = [r for r in rows if not r["gold_sector"]]
    return {
        "records": sum(1 for r in records if r.get("text")),
        "actors": len(rows),
        "located": sum(r["located"] for r in rows),
        "country_correct": country_right,
        "country_accuracy": country_right / len(rows) if rows else 0.0,
        "sector_scored": len(scored),
        "sector_correct": sum(r["sector"] == r["gold_sector"] for r in scored),
        "sector_accuracy": (sum(r["sector"] == r["gold_sector"] for r in scored) / len(scored)) if scored else 0.0,
        "per_sector": dict(sorted(per_sector.items(), key=lambda kv: (-kv[1]["n"], kv[0]))),
        "no_sector": {"n": len(unsectored), "none_given": sum(r["sector"] is None for r in unsectored)},
        "rows": rows,
    }


def format_actors_report(figures: dict) -> str:
    """A plain-text report of ``evaluate_actors``'s figures, with every disagreement listed."""
    lines = [
        "Actor coding on PLOVER gold records",
        f"  records {figures['records']}, coded actors {figures['actors']} "
        f"(found verbatim in their sentence: {figures['located']})",
        f"  country code accuracy  {figures['country_accuracy']:.3f}  ({figures['country_correct']}/{figures['actors']})",
        f"  sector accuracy        {figures['sector_accuracy']:.3f}  ({figures['sector_correct']}/{figures['sector_scored']}, "
        "actors whose record gives a sector; first three letters)",
        "  per sector:",
    ]
    for sector, cell in figures["per_sector"].items():
        lines.append(f"    {sector:<4} {cell['correct']:>3}/{cell['n']:<3} {cell['accuracy']:.2f}")
    none = figures["no_sector"]
    lines.append(f"  record gives no sector: {none['n']} actors, dateline gives none for {none['none_given']}")
    misses = [r for r in figures["rows"]
              if r["country"] != r["gold_country"] or (r["gold_sector"] and r["sector"] != r["gold_sector"])]
    if misses:
        lines.append("  disagreements (record id: actor text: gold -> dateline):")
        for r in misses:
            lines.append(f"    {r['id']}: {r['text']!r}: {r['gold_country']} {r['gold_sector'] or '-'} -> "
                         f"{r['country'] or '-'} {r['sector'] or '-'}")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dateline.eval.actors", description=__doc__.splitlines()[0])
    parser.add_argument("plover_json", help="path to PLOVER_GSR_dev.json")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    print(format_actors_report(evaluate_actors(args.plover_json)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
