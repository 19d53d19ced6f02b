"""Judged news events: the files, the no-event sentences they give the trainers, and their scoring."""
from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval.news import Scored, read_judged

EVENTS_DATA = Path(__file__).resolve().parents[1] / "data" / "events"
TRAIN = EVENTS_DATA / "news_judged.tsv"
# Every judged file of PolNeAR train articles (each judges articles the others do not); the first
# TRAINED of them give the trainers their no-event sentences.
TRAIN_FILES = [TRAIN, EVENTS_DATA / "news_judged_2.tsv", EVENTS_DATA / "news_judged_3.tsv"]
TRAINED = 2
DEV = EVENTS_DATA / "news_judged_dev.tsv"
# Issue 15: what a user sees by default is right at least this often.
TARGET = 0.8


@pytest.mark.parametrize("path", [*TRAIN_FILES, DEV])
def test_judged_files_keep_offsets_not_text(path):
    header = path.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert "sentence" not in header and "trigger" not in header  # the publishers' text stays out
    rows = read_judged(path)
    assert len(rows) >= 100
    assert all(row.article.endswith(".txt") and row.trigger_start >= 0 for row in rows)
    assert 0 < sum(row.right for row in rows) < len(rows)


def test_train_and_dev_articles_are_apart():
    seen: set[str] = {r.article for r in read_judged(DEV)}
    for path in TRAIN_FILES:
        articles = {r.article for r in read_judged(path)}
        assert not articles & seen, path.name
        seen |= articles


def test_every_judged_train_file_gives_no_event_sentences(shared_data):
    from dateline.train.nonevents import NEWS_JUDGED_FILES, NEWS_TEXTS, read_all_news_nonevents

    if not (shared_data / NEWS_TEXTS).is_dir():
        pytest.skip(f"{shared_data / NEWS_TEXTS} not found (see ../shared/data/README.md)")
    assert list(NEWS_JUDGED_FILES) == TRAIN_FILES[:TRAINED]
    # (one main event per sentence, so one judged row per sentence)
    noted = {(r.article, r.trigger_start) for path in TRAIN_FILES[:TRAINED] for r in read_judged(path)
             if r.note == "no event"}
    assert len(read_all_news_nonevents(shared_data)) == len(noted)


def test_precision_counts_only_what_is_shown():
    scored = Scored(confidences=[0.9, 0.6, 0.4], right=[True, False, True], articles=2,
                    all_confidences=[0.9, 0.6, 0.4, 0.1])
    assert scored.precision(0.5) == (1, 2)
    assert scored.shown_per_article(0.5) == 1.0


def test_news_no_event_sentences_are_read_at_their_offsets(shared_data):
    from dateline.train.nonevents import NEWS_TEXTS, read_news_nonevents

    if not (shared_data / NEWS_TEXTS).is_dir():
        pytest.skip(f"{shared_data / NEWS_TEXTS} not found (see ../shared/data/README.md)")
    found = read_news_nonevents(shared_data)
    noted = {(r.article, r.trigger_start) for r in read_judged(TRAIN) if r.note == "no event"}
    assert 0 < len(found) <= len(noted)
    assert all(n.news and not n.held_back for n in found)
    # Cut at the stored sentence's offsets: it starts at a word, and most start with a capital or a quote.
    assert all(n.text.strip() and n.text == n.text.lstrip() for n in found)
    assert sum(n.text[:1].isupper() or not n.text[:1].isalpha() for n in found) >= 0.9 * len(found)


@pytest.fixture(scope="module")
def dev_scored(shared_data):
    from dateline.eval.news import score_judged

    folder = shared_data / "polnear" / "dev" / "text"
    if not folder.is_dir():
        pytest.skip(f"{folder} not found (see ../shared/data/README.md)")
    return score_judged(read_judged(DEV), folder)


@pytest.mark.slow
def test_dev_judgements_still_apply(dev_scored):
    # Most judged events must still be stored as judged, or the file needs judging again.
    assert dev_scored.unmatched <= len(read_judged(DEV)) // 5
    assert dev_scored.shown_per_article(0.0) > 1


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="issue 15: on PolNeAR dev news the default shows events right "
                   "less than half the time (bench/news_precision.py); the event coder, not the threshold, "
                   "falls short")
def test_default_shown_precision_on_fresh_news(dev_scored):
    from dateline.store.shown import DEFAULT_MIN_CONFIDENCE

    right, shown = dev_scored.precision(DEFAULT_MIN_CONFIDENCE)
    assert shown >= 20 and right / shown >= TARGET
