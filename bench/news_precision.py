"""How often the events a user sees in real news are right: judged news events, as stored now.

    python bench/news_precision.py tests/data/events/news_judged_dev.tsv ../shared/data/polnear/dev/text

Runs the pipeline over each judged article (:mod:`dateline.eval.news`) and prints the judged
precision at the default minimum confidence and in confidence bands, how many main events are
shown per 100 articles, and the expected calibration error of the stored confidence against the
judgements. Rows whose event is no longer stored as judged are counted, not scored.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from dateline.eval.news import read_judged, score_judged
from dateline.nlp.events.calibration import expected_calibration_error
from dateline.store.shown import DEFAULT_MIN_CONFIDENCE

BANDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("judged", type=Path)
    parser.add_argument("folder", type=Path, help="the folder of the judged .txt articles")
    args = parser.parse_args()
    scored = score_judged(read_judged(args.judged), args.folder)
    right, shown = scored.precision(DEFAULT_MIN_CONFIDENCE)
    print(f"{len(scored.right)} judged events matched, {scored.unmatched} no longer stored as judged; "
          f"{scored.articles} articles")
    print(f"at the default {DEFAULT_MIN_CONFIDENCE}: {right}/{shown} right"
          + (f" ({right / shown:.2f})" if shown else ""))
    for low, high in zip(BANDS, BANDS[1:]):
        band = [r for c, r in zip(scored.confidences, scored.right) if low <= c < high]
        print(f"  {low:.1f}-{min(high, 1):.1f}: {sum(band)}/{len(band)}")
    print("shown per 100 articles: " + ", ".join(
        f"{t}: {100 * scored.shown_per_article(t):.0f}" for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)))
    print(f"calibration error (ECE, 10 bins) of the stored confidence: "
          f"{expected_calibration_error(scored.confidences, scored.right):.3f}")


if __name__ == "__main__":
    main()
