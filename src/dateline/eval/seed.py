"""Score one analysed article against a hand annotation in the ``dateline.gold/1`` form.

The reference article's annotation (``tests/fixtures/seed_expected.json``) lists entities,
statements, places and events; items marked ``optional`` are neither required nor counted
as false positives. The report names every item that differs, not just a score.

    python -m dateline.eval.seed examples/seed/article.txt tests/fixtures/seed_expected.json
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Optional

from ..model import Analysis, Entity
from .statements import compare_seed as compare_statements


def _names(gold_entity: dict) -> set[str]:
    return {gold_entity["name"], *gold_entity.get("aliases", [])}


def _is(entity: Optional[Entity], gold_entity: Optional[dict]) -> bool:
    """Whether a predicted entity is the gold entity (by canonical name or alias)."""
    if entity is None or gold_entity is None:
        return entity is None and gold_entity is None
    names = _names(gold_entity)
    return entity.name in names or bool(names & set(entity.aliases))


def compare_entities(analysis: Analysis, gold: dict) -> dict:
    """Required gold entities found with the right type, country and sector."""
    report: dict[str, list[str]] = {"found": [], "missed": [], "wrong": []}
    for wanted in gold["entities"]:
        if wanted.get("optional"):
            continue
        match = next((e for e in analysis.entities if _is(e, wanted)), None)
        label = f"{wanted['name']} ({wanted['type']})"
        if match is None:
            report["missed"].append(label)
            continue
        problems = [f"{field} {getattr(match, field)!r}, wanted {wanted.get(field)!r}"
                    for field in ("type", "country", "sector") if getattr(match, field) != wanted.get(field)]
        (report["wrong"] if problems else report["found"]).append(
            label + (": " + "; ".join(problems) if problems else ""))
    return report


def compare_places(analysis: Analysis, gold: dict) -> dict:
    """Required gold places found by GeoNames id; predicted places the gold does not list."""
    report: dict[str, list[str]] = {"found": [], "missed": [], "extra": []}
    predicted = {p.geonames_id: p for p in analysis.places}
    for wanted in gold["places"]:
        if wanted.get("optional"):
            continue
        label = f"{wanted['name']} ({wanted['geonames_id']})"
        (report["found"] if wanted["geonames_id"] in predicted else report["missed"]).append(label)
    known = {p["geonames_id"] for p in gold["places"]}
    report["extra"] = [f"{p.name} ({p.geonames_id})" for p in analysis.places if p.geonames_id not in known]
    return report


def compare_events(analysis: Analysis, gold: dict) -> dict:
    """Required gold events found: same type, in the sentence of the gold evidence, right actor."""
    entities = {e["id"]: e for e in gold["entities"]}
    report: dict[str, list[str]] = {"found": [], "missed": [], "wrong_actor": [], "extra": []}
    used: set[str] = set()

    def candidates(wanted: dict):
        start, end = wanted["evidence_span"]
        return [v for v in analysis.events if v.type == wanted["type"]
                and min(end, v.sentence_span[1]) > max(start, v.sentence_span[0])]

    for wanted in gold["events"]:
        matches = candidates(wanted)
        used.update(v.id for v in matches)
        if wanted.get("optional"):
            continue
        label = f"{wanted['type']} {wanted['actor']} -> {wanted['recipient']}: {wanted['evidence'][:50]!r}"
        if not matches:
            report["missed"].append(label)
        elif wanted["actor"] is None or any(_is(analysis.entity(v.actor), entities.get(wanted["actor"]))
                                            for v in matches):
            report["found"].append(label)
        else:
            got = [getattr(analysis.entity(v.actor), "name", None) for v in matches]
            report["wrong_actor"].append(f"{label}: actor {got}")
    names: dict[Optional[str], str] = {e.id: e.name for e in analysis.entities}
    report["extra"] = [f"{v.type} {names.get(v.actor)} -> {names.get(v.recipient)}: "
                       f"{analysis.text[v.trigger_span[0]:v.trigger_span[1]]!r}"
                       for v in analysis.events if v.id not in used]
    return report


def compare_article(analysis: Analysis, gold: dict) -> dict:
    """All four comparisons, plus the publication date."""
    return {
        "published": {"got": analysis.article.published, "wanted": gold["article"].get("published")},
        "entities": compare_entities(analysis, gold),
        "statements": compare_statements(analysis, gold),
        "places": compare_places(analysis, gold),
        "events": compare_events(analysis, gold),
    }


def evaluate_seed(article_path: str, gold_path: str) -> dict:
    """Analyse the article at ``article_path`` and compare it with the gold file."""
    from ..nlp.pipeline import analyze_text

    text = Path(article_path).read_text(encoding="utf-8")
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    return compare_article(analyze_text(text), gold)


def format_seed_report(figures: dict) -> str:
    """Counts per part and one line for every item that differs."""
    lines = [f"published: {figures['published']['got']} (wanted {figures['published']['wanted']})"]
    for part in ("entities", "statements", "places", "events"):
        report = figures[part]
        counts = ", ".join(f"{len(v)} {k.replace('_', ' ')}" for k, v in report.items())
        lines.append(f"{part}: {counts}")
        for kind, items in report.items():
            if kind == "found":
                continue
            lines += [f"  {kind.replace('_', ' ')}: {item}" for item in items]
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Compare dateline's analysis of one article with its annotation.")
    parser.add_argument("article", nargs="?", default="examples/seed/article.txt")
    parser.add_argument("gold", nargs="?", default="tests/fixtures/seed_expected.json")
    args = parser.parse_args(argv)
    print(format_seed_report(evaluate_seed(args.article, args.gold)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
