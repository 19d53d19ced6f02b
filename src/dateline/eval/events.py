"""Score the events ``dateline analyze`` stores on PLV_train (Hu et al. 2024), by K-fold cross-validation.

One path: each held-out sentence is analysed by the pipeline itself (``analyze_doc`` with every
stage of ``components()``), with the events stage using models trained on the other folds
(``train.calibration.fold_models``: type model, party model, and the calibration fitted on the
other folds' held-out events). What is scored is what would be stored: per sentence, the event
marked ``main`` (none stored counts as NONE).

- type: the main event's type against ``gold_root``: accuracy, macro precision, recall and F1
  over the roots present (PLV has no RETREAT; a RETREAT counts as YIELD);
- roles: the share of sentences whose main event's ``actor_span`` overlaps the marked source,
  ``recipient_span`` the marked target, and both;
- calibration: expected calibration error (10 bins) of the main events' confidence against
  "right" (type and actor), and precision and coverage at the default minimum confidence;
- no-event sentences (``tests/data/events/nonevents.tsv``): the share of those held back from
  training that get a stored event at the default minimum confidence.

    dateline eval events --plv ../shared/data/plover/PLV_train.tsv --cv 5
"""
from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Optional

from ..nlp.events.calibration import ECE_BINS, expected_calibration_error, fit_calibrator, load_calibrator
from ..train.calibration import (
    calibration_rows,
    choose_min_confidence,
    fold_models,
    held_out_fold,
    is_right,
    main_event,
    read_corpus,
)
from ..train.nonevents import NEWS_TEXTS, all_nonevents, read_nonevents
from .plover import default_gsr_path, read_gsr, read_plv

log = logging.getLogger(__name__)

# Used when no calibration ships (its file records the one it chose).
FALLBACK_MIN_CONFIDENCE = 0.5


def default_min_confidence() -> float:
    """The shipped calibration's default minimum confidence."""
    calibrator = load_calibrator()
    return float(calibrator.about.get("min_confidence", FALLBACK_MIN_CONFIDENCE)) if calibrator else FALLBACK_MIN_CONFIDENCE


def _nonevents(plv_path: str | Path) -> list:
    """The no-event sentences the shipped models train on: the judged news ones too when the gold-data
    folder holding the PLV file has PolNeAR's articles (as ``dateline train`` requires)."""
    data_dir = Path(plv_path).resolve().parent.parent
    if (data_dir / NEWS_TEXTS).is_dir():
        return all_nonevents(data_dir)
    log.warning("no %s beside %s: training without the judged news sentences, unlike the shipped models",
                NEWS_TEXTS, plv_path)
    return read_nonevents()


