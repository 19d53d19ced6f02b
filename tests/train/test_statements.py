"""Training the statements cue model: the fit, the weights file, the candidates of real text."""
from __future__ import annotations

from dateline.eval.polnear import GoldArticle, parse_ann
from dateline.nlp.statements.cue_model import CueModel, format_weights, load_cue_model
from dateline.train.statements import candidate_examples, fit

TEXT = "Smith said the vote was rigged. The mayor claimed that the town had flooded."
ANN = "\n".join([
    "T1\tSource 0 5\tSmith",
    "T2\tCue 6 10\tsaid",
    "T3\tContent 11 30\tthe vote was rigged",
    "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
])


def test_fit_separates_a_feature_that_predicts_the_label():
    rows = [["bias", "lemma=say"]] * 20 + [["bias", "lemma=build"]] * 20
    labels = [1] * 20 + [0] * 20
    weights = fit(rows, labels, min_count=3)
    assert weights["lemma=say"] > 0 > weights["lemma=build"]


def test_features_seen_too_rarely_are_dropped():
    rows = [["bias", "lemma=say"]] * 10 + [["bias", "rare"]]
    weights = fit(rows, [1] * 10 + [0], min_count=3)
    assert "rare" not in weights


def test_fit_does_not_depend_on_the_order_of_features_within_an_example():
    rows = [["bias", "lemma=say", "via=ccomp"]] * 5 + [["via=ccomp", "bias", "lemma=build"]] * 5
    shuffled = [list(reversed(row)) for row in rows]
    assert fit(rows, [1] * 5 + [0] * 5, min_count=1) == fit(shuffled, [1] * 5 + [0] * 5, min_count=1)


def test_written_weights_load_as_a_model(tmp_path):
    out = tmp_path / "weights.tsv"
    about = {"model": "statements", "settings": {"threshold": 0.4, "veto": 0.1}}
    out.write_text(format_weights(CueModel({"bias": -2.0, "lemma=say": 4.0}, 0.4, 0.1, about)), encoding="utf-8")
    model = load_cue_model(str(out))
    assert model.threshold == 0.4 and model.veto == 0.1
    assert model.about == about
    assert model.accepts(["bias", "lemma=say"], in_lexicon=False)


def test_candidates_are_labelled_by_the_gold_cues(nlp):
    article = GoldArticle(name="t", text=TEXT, annotator="x", attributions=parse_ann(ANN))
    rows, labels = candidate_examples([article], [nlp(TEXT)])
    by_lemma = {next(f for f in row if f.startswith("lemma=")): label for row, label in zip(rows, labels)}
    assert by_lemma["lemma=say"] == 1
    assert by_lemma["lemma=claim"] == 0  # a candidate the gold does not annotate
