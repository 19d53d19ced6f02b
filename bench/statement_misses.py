"""The PolNeAR attributions dateline misses, by class, and the F1 each class could add at most.

Runs the pipeline up to statements over a PolNeAR split (as ``dateline eval statements`` does),
matches with the same loose rule (a prediction covers more than 30% of the gold content), and
sorts every missed gold attribution by

* the form of its content: ``quote`` (holds quotation marks), ``clause`` (a finite verb or a
  that/whether/if clause), ``infinitive`` ("to go"), or ``np`` (a noun phrase: "the plan");
* its cue: ``lexicon`` (a word of ``resources/cues.txt``), ``never`` (a word of its [never]
  section: appear, seem, want, see …), ``colon/according`` (":" or "according to"), ``other``.

It then prints the F1 reached if every missed item of a class were found with no new false
prediction: an upper bound, since no rule is that clean. Issue 11 takes only clausal contents
with a reporting cue (``GGT-admissible``: quote or clause, lexicon or colon/according).

    python bench/statement_misses.py ../shared/data/polnear/train --limit 300
"""
from __future__ import annotations

import argparse
import collections

from dateline.eval.polnear import extent, read_split
from dateline.eval.statements import LOOSE, match_contents
from dateline.model import Article
from dateline.nlp.pipeline import analyze_doc, components, parse_texts
from dateline.nlp.statements.cues import load_cues

_FINITE = {"VBD", "VBZ", "VBP", "MD"}
# Auxiliaries and adverbs inside a gold cue ("has also called for"): not the cue word itself.
_NOT_CUE_WORDS = {"be", "have", "do", "will", "would", "could", "may", "might", "can", "should", "not",
                  "also", "to", "'s", "’s", "n't", "never", "only"}


def content_form(span) -> str:
    """quote, clause, infinitive or np, for the tokens of a gold content."""
    if any(t.is_quote for t in span):
        return "quote"
    if any(t.tag_ in _FINITE or (t.dep_ == "mark" and t.lower_ in {"that", "whether", "if"}) for t in span):
        return "clause"
    if any(t.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children) for t in span):
        return "infinitive"
    return "np"


def cue_class(lemmas: str, lexicon) -> str:
    """lexicon, never, colon/according or other, for the lemmas of a gold cue."""
    if lemmas in {":", "accord to"}:
        return "colon/according"
    words = [w for w in lemmas.split() if w not in _NOT_CUE_WORDS] or lemmas.split()
    if any(w in lexicon.never for w in words):
        return "never"
    if any(w in lexicon.verbs or w in lexicon.nouns for w in words) or lemmas in lexicon.verbs:
        return "lexicon"
    return "other"


def _f1(tp: int, pred: int, gold: int) -> str:
    p, r = tp / pred, tp / gold
    return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("split", help="a PolNeAR split folder")
    parser.add_argument("--limit", type=int, default=None, help="the first N articles only")
    args = parser.parse_args()
    golds = list(read_split(args.split, limit=args.limit))
    # as analyse_texts does, keeping the docs for the cues' lemmas and the contents' tags
    docs = list(parse_texts([g.text for g in golds]))
    steps = components(until="statements")
    analyses = [analyze_doc(doc, Article(text=g.text), steps) for doc, g in zip(docs, golds)]
    lexicon = load_cues()
    table: collections.Counter = collections.Counter()
    cues: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    tp = pred = n_gold = 0
    for gold, analysis, doc in zip(golds, analyses, docs):
        found = {gi for _, gi in match_contents([s.content_span for s in analysis.statements],
                                                [a.content for a in gold.attributions], LOOSE)}
        tp, pred, n_gold = tp + len(found), pred + len(analysis.statements), n_gold + len(gold.attributions)
        for gi, attribution in enumerate(gold.attributions):
            if gi in found:
                continue
            span = doc.char_span(*extent(attribution.content), alignment_mode="expand")
            cue = doc.char_span(attribution.cue[0][0], attribution.cue[-1][1], alignment_mode="expand") \
                if attribution.cue else None
            lemmas = " ".join(t.lemma_.lower() for t in cue) if cue is not None else "(none)"
            form = content_form(span) if span is not None else "np"
            table[(form, cue_class(lemmas, lexicon))] += 1
            cues[form][lemmas] += 1
    print(f"{len(golds)} articles: found {tp} of {n_gold} gold, {pred} predicted ({_f1(tp, pred, n_gold)})")
    for key in sorted(table):
        print(f"  missed {key[0]:<11} cue {key[1]:<16} {table[key]:6d}")
    for form in ("clause", "quote"):
        print(f"  {form} cues: " + ", ".join(f"{c} {n}" for c, n in cues[form].most_common(25)))
    clausal = sum(n for (form, _), n in table.items() if form in {"clause", "quote"})
    admissible = sum(n for (form, cue), n in table.items()
                     if form in {"clause", "quote"} and cue in {"lexicon", "colon/according"})
    print(f"missed {sum(table.values())}: clausal {clausal} (GGT-admissible {admissible}), "
          f"noun phrase or infinitive {sum(table.values()) - clausal}")
    for label, extra in (("every admissible clausal item found", admissible), ("every clausal item found", clausal)):
        print(f"at most, {label}: {_f1(tp + extra, pred + extra, n_gold)}")


if __name__ == "__main__":
    main()
