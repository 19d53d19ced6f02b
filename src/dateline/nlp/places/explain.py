"""Why a name resolves as it does: every candidate with the parts of its score (``dateline place``)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ...model import Analysis, Article
from .mentions import FEATURE_WORDS, place_mentions
from .resolve import _article_score, _key_of, _prior, beliefs
from .tables import Mention, place_tables


@dataclass
class Candidate:
    """One gazetteer entry a name may stand for, with its score and the reasons for it."""

    geonames_id: int
    gazetteer: str
    name: str
    feature: str
    country: Optional[str]
    admin1: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    population: int
    score: float
    probability: float
    reasons: list[tuple[str, float]] = field(default_factory=list)


def explain_place(name: str, context: Optional[str] = None, limit: int = 8) -> list[Candidate]:
    """The candidates for ``name``, best first, as dateline weighs them in ``context``.

    Args:
        name: a place name as an article writes it ("Georgia", "Sumy region").
        context: article text around it; its places and actors count as they would in the
            article (the name need not occur in it). Without context, only the prior counts.
        limit: how many candidates to return.

    Returns:
        Candidates with their total score, probability and the (reason, points) behind the score.

    Example:
        >>> [c.name for c in explain_place("Georgia", "Tbilisi said on Monday.")][:1]  # doctest: +SKIP
        ['Georgia']
    """
    text = context or ""
    mentions: list[Mention] = []
    analysis = Analysis(article=Article(text=text))
    if text.strip():
        from ..pipeline import components, parse_texts

        (doc,) = list(parse_texts([text]))
        for step in components(until="statements"):
            analysis = step(doc, analysis)
        mentions = place_mentions(doc, analysis)
    query = Mention(len(text), len(text), name, True)
    words = name.split()
    if len(words) > 1 and words[-1].casefold() in FEATURE_WORDS and not place_tables().gazetteer.known(name):
        query.name, query.hint = " ".join(words[:-1]), FEATURE_WORDS[words[-1].casefold()]
    mentions.append(query)
    names = beliefs(mentions, analysis)
    found = names.get(_key_of(query))
    if found is None:
        return []
    ranked = sorted(zip(found.entries, found.prior, found.probs), key=lambda item: -item[2])[:limit]
    candidates = []
    for entry, prior, probability in ranked:
        reasons: list[tuple[str, float]] = []
        _prior(entry, query, reasons)
        context_score = _article_score(entry, found.context, reasons) if found.context else 0.0
        candidates.append(Candidate(entry.geonameid, entry.gazetteer, entry.name, entry.feature, entry.country,
                                    entry.admin1, entry.lat, entry.lon, entry.population,
                                    round(prior + context_score, 2), round(probability, 3),
                                    [(reason, round(points, 2)) for reason, points in reasons if points]))
    return candidates
