"""The analysis loop: nothing lost when one article is too long, breaks spaCy, or kills a worker."""
from __future__ import annotations

import os
import signal

from dateline.model import Article
from dateline.nlp import pipeline
from dateline.nlp.pipeline import Failure, analyze_articles, analyze_parallel

TEXTS = ["Officials in Kabul said on Monday that the talks would resume.",
         "The mayor of Lagos said flooding had displaced thousands of people.",
         "Kenya's president said the election would be held in August."]


def test_too_long_text_fails_alone(nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 200)
    articles = [Article(text=TEXTS[0]), Article(text="Word " * 100), Article(text=TEXTS[1])]
    results = list(analyze_articles(articles))
    assert [type(r).__name__ for r in results] == ["Analysis", "Failure", "Analysis"]
    assert "too long for the parser: 500 characters" in results[1].reason


def test_blank_lines_start_sentences_whatever_the_line_ends(nlp):
    for sep in ("\n\n", "\r\n\r\n", "\n \n"):
        doc = nlp(f"(Updated: May 2, 2024){sep}Officials said the border was closed.")
        starts = [s.text.strip() for s in doc.sents if s.text.strip()]
        assert starts[-1] == "Officials said the border was closed.", (sep, starts)


def _kill_on_marker(doc, analysis):
    if "KILL-THIS-WORKER" in analysis.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return analysis


def test_a_worker_that_dies_costs_one_article(nlp, monkeypatch):
    monkeypatch.setattr(pipeline, "components", lambda: [_kill_on_marker])
    articles = [Article(text=t) for t in TEXTS] + [Article(text="KILL-THIS-WORKER now.")] + \
               [Article(text=t + " Again.") for t in TEXTS]
    results = list(analyze_parallel(articles, workers=2, chunk_size=2))
    assert [r.article.id for r in results] == [a.id for a in articles]
    failures = [r for r in results if isinstance(r, Failure)]
    assert [f.article.text for f in failures] == ["KILL-THIS-WORKER now."]
    assert "worker died" in failures[0].reason


def test_hard_wrapped_text_reads_like_the_original(seed_text, seed_analysis):
    import textwrap

    from dateline.nlp.pipeline import analyze_text, parser_text

    wrapped = "\n\n".join(textwrap.fill(paragraph, 78) for paragraph in seed_text.split("\n\n"))
    assert len(parser_text(wrapped)) == len(wrapped)
    analysis = analyze_text(wrapped)
    assert analysis.bad_spans() == []

    def said(a):
        return sorted((" ".join(s.content.split()), a.entity(s.speaker).name if s.speaker else None)
                      for s in a.statements)

    assert said(analysis) == said(seed_analysis)
    assert {p.geonames_id for p in analysis.places} == {p.geonames_id for p in seed_analysis.places}


def test_a_short_line_keeps_its_break(nlp):
    from dateline.nlp.pipeline import parser_text

    text = "Kabul talks resume\nOfficials said on Monday that talks would resume in the capital next week."
    assert parser_text(text) == text
