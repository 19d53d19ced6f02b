"""Score the places component end to end on LGL- and GeoVirus-format gold files.

dateline reads each article's text alone (the gold spans are not given to it) and runs the whole
analysis. A gold toponym counts as recognised when a place mention overlaps its span; it is
resolved within 161 km (100 miles, the usual accuracy@161km) when that mention's place lies within
161 km of the gold point. Both shares, and the exact GeoNames id accuracy where the gold has ids
(LGL), are over all gold toponyms, so a toponym dateline missed counts as wrong.

Precision is the share of dateline's place mentions that overlap a gold toponym span (any gold
span, also LGL's toponyms without a point, which a recogniser rightly finds).

    python -m dateline.eval.places --xml ../shared/data/geo/lgl.xml [--limit 100] [--range 300:588]
"""
from __future__ import annotations

import argparse
import math
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, cast

from ..errors import ResourceMissing
from ..model import Analysis, Article

RADIUS_KM = 161.0
EARTH_DIAMETER_KM = 12742.0


@dataclass
class GoldToponym:
    start: int
    end: int
    phrase: str
    lat: float
    lon: float
    geonameid: Optional[int]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points given in degrees."""
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return EARTH_DIAMETER_KM * math.asin(math.sqrt(min(1.0, h)))


def _text(element: ET.Element, tag: str) -> str:
    """A child's text that the gold format always gives (a missing one still fails in int/float)."""
    return cast(str, element.findtext(tag))


def read_gold(xml_path: str) -> tuple[str, list[tuple[str, list[GoldToponym]]]]:
    """The format name ("LGL" or "GeoVirus") and (text, gold toponyms) per article.

    LGL toponyms without a gazetteer entry (``gaztag``) have no point and are left out, as in
    the corpus' published counts.

    Raises:
        ResourceMissing: the file does not exist.
    """
    path = Path(xml_path)
    if not path.exists():
        raise ResourceMissing(f"gold file not found: {xml_path} (LGL and GeoVirus live in ../shared/data/geo/)")
    root = ET.parse(path).getroot()
    articles, fmt = [], "GeoVirus"
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        gold: list[GoldToponym] = []
        for toponym in article.iter("toponym"):
            fmt = "LGL"
            gaztag = toponym.find("gaztag")
            if gaztag is None or gaztag.findtext("lat") is None:
                continue
            gold.append(GoldToponym(int(_text(toponym, "start")), int(_text(toponym, "end")),
                                    toponym.findtext("phrase") or "", float(_text(gaztag, "lat")),
                                    float(_text(gaztag, "lon")), int(cast(str, gaztag.get("geonameid")))))
        for location in article.iter("location"):
            gold.append(GoldToponym(int(_text(location, "start")), int(_text(location, "end")),
                                    location.findtext("name") or "", float(_text(location, "lat")),
                                    float(_text(location, "lon")), None))
        articles.append((text, gold))
    return fmt, articles


def gold_spans(xml_path: str) -> list[list[tuple[int, int]]]:
    """Every gold toponym span per article, with or without a point (for precision)."""
    root = ET.parse(xml_path).getroot()
    return [[(int(_text(t, "start")), int(_text(t, "end"))) for t in [*article.iter("toponym"), *article.iter("location")]]
            for article in root.iter("article")]


def parse_range(spec: str) -> tuple[int, int]:
    """"300:588" -> (300, 588): articles 300 to 587, as a Python slice."""
    try:
        first, _, last = spec.partition(":")
        return int(first or 0), int(last) if last else 10 ** 9
    except ValueError:
        raise ValueError(f"not a range of articles: {spec!r} (write FIRST:END, e.g. 300:588)") from None


def _matches(analysis: Analysis, gold: GoldToponym):
    """The predicted place whose mention overlaps the gold span most, or None."""
    best, best_overlap = None, 0
    for place in analysis.places:
        for start, end in place.mentions:
            overlap = min(end, gold.end) - max(start, gold.start)
            if overlap > best_overlap:
                best, best_overlap = place, overlap
    return best


