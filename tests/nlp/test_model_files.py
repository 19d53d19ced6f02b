"""Model files: what they record, a pipeline that does not match, and damaged or missing files."""
from __future__ import annotations

import logging

import numpy as np
import pytest

from dateline.errors import ResourceMissing
from dateline.nlp.events import party_model, types
from dateline.nlp.events.party_model import PartyModel
from dateline.nlp.events.types import EventTypeModel
from dateline.nlp.model_files import (
    MODEL_DIR_ENV,
    describe,
    feature_summary,
    file_sha256,
    folder_sha256,
    read_npz,
    shipped_path,
    write_npz,
)
from dateline.nlp.pipeline import pipeline_label
from dateline.nlp.statements.cue_model import CueModel, format_weights, load_cue_model

OTHER_PIPELINE = "en_core_web_lg 2.0.0"


def _about(pipeline: str | None = None) -> dict:
    about = describe("events", "tests", "dateline train events", {"plover/PLV_train.tsv": "0" * 64},
                     {"l2": 0.1}, feature_summary(["L=say", "C:dobj=talk"]))
    if pipeline:
        about["pipeline"] = pipeline
    return about


def _type_model(about: dict) -> EventTypeModel:
    return EventTypeModel(labels=["ACCUSE", "NONE"], features={"L=accuse": 0, "L=say": 1},
                          weights=np.array([[2.0, -1.0], [0.0, 1.0]], dtype=np.float32),
                          bias=np.zeros(2, dtype=np.float32), about=about)


def test_describe_names_the_pipeline_in_use_and_the_feature_templates():
    about = _about()
    assert about["pipeline"] == pipeline_label()
    assert about["features"] == {"count": 2, "templates": ["C", "L"]}
    assert about["retrain"] == "dateline train events"


def test_type_model_records_its_training_and_reads_it_back(tmp_path):
    path = tmp_path / "model.npz"
    _type_model(_about()).save(path)
    loaded = EventTypeModel.load(path)
    assert loaded.about == _about()
    assert loaded.labels == ["ACCUSE", "NONE"] and loaded.features == {"L=accuse": 0, "L=say": 1}
    assert loaded.scores([["L=accuse"]])[0].argmax() == 0


def test_saving_twice_gives_the_same_bytes(tmp_path):
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    _type_model(_about()).save(first)
    _type_model(_about()).save(second)
    assert first.read_bytes() == second.read_bytes()


def test_party_model_records_its_training_and_reads_it_back(tmp_path):
    path = tmp_path / "parties.npz"
    PartyModel({"P=<nsubj": 0}, np.array([1.5]), np.array([-0.5]), _about()).save(path)
    loaded = PartyModel.load(path)
    assert loaded.about == _about() and loaded.features == {"P=<nsubj": 0}
    assert loaded.actor.tolist() == [1.5]


def test_weights_file_records_its_training_in_header_lines(tmp_path):
    path = tmp_path / "cue_weights.tsv"
    about = {**_about(), "settings": {"threshold": 0.4, "veto": 0.1}}
    path.write_text(format_weights(CueModel({"bias": -1.0}, 0.4, 0.1, about)), encoding="utf-8")
    assert path.read_text(encoding="utf-8").startswith("#format\t")
    assert load_cue_model(str(path)).about == about


def test_a_model_of_another_pipeline_warns_naming_both_and_the_fix(tmp_path, caplog):
    path = tmp_path / "cue_weights.tsv"
    path.write_text(format_weights(CueModel({"bias": -1.0}, about=_about(OTHER_PIPELINE))), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="dateline.nlp.model_files"):
        load_cue_model(str(path))
    (record,) = caplog.records
    assert OTHER_PIPELINE in record.getMessage() and pipeline_label() in record.getMessage()
    assert "dateline train statements" in record.getMessage()


