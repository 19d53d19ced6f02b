"""Train the actor/recipient chooser (:mod:`~dateline.nlp.events.party_model`) on PLV_train and the PLOVER GSR.

For each sentence, the trigger that governs both marked parties (:func:`predicate_trigger`, else
the gold trigger of :mod:`.events`) and, with a lower weight, every other candidate the type
model gives the sentence's gold type, make one group each: every party the earlier components
find in the sentence, with its features and whether it overlaps the marked source (the actor)
or target (the recipient). The type model is trained afresh on the same sentences first, as
``dateline train events`` trains it, so this model does not depend on the shipped ``model.npz``.

    dateline train parties [--data ../shared/data] [--out parties.npz] [--check]
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from ..eval.plover import PloverSentence
from ..model import Analysis, Article
from ..nlp.events.arguments import standing_for
from ..nlp.events.party_model import (
    RETRAIN,
    PartyModel,
    pair_features,
    party_candidates,
    train_party_model,
)
from ..nlp.events.types import candidates
from ..nlp.model_files import describe, feature_summary, file_sha256, model_path
from ..nlp.statements.cue_model import WEIGHTS_FILE
from . import events
from .data import Progress, digests, no_progress

log = logging.getLogger(__name__)

MODEL = "parties"
DATA = events.DATA
# Tuned by 5-fold cross-validation on PLV_train (actor and recipient both overlapping); see eval/events.py.
L2 = 3e-4
EPOCHS = 150
LEARNING_RATE = 0.1
# Loss weight of a group for a trigger other than the marked event's own: it teaches the model the
# parties of events a sentence reports beside its main one.
OTHER_TRIGGERS = 0.3


def settings() -> dict:
    """The trainer's hyper-parameters (and those of the type model it trains first)."""
    return {"l2": L2, "epochs": EPOCHS, "learning_rate": LEARNING_RATE, "optimiser": "adam",
            "other_triggers": OTHER_TRIGGERS, "type_model": events.settings()}


def analyse_sentence(doc, text: str) -> Analysis:
    """The record dateline's components before events give a sentence (dates, actors, statements).

    Places are left out: they add no entities, so no parties, and need the gazetteer.
    """
    from ..nlp.pipeline import analyze_doc, components

    return analyze_doc(doc, Article(text=text), components(until="statements"))


def _overlaps(span: tuple[int, int] | None, gold: tuple[int, int] | None) -> bool:
    return span is not None and gold is not None and min(span[1], gold[1]) > max(span[0], gold[0])


def predicate_trigger(doc, item: PloverSentence):
    """The candidate word that governs both marked parties: the nearest candidate at or above the
    lowest common ancestor of the source's and the target's head words ("<s>X</s> refused to lift
    sanctions on <t>Y</t>" -> "refused"), or None."""
    if not item.source_span or not item.target_span:
        return None
    source, target = events.root_token(doc, item.source_span), events.root_token(doc, item.target_span)
    if source is None or target is None:
        return None
    above_target = {t.i for t in [target, *target.ancestors]}
    node = next((t for t in [source, *source.ancestors] if t.i in above_target), None)
    cands = {t.i for t in candidates(doc[:])}
    steps = 0
    while node is not None and steps < events.MAX_STEPS:
        if node.i in cands:
            return node
        if standing_for(node) is not None:  # a light verb: its event object is the trigger
            return standing_for(node)
        if node.head.i == node.i:
            return None
        node, steps = node.head, steps + 1
    return None


def _typed_triggers(doc, item: PloverSentence, type_model) -> set[int]:
    """The candidates to which the type model gives the sentence's gold type most belief."""
    from ..nlp.events.coding import score_candidates

    tokens, beliefs, labels = score_candidates(doc[:], type_model)
    return {token.i for token, row in zip(tokens, beliefs) if labels[int(row.argmax())] == item.root}


def party_groups(docs: Sequence, items: Sequence[PloverSentence], analyses: Sequence[Analysis],
                 type_model) -> tuple[list, list[float]]:
    """Training groups: for each sentence's main trigger (weight 1) and each other candidate of its
    gold type (weight ``OTHER_TRIGGERS``), every candidate party's features and whether it overlaps
    the marked source / target.

    Returns:
        ``(groups, weights)`` for :func:`~dateline.nlp.events.party_model.train_party_model`.
    """
    from ..nlp.events.parsed_parties import parse_parties

    groups, weights = [], []
    for doc, item, analysis in zip(docs, items, analyses):
        trigger = predicate_trigger(doc, item) or events.gold_trigger(doc, item)
        parties = party_candidates(doc[:], analysis)
        if trigger is None or not parties:
            continue
        typed = _typed_triggers(doc, item, type_model)
        triggers = [(trigger, 1.0)] + [(t, OTHER_TRIGGERS) for t in candidates(doc[:])
                                       if t.i != trigger.i and t.i in typed]
        actor_gold = [_overlaps(c.span, item.source_span) for c in parties]
        recipient_gold = [_overlaps(c.span, item.target_span) for c in parties]
        for token, weight in triggers:
            _, (_, actor_span), (_, recipient_span) = parse_parties(token, item.root, analysis)
            features = [pair_features(token, c, rank, item.root, actor_span, recipient_span)
                        for rank, c in enumerate(parties)]
            groups.append((features, actor_gold, recipient_gold))
            weights.append(weight)
    return groups, weights


def fit(docs: Sequence, items: Sequence[PloverSentence], analyses: Sequence[Analysis], type_model) -> PartyModel:
    """Train the party model on parsed, analysed sentences, with ``type_model`` picking the other triggers."""
    groups, weights = party_groups(docs, items, analyses, type_model)
    return train_party_model(groups, l2=L2, epochs=EPOCHS, learning_rate=LEARNING_RATE, group_weights=weights)


def train(data_dir: Path, out: Path, progress: Progress = no_progress) -> str:
    """Train the party model on the PLOVER data in ``data_dir`` and write it to ``out``.

    Returns:
        A one-line summary of what it learned from.

    Raises:
        ResourceMissing: the training data is not in ``data_dir``.
    """
    items = events.read_sentences(data_dir)
    docs = events.parse_sentences(items, progress)
    analyses = [analyse_sentence(doc, item.text) for doc, item in zip(docs, items)]
    model = fit(docs, items, analyses, events.fit(docs, items, events.nonevent_docs(data_dir, progress)))
    # The statements stage finds speakers that become parties: record which cue model it used.
    cue_model = model_path("statements", WEIGHTS_FILE)
    model.about = describe(MODEL, __name__, RETRAIN, digests(data_dir, DATA), settings(),
                           feature_summary(model.features), uses={f"statements/{WEIGHTS_FILE}": file_sha256(cue_model)})
    model.save(Path(out))
    return f"{len(items)} sentences: {len(model.features)} features"
