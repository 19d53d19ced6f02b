"""Precision of stored statements against a quotation gold file, quoted and unquoted apart.

Issue 11 found dateline's quoted statements right far more often than its indirect ones; this
prints both precisions so a change can be judged on the harder half. A stored statement is
``quoted`` when its content opens right after a quotation mark or holds one (“ ” or "; the
curly single marks are left out because ’ is also the apostrophe), ``unquoted`` otherwise.
Statements come from the pipeline as ``dateline eval statements --gold`` runs it (the stored
output), matched with the same loose rule (over 30% of a gold content covered, one to one).

    python bench/quote_precision.py tests/data/polnear_ggt_quotes.jsonl [--split dev|test]
"""
from __future__ import annotations

import argparse

from dateline.eval.quote_gold import read_quote_gold
from dateline.eval.statements import LOOSE, analyse_texts, match_contents

_MARKS = "“”\""


def is_quoted(text: str, span: tuple[int, int]) -> bool:
    """Whether the content at ``span`` opens after a quotation mark or holds one."""
    start, end = span
    before = text[:start].rstrip()
    return bool(before) and before[-1] in "“\"" or any(mark in text[start:end] for mark in _MARKS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("gold")
    parser.add_argument("--split", choices=("dev", "test"))
    parser.add_argument("--show", action="store_true", help="list the unmatched statements")
    args = parser.parse_args()
    articles = read_quote_gold(args.gold, args.split)
    counts = {"quoted": [0, 0], "unquoted": [0, 0]}
    for article, analysis in zip(articles, analyse_texts([a["text"] for a in articles])):
        spans = [s.content_span for s in analysis.statements]
        gold = [(tuple(q["content_span"]),) for q in article["quotes"]]
        matched = {pi for pi, _ in match_contents(spans, gold, LOOSE)}
        for pi, statement in enumerate(analysis.statements):
            kind = "quoted" if is_quoted(article["text"], statement.content_span) else "unquoted"
            counts[kind][0] += pi in matched
            counts[kind][1] += 1
            if args.show and pi not in matched:
                print(f"  {kind} extra {article['id']}: {statement.speaker_text!r} {statement.cue!r} "
                      f"{statement.content[:70]!r}")
    for kind, (right, total) in counts.items():
        share = f"{right / total:.3f}" if total else "n/a"
        print(f"{kind:9} precision {share}  ({right} of {total} stored statements match a gold quotation)")


if __name__ == "__main__":
    main()
