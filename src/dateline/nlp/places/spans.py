"""Where a place name starts and ends: words that say which kind of place it is ("Badakhshan
*province*"), directions that only narrow it ("*northern* Afghanistan"), and names the model cut
short at either end ("Belle| Plaine", "New South| Wales"). ``mentions`` cleans each span with these.
"""
from __future__ import annotations

import re
from typing import Optional

from .cues import DIRECTION

# Words that follow a name and say which kind of place it is: "Badakhshan province", "Rapides Parish".
FEATURE_WORDS = {
    "province": "admin1", "provinces": "admin1", "state": "admin1", "oblast": "admin1", "region": "admin1",
    "governorate": "admin1", "prefecture": "admin1", "territory": "admin1",
    "county": "admin2", "parish": "admin2", "district": "admin2", "borough": "admin2", "municipality": "admin2",
    "city": "city", "town": "city", "village": "city", "township": "city",
}


def clean_span(text: str, start: int, end: int, gazetteer) -> Optional[tuple[int, int, str, Optional[str]]]:
    """Trim a span to the place name; return (start, end, lookup name, feature hint) or None."""
    surface = text[start:end]
    lead = re.match(r"^(?:the|The|THE)\s+", surface)
    if lead:
        start += lead.end()
    trail = re.search(r"(?:['’]s|['’])$", text[start:end])
    if trail and end - start > len(trail.group()) and not gazetteer.known(text[start:end]):  # "St. John's" stays
        end -= len(trail.group())
    name = text[start:end]
    lookup_start = start
    if not gazetteer.known(name):
        direction = DIRECTION.match(name)
        if direction and narrows(direction.group().strip(), name[direction.end():], gazetteer):
            lookup_start = start + direction.end()
            start = lookup_start  # the mention is the place's name, "Afghanistan" of "northern Afghanistan"
            name = text[start:end]
    hint = None
    words = name.split()
    if len(words) > 1 and words[-1].lower() in FEATURE_WORDS:
        hint = FEATURE_WORDS[words[-1].lower()]
        if not gazetteer.known(name):
            name = " ".join(words[:-1])
    if not name.strip():
        return None
    return start, end, name, hint


def narrows(direction: str, rest: str, gazetteer) -> bool:
    """Whether a direction before a known name only narrows it: "northern Afghanistan", "Eastern
    Ukraine", "West Texas", "South Los Angeles"; not when the two are one name ("West Midlands")
    that the gazetteer lacks and a small province elsewhere would take."""
    candidates = gazetteer.candidates(rest)
    if not candidates:
        return False
    top = candidates[0]
    return (direction[:1].islower() or direction.casefold().endswith("ern") or top.feature == "city"
            or top.feature in ("country", "admin1") and top.population >= 1_000_000)


_COLLEGE = re.compile(r"\s+(?:University|College)\b")


def following_feature_word(text: str, end: int) -> Optional[tuple[int, str]]:
    """The end offset and feature of a feature word right after ``end`` ("Badakhshan| province")."""
    match = re.match(r"\s+([A-Za-z]+)\b", text[end:end + 20])
    if match and _COLLEGE.match(text[end + match.end():end + match.end() + 20]):
        return None  # "Youngstown State University" is named after a town, not a state
    if match and match.group(1).lower() in FEATURE_WORDS:
        return end + match.end(), FEATURE_WORDS[match.group(1).lower()]
    return None


# One or two capitalised words right after an entity ("Belle| Plaine", "Twin| Lakes").
# Also across a lower-case particle: "Rio Grande| do Sul", "Santiago| de Compostela".
_NEXT_WORDS = re.compile(r" ((?:(?:do|da|de|del|dos|das|di|du) )?[A-Z][a-z]+)(?: ([A-Z][a-z]+))?")


def longer_name(text: str, start: int, end: int, name: str, gazetteer) -> tuple[int, str]:
    """The model cut a name short ("Belle" of "Belle Plaine"): extend the span over the capitalised
    words after it when the longer name is some entry's own name (not only an alternate one). Returns
    (end, lookup name), unchanged when no longer name is known."""
    match = _NEXT_WORDS.match(text, end)
    if match is None or text[start:end] != name:
        return end, name
    for group in (2, 1):
        if match.group(group) is None:
            continue
        longer = text[start:match.end(group)]
        candidates = gazetteer.candidates(longer)
        if any(c.main for c in candidates):
            return match.end(group), longer
    return end, name


# One or two capitalised words right before an entity ("New South| Wales").
_PREVIOUS_WORDS = re.compile(r"(?:^|(?<=\s))((?:[A-Z][a-z]+ )?([A-Z][a-z]+ ))$")


def longer_before(text: str, start: int, end: int, name: str, gazetteer) -> tuple[int, str]:
    """The model left words out at the front ("Wales" of "New South Wales"): extend the span back
    over the capitalised words before it when the longer name is some entry's own name. Returns
    (start, lookup name), unchanged when no longer name is known."""
    match = _PREVIOUS_WORDS.search(text, max(0, start - 30), start)
    if match is None or text[start:end] != name:
        return start, name
    for group in (1, 2):
        longer_start = match.start(group)
        longer = text[longer_start:end]
        if any(c.main for c in gazetteer.candidates(longer)):
            return longer_start, longer
    return start, name
