"""Score the statements component on PolNeAR, and the reference article against its annotation.

PolNeAR figures (``evaluate_statements``):

* content precision / recall / F1, with one-to-one matching by how much of the gold content
  span a prediction covers: more than 30% is a *loose* match, more than 80% *strict*; pairs
  are an optimal assignment (``matching``), and the loose figure of the former greedy
  pairing is reported beside it;
* speaker-span accuracy over loosely matched pairs: the predicted speaker span overlaps the
  gold source span (both absent also counts), and the stricter exact-span rate beside it;
* exact-span F1 for source, cue and content separately. Spans are compared after trimming
  white space, quotation marks and edge punctuation, since PolNeAR keeps the marks and the
  closing comma of a quote inside its content and dateline keeps only the words; a
  discontinuous gold span (a quote split by its attribution) is compared by its extent.

Usage: ``python -m dateline.eval.statements /path/to/polnear/dev [--limit N]``.
"""
from __future__ import annotations

import argparse
import logging
import time
from typing import Iterable, Optional

from ..model import Analysis, Article
from .matching import best_pairs, greedy_pairs
from .polnear import GoldArticle, extent, read_split

log = logging.getLogger(__name__)

LOOSE, STRICT = 0.30, 0.80
# Published reference point: CofeNet (Wang et al., COLING 2022), exact-span content F1 on
# PolNeAR's test split.
COFENET_CONTENT_F1 = 0.73
_EDGE = " \t\n\"'“”‘’«»,.;:"


def _normalise(text: str, span: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
    if span is None:
        return None
    start, end = span
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end) if end > start else None


def _chars(fragments) -> set[int]:
    covered: set[int] = set()
    for start, end in fragments:
        covered.update(range(start, end))
    return covered


def match_contents(predicted: list[tuple[int, int]], gold: list[tuple[tuple[int, int], ...]],
                   threshold: float, greedy: bool = False) -> list[tuple[int, int]]:
    """One-to-one matching of predicted content spans to gold content fragments.

    Args:
        predicted: one ``(start, end)`` per predicted statement.
        gold: the fragments of each gold content.
        threshold: a pair qualifies when the prediction covers more than this share of
            the gold content's characters.
        greedy: pair best coverage first, as the scorer did before (reported beside the
            optimal figure); otherwise the most pairs, then the largest total coverage
            (``matching.best_pairs``).

    Returns:
        ``(predicted_index, gold_index)`` pairs, best coverage first.
    """
    pairs = []
    for gi, fragments in enumerate(gold):
        gold_chars = _chars(fragments)
        if not gold_chars:
            continue
        for pi, (start, end) in enumerate(predicted):
            inside = sum(1 for c in gold_chars if start <= c < end) if end > start else 0
            coverage = inside / len(gold_chars)
            if coverage > threshold:
                pairs.append((coverage, pi, gi))
    return greedy_pairs(pairs) if greedy else best_pairs(pairs)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "predicted": n_pred, "gold": n_gold}


def _exact_matches(text: str, predicted: Iterable, gold: Iterable) -> tuple[int, int, int]:
    pred = [s for s in (_normalise(text, p) for p in predicted) if s is not None]
    gold_spans = [s for s in (_normalise(text, g) for g in gold) if s is not None]
    remaining = list(gold_spans)
    tp = 0
    for span in pred:
        if span in remaining:
            remaining.remove(span)
            tp += 1
    return tp, len(pred), len(gold_spans)


def analyse_texts(texts: list[str]) -> list[Analysis]:
    """Run spaCy and the components up to statements (places and events are not needed)."""
    from ..nlp.pipeline import analyze_doc, components, parse_texts

    steps = components(until="statements")
    return [analyze_doc(doc, Article(text=text), steps) for doc, text in zip(parse_texts(texts), texts)]


def score_articles(gold_articles: list[GoldArticle], analyses: list[Analysis]) -> dict:
    """Figures for predicted analyses against PolNeAR gold articles (same order)."""
    counts = {"loose": [0, 0, 0], "strict": [0, 0, 0]}
    greedy_tp = 0
    speaker_ok = speaker_exact = speaker_pairs = 0
    exact = {"source": [0, 0, 0], "cue": [0, 0, 0], "content": [0, 0, 0]}
    for gold, analysis in zip(gold_articles, analyses):
        text = gold.text
        preds = analysis.statements
        pred_content = [s.content_span for s in preds]
        gold_content = [a.content for a in gold.attributions]
        for name, threshold in (("loose", LOOSE), ("strict", STRICT)):
            matched = match_contents(pred_content, gold_content, threshold)
            counts[name][0] += len(matched)
            counts[name][1] += len(preds)
            counts[name][2] += len(gold_content)
            if name != "loose":
                continue
            greedy_tp += len(match_contents(pred_content, gold_content, threshold, greedy=True))
            for pi, gi in matched:
                speaker_pairs += 1
                predicted = _normalise(text, preds[pi].speaker_span)
                wanted = _normalise(text, extent(gold.attributions[gi].source))
                if predicted is None or wanted is None:
                    ok = predicted is None and wanted is None
                    speaker_ok += ok
                    speaker_exact += ok
                    continue
                speaker_ok += predicted[0] < wanted[1] and wanted[0] < predicted[1]
                speaker_exact += predicted == wanted
        for part, pred_spans, gold_spans in (
            ("source", [s.speaker_span for s in preds if s.speaker_span],
             [extent(a.source) for a in gold.attributions if a.source]),
            ("cue", [s.cue_span for s in preds if s.cue_span], [extent(a.cue) for a in gold.attributions if a.cue]),
            ("content", pred_content, [extent(a.content) for a in gold.attributions]),
        ):
            tp, n_pred, n_gold = _exact_matches(text, pred_spans, gold_spans)
            exact[part][0] += tp
            exact[part][1] += n_pred
            exact[part][2] += n_gold
    return {
        "articles": len(analyses),
        "content_loose": _prf(*counts["loose"]),
        "content_strict": _prf(*counts["strict"]),
        "content_loose_greedy": _prf(greedy_tp, *counts["loose"][1:]),
        "speaker_span_accuracy": round(speaker_ok / speaker_pairs, 4) if speaker_pairs else 0.0,
        "speaker_span_exact": round(speaker_exact / speaker_pairs, 4) if speaker_pairs else 0.0,
        "matched_pairs": speaker_pairs,
        "exact_source": _prf(*exact["source"]),
        "exact_cue": _prf(*exact["cue"]),
        "exact_content": _prf(*exact["content"]),
        "cofenet_exact_content_f1_test": COFENET_CONTENT_F1,
    }


