"""The numeric helpers every dateline model shares: softmax, sparse features, one optimiser.

dateline's models (the cue model of statements, the event-type model, the party chooser) are
linear models over sparse string features, fitted by full-batch gradient descent in numpy, so
no machine-learning dependency is needed. They share what makes a fit reproducible:

- ``vocabulary`` numbers features in sorted order, never in the order a set happens to iterate
  (which depends on Python's hash seed);
- ``sparse_rows`` lists each instance's feature indices in ascending order, so every sum over an
  instance's weights adds in the same order on every run;
- ``adam`` is the one optimiser (Kingma & Ba 2015), deterministic given its inputs.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import cast

import numpy as np

# Adam's moment decay rates and its guard against division by zero: the paper's defaults, which
# every dateline model is trained with.
BETA1 = 0.9
BETA2 = 0.999
EPSILON = 1e-8


def softmax(logits: np.ndarray, axis: int = -1) -> np.ndarray:
    """Probabilities from scores along ``axis`` (an empty array stays empty).

    >>> softmax(np.array([0.0, 0.0])).tolist()
    [0.5, 0.5]
    """
    if logits.size == 0:
        return logits
    # The ufuncs' reductions, which .max() and .sum() call: the same figures without the Python
    # wrappers around them (the events stage calls this thousands of times per article batch).
    exp = np.exp(logits - np.maximum.reduce(logits, axis=axis, keepdims=True))
    return exp / np.add.reduce(exp, axis=axis, keepdims=True)


def known_columns(columns: Mapping[str, int], features: Iterable[str]) -> list[int]:
    """The columns of the features a model knows, each once, in ascending order (so that every
    sum over them adds in the same order on every run, whatever the hash seed).

    >>> known_columns({"a": 3, "b": 1}, ["a", "c", "b", "a"])
    [1, 3]
    """
    found = set(map(columns.get, features))  # one pass in C: the models score thousands of feature lists
    found.discard(None)
    return sorted(cast("set[int]", found))


def column_sums(weights: np.ndarray, index_lists: Sequence[list[int]]) -> np.ndarray:
    """For each list of column indices, the sum of those columns of the 2-D ``weights``: one
    column of the result per list (a list that is empty sums to 0).

    All the columns are gathered by one take, and each list's share of them summed by one reduce
    (the same figures, to the last bit, as one take and sum per list: numpy's pairwise sum sees
    the same values in the same order), instead of three numpy calls per list: the party model
    scores every party of a sentence for every trigger. (One reduceat for all the lists would add
    sequentially, not pairwise: its last bits differ.)

    >>> column_sums(np.array([[1.0, 2.0, 4.0]]), [[0, 2], [1]]).tolist()
    [[5.0, 2.0]]
    """
    starts: list[int] = []
    index: list[int] = []
    for columns in index_lists:
        starts.append(len(index))
        index.extend(columns)
    taken = weights.take(np.array(index, dtype=np.intp), axis=1)
    sums = np.empty((weights.shape[0], len(starts)), dtype=weights.dtype)
    for n, (start, end) in enumerate(zip(starts, starts[1:] + [len(index)])):
        sums[:, n] = np.add.reduce(taken[:, start:end], axis=1)
    return sums


def sums_exact_in_any_order(weights: np.ndarray, terms: int) -> bool:
    """Whether every sum of up to ``terms`` entries of ``weights`` (float64 holding float32 values) is
    exact in float64, so that adding them in any order gives the same figure to the last bit.

    A float32 value has 24 significant bits: each entry is a multiple of the lowest bit of the
    smallest one, and no sum reaches the bit above the largest ``terms`` entries together; when
    the two are at most 53 bits apart (float64's precision), every partial sum is exact.

    >>> sums_exact_in_any_order(np.array([0.5, -1.25, 0.0]), 10)
    True
    >>> sums_exact_in_any_order(np.array([1.0, 1e-20]), 2)
    False
    """
    sizes = np.abs(np.asarray(weights, dtype=np.float64).ravel())
    sizes = sizes[sizes > 0]
    if not len(sizes):
        return True
    if not np.array_equal(sizes.astype(np.float32).astype(np.float64), sizes):
        return False
    lowest = int(np.frexp(sizes.min())[1]) - 24  # (frexp: size = m * 2**e with 0.5 <= m < 1)
    highest = int(np.frexp(np.sort(sizes)[::-1][:terms].sum())[1])
    return highest - lowest <= 53


def listed_sums(rows: Sequence[list[float]], index_lists: Sequence[list[int]]) -> list[list[float]]:
    """For each list of column indices, the sum of those columns of each row (Python lists of
    floats), added in Python floats: :func:`column_sums` without a numpy call per list, the same
    figures where the sums are exact (:func:`sums_exact_in_any_order`).

    >>> listed_sums([[1.0, 2.0, 4.0]], [[0, 2], [1], []])
    [[5.0, 2.0, 0.0]]
    """
    sums: list[list[float]] = []
    for row in rows:
        # (sum() adds the floats in order, as += would; 0.0 for an empty list, as column_sums gives)
        sums.append([sum([row[column] for column in columns], 0.0) for columns in index_lists])
    return sums


def sigmoid(scores: np.ndarray) -> np.ndarray:
    """The logistic function, elementwise."""
    return 1.0 / (1.0 + np.exp(-scores))


def vocabulary(instances: Iterable[Iterable[str]], min_count: int = 1) -> dict[str, int]:
    """Feature name to column, for features in at least ``min_count`` instances, in sorted order.

    >>> vocabulary([["b", "a"], ["a"]], min_count=2)
    {'a': 0}
    """
    counts: dict[str, int] = {}
    for features in instances:
        for name in set(features):
            counts[name] = counts.get(name, 0) + 1
    return {name: i for i, name in enumerate(sorted(n for n, c in counts.items() if c >= min_count))}


def sparse_rows(instances: Sequence[Iterable[str]], columns: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """The binary design matrix in coordinate form: ``(rows, cols)``, one pair per feature present.

    Features outside ``columns`` are left out; a feature repeated in an instance counts once.
    """
    rows: list[int] = []
    cols: list[int] = []
    for row, features in enumerate(instances):
        present = sorted({columns[name] for name in features if name in columns})
        rows.extend([row] * len(present))
        cols.extend(present)
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)


def adam(gradient: Callable[[list[np.ndarray]], list[np.ndarray]], params: list[np.ndarray], epochs: int,
         learning_rate: float) -> list[np.ndarray]:
    """Minimise a loss by full-batch Adam, updating ``params`` in place.

    Args:
        gradient: the loss's gradient with respect to each parameter, given the parameters.
        params: the arrays to fit (their dtype is kept).
        epochs: gradient steps.
        learning_rate: the step size.

    Returns:
        ``params``, fitted.
    """
    moments = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
    for step in range(1, epochs + 1):
        for param, grad, (mean, square) in zip(params, gradient(params), moments):
            mean *= BETA1
            mean += (1 - BETA1) * grad
            square *= BETA2
            square += (1 - BETA2) * grad * grad
            param -= learning_rate * (mean / (1 - BETA1 ** step)) / (np.sqrt(square / (1 - BETA2 ** step)) + EPSILON)
    return params