@pytest.fixture()
def fresh_load():
    """Clear a model loader's cache now and after the test, so neither sees the other's model."""
    cleared = []

    def clear(loader):
        loader.cache_clear()
        cleared.append(loader)

    yield clear
    for loader in cleared:
        loader.cache_clear()


def test_model_dir_replaces_the_shipped_model_and_its_pipeline_is_checked(tmp_path, monkeypatch, caplog, fresh_load):
    _type_model(_about(OTHER_PIPELINE)).save(tmp_path / types.MODEL_FILE)
    monkeypatch.setenv(MODEL_DIR_ENV, str(tmp_path))
    fresh_load(types.load_model)
    with caplog.at_level(logging.WARNING, logger="dateline.nlp.model_files"):
        model = types.load_model()
    assert model.labels == ["ACCUSE", "NONE"]
    assert any(OTHER_PIPELINE in r.getMessage() and "dateline train events" in r.getMessage() for r in caplog.records)


def test_shipped_models_match_the_pipeline_in_use(caplog):
    with caplog.at_level(logging.WARNING, logger="dateline.nlp.model_files"):
        for path in (shipped_path("events", "model.npz"), shipped_path("events", "parties.npz")):
            assert read_npz(path, (), "")[1]["pipeline"] == pipeline_label()
        assert load_cue_model(str(shipped_path("statements", "cue_weights.tsv"))).about["pipeline"] == pipeline_label()
    assert not caplog.records


@pytest.mark.parametrize("content", [b"not a zip file", b"PK\x03\x04" + b"\x00" * 40])
def test_a_damaged_npz_is_one_error_naming_the_file(tmp_path, monkeypatch, content, fresh_load):
    (tmp_path / party_model.MODEL_FILE).write_bytes(content)
    monkeypatch.setenv(MODEL_DIR_ENV, str(tmp_path))
    fresh_load(party_model.load_party_model)
    with pytest.raises(ResourceMissing, match=r"parties\.npz.*dateline train parties"):
        party_model.load_party_model()


def test_a_bare_array_file_is_one_error(tmp_path):
    np.save(tmp_path / "array.npy", np.zeros(3))
    (tmp_path / "array.npy").rename(tmp_path / "model.npz")
    with pytest.raises(ResourceMissing, match="not an npz archive"):
        EventTypeModel.load(tmp_path / "model.npz")


def test_a_truncated_shipped_model_is_one_error(tmp_path):
    path = tmp_path / "model.npz"
    path.write_bytes(shipped_path("events", "model.npz").read_bytes()[:5000])
    with pytest.raises(ResourceMissing, match="model.npz"):
        EventTypeModel.load(path)


def test_an_npz_without_the_model_arrays_is_one_error(tmp_path):
    path = tmp_path / "model.npz"
    write_npz(path, {"weights": np.zeros((1, 1))}, {})
    with pytest.raises(ResourceMissing, match="is not a dateline model"):
        EventTypeModel.load(path)


def test_a_bad_line_in_a_weights_file_is_one_error_naming_file_and_line(tmp_path):
    path = tmp_path / "cue_weights.tsv"
    path.write_text("#model\t\"statements\"\nbias\t-1.0\nlemma=say four\n", encoding="utf-8")
    with pytest.raises(ResourceMissing, match=r"cue_weights\.tsv line 3"):
        load_cue_model(str(path))


def test_a_missing_model_file_is_one_error_naming_it():
    with pytest.raises(ResourceMissing, match=r"/nonexistent/cue_weights\.tsv not found.*dateline train statements"):
        load_cue_model("/nonexistent/cue_weights.tsv")


def test_folder_digest_is_the_digest_of_its_sha256sum_listing(tmp_path):
    import hashlib

    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "b.ann").write_text("two", encoding="utf-8")
    listing = (f"{file_sha256(tmp_path / 'b.ann')}  b.ann\n"
               f"{file_sha256(tmp_path / 'text' / 'a.txt')}  text/a.txt\n")
    assert folder_sha256(tmp_path) == hashlib.sha256(listing.encode()).hexdigest()
