"""The shared numeric helpers: softmax, the sparse design matrix, the optimiser."""
from __future__ import annotations

import numpy as np
import pytest

from dateline.nlp.learning import (
    adam,
    column_sums,
    known_columns,
    listed_sums,
    softmax,
    sparse_rows,
    sums_exact_in_any_order,
    vocabulary,
)


def test_softmax_normalises_each_row_and_keeps_empty_input_empty():
    probs = softmax(np.array([[1.0, 1.0], [1000.0, 0.0]]))
    assert probs[0].tolist() == [0.5, 0.5]
    assert probs[1].tolist() == pytest.approx([1.0, 0.0])
    assert softmax(np.array([])).size == 0


def test_vocabulary_is_sorted_whatever_the_order_of_the_examples():
    first = vocabulary([["b", "a"], ["c", "a"]])
    second = vocabulary([["a", "c"], ["a", "b"]])
    assert first == second == {"a": 0, "b": 1, "c": 2}


def test_sparse_rows_list_each_examples_features_once_in_ascending_order():
    rows, cols = sparse_rows([["c", "a", "a"], ["zzz", "b"]], {"a": 0, "b": 1, "c": 2})
    assert rows.tolist() == [0, 0, 1] and cols.tolist() == [0, 2, 1]


def test_adam_minimises_a_quadratic_in_place():
    target = np.array([3.0, -2.0])
    start = np.zeros(2)
    (found,) = adam(lambda params: [2 * (params[0] - target)], [start], epochs=500, learning_rate=0.1)
    assert found is start
    assert found.tolist() == pytest.approx(target.tolist(), abs=1e-2)


def test_column_sums_match_one_take_and_sum_per_list_to_the_last_bit():
    rng = np.random.default_rng(7)
    # magnitudes from 1e-9 to 10, as a trained model's: sums whose order shows in the last bits
    weights = rng.normal(size=(2, 50)) * 10.0 ** rng.uniform(-9, 1, size=(2, 50))
    lists = [[3, 9, 17, 40, 41, 42, 43, 44, 45, 49], [0], [5, 6], list(range(20))]
    expected = np.array([weights.take(np.array(c, dtype=np.intp), axis=1).sum(axis=1) for c in lists]).T
    assert np.array_equal(column_sums(weights, lists), expected)
    # a list without a column sums to 0, wherever it stands
    with_empty = column_sums(weights, [[1, 2], [], [4]])
    assert with_empty[:, 1].tolist() == [0.0, 0.0]
    assert np.array_equal(with_empty[:, 2], weights[:, 4])


def test_known_columns_are_each_known_feature_once_in_ascending_order():
    assert known_columns({"a": 4, "b": 0, "c": 2}, ["a", "zzz", "c", "a", "b"]) == [0, 2, 4]
    assert known_columns({"a": 1}, ["x", "y"]) == []


def test_listed_sums_are_column_sums_to_the_last_bit_where_sums_are_exact():
    rng = np.random.default_rng(7)
    weights = rng.normal(size=(2, 400)).astype(np.float32).astype(np.float64)  # float32 values, as models ship
    lists = [sorted(rng.choice(400, size=size, replace=False).tolist()) for size in range(0, 36)]
    assert sums_exact_in_any_order(weights, 40)
    assert np.array_equal(np.array(listed_sums(weights.tolist(), lists)), column_sums(weights, lists))


def test_sums_of_float64_values_or_of_far_apart_sizes_are_not_taken_as_exact():
    assert not sums_exact_in_any_order(np.array([0.1, 0.2]), 2)  # not float32 values
    assert not sums_exact_in_any_order(np.array([1000.0, 2.0 ** -40]), 2)
    assert sums_exact_in_any_order(np.array([1000.0, 2.0 ** -20]), 2)