def evaluate_statements(polnear_dir: str, limit: int | None = None) -> dict:
    """Score the statements component on one PolNeAR split.

    Args:
        polnear_dir: a split folder (``…/polnear/dev``) with ``text/`` and ``attributions/``.
        limit: score only the first ``limit`` articles (sorted by name).

    Returns:
        A dict of figures: ``content_loose`` and ``content_strict`` (precision, recall, f1),
        ``speaker_span_accuracy``, ``speaker_span_exact``, ``exact_source``, ``exact_cue``,
        ``exact_content`` (precision, recall, f1), ``articles``, ``seconds``.

    Raises:
        ResourceMissing: the folder is not a PolNeAR split.
    """
    started = time.perf_counter()
    gold_articles = list(read_split(polnear_dir, limit=limit))
    analyses = analyse_texts([g.text for g in gold_articles])
    figures = score_articles(gold_articles, analyses)
    figures["split"] = str(polnear_dir)
    figures["seconds"] = round(time.perf_counter() - started, 1)
    return figures


def format_statements_report(figures: dict) -> str:
    """A plain-text report of the figures from ``evaluate_statements``."""
    lines = [f"statements on PolNeAR {figures.get('split', '')} ({figures['articles']} articles, "
             f"{figures.get('seconds', '?')} s)", ""]
    lines.append(f"{'':28}{'P':>8}{'R':>8}{'F1':>8}{'pred':>8}{'gold':>8}")
    for key, label in (("content_loose", "content, loose (>30%)"),
                       ("content_loose_greedy", "  loose, greedy pairing"), ("content_strict", "content, strict (>80%)"),
                       ("exact_content", "content, exact span"), ("exact_source", "source, exact span"),
                       ("exact_cue", "cue, exact span")):
        row = figures[key]
        lines.append(f"{label:28}{row['precision']:8.3f}{row['recall']:8.3f}{row['f1']:8.3f}"
                     f"{row['predicted']:8d}{row['gold']:8d}")
    lines.append("")
    lines.append(f"speaker-span accuracy (overlap) over {figures['matched_pairs']} loose matches: "
                 f"{figures['speaker_span_accuracy']:.3f}; exact: {figures['speaker_span_exact']:.3f}")
    lines.append(f"CofeNet (published, PolNeAR test) exact-span content F1: {figures['cofenet_exact_content_f1_test']:.2f}"
                 f"; dateline here: {figures['exact_content']['f1']:.3f}")
    return "\n".join(lines)


# -- the reference article -----------------------------------------------------------------


def compare_seed(analysis: Analysis, gold: dict) -> dict:
    """Compare an analysis of the reference article with its hand annotation.

    A gold statement is found when a predicted one covers more than 80% of its content; its
    speaker is right when the predicted entity carries the gold entity's name or an alias
    (or both are unnamed).

    Returns:
        ``{"found": [...], "missed": [...], "wrong_speaker": [...], "extra": [...]}``: lists
        of one-line descriptions; optional gold statements are neither required nor extra.
    """
    gold_entities = {e["id"]: e for e in gold.get("entities", [])}
    required = [s for s in gold["statements"] if not s.get("optional")]
    optional = [s for s in gold["statements"] if s.get("optional")]
    preds = analysis.statements
    spans = [s.content_span for s in preds]
    all_gold = required + optional
    matched = match_contents(spans, [(tuple(g["content_span"]),) for g in all_gold], STRICT)
    by_gold = {gi: pi for pi, gi in matched}
    report: dict[str, list[str]] = {"found": [], "missed": [], "wrong_speaker": [], "extra": []}
    for gi, wanted in enumerate(required):
        label = f"{wanted['speaker_text']!r} {wanted['cue']!r} {wanted['content'][:50]!r}"
        if gi not in by_gold:
            report["missed"].append(label)
            continue
        statement = preds[by_gold[gi]]
        entity = analysis.entity(statement.speaker)
        expected = gold_entities.get(wanted["speaker"]) if wanted["speaker"] else None
        if expected is None:
            right = entity is None
        else:
            names = {expected["name"], *expected.get("aliases", [])}
            right = entity is not None and (entity.name in names or bool(names & set(entity.aliases)))
        if right:
            report["found"].append(label)
        else:
            got = entity.name if entity else None
            report["wrong_speaker"].append(f"{label}: speaker {got!r}, wanted {expected['name'] if expected else None!r}")
    used = {pi for pi, _ in matched}
    for pi, statement in enumerate(preds):
        if pi not in used:
            report["extra"].append(f"{statement.speaker_text!r} {statement.cue!r} {statement.content[:50]!r}")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score dateline's statements on a PolNeAR split.")
    parser.add_argument("polnear_dir", help="a PolNeAR split folder, e.g. ../shared/data/polnear/dev")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    print(format_statements_report(evaluate_statements(args.polnear_dir, args.limit)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
