"""Train the cue model of the statements component on PolNeAR's train split.

Every verb outside quotation marks for which the statements rules find a source and a
content is a candidate (``statements.verb_candidates``); it is a positive example when it
lies inside a cue that the first annotator marked. A logistic regression (L2, full-batch
gradient descent in numpy: no extra dependency) is fitted over the features of
``cue_model.cue_features``; features seen fewer than ``MIN_COUNT`` times are dropped, so
the weights file holds common lemmas and parse labels only, never article text.

Usage::

    python -m dateline.eval.train_statements ../shared/data/polnear/train \\
        [--out src/dateline/resources/statements/cue_weights.tsv] [--docbin cache.spacy]

Tune on train only (``--holdout`` keeps the last articles out and reports the component's
figures on them for each threshold); report on dev with ``dateline.eval.statements``.
"""
from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Optional

import numpy as np

from ..model import Article
from .polnear import GoldArticle, read_split

log = logging.getLogger(__name__)

MIN_COUNT = 3
L2 = 1.0
EPOCHS = 300
LEARNING_RATE = 0.5
# Chosen on a hold-out of PolNeAR train (the last 140 articles, model fitted on the
# first 700; see --holdout): loose content F1 0.766 at 0.5 with veto 0.2, against 0.765 at
# 0.4 and 0.758 at 0.6, and the higher precision of the two best (0.845 vs 0.830).
THRESHOLD = 0.5
VETO = 0.2
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "resources" / "statements" / "cue_weights.tsv"


def parse_docs(articles: list[GoldArticle], docbin: Optional[str] = None) -> list:
    """spaCy Docs of the articles, read from (or saved to) a DocBin cache when given."""
    from spacy.tokens import DocBin

    from ..nlp.pipeline import load_nlp

    nlp = load_nlp()
    if docbin and Path(docbin).exists():
        docs = list(DocBin().from_disk(docbin).get_docs(nlp.vocab))
        if len(docs) == len(articles):
            return docs
    docs = list(nlp.pipe([a.text for a in articles], batch_size=32))
    if docbin:
        cache = DocBin()
        for doc in docs:
            cache.add(doc)
        cache.to_disk(docbin)
    return docs


def _in_gold_cue(start: int, end: int, cues: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in cues)


def candidate_examples(articles: list[GoldArticle], docs: list) -> tuple[list[list[str]], list[int]]:
    """Features and labels of every verb candidate of the articles."""
    from ..nlp.statements.cue_model import cue_features
    from ..nlp.statements.attribution import verb_candidates

    rows, labels = [], []
    for article, doc in zip(articles, docs):
        cues = [fragment for a in article.attributions for fragment in a.cue]
        for verb, cand, in_lexicon in verb_candidates(doc, article.text):
            rows.append(cue_features(verb, cand.source_head, cand.via, cand.kind, in_lexicon))
            labels.append(int(_in_gold_cue(verb.idx, verb.idx + len(verb.text), cues)))
    return rows, labels


def fit(rows: list[list[str]], labels: list[int], min_count: int = MIN_COUNT, l2: float = L2,
        epochs: int = EPOCHS, learning_rate: float = LEARNING_RATE) -> dict[str, float]:
    """Fit a logistic regression over sparse binary features.

    Args:
        rows: the feature names of each example.
        labels: 1 for a cue, 0 otherwise.

    Returns:
        Feature name to weight (features seen fewer than ``min_count`` times left out).
    """
    counts: dict[str, int] = {}
    for row in rows:
        for name in set(row):
            counts[name] = counts.get(name, 0) + 1
    vocabulary = {name: i for i, name in enumerate(sorted(n for n, c in counts.items() if c >= min_count))}
    indices, row_of = [], []
    for r, row in enumerate(rows):
        for name in set(row):
            if name in vocabulary:
                indices.append(vocabulary[name])
                row_of.append(r)
    indices_arr, rows_arr = np.array(indices), np.array(row_of)
    y = np.array(labels, dtype=float)
    weights = np.zeros(len(vocabulary))
    squared = np.zeros(len(vocabulary))  # Adagrad's running sum, so rare features still move
    n = len(rows)
    for _ in range(epochs):
        scores = np.bincount(rows_arr, weights=weights[indices_arr], minlength=n)
        error = 1.0 / (1.0 + np.exp(-scores)) - y
        gradient = np.bincount(indices_arr, weights=error[rows_arr], minlength=len(vocabulary)) / n
        gradient += l2 * weights / n
        squared += gradient ** 2
        weights -= learning_rate * gradient / (np.sqrt(squared) + 1e-8)
    return {name: float(weights[i]) for name, i in vocabulary.items() if abs(weights[i]) > 1e-4}