def _analyses(texts: list[str]) -> Iterator[Optional[Analysis]]:
    from ..nlp.pipeline import Failure, analyze_articles

    for result in analyze_articles(Article(text=text) for text in texts):
        yield None if isinstance(result, Failure) else result


def evaluate_places(xml_path: str, limit: int | None = None, span: Optional[tuple[int, int]] = None) -> dict:
    """Recognition and resolution figures for one gold file.

    Args:
        xml_path: an LGL- or GeoVirus-format XML file.
        limit: score only the first ``limit`` articles (of the range).
        span: score only articles ``span[0]`` to ``span[1] - 1`` (0-based, as a slice).

    Returns:
        A dict with ``format``, ``articles``, ``toponyms``, ``recognised`` (share), ``exact_id``
        (share, None without gold ids), ``acc_161km`` (share), ``median_error_km`` (over
        recognised toponyms), ``predicted_places`` (mentions dateline made), ``precision`` (share
        of those that overlap a gold toponym), ``failed`` (articles
        the analysis raised on) and ``seconds``.
    """
    fmt, articles = read_gold(xml_path)
    spans = gold_spans(xml_path)
    first, end = span or (0, len(articles))
    articles, spans = articles[first:end], spans[first:end]
    if limit is not None:
        articles, spans = articles[:limit], spans[:limit]
    started = time.perf_counter()
    total = recognised = exact = near = predicted = correct = failed = 0
    errors: list[float] = []
    has_ids = fmt == "LGL"
    texts = [text for text, _ in articles]
    for (_text, gold), gold_span, analysis in zip(articles, spans, _analyses(texts)):
        total += len(gold)
        if analysis is None:
            failed += 1
            continue
        for place in analysis.places:
            for start, end in place.mentions:
                predicted += 1
                correct += any(s < end and start < e for s, e in gold_span)
        for toponym in gold:
            place = _matches(analysis, toponym)
            if place is None:
                continue
            recognised += 1
            if has_ids and place.geonames_id == toponym.geonameid:
                exact += 1
            if place.lat is not None and place.lon is not None:
                distance = haversine_km(place.lat, place.lon, toponym.lat, toponym.lon)
                errors.append(distance)
                near += distance <= RADIUS_KM
    errors.sort()

    def share(n: float) -> float:
        return round(n / total, 4) if total else 0.0

    return {
        "file": str(xml_path), "format": fmt, "articles": len(articles), "toponyms": total,
        "recognised": share(recognised), "exact_id": share(exact) if has_ids else None,
        "acc_161km": share(near), "median_error_km": round(errors[len(errors) // 2], 1) if errors else None,
        "predicted_places": predicted, "precision": round(correct / predicted, 4) if predicted else None,
        "range": f"{first}:{first + len(articles)}", "failed": failed, "seconds": round(time.perf_counter() - started, 1),
    }


def format_places_report(figures: dict) -> str:
    """A plain-text report of ``evaluate_places``'s figures."""
    exact = "n/a (no GeoNames ids in the gold)" if figures["exact_id"] is None else f"{figures['exact_id']:.3f}"
    lines = [
        f"places: {figures['format']} {figures['file']}",
        f"  articles            {figures['articles']} ({figures['range']}; {figures['failed']} failed)",
        f"  gold toponyms       {figures['toponyms']}",
        f"  recognised          {figures['recognised']:.3f}",
        f"  exact GeoNames id   {exact}",
        f"  accuracy@161km      {figures['acc_161km']:.3f}",
        f"  median error (km)   {figures['median_error_km']}",
        f"  predicted mentions  {figures['predicted_places']}",
        f"  precision           {figures['precision']}",
        f"  time                {figures['seconds']} s",
    ]
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dateline.eval.places",
                                     description="Score place recognition and resolution on LGL or GeoVirus.")
    parser.add_argument("--xml", required=True, help="LGL- or GeoVirus-format XML file")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--range", dest="span", type=parse_range, default=None,
                        help="score articles FIRST:END only (0-based, END excluded), e.g. 300:588")
    args = parser.parse_args(argv)
    print(format_places_report(evaluate_places(args.xml, args.limit, args.span)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
