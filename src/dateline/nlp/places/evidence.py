"""What an article says of where its places lie, beyond the place names themselves: the countries
of its actors, words of a country's press (``places/country_cues.tsv``), phone area codes, and the
towns it names that lie near each other. ``resolve`` weighs these as context; the weights were set
as its module docstring says.
"""
from __future__ import annotations

import bisect
import math
import re

from ...model import Analysis
from .tables import Mention, place_tables

# Country cues (``places/country_cues.tsv``): an article's summed cue weight counts this much
# as places in that country, up to CUE_CAP.
CUE_WEIGHT = 0.5

CUE_CAP = 4.0

CUE_MAX_HITS = 3  # matches of one cue that count: a long article repeats its words

# A phone number's area code ("903-675-8477": east Texas) counts as this many places in the state or
# province it serves, up to AREA_CODE_CAP for one province: a local paper prints its readers' numbers;
# one number weighs as one other place of the article. Weight set on LGL 0-299 (see the module docstring).
AREA_CODE_WEIGHT = 1.0

AREA_CODE_CAP = 2.0

_PHONE = re.compile(r"(?<![\d-])\(?([2-9]\d\d)\)?[ .-]?[2-9]\d\d-\d{4}\b")

# Towns and districts of the article that lie close together support each other: the local news of
# LGL names a county seat, its neighbours and its county ("Alexandria", "Brandon", "Kensington",
# "Douglas County", all in one Minnesota county) without naming the state. A candidate gains
# NEAR_BONUS for each other name with a town or district candidate within NEAR_KM, up to NEAR_CAP
# names. Weights set on LGL 0-299 and GeoVirus (see the module docstring).
NEAR_KM = 60.0

NEAR_FEATURES = ("city", "admin2")

# One actor of a country counts this much as a place in it.
ACTOR_WEIGHT = 1.0

def neighbours(names: dict) -> dict[str, dict[int, float]]:
    """For each name, per town or district candidate: the summed weight of the other names that have
    a town or district candidate within ``NEAR_KM`` of it (``resolve.NEAR_BONUS`` per such name). ``names``: name key -> a
    ``resolve`` belief, with its ``entries`` and ``weight``."""
    cells: dict[tuple[int, int], list[tuple[str, float, float, float]]] = {}
    for key, name in names.items():
        for entry in name.entries:
            if entry.feature in NEAR_FEATURES and entry.lat is not None and entry.lon is not None:
                cells.setdefault((int(entry.lat // 1), int(entry.lon // 1)), []).append(
                    (key, entry.lat, entry.lon, name.weight))
    near: dict[str, dict[int, float]] = {}
    for key, name in names.items():
        found: dict[int, float] = {}
        for entry in name.entries:
            if entry.feature not in NEAR_FEATURES or entry.lat is None or entry.lon is None:
                continue
            cos_lat = max(math.cos(math.radians(entry.lat)), 0.05)
            lat_cells = math.ceil(NEAR_KM / _KM_PER_DEGREE)
            lon_cells = min(math.ceil(NEAR_KM / (_KM_PER_DEGREE * cos_lat)), 180)
            row, col = int(entry.lat // 1), int(entry.lon // 1)
            others: dict[str, float] = {}
            for r in range(row - lat_cells, row + lat_cells + 1):
                for c in range(col - lon_cells, col + lon_cells + 1):
                    for other, lat, lon, weight in cells.get((r, c), ()):
                        if other == key or other in others:
                            continue
                        dx = (lon - entry.lon) * cos_lat
                        if _KM_PER_DEGREE * math.hypot(lat - entry.lat, dx) <= NEAR_KM:
                            others[other] = weight
            if others:
                found[entry.geonameid] = sum(others.values())
        near[key] = found
    return near

_KM_PER_DEGREE = 111.2

# Only capitalised words (a title) between a place and a person: "Athens| Mayor |Randy Daniel".
_TITLE_BETWEEN = re.compile(r"(?:\s+[A-Z][\w.'’-]*){1,3}\s+")

def actor_countries(analysis: Analysis, mentions: list[Mention]) -> dict[str, float]:
    """Weight per country of the article's actors, as context for its places.

    An actor one of whose mentions holds a place name, or follows one with only a title between
    ("Athens Mayor Randy Daniel"), is left out: the actors component reads "Dublin City Council" as
    Irish, "London" as Britain's government and Athens' mayor as Greek from the name alone, so
    counting it would only echo the most famous sense of the name being resolved.
    """
    tables = place_tables()
    text = analysis.text
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in spans]
    # The place names as the article writes them: an actor holding one of them echoes it even where
    # that mention itself was not taken as a place ("Dublin Veterinary Clinic", "Historic Dublin"
    # as Irish in a story whose other "Dublin"s are Ohio's).
    names = sorted({text[s:e] for s, e in spans if e > s and text[s:s + 1].isupper()}, key=len, reverse=True)
    named = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)") if names else None
    weights: dict[str, float] = {}
    for entity in analysis.entities:
        iso2 = tables.iso3_to_iso2.get(entity.country or "")
        if not iso2:
            continue
        echo = False
        for start, end in entity.mentions:
            i = bisect.bisect_left(starts, end)
            if any(s < end and start < e or e <= start < e + 40 and _TITLE_BETWEEN.fullmatch(text[e:start])
                   for s, e in spans[max(0, i - 8):i]) or named is not None and named.search(text, start, end):
                echo = True
                break
        if not echo:
            weights[iso2] = weights.get(iso2, 0.0) + ACTOR_WEIGHT
    return weights

def cue_countries(text: str) -> dict[str, float]:
    """Evidence per country from the article's words (``places/country_cues.tsv``), in place units."""
    evidence: dict[str, float] = {}
    for iso2, weight, pattern in place_tables().cues:
        hits = 0
        for hits, _match in enumerate(pattern.finditer(text), 1):
            if hits >= CUE_MAX_HITS:
                break
        if hits:
            evidence[iso2] = evidence.get(iso2, 0.0) + weight * hits
    return {iso2: CUE_WEIGHT * min(total, CUE_CAP) for iso2, total in evidence.items()}

def area_code_provinces(text: str) -> dict[str, float]:
    """Evidence per province from the distinct phone numbers of the article, in place units."""
    area_codes = place_tables().area_codes
    numbers: dict[str, set[str]] = {}
    for match in _PHONE.finditer(text):
        province = area_codes.get(match.group(1))
        if province:
            numbers.setdefault(province, set()).add(match.group())
    return {province: min(AREA_CODE_WEIGHT * len(found), AREA_CODE_CAP) for province, found in numbers.items()}

