"""Fitting the party model's two scorers (:class:`.party_model.PartyModel`): the listwise log loss
of each role, one softmax over a sentence's candidates, minimised by full-batch Adam.

:mod:`.party_model` describes and scores (trigger, party) pairs; this module only fits the weights
(``dateline train parties``, :mod:`dateline.train.parties`).
"""
from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from ..learning import adam, sparse_rows, vocabulary

# Prefix of features that describe a party's place in the sentence, not its link to the trigger
# (the path from the sentence's root, its rank). They help find PLV's marked target, usually a
# party of the sentence's main event, but would pull every event's actor to the main clause's
# subject ("police arrested X, and the EU imposed sanctions"): the actor scorer ignores them.
SENTENCE_LEVEL = "S_"


def fit_party_weights(groups: Sequence[tuple[Sequence[Sequence[str]], Sequence[bool], Sequence[bool]]],
                      l2: float = 1e-3, epochs: int = 150, learning_rate: float = 0.1,
                      group_weights: Optional[Sequence[float]] = None) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """Fit both scorers by full-batch Adam on the listwise log loss.

    Args:
        groups: one ``(features, actor_gold, recipient_gold)`` per sentence: each candidate's
            feature list and whether it is (one of) the right actor / recipient. A group with no
            right candidate for a role teaches nothing about that role.
        l2: L2 penalty (averaged loss).
        epochs: gradient steps.
        learning_rate: Adam step size.
        group_weights: optional loss weight of each group (default 1).

    Returns:
        The feature columns, and the actor and recipient weights of a
        :class:`~.party_model.PartyModel`.
    """
    feature_lists = [feats for feature_group, _, _ in groups for feats in feature_group]
    columns = vocabulary(feature_lists)
    rows, cols = sparse_rows(feature_lists, columns)
    group = np.array([g for g, (feature_group, _, _) in enumerate(groups) for _ in feature_group], dtype=np.int64)
    n_groups = len(groups)
    group_w = np.ones(n_groups) if group_weights is None else np.asarray(group_weights, dtype=np.float64)
    weights = {}
    for role, gold_of in (("actor", 1), ("recipient", 2)):
        target = np.array([is_gold for g in groups for is_gold in g[gold_of]], dtype=np.float64)
        has_gold = np.bincount(group, weights=target, minlength=n_groups) > 0
        active = has_gold[group]
        usable = np.ones(len(columns))
        if role == "actor":
            usable[[i for f, i in columns.items() if f.startswith(SENTENCE_LEVEL)]] = 0.0
        weights[role] = _fit_listwise(rows, cols, group, n_groups, target, active * group_w[group], usable,
                                      l2, epochs, learning_rate)
    return columns, weights["actor"], weights["recipient"]


def _fit_listwise(rows, cols, group, n_groups, target, active, usable, l2, epochs, learning_rate) -> np.ndarray:
    """Weights maximising log P(some right candidate) per group (softmax within each group);
    ``active`` is each candidate's group weight (0: the group teaches nothing for this role),
    ``usable`` 1 for each feature the scorer may weigh, 0 for one it must ignore."""
    per_group = np.zeros(n_groups)
    per_group[group] = active
    n_active = max(float(per_group.sum()), 1.0)

    def gradient(params: list[np.ndarray]) -> list[np.ndarray]:
        (w,) = params
        logits = np.zeros(len(group))
        np.add.at(logits, rows, w[cols])
        top = np.full(n_groups, -np.inf)
        np.maximum.at(top, group, logits)
        exp = np.exp(logits - top[group])
        total = np.bincount(group, weights=exp, minlength=n_groups)
        probs = exp / total[group]
        right = np.bincount(group, weights=exp * target, minlength=n_groups)
        posterior = np.where(target > 0, exp / np.maximum(right[group], 1e-300), 0.0)
        grad_logits = active * (probs - posterior) / n_active
        grad = np.zeros_like(w)
        np.add.at(grad, cols, grad_logits[rows])
        return [(grad + l2 * w) * usable]

    (w,) = adam(gradient, [np.zeros(len(usable))], epochs, learning_rate)
    return w
