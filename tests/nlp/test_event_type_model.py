"""The event-type model's label counts, and the main type's lean towards rare types."""
from __future__ import annotations

import numpy as np

from dateline.nlp.events import types as event_types
from dateline.nlp.events.type_model import EventTypeModel, train_model


def _toy_model() -> EventTypeModel:
    instances = [["SL=strike"], ["SL=strike"], ["SL=strike"], ["SL=talk"], ["SL=talk"], ["SL=bomb"]]
    labels = ["PROTEST", "PROTEST", "PROTEST", "CONSULT", "CONSULT", "NONE"]
    return train_model(instances, labels, l2=1e-3, epochs=100)


def test_counts_are_trained_saved_and_loaded(tmp_path):
    model = _toy_model()
    assert model.labels == ["CONSULT", "NONE", "PROTEST"]
    assert model.counts is not None and model.counts.tolist() == [2.0, 1.0, 3.0]
    path = tmp_path / "model.npz"
    EventTypeModel(model.labels, model.features, model.weights, model.bias, sentence=_toy_model(),
                   counts=model.counts).save(path)
    loaded = EventTypeModel.load(path)
    assert loaded.counts is not None and loaded.counts.tolist() == [2.0, 1.0, 3.0]
    assert loaded.sentence is not None and loaded.sentence.counts is not None


def test_lean_to_rare_keeps_none_and_the_event_mass():
    model = _toy_model()
    probs = np.array([0.3, 0.2, 0.5])  # CONSULT, NONE, PROTEST
    leaned = event_types.lean_to_rare(probs, model, power=0.4)
    assert leaned[1] == probs[1] and np.isclose(leaned.sum(), 1.0)
    # CONSULT (2 of 5 training events) gains on PROTEST (3 of 5).
    assert leaned[0] / leaned[2] > probs[0] / probs[2]
    assert np.allclose(event_types.lean_to_rare(probs, model, power=0.0), probs)


def test_a_model_without_counts_does_not_lean():
    model = _toy_model()
    model.counts = None  # a model file written before the counts were kept
    probs = np.array([0.3, 0.2, 0.5])
    assert np.allclose(event_types.lean_to_rare(probs, model, power=0.4), probs)



def test_no_lean_where_the_sentence_more_likely_reports_nothing():
    model = _toy_model()
    probs = np.array([0.2, 0.6, 0.2])  # NONE the likelier
    assert np.allclose(event_types.lean_to_rare(probs, model, power=0.4), probs)
