"""What each dateline component adds to the bare spaCy pass, and the process's peak memory.

Parses the corpus once with ``nlp.pipe`` (timed: the floor), then runs dateline's components
over the parsed docs in pipeline order, timing each one. Prints each component's time as a
share of the spaCy pass, median of N runs.

    python bench/components.py                     # PolNeAR dev texts
    python bench/components.py DIR --runs 3
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

from dateline.model import Analysis, Article
from dateline.nlp.pipeline import BATCH_SIZE, load_nlp, parser_text, stages

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"


def time_components(nlp, texts: list[str]) -> tuple[float, dict[str, float]]:
    """Seconds for the spaCy pass, and seconds per component over the same docs."""
    started = time.perf_counter()
    docs = list(nlp.pipe((parser_text(text) for text in texts), batch_size=BATCH_SIZE))  # as the pipeline parses
    spacy_seconds = time.perf_counter() - started
    in_order = stages()
    per_step = {stage.name: 0.0 for stage in in_order}
    for doc, text in zip(docs, texts):
        analysis = Analysis(article=Article(text=text))
        for stage in in_order:
            started = time.perf_counter()
            analysis = stage.run(doc, analysis)
            per_step[stage.name] += time.perf_counter() - started
    return spacy_seconds, per_step


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help="folder of .txt articles")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    files = sorted(Path(args.corpus).rglob("*.txt"))
    if not files:
        sys.exit(f"no .txt articles in {args.corpus} (the shared data may be absent; pass a folder)")
    texts = [p.read_text(encoding="utf-8") for p in files]
    nlp = load_nlp()
    time_components(nlp, texts[:2])  # warm up: resources load once per process, not per article
    runs = [time_components(nlp, texts) for _ in range(args.runs)]
    spacy_seconds = statistics.median(r[0] for r in runs)
    print(f"corpus: {args.corpus} ({len(texts)} articles), median of {args.runs} runs")
    print(f"spaCy pass        {spacy_seconds:6.2f} s")
    total = 0.0
    for name in runs[0][1]:
        seconds = statistics.median(r[1][name] for r in runs)
        total += seconds
        print(f"  {name:<14} {seconds:6.2f} s  +{100 * seconds / spacy_seconds:4.1f}% of the spaCy pass")
    print(f"  all components {total:6.2f} s  +{100 * total / spacy_seconds:4.1f}%")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process (model, resources, {len(texts)} parsed docs held): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
