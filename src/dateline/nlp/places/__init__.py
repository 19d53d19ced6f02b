"""Places: every toponym in an article, resolved to one gazetteer entry with coordinates.

Recognising the mentions (``mentions``) and resolving them (``resolve``) are separate steps;
``find_places`` groups the resolved mentions by entry into ``analysis.places``.
"""
from __future__ import annotations

from ...model import Analysis, Place
from .mentions import place_mentions
from .resolve import resolve
from .tables import place_tables


def prepare_places(nlp) -> None:
    """Open the gazetteer (building it on first use) and read the place tables."""
    place_tables()


def find_places(doc, analysis: Analysis) -> Analysis:
    """Fill ``analysis.places`` with every place the article names, resolved to GeoNames.

    Args:
        doc: the spaCy Doc of ``analysis.article.text``.
        analysis: the record so far (entities from the actors component guide recognition).

    Returns:
        The same analysis, with one Place per distinct entry, ordered by first mention, each
        with all its mention spans.

    Example:
        >>> analysis = analyze_text("Daesh is settled in Badakhshan province.")  # doctest: +SKIP
        >>> analysis.places[0].geonames_id, analysis.places[0].feature
        (1147745, 'admin1')
    """
    mentions = place_mentions(doc, analysis)
    places: dict[int, Place] = {}
    for mention, entry in resolve(mentions, analysis):
        place = places.get(entry.geonameid)
        if place is None:
            place = Place(id=f"P{len(places) + 1}", name=entry.name, geonames_id=entry.geonameid,
                          lat=entry.lat, lon=entry.lon, country=entry.country, admin1=entry.admin1,
                          feature=entry.feature if entry.feature in ("country", "admin1", "admin2", "city",
                                                                     "region") else "other",
                          gazetteer=entry.gazetteer)
            places[entry.geonameid] = place
        place.mentions.append((mention.start, mention.end))
    analysis.places = list(places.values())
    return analysis
