"""Score event coding on PLV_train (Hu et al. 2024) with K-fold cross-validation.

For each fold the event-type model is retrained on the other folds (``train.events.fit``), plus
the PLOVER GSR records when they are beside the PLV file (training only, never scored);
each held-out sentence is analysed *without* its ``<s>``/``<t>`` marks, with dateline's own
actor finding, and scored on:

- type: the sentence's main event type (``events.sentence_type``) against ``gold_root``:
  accuracy and macro-F1 over the roots present in the file (PLV has 15 of PLOVER's 16: it
  has no RETREAT, which it folds into YIELD, so a RETREAT prediction counts as YIELD);
- roles: the share of sentences whose top event's actor mention overlaps the marked source
  and whose recipient mention overlaps the marked target (also each side alone). The party
  chooser (``nlp.events.party_model``) is retrained on each fold's training sentences too
  (``train.parties.fit``).

    python -m dateline.eval.events --plv ../shared/data/plover/PLV_train.tsv --cv 5
"""
from __future__ import annotations

import argparse
import logging
import random
from pathlib import Path
from typing import Optional

from ..nlp.events.coding import main_event, sentence_events, top_event
from ..train import events as type_trainer
from ..train import parties as party_trainer
from .plover import PloverSentence, default_gsr_path, read_gsr, read_plv

log = logging.getLogger(__name__)

SEED = 0  # fold assignment is a fixed shuffle, so reruns give the same figures


def macro_f1(gold: list[str], predicted: list[str]) -> tuple[float, dict[str, float]]:
    """Macro-averaged F1 over the gold labels, and the F1 of each."""
    per_label = {}
    for label in sorted(set(gold)):
        tp = sum(g == label and p == label for g, p in zip(gold, predicted))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        per_label[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return (sum(per_label.values()) / len(per_label) if per_label else 0.0), per_label


def _overlaps(span: Optional[tuple[int, int]], gold: Optional[tuple[int, int]]) -> bool:
    return span is not None and gold is not None and min(span[1], gold[1]) > max(span[0], gold[0])


def _score_roles(doc, item: PloverSentence, analysis, model, parties, predicted_type: Optional[str]) -> tuple[bool, bool]:
    found = sentence_events(doc[:], analysis, model, min_confidence=0.0, party_model=parties)
    # The event the sentence is about: the predicted type's most salient event, else the most
    # salient overall (type confidence, party confidence, main clause; ``events.top_event``).
    top = top_event(found, predicted_type)
    if top is None:
        return False, False
    return _overlaps(top.actor_span, item.source_span), _overlaps(top.recipient_span, item.target_span)


def evaluate_events(plv_path: str, cv: int = 5, gsr_path: str | Path | None = "auto", use_parties: bool = True) -> dict:
    """Cross-validate event typing and role finding on a PLV file.

    Args:
        plv_path: path to ``PLV_train.tsv``.
        cv: number of folds (at least 2).
        gsr_path: PLOVER GSR records added to every fold's training data (never scored);
            ``"auto"``: ``PLOVER_GSR_dev.json`` beside the PLV file if present; None: none.

    Returns:
        A dict of figures: ``sentences``, ``folds``, ``accuracy``, ``macro_f1``, ``per_type_f1``,
        ``roots`` (gold roots present), ``actor_match``, ``recipient_match``, ``both_match``.
    """
    if cv < 2:
        raise ValueError(f"--cv must be at least 2, got {cv}")
    items = read_plv(plv_path)
    docs = type_trainer.parse_sentences(items)
    if gsr_path == "auto":
        gsr_path = default_gsr_path(plv_path)
    extra = read_gsr(gsr_path) if gsr_path else []
    extra_docs = type_trainer.parse_sentences(extra)
    # Entities and statements do not depend on the fold: find them once.
    analyses = [party_trainer.analyse_sentence(doc, item.text) for doc, item in zip(docs, items)]
    extra_analyses = [party_trainer.analyse_sentence(doc, item.text) for doc, item in zip(extra_docs, extra)]
    order = list(range(len(items)))
    random.Random(SEED).shuffle(order)
    gold, predicted = [], []
    actor_hits = recipient_hits = both_hits = 0
    for fold in range(cv):
        held_out = set(order[fold::cv])
        train = [i for i in order if i not in held_out]
        model = type_trainer.fit([docs[i] for i in train] + extra_docs, [items[i] for i in train] + extra)
        parties = party_trainer.fit([docs[i] for i in train] + extra_docs, [items[i] for i in train] + extra,
                                    [analyses[i] for i in train] + extra_analyses, model) if use_parties else None
        for i in sorted(held_out):
            doc, item = docs[i], items[i]
            # A PLV item is one sentence even where spaCy splits it: score the whole item.
            main = main_event(doc[:], model)[0]
            main_root = "YIELD" if main == "RETREAT" else main
            gold.append(item.root)
            predicted.append(main_root or "NONE")
            actor_ok, recipient_ok = _score_roles(doc, item, analyses[i], model, parties, main)
            actor_hits += actor_ok
            recipient_hits += recipient_ok
            both_hits += actor_ok and recipient_ok
        log.info("fold %d/%d done", fold + 1, cv)
    n = len(items)
    macro, per_type = macro_f1(gold, predicted)
    return {
        "sentences": n, "folds": cv, "extra_training": len(extra),
        "accuracy": sum(g == p for g, p in zip(gold, predicted)) / n if n else 0.0,
        "macro_f1": macro, "per_type_f1": per_type, "roots": sorted(set(gold)),
        "actor_match": actor_hits / n if n else 0.0,
        "recipient_match": recipient_hits / n if n else 0.0,
        "both_match": both_hits / n if n else 0.0,
    }


def format_events_report(figures: dict) -> str:
    """A plain-text report of :func:`evaluate_events` figures."""
    lines = [
        f"PLV event coding, {figures['folds']}-fold cross-validation over {figures['sentences']} sentences"
        f" (+{figures.get('extra_training', 0)} GSR sentences in every training fold)",
        f"  type accuracy        {figures['accuracy']:.3f}",
        f"  type macro-F1        {figures['macro_f1']:.3f}  (over {len(figures['roots'])} roots; target >= 0.75)",
        f"  actor overlaps <s>   {figures['actor_match']:.3f}",
        f"  recipient overlaps <t> {figures['recipient_match']:.3f}",
        f"  both overlap         {figures['both_match']:.3f}  (target >= 0.70)",
        "  per-type F1:",
    ]
    for label, value in sorted(figures["per_type_f1"].items()):
        lines.append(f"    {label:<10} {value:.3f}")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description="Cross-validate dateline's event coding on a PLV file.")
    parser.add_argument("--plv", required=True, help="path to PLV_train.tsv")
    parser.add_argument("--cv", type=int, default=5, help="number of folds (default 5)")
    parser.add_argument("--gsr", default="auto",
                        help="PLOVER_GSR_dev.json added to training ('auto': beside --plv; 'none': no extra data)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    gsr = None if args.gsr == "none" else args.gsr
    print(format_events_report(evaluate_events(args.plv, args.cv, gsr)))


if __name__ == "__main__":
    main()
