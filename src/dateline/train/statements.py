"""Train the cue model of the statements component on PolNeAR's train split.

Every verb outside quotation marks for which the statements rules find a source and a
content is a candidate (``attribution.verb_candidates``); it is a positive example when it
lies inside a cue that the first annotator marked. A logistic regression (L2, full-batch Adam
in numpy: no extra dependency) is fitted over the features of ``cue_model.cue_features``;
features seen fewer than ``MIN_COUNT`` times are dropped, so the weights file holds common
lemmas and parse labels only, never article text. The articles are parsed as the pipeline
parses them (``pipeline.parse_texts``), so the features are those the component will see.

    dateline train statements [--data ../shared/data] [--out cue_weights.tsv] [--check]

Settings are tuned on train only (:func:`holdout_report` fits on all but the last articles and
reports the component's figures on those); report on dev with ``dateline eval statements``.
"""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from ..eval.polnear import GoldArticle, read_split
from ..model import Article
from ..nlp.learning import adam, sigmoid, sparse_rows, vocabulary
from ..nlp.model_files import describe, feature_summary
from ..nlp.statements.cue_model import RETRAIN, CueModel, format_weights
from .data import Progress, digests, no_progress, require

log = logging.getLogger(__name__)

MODEL = "statements"
# The split it learns from, and the metadata naming each article's first annotator.
DATA = ("polnear/train", "polnear/metadata.tsv")
MIN_COUNT = 3
L2 = 1.0
EPOCHS = 300
LEARNING_RATE = 0.1
# Chosen on a hold-out of PolNeAR train (the last 140 articles, model fitted on the first
# 700; see holdout_report; Adam as below): loose content F1 0.764 at 0.5 with veto 0.2, the
# same at 0.4 and 0.758 at 0.6, and the higher precision of the two best (0.842 vs 0.828).
# Veto 0.2 against 0 / 0.1 / 0.3: 0.764 against 0.760 / 0.761 / 0.765 (no real difference).
# Adam's step size: 0.1, 0.05 and 0.02 give the same figures (0.764-0.765), as did Adagrad at 0.5.
THRESHOLD = 0.5
VETO = 0.2
# Weights this close to 0 say nothing and are left out of the file.
MIN_WEIGHT = 1e-4


def settings() -> dict:
    """The trainer's hyper-parameters, as the model file records them."""
    return {"min_count": MIN_COUNT, "l2": L2, "epochs": EPOCHS, "learning_rate": LEARNING_RATE,
            "optimiser": "adam", "threshold": THRESHOLD, "veto": VETO, "min_weight": MIN_WEIGHT}


def _in_gold_cue(start: int, end: int, cues: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in cues)


def candidate_examples(articles: list[GoldArticle], docs: list) -> tuple[list[list[str]], list[int]]:
    """Features and labels of every verb candidate of the articles."""
    from ..nlp.statements.attribution import verb_candidates
    from ..nlp.statements.cue_model import cue_features

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
    columns = vocabulary(rows, min_count)
    example, column = sparse_rows(rows, columns)
    y = np.array(labels, dtype=float)
    n = len(rows)

    def gradient(params: list[np.ndarray]) -> list[np.ndarray]:
        (weights,) = params
        error = sigmoid(np.bincount(example, weights=weights[column], minlength=n)) - y
        return [np.bincount(column, weights=error[example], minlength=len(columns)) / n + l2 * weights / n]

    (weights,) = adam(gradient, [np.zeros(len(columns))], epochs, learning_rate)
    return {name: float(weights[i]) for name, i in columns.items() if abs(weights[i]) > MIN_WEIGHT}


def parse_articles(articles: list[GoldArticle], progress: Progress = no_progress) -> list:
    """spaCy Docs of the articles, parsed as the pipeline parses them."""
    from ..nlp.pipeline import parse_texts

    return list(progress(parse_texts([a.text for a in articles]), len(articles), "parsing PolNeAR train"))


def train(data_dir: Path, out: Path, progress: Progress = no_progress) -> str:
    """Train the cue model on ``data_dir``'s PolNeAR train split and write it to ``out``.

    Returns:
        A one-line summary of what it learned from.

    Raises:
        ResourceMissing: the training data is not in ``data_dir``.
    """
    split, _ = require(data_dir, DATA, MODEL)
    articles = list(read_split(split))
    rows, labels = candidate_examples(articles, parse_articles(articles, progress))
    weights = fit(rows, labels)
    about = describe(MODEL, __name__, RETRAIN, digests(data_dir, DATA), settings(), feature_summary(weights))
    Path(out).write_text(format_weights(CueModel(weights, THRESHOLD, VETO, about)), encoding="utf-8")
    return f"{len(articles)} articles, {len(rows)} candidate cues ({sum(labels)} marked): {len(weights)} weights"


def holdout_report(articles: list[GoldArticle], docs: list, holdout: int,
                   thresholds: tuple[float, ...] = (0.3, 0.4, 0.5, 0.6, 0.7),
                   vetoes: tuple[float, ...] = (0.0, 0.1, 0.2)) -> list[str]:
    """Fit on all but the last ``holdout`` articles; the component's figures on those for each
    threshold and veto (how ``THRESHOLD`` and ``VETO`` were chosen, on train only)."""
    from ..eval.statements import score_articles
    from ..nlp.pipeline import analyze_doc, components
    from ..nlp.statements.attribution import find_statements, make_cue_gate

    rows, labels = candidate_examples(articles[:-holdout], docs[:-holdout])
    weights = fit(rows, labels)
    held_articles, held_docs = articles[-holdout:], docs[-holdout:]
    before = components(until="actors")
    lines = [(f"fitted on {len(articles) - holdout} articles: {len(rows)} candidates, {sum(labels)} cues, "
             f"{len(weights)} weights; scored on the last {holdout}")]
    for veto in vetoes:
        for threshold in thresholds:
            gate = make_cue_gate(CueModel(weights=weights, threshold=threshold, veto=veto))

            def statements(doc, analysis, gate=gate):
                return find_statements(doc, analysis, gate=gate)

            analyses = [analyze_doc(doc, Article(text=a.text), [*before, statements])
                        for a, doc in zip(held_articles, held_docs)]
            figures = score_articles(held_articles, analyses)
            loose, strict = figures["content_loose"], figures["content_strict"]
            lines.append(f"veto {veto:.2f} threshold {threshold:.2f}: loose P {loose['precision']:.3f} "
                         f"R {loose['recall']:.3f} F1 {loose['f1']:.3f}; strict F1 {strict['f1']:.3f}; "
                         f"speaker {figures['speaker_span_accuracy']:.3f}")
    return lines
