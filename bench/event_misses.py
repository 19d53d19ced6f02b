"""Where the PLV cross-validation loses main-event F1: every miss and false positive, by class.

Runs the folds of ``dateline eval events`` (the same stored analyses it scores), writes each
held-out PLV sentence with its gold root and every stored event to a JSON file, and prints the
figures. ``--read FILE`` skips the run and classifies a file written before. A miss of a gold type
is one of

* ``none``: no event stored at all;
* ``side``: an event of the gold type is stored but another one is marked main;
* ``wrong``: no stored event has the gold type (the type model or the senses chose another).

False positives of a type are listed with the gold root they took the place of.

    python bench/event_misses.py ../shared/data/plover/PLV_train.tsv --out /tmp/cv.json
    python bench/event_misses.py --read /tmp/cv.json --types PROTEST,COOPERATE,AID
"""
from __future__ import annotations

import argparse
import collections
import json
import logging

from dateline.eval.events import format_events_report, score_runs
from dateline.eval.plover import default_gsr_path, read_gsr, read_plv
from dateline.nlp.events.calibration import fit_calibrator
from dateline.train.calibration import calibration_rows, fold_models, held_out_fold, read_corpus
from dateline.train.nonevents import read_nonevents


def run_folds(plv: str, cv: int) -> tuple[dict, list[dict]]:
    """The figures of ``dateline eval events`` and one record per held-out PLV sentence."""
    from dateline.eval.events import _nonevents

    items = read_plv(plv)
    gsr = default_gsr_path(plv)
    corpus = read_corpus(items, read_gsr(gsr) if gsr else [], _nonevents(plv) if plv else read_nonevents())
    models = [fold_models(corpus, fold, cv) for fold in range(cv)]
    raw = [held_out_fold(corpus, fold, cv, models[fold]) for fold in range(cv)]
    runs = []
    for fold in range(cv):
        rows, right = calibration_rows(corpus, [r for k in range(cv) if k != fold for r in raw[k]])
        runs += held_out_fold(corpus, fold, cv, models[fold], fit_calibrator(rows, right))
    records = []
    for run in runs:
        text = corpus.items[run.index].text if run.kind == "plv" else corpus.nonevents[run.index].text
        item = corpus.items[run.index] if run.kind == "plv" else None
        records.append({
            "kind": run.kind, "index": run.index, "text": text,
            "gold": item.root if item else "NONE",
            "source": text[slice(*item.source_span)] if item and item.source_span else None,
            "target": text[slice(*item.target_span)] if item and item.target_span else None,
            "events": [{"type": e.type, "trigger": text[slice(*e.trigger_span)], "confidence": round(e.confidence, 3),
                        "status": e.status, "main": e.main,
                        "actor": text[slice(*e.actor_span)] if e.actor_span else None,
                        "recipient": text[slice(*e.recipient_span)] if e.recipient_span else None}
                       for e in run.analysis.events],
        })
    return score_runs(corpus, runs, cv), records


def _main(record: dict) -> dict | None:
    mains = [e for e in record["events"] if e["main"]]
    return max(mains, key=lambda e: e["confidence"]) if mains else None


def _predicted(record: dict) -> str:
    event = _main(record)
    if event is None:
        return "NONE"
    return "YIELD" if event["type"] == "RETREAT" else event["type"]


def miss_class(record: dict) -> str:
    """none, side or wrong (see the module docstring)."""
    if not record["events"]:
        return "none"
    if any(e["type"] == record["gold"] for e in record["events"]):
        return "side"
    return "wrong"


def _show(record: dict) -> str:
    lines = [f"  [{record['gold']}] s={record['source']!r} t={record['target']!r}", f"    {record['text']}"]
    for e in record["events"]:
        lines.append(f"    {'*' if e['main'] else ' '} {e['type']:<10} {e['trigger']!r:<16} {e['confidence']:.2f} "
                     f"{e['status']:<12} {e['actor']!r} -> {e['recipient']!r}")
    return "\n".join(lines)


def report(records: list[dict], types: list[str], verbose: bool) -> str:
    plv = [r for r in records if r["kind"] == "plv"]
    out = []
    for label in types:
        misses = [r for r in plv if r["gold"] == label and _predicted(r) != label]
        false = [r for r in plv if r["gold"] != label and _predicted(r) == label]
        by_class = collections.Counter(miss_class(r) for r in misses)
        took = collections.Counter(_predicted(r) for r in misses)
        from_gold = collections.Counter(r["gold"] for r in false)
        out.append(f"{label}: {sum(r['gold'] == label for r in plv)} gold, {len(misses)} missed {dict(by_class)},"
                   f" predicted instead {dict(took.most_common())}; {len(false)} false, gold {dict(from_gold.most_common())}")
        if verbose:
            for name in ("none", "side", "wrong"):
                for r in misses:
                    if miss_class(r) == name:
                        out.append(f" miss/{name}\n" + _show(r))
            for r in false:
                out.append(" false\n" + _show(r))
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plv", nargs="?", help="PLV_train.tsv")
    parser.add_argument("--cv", type=int, default=5)
    parser.add_argument("--out", help="write the records here (JSON)")
    parser.add_argument("--read", help="classify the records of an earlier run instead of running")
    parser.add_argument("--types", default="PROTEST,COOPERATE,AID")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss and false positive")
    args = parser.parse_args()
    if args.read:
        with open(args.read, encoding="utf-8") as handle:
            records = json.load(handle)
    else:
        logging.basicConfig(level=logging.INFO, format="%(message)s")
        figures, records = run_folds(args.plv, args.cv)
        print(format_events_report(figures))
        if args.out:
            with open(args.out, "w", encoding="utf-8") as handle:
                json.dump({"figures": figures, "records": records}, handle, indent=1)
    if isinstance(records, dict):
        records = records["records"]
    print(report(records, args.types.split(","), args.verbose))


if __name__ == "__main__":
    main()
