"""List the matched statements of a PolNeAR split whose stored speaker span misses the gold source.

``dateline eval statements --polnear`` prints speaker-span accuracy over loose matches; this lists
the misses (stored speaker text, gold source text, the content's start) so that they can be sorted
into classes. Statements come from the pipeline as the eval runs it (the stored output), paired with
the eval's own loose matching.

    python bench/speaker_misses.py ../shared/data/polnear/train [--limit N]
"""
from __future__ import annotations

import argparse

from dateline.eval.polnear import extent, read_split
from dateline.eval.statements import LOOSE, _normalise, analyse_texts, match_contents


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("split", help="a PolNeAR split folder")
    parser.add_argument("--limit", type=int, default=None, help="the first N articles only")
    args = parser.parse_args()
    gold_articles = list(read_split(args.split, limit=args.limit))
    pairs = misses = 0
    for gold, analysis in zip(gold_articles, analyse_texts([g.text for g in gold_articles])):
        text, preds = gold.text, analysis.statements
        for pi, gi in match_contents([s.content_span for s in preds], [a.content for a in gold.attributions], LOOSE):
            pairs += 1
            got = _normalise(text, preds[pi].speaker_span)
            wanted = _normalise(text, extent(gold.attributions[gi].source))
            if (got is None and wanted is None) or (got and wanted and _overlaps(got, wanted)):
                continue
            misses += 1
            shown = text[wanted[0]:wanted[1]] if wanted else None
            print(f"{gold.name}: stored {preds[pi].speaker_text!r} ({preds[pi].speaker_name!r}), gold {shown!r} "
                  f"| {preds[pi].content[:60]!r}")
    print(f"{misses} of {pairs} matched statements miss the gold source span")


if __name__ == "__main__":
    main()
