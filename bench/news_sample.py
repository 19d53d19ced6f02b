"""Stored main events of real news articles (a folder of ``.txt`` files), for judging them by hand.

Issue 15's calibration learned from PLV sentences, which coders chose because they report an
event; real news mostly does not. This draws the main events ``dateline analyze`` stores for plain
text articles (the same ingest, parse and stages), at every confidence from ``--min-confidence``
up, so a calibration for news can be fitted on judged rows and a fresh sample can check it:

    python bench/news_sample.py ../shared/data/polnear/train/text --articles 90 --seed 15 \\
        --sheet /tmp/sheet.tsv > tests/data/events/news_judged.tsv

stdout gets the rows to commit: the article's file name and character offsets only (sentence,
trigger, actor), never the text, which is the publishers' (PolNeAR's articles are not ours to
copy); ``--sheet`` writes the same rows with the sentence and party names, for the judge to read.
Events whose status is not asserted are left out (the default listings hide them). Parsed docs
are cached under ``$DATELINE_CACHE`` as in ``event_sample.py``.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_sample import _docs  # noqa: E402  (bench is not a package)

from dateline.ingest import iter_articles  # noqa: E402
from dateline.model import Article  # noqa: E402
from dateline.nlp.pipeline import analyze_doc, load_nlp  # noqa: E402

COLUMNS = ("n", "article", "sentence_start", "sentence_end", "trigger_start", "trigger_end", "type",
           "actor_start", "actor_end", "confidence", "right", "note")
# At most this many events of one article, so a long article does not fill the sample alone.
PER_ARTICLE = 4


def news_events(paths: list[Path], min_confidence: float) -> list[dict]:
    """Every stored asserted main event at ``min_confidence`` or above in the given articles."""
    articles = [a for p in paths for a in iter_articles([str(p)]) if isinstance(a, Article)]
    rows = []
    for path, article, doc in zip(paths, articles, _docs(load_nlp(), articles)):
        analysis = analyze_doc(doc, article)
        names = {e.id: e.name for e in analysis.entities}
        text = analysis.text
        for event in analysis.events:
            if not event.main or event.confidence < min_confidence or event.status != "asserted":
                continue
            actor = event.actor_span or ("", "")
            rows.append({"article": path.name, "sentence_start": event.sentence_span[0],
                         "sentence_end": event.sentence_span[1], "trigger_start": event.trigger_span[0],
                         "trigger_end": event.trigger_span[1], "type": event.type, "actor_start": actor[0],
                         "actor_end": actor[1], "confidence": event.confidence,
                         "actor": names.get(event.actor or "", ""), "recipient": names.get(event.recipient or "", ""),
                         "trigger": text[event.trigger_span[0]:event.trigger_span[1]],
                         "sentence": " ".join(text[event.sentence_span[0]:event.sentence_span[1]].split())})
    return rows


def draw(rows: list[dict], sample: int, seed: int) -> list[dict]:
    """At most ``PER_ARTICLE`` events of each article, then ``sample`` of those at random."""
    rng = random.Random(seed)
    by_article: dict[str, list[dict]] = {}
    for row in rows:
        by_article.setdefault(row["article"], []).append(row)
    kept = []
    for article in sorted(by_article):
        events = by_article[article]
        rng.shuffle(events)
        kept += events[:PER_ARTICLE]
    rng.shuffle(kept)
    return kept[:sample]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="a folder of .txt articles")
    parser.add_argument("--articles", type=int, default=90, help="how many articles to draw at random")
    parser.add_argument("--sample", type=int, default=1000, help="at most this many events")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--min-confidence", type=float, default=0.2)
    parser.add_argument("--sheet", type=Path, help="also write the rows with their text here, for judging")
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="a judged file whose articles are not drawn again (repeatable)")
    args = parser.parse_args()
    skip = {line.split("\t")[1] for f in args.exclude for line in f.read_text(encoding="utf-8").splitlines()[1:]
            if line.strip()}
    paths = sorted(p for p in args.folder.glob("*.txt") if p.name not in skip)
    random.Random(args.seed).shuffle(paths)
    paths = sorted(paths[:args.articles])
    found = news_events(paths, args.min_confidence)
    rows = sorted(draw(found, args.sample, args.seed), key=lambda r: (r["article"], r["sentence_start"]))
    print(f"# {len(found)} main events at confidence >= {args.min_confidence} in {len(paths)} articles; "
          f"{len(rows)} drawn", file=sys.stderr)
    print("\t".join(COLUMNS))
    for n, row in enumerate(rows, 1):
        row["n"] = n
        print("\t".join(str(row.get(c, "")) for c in COLUMNS))
    if args.sheet:
        extra = ("actor", "recipient", "trigger", "sentence")
        lines = ["\t".join(COLUMNS + extra)] + ["\t".join(str(r.get(c, "")) for c in COLUMNS + extra) for r in rows]
        args.sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
