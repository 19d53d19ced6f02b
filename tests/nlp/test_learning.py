"""The shared numeric helpers: softmax, the sparse design matrix, the optimiser."""
from __future__ import annotations

import numpy as np
import pytest

from dateline.nlp.learning import adam, softmax, sparse_rows, vocabulary


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