def macro_scores(gold: list[str], predicted: list[str]) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 of each gold label."""
    per_label = {}
    for label in sorted(set(gold)):
        tp = sum(g == label and p == label for g, p in zip(gold, predicted))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = {"precision": precision, "recall": recall, "f1": f1}
    return per_label


def macro_f1(gold: list[str], predicted: list[str]) -> tuple[float, dict[str, float]]:
    """Macro-averaged F1 over the gold labels, and the F1 of each."""
    per_label = {label: s["f1"] for label, s in macro_scores(gold, predicted).items()}
    return (sum(per_label.values()) / len(per_label) if per_label else 0.0), per_label


def _overlaps(span, gold) -> bool:
    return span is not None and gold is not None and min(span[1], gold[1]) > max(span[0], gold[0])


def evaluate_events(plv_path: str, cv: int = 5, gsr_path: str | Path | None = "auto", use_nonevents: bool = True,
                    limit: Optional[int] = None) -> dict:
    """Cross-validate the stored events on a PLV file (see the module docstring).

    Args:
        plv_path: path to ``PLV_train.tsv``.
        cv: number of folds (at least 2).
        gsr_path: PLOVER GSR records added to every fold's training data (never scored);
            ``"auto"``: ``PLOVER_GSR_dev.json`` beside the PLV file if present; None: none.
        use_nonevents: train and score with the hand-labelled no-event sentences.
        limit: use only the first ``limit`` PLV sentences (quick checks while developing).

    Returns:
        A dict of figures (``macro_f1``, ``macro_precision``, ``macro_recall``, ``actor_match``,
        ``recipient_match``, ``both_match``, ``ece``, ``min_confidence``, …).
    """
    if cv < 2:
        raise ValueError(f"--cv must be at least 2, got {cv}")
    items = read_plv(plv_path)[:limit]
    if gsr_path == "auto":
        gsr_path = default_gsr_path(plv_path)
    extra = read_gsr(gsr_path) if gsr_path else []
    nonevents = _nonevents(plv_path) if use_nonevents else []
    corpus = read_corpus(items, extra, nonevents)
    models = []
    raw = []
    for fold in range(cv):
        models.append(fold_models(corpus, fold, cv))
        raw.append(held_out_fold(corpus, fold, cv, models[fold]))
        log.info("fold %d/%d: models trained, held-out evidence recorded", fold + 1, cv)
    # Calibrate each fold on the others' held-out events, then analyse it again with that calibration.
    runs = []
    for fold in range(cv):
        rows, right = calibration_rows(corpus, [r for k in range(cv) if k != fold for r in raw[k]])
        runs += held_out_fold(corpus, fold, cv, models[fold], fit_calibrator(rows, right))
        log.info("fold %d/%d: analysed with its calibration", fold + 1, cv)
    return score_runs(corpus, runs, cv)


def score_runs(corpus, runs, cv: int) -> dict:
    """The figures of :func:`evaluate_events` from the stored analyses of every held-out sentence."""
    gold, predicted, confidences, right = [], [], [], []
    actor_hits = recipient_hits = both_hits = 0
    none_runs = [r for r in runs if r.kind != "plv"]
    plv_runs = sorted((r for r in runs if r.kind == "plv"), key=lambda r: r.index)
    for run in plv_runs:
        item = corpus.items[run.index]
        event = main_event(run.analysis)
        gold.append(item.root)
        predicted.append(("YIELD" if event.type == "RETREAT" else event.type) if event else "NONE")
        if event is not None:
            confidences.append(event.confidence)
            right.append(is_right(event, item))
            actor_ok = _overlaps(event.actor_span, item.source_span)
            recipient_ok = _overlaps(event.recipient_span, item.target_span)
            actor_hits += actor_ok
            recipient_hits += recipient_ok
            both_hits += actor_ok and recipient_ok
    for run in none_runs:
        event = main_event(run.analysis) or max(run.analysis.events, key=lambda e: e.confidence, default=None)
        if event is not None and run.kind == "nonevent":
            confidences.append(event.confidence)
            right.append(False)
    threshold = choose_min_confidence(confidences, right)
    n = len(plv_runs)
    scores = macro_scores(gold, predicted)
    shown = [(c, r) for c, r in zip(confidences, right) if c >= threshold]
    plv_shown = [(e.confidence, is_right(e, corpus.items[r.index])) for r in plv_runs
                 if (e := main_event(r.analysis)) is not None and e.confidence >= threshold]
    held_back = [r for r in none_runs if r.kind == "held_back"]
    held_back_hit = sum(any(e.confidence >= threshold for e in r.analysis.events) for r in held_back)
    return {
        "sentences": n, "folds": cv, "extra_training": len(corpus.extra),
        "nonevents": len(corpus.nonevents), "held_back_nonevents": len(held_back),
        "accuracy": sum(g == p for g, p in zip(gold, predicted)) / n if n else 0.0,
        "macro_f1": sum(s["f1"] for s in scores.values()) / len(scores) if scores else 0.0,
        "macro_precision": sum(s["precision"] for s in scores.values()) / len(scores) if scores else 0.0,
        "macro_recall": sum(s["recall"] for s in scores.values()) / len(scores) if scores else 0.0,
        "per_type": scores, "roots": sorted(set(gold)),
        "no_main_event": predicted.count("NONE") / n if n else 0.0,
        "actor_match": actor_hits / n if n else 0.0,
        "recipient_match": recipient_hits / n if n else 0.0,
        "both_match": both_hits / n if n else 0.0,
        "ece": expected_calibration_error(confidences, right, ECE_BINS),
        "min_confidence": threshold,
        "precision_at_min": sum(r for _, r in shown) / len(shown) if shown else 0.0,
        "plv_shown": len(plv_shown) / n if n else 0.0,
        "plv_precision_at_min": sum(r for _, r in plv_shown) / len(plv_shown) if plv_shown else 0.0,
        "held_back_with_event": held_back_hit / len(held_back) if held_back else 0.0,
    }


def format_events_report(figures: dict) -> str:
    """A plain-text report of :func:`evaluate_events` figures."""
    lines = [
        f"Stored events on PLV, {figures['folds']}-fold cross-validation over {figures['sentences']} sentences"
        f" (+{figures.get('extra_training', 0)} GSR sentences in every training fold,"
        f" {figures.get('nonevents', 0)} no-event sentences of which {figures.get('held_back_nonevents', 0)} held back)",
        "  main event per sentence, as stored by the pipeline:",
        f"  type accuracy          {figures['accuracy']:.3f}   (no main event stored: {figures['no_main_event']:.3f})",
        f"  type macro-F1          {figures['macro_f1']:.3f}   P {figures['macro_precision']:.3f}"
        f"  R {figures['macro_recall']:.3f}"
        f"  (over {len(figures['roots'])} roots; target >= 0.80)",
        f"  actor overlaps <s>     {figures['actor_match']:.3f}   (target >= 0.72)",
        f"  recipient overlaps <t> {figures['recipient_match']:.3f}   (target >= 0.72)",
        f"  both overlap           {figures['both_match']:.3f}",
        f"  calibration error      {figures['ece']:.3f}   (10 bins, main events, right = type and actor; target <= 0.05)",
        f"  min confidence {figures['min_confidence']:.2f}: precision {figures['precision_at_min']:.3f} of what is shown;"
        f" PLV sentences shown {figures['plv_shown']:.3f} with precision {figures['plv_precision_at_min']:.3f}",
        f"  held-back no-event sentences with a stored event at it: {figures['held_back_with_event']:.3f} (target <= 0.05)",
        "  per type:            P      R      F1",
    ]
    for label, s in sorted(figures["per_type"].items()):
        lines.append(f"    {label:<10}     {s['precision']:.3f}  {s['recall']:.3f}  {s['f1']:.3f}")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description="Cross-validate the events dateline stores on a PLV file.")
    parser.add_argument("--plv", required=True, help="path to PLV_train.tsv")
    parser.add_argument("--cv", type=int, default=5, help="number of folds (default 5)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N PLV sentences (quick checks)")
    parser.add_argument("--gsr", default="auto",
                        help="PLOVER_GSR_dev.json added to training ('auto': beside --plv; 'none': no extra data)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    gsr = None if args.gsr == "none" else args.gsr
    print(format_events_report(evaluate_events(args.plv, args.cv, gsr, limit=args.limit)))


if __name__ == "__main__":
    main()
