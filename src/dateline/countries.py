"""ISO 3166-1 country codes in either form: actors store alpha-3, places alpha-2 (as GeoNames).

Every listing and filter accepts either, so ``AF`` and ``AFG`` find the same things wherever a
country is asked for. The table is GeoNames' ``countryInfo.txt``, shipped under ``resources/``.
"""
from __future__ import annotations

import functools
from importlib import resources
from typing import Optional

from .errors import DatelineError


class UnknownCountry(DatelineError):
    """A country code that is neither an ISO 3166-1 alpha-2 nor an alpha-3 code."""


@functools.lru_cache(maxsize=1)
def _codes() -> dict[str, tuple[str, str]]:
    """Both codes of every country, keyed by each of them."""
    text = (resources.files("dateline.resources") / "geonames" / "countryInfo.txt").read_text(encoding="utf-8")
    codes: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        alpha2, alpha3 = fields[0].upper(), fields[1].upper()
        codes[alpha2] = codes[alpha3] = (alpha2, alpha3)
    return codes


def country_codes(code: str) -> tuple[str, str]:
    """The ``(alpha-2, alpha-3)`` pair of a country given by either code, in any case.

    Raises:
        UnknownCountry: when ``code`` is not an ISO 3166-1 alpha-2 or alpha-3 code.

    Example:
        >>> country_codes("afg")
        ('AF', 'AFG')
    """
    found = _codes().get(code.strip().upper())
    if found is None:
        raise UnknownCountry(f"unknown country code {code!r}: use ISO 3166-1 alpha-2 or alpha-3, e.g. AF or AFG")
    return found


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """The alpha-2 code of every country keyed by its English name (countryInfo's), case-folded."""
    text = (resources.files("dateline.resources") / "geonames" / "countryInfo.txt").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {fields[4].casefold(): fields[0].upper() for fields in rows}


def country_named(name: str) -> Optional[str]:
    """The alpha-2 code of a country given by its English name, in any case, or None.

    Example:
        >>> country_named("armenia")
        'AM'
    """
    return _names().get(name.strip().casefold())


def alpha2(code: str) -> str:
    """The alpha-2 code (places' form) of a country given by either code."""
    return country_codes(code)[0]


def alpha3(code: str) -> str:
    """The alpha-3 code (actors' form) of a country given by either code."""
    return country_codes(code)[1]
