"""Reading a built gazetteer: where it lives, whether it is current, and name lookups.

The gazetteer is one SQLite file in the user's cache folder (``$DATELINE_CACHE``, else
``$XDG_CACHE_HOME/dateline``, else ``~/.cache/dateline``), never inside the installed package. It
holds two tables: ``place`` (one row per GeoNames entry) and ``name`` (every normalised name that
points to one), so a lookup is one indexed query and the process keeps almost nothing in memory.
It is built on first use, in a child process, and rebuilt when its sources change.

Example:
    >>> gazetteer = load_gazetteer()
    >>> [entry.name for entry in gazetteer.candidates("Badakhshan")][:1]
    ['Badakhshan']
"""
from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, cast

from ..errors import GazetteerError
from .names import name_key
from .sources import sources_fingerprint

log = logging.getLogger(__name__)

# Bump when the schema or the way rows are made changes: an older file is rebuilt on first use.
GAZETTEER_VERSION = "5"
FILENAME = "gazetteer.sqlite"
CACHE_ENV = "DATELINE_CACHE"
# Names whose candidates a process keeps in memory (the least recently asked are dropped).
CANDIDATE_CACHE = 16_384
FEATURE_RANK = {"country": 0, "region": 1, "admin1": 2, "admin2": 3, "city": 4, "physical": 5, "other": 6}

_LOCK = threading.Lock()
_GAZETTEER: Optional["Gazetteer"] = None


@dataclass(frozen=True)
class Entry:
    """One GeoNames entry as a candidate for a name."""

    geonameid: int
    name: str
    feature: str  # country | region | admin1 | admin2 | city | physical (sea, lake, river, mountain, pass …)
    country: Optional[str]  # ISO 3166-1 alpha-2
    admin1_code: Optional[str]  # "AF.01"
    admin1: Optional[str]  # name of the first-level division
    lat: Optional[float]
    lon: Optional[float]
    population: int
    main: bool  # the name looked up is the entry's own name, not an alternate
    gazetteer: str = "geonames"  # or "dateline": an entry of dateline's own, whose id is not GeoNames'


def _entry(place: tuple, main: bool, gazetteer: str) -> Entry:
    """An Entry from the nine ``place`` columns of a row (id, name, feature, …, population)."""
    return Entry(place[0], place[1], place[2], place[3], place[4], place[5], place[6], place[7], place[8] or 0,
                 main, gazetteer)


def cache_dir() -> Path:
    """The user's cache folder for what dateline builds: ``$DATELINE_CACHE`` or the XDG cache."""
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dateline"


def default_path() -> Path:
    """Where the gazetteer lives: the user's cache folder."""
    return cache_dir() / FILENAME


def stamp() -> str:
    """What a current gazetteer's ``meta.version`` says: the schema version and its sources' digest."""
    return f"{GAZETTEER_VERSION}:{sources_fingerprint()}"


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
    return bool(row) and row[0] == stamp()


_ENTRY_SQL = """
SELECT p.geonameid, p.name, p.feature, p.country, p.admin1_code, p.admin1, p.lat, p.lon, p.population,
       MAX(n.main), p.gazetteer
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
        # Every id was just read from ``place``, so each has an entry.
        self._countries = {entry.country: entry for entry in cast("Iterable[Entry]", map(self.entry, ids))}

    def _query(self, key: str) -> tuple[Entry, ...]:
        rows = self._db.execute(_ENTRY_SQL, (key,)).fetchall()
        entries = [_entry(r[:9], bool(r[9]), r[10]) for r in rows]
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
            "SELECT geonameid, name, feature, country, admin1_code, admin1, lat, lon, population, gazetteer "
            "FROM place WHERE geonameid = ?", (geonameid,)).fetchone()
        return _entry(row[:9], True, row[9]) if row else None

    def province(self, admin1_code: str) -> Optional[Entry]:
        """The first-level division with this code ("UA.18"), or None."""
        row = self._db.execute("SELECT geonameid FROM place WHERE feature = 'admin1' AND admin1_code = ?",
                               (admin1_code,)).fetchone()
        return self.entry(row[0]) if row else None

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
    done = subprocess.run([sys.executable, "-m", "dateline.gazetteer.build", str(target)],
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
                log.info("gazetteer missing or out of date at %s; building it once (15-25 s)", target)
                _build_in_child(target)
            _GAZETTEER = Gazetteer(target)
        return _GAZETTEER
