"""Provenance: every span of every record indexes the article text exactly."""
from __future__ import annotations

from dateline.model import Article
from dateline.nlp.pipeline import Failure, analyze_articles


def _check_spans(analysis) -> list[str]:
    problems = analysis.bad_spans()
    text = analysis.text
    for entity in analysis.entities:
        for start, end in entity.mentions:
            if not text[start:end].strip():
                problems.append(f"{entity.id} has an empty mention {start}-{end}")
    for place in analysis.places:
        for start, end in place.mentions:
            if not text[start:end].strip():
                problems.append(f"{place.id} has an empty mention {start}-{end}")
    for statement in analysis.statements:
        c_start, c_end = statement.content_span
        if not text[c_start:c_end].strip():
            problems.append(f"{statement.id} has empty content {c_start}-{c_end}")
    for event in analysis.events:
        t_start, t_end = event.trigger_span
        s_start, s_end = event.sentence_span
        if not (s_start <= t_start < t_end <= s_end):
            problems.append(f"{event.id} trigger outside its sentence")
    return problems


def test_seed_spans_index_the_text(seed_analysis):
    assert seed_analysis.entities, "the seed article has entities"
    assert _check_spans(seed_analysis) == []


def test_seed_record_survives_json_round_trip(seed_analysis):
    from dateline.model import Analysis

    again = Analysis.from_dict(seed_analysis.to_dict())
    assert again.to_dict() == seed_analysis.to_dict()
    assert again.bad_spans() == []


def test_polnear_spans_index_the_text(shared_data):
    files = sorted((shared_data / "polnear" / "dev" / "text").glob("*.txt"))[:20]
    assert len(files) == 20
    articles = [Article(text=p.read_text(encoding="utf-8"), origin=p.name) for p in files]
    results = list(analyze_articles(articles))
    assert not [r.reason for r in results if isinstance(r, Failure)]
    problems = {r.article.origin: _check_spans(r) for r in results}
    assert {k: v for k, v in problems.items() if v} == {}
    assert sum(len(r.entities) for r in results) > 100


def test_every_entity_mention_reads_as_one_of_its_names(shared_data, seed_analysis):
    """A mention's text (spacing aside) is the entity's name or one of its aliases."""
    files = sorted((shared_data / "polnear" / "dev" / "text").glob("*.txt"))[:20]
    results = [r for r in analyze_articles([Article(text=p.read_text(encoding="utf-8")) for p in files])
               if not isinstance(r, Failure)] + [seed_analysis]
    strays = []
    for analysis in results:
        for entity in analysis.entities:
            forms = {" ".join(f.split()) for f in (entity.name, *entity.aliases)}
            for start, end in entity.mentions:
                surface = " ".join(analysis.text[start:end].split())
                if surface not in forms:
                    strays.append(f"{surface!r} as {entity.name!r}")
    assert strays == []
