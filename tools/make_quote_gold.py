"""Build a quotation gold file (JSON Lines, see dateline.eval.quote_gold) from hand annotations.

Why a script: typing character offsets by hand is error-prone, and copying a long content span
invites silent edits. The annotator writes each quotation as its first and last words; this finds
the span, refuses first words that occur more than once (the annotator adds words until they are
unique), and takes the first occurrence of the last words after the start.

Annotation format (UTF-8 text)::

    = FILE SPLIT                      an article: its file name under --texts, and dev or test
    speaker | speaker phrase | cue | first words | last words
    # a comment line

``speaker`` is the full name, or ``-`` for an unnamed source or a document (stored as null).

Usage: python tools/make_quote_gold.py ANNOTATIONS --texts DIR --out FILE.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _span(text: str, first: str, last: str, where: str) -> tuple[int, int]:
    count = text.count(first)
    if count != 1:
        raise SystemExit(f"{where}: first words {first!r} occur {count} times; add words")
    start = text.index(first)
    end = text.find(last, start)
    if end < 0:
        raise SystemExit(f"{where}: last words {last!r} not found after {first!r}")
    return start, end + len(last)


def build(annotations: Path, texts: Path) -> list[dict]:
    articles: list[dict] = []
    for number, raw in enumerate(annotations.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{annotations}:{number}"
        if line.startswith("="):
            name, split = line[1:].split()
            text = (texts / name).read_text(encoding="utf-8")
            articles.append({"id": "pn-" + name.removesuffix(".txt"), "line": None, "url": None,
                             "title": text.split("\n", 1)[0].strip(), "split": split,
                             "source": f"PolNeAR train/text/{name}", "text": text, "quotes": []})
            continue
        fields = [f.strip() for f in line.split(" | ")]
        if len(fields) != 5 or not articles:
            raise SystemExit(f"{where}: want 5 fields after an '= FILE SPLIT' line, got {len(fields)}")
        speaker, phrase, cue, first, last = fields
        text = articles[-1]["text"]
        start, end = _span(text, first, last, where)
        articles[-1]["quotes"].append({"speaker": None if speaker == "-" else speaker,
                                       "speaker_text": phrase, "cue": cue,
                                       "content": text[start:end], "content_span": [start, end]})
    for article in articles:
        article["quotes"].sort(key=lambda q: q["content_span"][0])
    return articles


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("annotations", type=Path)
    parser.add_argument("--texts", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    articles = build(args.annotations, args.texts)
    with args.out.open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    print(f"{len(articles)} articles, {sum(len(a['quotes']) for a in articles)} quotations -> {args.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