def write_weights(weights: dict[str, float], out: Path, threshold: float = THRESHOLD, veto: float = VETO) -> None:
    """Write the weights file that ``cue_model.load_cue_model`` reads."""
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = ["#about\tcue model of dateline's statements component, trained on PolNeAR train "
             "(Newell, Margolin & Ruths 2018) by dateline.eval.train_statements",
             f"#threshold\t{threshold}", f"#veto\t{veto}"]
    lines += [f"{name}\t{weight:.5f}" for name, weight in sorted(weights.items())]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def holdout_report(articles: list[GoldArticle], docs: list, weights: dict[str, float],
                   thresholds: list[float], vetoes: list[float]) -> list[str]:
    """The component's figures on held-out articles for each threshold and veto."""
    from ..nlp.pipeline import analyze_doc, components
    from ..nlp.statements.attribution import find_statements, make_cue_gate
    from ..nlp.statements.cue_model import CueModel
    from .statements import score_articles

    lines = []
    for veto in vetoes:
        for threshold in thresholds:
            gate = make_cue_gate(CueModel(weights=weights, threshold=threshold, veto=veto))
            step = lambda doc, analysis: find_statements(doc, analysis, gate=gate)  # noqa: E731
            analyses = [analyze_doc(doc, Article(text=a.text), [*components(until="actors"), step])
                        for a, doc in zip(articles, docs)]
            figures = score_articles(articles, analyses)
            loose, strict = figures["content_loose"], figures["content_strict"]
            lines.append(f"veto {veto:.2f} threshold {threshold:.2f}: loose P {loose['precision']:.3f} "
                         f"R {loose['recall']:.3f} F1 {loose['f1']:.3f}; strict F1 {strict['f1']:.3f}; "
                         f"speaker {figures['speaker_span_accuracy']:.3f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the statements cue model on PolNeAR train.")
    parser.add_argument("polnear_dir", help="the PolNeAR train folder, e.g. ../shared/data/polnear/train")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="where to write the weights")
    parser.add_argument("--docbin", default=None, help="cache the parsed articles in this DocBin file")
    parser.add_argument("--holdout", type=int, default=0,
                        help="fit on all but the last N articles and report thresholds on those N (writes nothing)")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--veto", type=float, default=VETO)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    articles = list(read_split(args.polnear_dir))
    docs = parse_docs(articles, args.docbin)
    if args.holdout:
        fit_articles, fit_docs = articles[:-args.holdout], docs[:-args.holdout]
        rows, labels = candidate_examples(fit_articles, fit_docs)
        weights = fit(rows, labels)
        print(f"{len(rows)} candidates, {sum(labels)} cues, {len(weights)} weights")
        for line in holdout_report(articles[-args.holdout:], docs[-args.holdout:], weights,
                                   [0.3, 0.4, 0.5, 0.6, 0.7], [0.0, 0.1, 0.2]):
            print(line)
        return 0
    rows, labels = candidate_examples(articles, docs)
    weights = fit(rows, labels)
    write_weights(weights, Path(args.out), args.threshold, args.veto)
    print(f"{len(rows)} candidates, {sum(labels)} cues: {len(weights)} weights written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
