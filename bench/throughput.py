"""Throughput of ``dateline analyze`` against a bare spaCy pass over the same articles.

Both are timed from process start (model loading included), median of N runs, and the
ratio dateline / spaCy is printed: 1.00 would mean dateline's own components cost nothing.
Also times ``--workers 2`` against ``--workers 1``.

    python bench/throughput.py                       # PolNeAR dev texts (84 articles)
    python bench/throughput.py DIR --runs 3 --workers 1 2
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"

# The floor: the same spaCy pipeline, same batch size, over the same files, doing nothing else.
BARE_SPACY = """
import sys
from pathlib import Path
from dateline.nlp.pipeline import BATCH_SIZE, load_nlp
nlp = load_nlp()
texts = [Path(p).read_text(encoding="utf-8") for p in sys.argv[1:]]
for doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
    pass
"""


def timed(cmd: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode not in (0, 2):  # 2: some items rejected, the rest analysed
        sys.exit(f"{' '.join(cmd[:4])} … failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return time.perf_counter() - started


def median_time(cmd: list[str], runs: int) -> float:
    return statistics.median(timed(cmd) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help="folder of .txt articles")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2], help="worker counts to time")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    files = sorted(corpus.rglob("*.txt"))
    if not files:
        sys.exit(f"no .txt articles in {corpus} (the shared data may be absent; pass a folder)")
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in files)
    print(f"corpus: {corpus} ({len(files)} articles, {words} words), median of {args.runs} runs, from process start")

    paths = [str(p) for p in files]
    bare = median_time([sys.executable, "-c", BARE_SPACY, *paths], args.runs)
    print(f"bare spaCy pass        {bare:6.2f} s  {len(files) / bare:6.1f} articles/s  {words / bare:8.0f} words/s")
    times = {}
    for workers in args.workers:
        cmd = [sys.executable, "-m", "dateline", "analyze", *paths, "--format", "jsonl", "--workers", str(workers)]
        times[workers] = median_time(cmd, args.runs)
        t = times[workers]
        print(f"dateline --workers {workers}    {t:6.2f} s  {len(files) / t:6.1f} articles/s  {words / t:8.0f} words/s"
              f"  ratio to spaCy {t / bare:.2f}")
    if 1 in times and 2 in times:
        print(f"speed-up --workers 2 over 1: {times[1] / times[2]:.2f}x")


if __name__ == "__main__":
    main()
