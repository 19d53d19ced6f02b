"""The cue model: its weights file, its decision, and its features on real sentences."""
from __future__ import annotations

import pytest

from dateline.errors import ResourceMissing
from dateline.nlp.statements.cue_model import CueModel, cue_features, load_cue_model, parse_weights, subject_kind


def test_parse_weights_reads_thresholds_and_weights():
    model = parse_weights(['#model\t"statements"', '#settings\t{"threshold": 0.6, "veto": 0.1}', "bias\t-3.0",
                           "lemma=want\t5.0", ""])
    assert model.threshold == 0.6 and model.veto == 0.1
    assert model.weights == {"bias": -3.0, "lemma=want": 5.0}
    assert model.probability(["bias", "lemma=want"]) == pytest.approx(0.8808, abs=1e-3)
    assert model.accepts(["bias", "lemma=want"], in_lexicon=False)
    assert not model.accepts(["bias"], in_lexicon=False)
    assert not model.accepts(["bias", "lemma=unknown"], in_lexicon=True)  # below the veto


def test_an_empty_model_accepts_the_lexicon_alone():
    assert CueModel().accepts(["bias"], in_lexicon=True)
    assert not CueModel().accepts(["bias"], in_lexicon=False)


def test_load_cue_model_names_the_missing_file():
    with pytest.raises(ResourceMissing, match="dateline train statements"):
        load_cue_model("/nonexistent/cue_weights.tsv")


def test_packaged_model_is_loaded_with_its_thresholds():
    model = load_cue_model()
    assert model.weights, "resources/statements/cue_weights.tsv is missing"
    assert 0.0 < model.threshold < 1.0
    # features are lemmas and parse labels, never article text
    assert all(len(name) < 80 for name in model.weights)


def test_features_describe_the_verb_its_subject_and_its_content(nlp):
    doc = nlp("Senator Warren believes that the bank misled its customers.")
    verb = next(t for t in doc if t.lemma_ == "believe")
    subject = next(t for t in doc if t.text == "Warren")
    assert subject_kind(subject) == "person"
    features = cue_features(verb, subject, "ccomp", "indirect", in_lexicon=False)
    assert {"lemma=believe", "via=ccomp", "subj=person", "mark=that", "lex=False"} <= set(features)
    assert subject_kind(None) == "none"
