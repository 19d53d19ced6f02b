"""The main events a user sees by default in the bundled corpus, for judging them by hand (issue 15).

Runs the pipeline ``dateline analyze`` runs over ``examples/wikinews.jsonl`` (the same stages on
the same parse) and writes one row per stored main event at the default minimum confidence
(``store.queries.DEFAULT_MIN_CONFIDENCE``) that the text asserts (what ``dateline events`` lists by
default), or a random sample of them:

    python bench/event_sample.py                                  # every such event, to stdout
    python bench/event_sample.py --sample 100 --seed 16 --exclude tests/data/events/sample_judged.tsv

``--exclude`` leaves out the articles of an earlier sample, so a fresh sample judges other text.
Parsed docs are cached under ``$DATELINE_CACHE`` (keyed by the texts and the spaCy model), so
reruns after a change to dateline's own components skip the spaCy pass.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
from pathlib import Path

from dateline.ingest import iter_articles
from dateline.model import Article
from dateline.nlp.pipeline import analyze_doc, load_nlp, parser_text
from dateline.store.queries import DEFAULT_MIN_CONFIDENCE

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "wikinews.jsonl"
COLUMNS = ("n", "article", "type", "confidence", "actor", "recipient", "trigger", "right", "note", "sentence")


def _docs(nlp, articles: list[Article]) -> list:
    """Parsed docs of the articles, from the cache when the texts and model are unchanged."""
    from spacy.tokens import DocBin

    key = hashlib.sha256("\0".join(a.text for a in articles).encode()
                         + nlp.meta["name"].encode() + nlp.meta["version"].encode()).hexdigest()[:16]
    cache = Path(os.environ.get("DATELINE_CACHE", "/tmp")) / f"event_sample-{key}.spacy"
    if cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe(parser_text(a.text) for a in articles))
    DocBin(store_user_data=True, docs=docs).to_disk(cache)
    return docs


def main_events(min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[dict]:
    """Every stored main event at ``min_confidence`` or above, with its article's line number."""
    articles = [a for a in iter_articles([str(CORPUS)]) if isinstance(a, Article)]
    nlp = load_nlp()
    rows = []
    for article, doc in zip(articles, _docs(nlp, articles)):
        line = int(article.origin.rsplit(":", 1)[1]) - 1  # 0-based, as nonevents.tsv counts
        analysis = analyze_doc(doc, article)
        names = {e.id: e.name for e in analysis.entities}
        for event in analysis.events:
            if not event.main or event.confidence < min_confidence or event.status != "asserted":
                continue
            text = analysis.text
            rows.append({"article": line, "type": event.type, "confidence": event.confidence,
                         "actor": names.get(event.actor or "", ""), "recipient": names.get(event.recipient or "", ""),
                         "trigger": text[event.trigger_span[0]:event.trigger_span[1]],
                         "sentence": " ".join(text[event.sentence_span[0]:event.sentence_span[1]].split())})
    return rows


def _articles_in(path: str) -> set[int]:
    lines = [line.split("\t") for line in Path(path).read_text(encoding="utf-8").splitlines()
             if line and not line.startswith(("#", "n\t"))]
    return {int(cells[1]) for cells in lines}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, help="draw this many at random (default: all)")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--exclude", action="append", default=[], help="a judged sample whose articles to leave out")
    args = parser.parse_args()
    rows = everything = main_events()
    print(f"# {len(rows)} main events at confidence >= {DEFAULT_MIN_CONFIDENCE}", file=sys.stderr)
    excluded = set().union(*(_articles_in(path) for path in args.exclude)) if args.exclude else set()
    if args.sample:
        fresh = [r for r in rows if r["article"] not in excluded]
        random.Random(args.seed).shuffle(fresh)
        rows = fresh[:args.sample]
        if len(rows) < args.sample:  # too few in fresh articles: fill from the others, also at random
            rest = [r for r in everything if r["article"] in excluded]
            random.Random(args.seed).shuffle(rest)
            rows += rest[:args.sample - len(rows)]
    print("\t".join(COLUMNS))
    for n, row in enumerate(rows, 1):
        print("\t".join(str(v) for v in (n, row["article"], row["type"], row["confidence"], row["actor"],
                                         row["recipient"], row["trigger"], "", "", row["sentence"])))


if __name__ == "__main__":
    main()
