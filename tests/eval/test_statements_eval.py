"""The PolNeAR reader and the statements scorer."""
from __future__ import annotations

import pytest

from dateline.errors import ResourceMissing
from dateline.eval.polnear import GoldArticle, extent, parse_ann, read_split
from dateline.eval.statements import LOOSE, STRICT, evaluate_statements, format_statements_report, match_contents, score_articles
from dateline.model import Analysis, Article, Statement

# A brat file written for this test, in PolNeAR's layout (text: the sentence below).
TEXT = "“We will win,” Smith said. “Easily.” Jones claims the race is close."
ANN = "\n".join([
    "T1\tContent 0 14;27 36\t“We will win,” “Easily.”",
    "T2\tCue 21 25\tsaid",
    "T3\tSource 15 20\tSmith",
    "T4\tAttribution 21 25\tsaid",
    "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
    "T5\tSource 37 42\tJones",
    "T6\tCue 43 49\tclaims",
    "T7\tContent 50 67\tthe race is close",
    "T8\tAttribution 43 49\tclaims",
    "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
    "T9\tDiscard 0 2\tWe",
])


def test_parse_ann_reads_discontinuous_spans_and_links():
    first, second = parse_ann(ANN)
    assert first.content == ((0, 14), (27, 36))
    assert extent(first.content) == (0, 36)
    assert TEXT[slice(*extent(first.source))] == "Smith"
    assert TEXT[slice(*extent(second.cue))] == "claims"
    assert TEXT[slice(*extent(second.content))] == "the race is close"


def test_match_contents_uses_coverage_thresholds():
    gold = [((0, 100),)]
    assert match_contents([(0, 50)], gold, LOOSE) == [(0, 0)]
    assert match_contents([(0, 50)], gold, STRICT) == []
    assert match_contents([(0, 20)], gold, LOOSE) == []
    # one prediction can match one gold content only
    assert len(match_contents([(0, 100)], [((0, 50),), ((50, 100),)], LOOSE)) == 1


def _statement(sid, content, source, cue):
    return Statement(id=sid, speaker=None, speaker_name=None, speaker_text=TEXT[slice(*source)],
                     speaker_span=source, cue=TEXT[slice(*cue)], cue_span=cue,
                     content=TEXT[slice(*content)], content_span=content, kind="direct", sentence_span=content)


def test_score_articles_counts_matches_and_exact_spans():
    gold = GoldArticle(name="t", text=TEXT, annotator="x", attributions=parse_ann(ANN))
    analysis = Analysis(article=Article(text=TEXT), statements=[
        _statement("S1", (1, 35), (15, 20), (21, 25)),   # the split quote, words only
        _statement("S2", (50, 60), (37, 42), (43, 49)),  # half of the indirect content
    ])
    figures = score_articles([gold], [analysis])
    assert figures["content_loose"]["tp"] == 2
    assert figures["content_strict"]["tp"] == 1
    assert figures["exact_content"]["tp"] == 1  # quote marks and commas do not count against a span
    assert figures["exact_source"]["f1"] == 1.0
    assert figures["speaker_span_accuracy"] == 1.0
    assert "CofeNet" in format_statements_report(dict(figures, seconds=0, split="test"))


def test_read_split_rejects_a_folder_that_is_not_polnear(tmp_path):
    with pytest.raises(ResourceMissing, match="not a PolNeAR split"):
        list(read_split(tmp_path))


def test_read_split_takes_the_first_annotator(shared_data):
    articles = list(read_split(shared_data / "polnear" / "dev", limit=84))
    assert len(articles) == 84
    flynn = [a for a in articles if a.name.startswith("politico_2016-09-08_flynn")]
    assert flynn and flynn[0].annotator == "4b22"
    assert all(a.attributions for a in articles[:10])


@pytest.mark.slow
def test_evaluate_statements_on_a_few_dev_articles(shared_data):
    figures = evaluate_statements(str(shared_data / "polnear" / "dev"), limit=3)
    assert figures["articles"] == 3
    for key in ("content_loose", "content_strict", "exact_content", "exact_source", "exact_cue"):
        assert 0.0 <= figures[key]["f1"] <= 1.0
    assert figures["content_loose"]["tp"] >= figures["content_strict"]["tp"] > 0


def test_match_contents_pairs_the_outer_attribution_too():
    # gold 0: an outer report holding gold 1, a nested attribution. Prediction 0 covers both
    # (the nested one fully), prediction 1 only the nested one: greedy gives prediction 0 the
    # nested gold and leaves the outer unmatched; the optimal pairing matches both.
    gold = [((0, 100),), ((60, 100),)]
    predicted = [(10, 100), (70, 100)]
    assert sorted(match_contents(predicted, gold, LOOSE)) == [(0, 0), (1, 1)]
    assert len(match_contents(predicted, gold, LOOSE, greedy=True)) == 1


def test_match_contents_prefers_coverage_among_equal_counts():
    gold = [((0, 100),)]
    assert match_contents([(0, 40), (0, 90)], gold, LOOSE) == [(1, 0)]
