"""What recognising and resolving places share: the mention record and per-process lookups."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Optional

from ...datafiles import Row, read_table
from ...gazetteer import Entry, load_gazetteer, read_country_extras
from ...gazetteer.sources import country_info

log = logging.getLogger(__name__)
@dataclass
class Mention:
    """One span that names a place, before resolution."""

    start: int
    end: int
    name: str  # the text looked up in the gazetteer (without "province", "northern" …)
    strong: bool  # the model marked it as a place (or it is a demonym)
    hint: Optional[str] = None  # feature word that followed the name
    country: Optional[str] = None  # set for demonyms: the country they stand for
    pair: Optional["Mention"] = None  # the "Y" of "X, Y"
    nested: bool = False  # found inside a person's or an organisation's name ("Dublin City Council")
    local: bool = False  # that name is a local institution's ("Mansfield Police Department")
    person: bool = False  # found as a person's name, or inside one ("Jones", "Andrew Jackson")
    definite: bool = False  # written with "the" ("the Pacific")
    mistyped: bool = False  # the model's whole entity under a label for no place ("Kursk" as PRODUCT)
    street: bool = False  # a street's name ("Lone Oak Road"): context for the other names, never stored
    facility: bool = False  # opens a building's name ("Planalto Palace"): kept only if named alone too
    common: bool = False  # one word the article also writes in lower case ("Council" and "the council")
    candidates: tuple[Entry, ...] = field(default_factory=tuple)
    # The other names of a list of provinces or countries it stands in ("Georgia, Oklahoma and Wisconsin").
    listed: list["Mention"] = field(default_factory=list, compare=False, repr=False)


# A former or second seat of government is a town of some size (Bonn 330,000, Lagos, Aden, Ramallah
# 44,000 in GeoNames); 25,000 keeps them all while a palace's namesake town in the same country
# (White House, Tennessee: 11,000) falls below.
SEAT_TOWN_POPULATION = 25_000


class PlaceTables:
    """Per-process lookups built once from the gazetteer: demonyms and ISO3 -> ISO2."""

    def __init__(self):
        self.gazetteer = load_gazetteer()
        rows = country_info()
        self.iso3_to_iso2 = {row[1]: row[0] for row in rows}
        self.capitals = {(row[0], row[5]) for row in rows if row[5]}
        self.demonyms: dict[str, str] = {}
        self.cues = [(row[0], row.number(1), _pattern(row)) for row in read_table("places/country_cues.tsv", min_cells=3)]
        # North American area code -> the state or province it serves ("903" -> "US.TX").
        self.area_codes = {row[0]: row[1] for row in read_table("places/area_codes.tsv", min_cells=2)}
        # One-word titles and honorifics of the actors' list ("Mayor", "Mr."): the name after one is
        # a person's ("Mayor Mullins"), whatever town shares it.
        self.titles = {row[0].casefold().rstrip(".") for row in read_table("actors/titles.tsv", min_cells=2)
                       if row[1] in ("title", "honorific") and " " not in row[0]}
        population = {c.country: c.population for c in self.gazetteer.countries()}
        # A word several countries share ("American") goes to the most populous one.
        extras = sorted(read_country_extras().items(), key=lambda item: -population.get(item[0], 0))
        for iso2, (_lat, _lon, words) in extras:
            for word in words:
                for form in word.split(","):
                    form = form.strip()
                    if form:
                        self.demonyms.setdefault(form, iso2)
                        self.demonyms.setdefault(form + "s", iso2)  # "Americans", "Palestinians"
        # The actor dictionary's demonyms too ("Argentine", "Argentinian" beside the places table's
        # "Argentinean"): a word the actors component reads as a country's adjective must not be
        # looked up as a town that shares its spelling (Argentine, Kansas).
        self.seats: set[str] = set()  # seats of government that are no town: "White House", "Kremlin"
        for row in read_table("actors/countries.tsv", header=True):
            iso2 = row["iso2"]
            for form in row["demonyms"].split("|"):
                if form.strip() and iso2:
                    self.demonyms.setdefault(form.strip(), iso2)
            for seat in filter(None, (form.strip() for form in row["governments"].split("|"))):
                if (iso2, seat) not in self.capitals and not self._seat_town(seat, iso2):
                    self.seats.add(seat)

    def _seat_town(self, name: str, iso2: str) -> bool:
        """Whether a seat of government that is not the capital is a big town of its country
        ("Lagos", "Bonn", "Tel Aviv"): the palaces and streets ("White House", "Downing Street") are
        none, or share the name of some small town ("White House, Tennessee")."""
        return any(c.feature in ("city", "admin1") and c.country == iso2 and c.population >= SEAT_TOWN_POPULATION
                   for c in self.gazetteer.candidates(name))


def _pattern(row: Row) -> "QuickPattern":
    try:
        return QuickPattern(re.compile(row[2]))
    except re.error as exc:
        raise row.error(f"not a regular expression: {exc}") from None


class QuickPattern:
    """A pattern whose ``finditer`` yields the matches ``re.Pattern.finditer`` does, sooner.

    Python's regex engine finds where a pattern may start by a quick scan for its first literal or
    character class; a pattern opening with ``\\b`` (most country cues) it tries instead at every
    character of the article. Each top-level alternative less its opening ``\\b`` has such a quick
    scan, and the whole pattern can match only where one of them does: it is tried only there.
    Patterns where that does not hold simply (back-references, verbose mode) keep the plain scan.
    """

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.scanners = _scanners(pattern)

    def finditer(self, text: str):
        if self.scanners is None:
            yield from self.pattern.finditer(text)
            return
        scanners = self.scanners
        # Each scanner's first match at or after the position it last searched from.
        ahead = [scanner.search(text) for scanner in scanners]
        pos = 0
        while pos <= len(text):
            at = None
            for k, found in enumerate(ahead):
                if found is not None and found.start() < pos:
                    found = ahead[k] = scanners[k].search(text, pos)
                if found is not None and (at is None or found.start() < at):
                    at = found.start()
            if at is None:
                return
            match = self.pattern.match(text, at)  # what a plain scan finds here: no earlier start can match
            if match is None:
                pos = at + 1
            elif match.end() == at:
                # An empty match: the plain scan's rule for the next one is its own; follow it from here.
                yield from self.pattern.finditer(text, at)
                return
            else:
                yield match
                pos = match.end()


def _scanners(pattern: re.Pattern) -> Optional[list[re.Pattern]]:
    """The top-level alternatives of ``pattern`` less their opening ``\\b``, compiled; None where
    they would not be a safe pre-scan or give none any quicker."""
    source = pattern.pattern
    if pattern.flags & re.VERBOSE or re.search(r"\\[1-9]|\(\?P=|\(\?\(", source):
        return None
    branches = _top_level_branches(source)
    if branches is None or not any(branch.startswith(r"\b") for branch in branches):
        return None
    stripped = [branch[2:] if branch.startswith(r"\b") else branch for branch in branches]
    if not all(_quick_start(branch) for branch in stripped):
        return None
    try:
        return [re.compile(branch, pattern.flags) for branch in stripped]
    except re.error:
        return None


def _quick_start(branch: str) -> bool:
    """Whether the engine can scan quickly for where ``branch`` starts: it opens with a literal, a
    character class, or a group whose every alternative opens with a literal ("(?:County|Parish)")."""
    if not branch or branch[0] in ".^$|?*+{)":
        return False
    if branch[0] != "(":
        return not re.match(r"\\[bBAZ]", branch)  # "\d", "\(" and "[Ss]" do; an anchor does not
    if branch.startswith("(?") and not branch.startswith("(?:"):
        return False  # a look-around or a flag group
    inner = branch[3:] if branch.startswith("(?:") else branch[1:]
    alternatives = _top_level_branches(inner.split(")", 1)[0]) if "(" not in inner.split(")", 1)[0] else None
    if not alternatives:
        return False
    return all(
        a and (a[0] not in "()[].^$|?*+{\\" or re.match(r"\\\W", a) is not None) for a in alternatives)


def _top_level_branches(source: str) -> Optional[list[str]]:
    """``source`` split at each ``|`` outside groups and character classes; None if unbalanced."""
    branches, depth, start, i = [], 0, 0, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i += 1
            if source[i:i + 1] == "^":
                i += 1
            if source[i:i + 1] == "]":
                i += 1  # a leading "]" is a member of the class
            while i < len(source) and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            branches.append(source[start:i])
            start = i + 1
        i += 1
    if depth != 0:
        return None
    branches.append(source[start:])
    return branches


_PLACE_TABLES: Optional[PlaceTables] = None


def place_tables() -> PlaceTables:
    global _PLACE_TABLES
    if _PLACE_TABLES is None:
        _PLACE_TABLES = PlaceTables()
    return _PLACE_TABLES
