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

With ``--show FILE`` it also writes every GGT-admissible miss to FILE, one block each: the sentence
(or sentences) the gold content and cue lie in, the gold cue and content, and what dateline stored
there: ``nothing`` (no statement in those sentences), ``partial`` (a stored content covers some of
the gold but not over 30%), ``taken`` (a stored content covers over 30% but was matched to another
gold item), ``elsewhere`` (statements stored in the sentences, none touching the gold content).

    python bench/statement_misses.py ../shared/data/polnear/train --limit 300
    python bench/statement_misses.py ../shared/data/polnear/train --limit 150 --show /tmp/misses.txt
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


def _coverage(stored: tuple[int, int], gold: tuple[tuple[int, int], ...]) -> float:
    """The share of the gold content's characters that a stored content span covers."""
    chars = {c for start, end in gold for c in range(start, end)}
    return sum(1 for c in chars if stored[0] <= c < stored[1]) / len(chars) if chars else 0.0


def _stored_verdict(doc, attribution, statements, matched: set[int]) -> tuple[str, list[str]]:
    """What dateline stored in the sentences of one missed gold item: a verdict and one line per statement."""
    points = [s for s, _ in attribution.content] + [s for s, _ in attribution.cue]
    sentences = {doc.char_span(p, p + 1, alignment_mode="expand").sent for p in points
                 if doc.char_span(p, p + 1, alignment_mode="expand") is not None}
    lo = min((s.start_char for s in sentences), default=0)
    hi = max((s.end_char for s in sentences), default=0)
    lines, verdict = [], "nothing"
    for pi, statement in enumerate(statements):
        start, end = statement.content_span
        if end <= lo or start >= hi:
            continue
        share = _coverage((start, end), attribution.content)
        lines.append(f"    stored ({share:.0%}{', matched elsewhere' if pi in matched else ''}): "
                     f"{statement.speaker_text!r} <- {statement.cue!r}: {statement.content[:160]!r}")
        rank = "taken" if share > LOOSE else "partial" if share > 0 else "elsewhere"
        verdict = min(verdict, rank, key=("taken", "partial", "elsewhere", "nothing").index)
    return verdict, lines


def _miss_block(doc, gold_name: str, attribution, cue_lemmas: str, verdict: str, lines: list[str]) -> str:
    """One listing block: where, the sentence, the gold cue and content, what was stored."""
    start, end = extent(attribution.content)
    cue_start = min([start] + [s for s, _ in attribution.cue])
    cue_end = max([end] + [e for _, e in attribution.cue])
    first = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    last = doc.char_span(cue_end - 1, cue_end, alignment_mode="expand")
    context = doc.text[first.sent.start_char:last.sent.end_char] if first is not None and last is not None \
        else doc.text[cue_start:cue_end]
    content = " | ".join(doc.text[s:e] for s, e in attribution.content)
    return "\n".join([f"== {gold_name} @{start} [{verdict}] cue {cue_lemmas!r}",
                      "    sentence: " + " ".join(context.split())[:600],
                      "    gold content: " + " ".join(content.split())[:300], *lines])


def _f1(tp: int, pred: int, gold: int) -> str:
    p, r = tp / pred, tp / gold
    return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("split", help="a PolNeAR split folder")
    parser.add_argument("--limit", type=int, default=None, help="the first N articles only")
    parser.add_argument("--show", default=None, help="write each GGT-admissible miss to this file")
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
    blocks: list[str] = []
    verdicts: collections.Counter = collections.Counter()
    for gold, analysis, doc in zip(golds, analyses, docs):
        pairs = match_contents([s.content_span for s in analysis.statements],
                               [a.content for a in gold.attributions], LOOSE)
        found, matched = {gi for _, gi in pairs}, {pi for pi, _ in pairs}
        tp, pred, n_gold = tp + len(found), pred + len(analysis.statements), n_gold + len(gold.attributions)
        for gi, attribution in enumerate(gold.attributions):
            if gi in found:
                continue
            span = doc.char_span(*extent(attribution.content), alignment_mode="expand")
            cue = doc.char_span(attribution.cue[0][0], attribution.cue[-1][1], alignment_mode="expand") \
                if attribution.cue else None
            lemmas = " ".join(t.lemma_.lower() for t in cue) if cue is not None else "(none)"
            form = content_form(span) if span is not None else "np"
            kind = cue_class(lemmas, lexicon)
            table[(form, kind)] += 1
            cues[form][lemmas] += 1
            if args.show and form in {"clause", "quote"} and kind in {"lexicon", "colon/according"}:
                verdict, lines = _stored_verdict(doc, attribution, analysis.statements, matched)
                verdicts[verdict] += 1
                blocks.append(_miss_block(doc, gold.name, attribution, lemmas, verdict, lines))
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
    if args.show:
        with open(args.show, "w", encoding="utf-8") as listing:
            listing.write("\n".join(blocks) + "\n")
        print(f"admissible misses by what was stored: {dict(verdicts.most_common())} (listed in {args.show})")


if __name__ == "__main__":
    main()
