"""Score statements against a quotation gold set in the Gender Gap Tracker's manner.

The Gender Gap Tracker (Asr et al. 2021, "The Gender Gap Tracker", PLOS ONE) annotates every
quotation of a person or organisation in a news article, direct or indirect, with its speaker,
verb and content, and names the speaker in full. A gold file here is JSON Lines, one article a
line::

    {"id": "wn-001", "url": "…", "split": "dev", "text": "…",
     "quotes": [{"speaker": "Maria Cheng", "speaker_text": "WHO spokeswoman Maria Cheng",
                 "cue": "said", "content": "…", "content_span": [s, e]}]}

``speaker`` is the full name (null for an unnamed source, e.g. "officials"); ``content_span``
indexes ``text``; ``split`` is ``dev`` (may be looked at while developing) or ``test`` (held out).

Figures (``evaluate_quote_gold``): content precision and recall with the same greedy loose
matching as PolNeAR's (a prediction covering more than 30% of a gold content matches it), and
speaker full-name accuracy over the matched pairs: the stored ``speaker_name`` equals the gold
name (case and punctuation aside), or both are null.
"""
from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Optional

from ..errors import ResourceMissing
from .statements import LOOSE, _prf, analyse_texts, match_contents

SPLITS = ("dev", "test")


def read_quote_gold(path: str, split: Optional[str] = None) -> list[dict]:
    """The articles of a gold file, optionally only those of one split.

    Raises:
        ResourceMissing: the file does not exist, or a content span does not index its text.
    """
    source = Path(path)
    if not source.exists():
        raise ResourceMissing(f"gold file {path} not found")
    articles = []
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        article = json.loads(line)
        for quote in article["quotes"]:
            start, end = quote["content_span"]
            if article["text"][start:end] != quote["content"]:
                raise ResourceMissing(f"{path}:{number}: content_span {start}-{end} of {article['id']} "
                                      f"is not {quote['content'][:40]!r}; fix the span or the content")
        if split is None or article.get("split") == split:
            articles.append(article)
    return articles


def _name_key(name: Optional[str]) -> Optional[str]:
    return " ".join(re.sub(r"[^\w\s]", " ", name).casefold().split()) if name else None


def score_quote_gold(articles: list[dict], analyses) -> dict:
    """Figures for analyses against gold articles (same order), with the misses and extras listed."""
    tp = n_pred = n_gold = speaker_ok = greedy_tp = 0
    misses, extras, wrong = [], [], []
    for article, analysis in zip(articles, analyses):
        preds = analysis.statements
        gold = article["quotes"]
        spans = [s.content_span for s in preds]
        gold_spans: list[tuple[tuple[int, int], ...]] = [(tuple(q["content_span"]),) for q in gold]
        matched = match_contents(spans, gold_spans, LOOSE)
        greedy_tp += len(match_contents(spans, gold_spans, LOOSE, greedy=True))
        tp += len(matched)
        n_pred += len(preds)
        n_gold += len(gold)
        for pi, gi in matched:
            got, wanted = _name_key(preds[pi].speaker_name), _name_key(gold[gi]["speaker"])
            if got == wanted:
                speaker_ok += 1
            else:
                wrong.append(f"{article['id']}: {gold[gi]['content'][:40]!r} speaker {preds[pi].speaker_name!r}, "
                             f"wanted {gold[gi]['speaker']!r}")
        used_p = {pi for pi, _ in matched}
        used_g = {gi for _, gi in matched}
        misses += [f"{article['id']}: {q['speaker_text']!r} {q['cue']!r} {q['content'][:60]!r}"
                   for gi, q in enumerate(gold) if gi not in used_g]
        extras += [f"{article['id']}: {s.speaker_text!r} {s.cue!r} {s.content[:60]!r}"
                   for pi, s in enumerate(preds) if pi not in used_p]
    return {"articles": len(articles), "content_loose": _prf(tp, n_pred, n_gold),
            "content_loose_greedy": _prf(greedy_tp, n_pred, n_gold),
            "speaker_name_accuracy": round(speaker_ok / tp, 4) if tp else 0.0, "matched_pairs": tp,
            "missed": misses, "extra": extras, "wrong_speaker": wrong}


def evaluate_quote_gold(path: str, split: Optional[str] = None, limit: Optional[int] = None) -> dict:
    """Analyse the gold file's articles and score them (see the module docstring)."""
    started = time.perf_counter()
    articles = read_quote_gold(path, split)[:limit]
    figures = score_quote_gold(articles, analyse_texts([a["text"] for a in articles]))
    figures.update(gold=str(path), split=split or "all", seconds=round(time.perf_counter() - started, 1))
    return figures


def format_quote_gold_report(figures: dict, details: bool = True) -> str:
    """A plain-text report of ``evaluate_quote_gold``'s figures, with the differences listed."""
    row = figures["content_loose"]
    lines = [f"statements on {figures['gold']} (split {figures['split']}, {figures['articles']} articles, "
             f"{figures['seconds']} s)", "",
             f"content, loose (>30%): P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}  "
             f"(pred {row['predicted']}, gold {row['gold']}, matched {row['tp']}; "
             f"greedy pairing F1 {figures['content_loose_greedy']['f1']:.3f})",
             f"speaker full-name accuracy over {figures['matched_pairs']} matches: {figures['speaker_name_accuracy']:.3f}"]
    if details:
        for key in ("missed", "extra", "wrong_speaker"):
            lines += ["", f"{key} ({len(figures[key])}):"] + [f"  {item}" for item in figures[key]]
    return "\n".join(lines)
