"""The offline gazetteer: GeoNames countries, provinces, districts and towns in one SQLite file,
built from data that ships with dateline or its dependencies (``sources``), into the user's cache
folder (``lookup``), by ``build``."""
from __future__ import annotations

from ..errors import GazetteerError
from .build import build_gazetteer
from .lookup import Entry, Gazetteer, default_path, load_gazetteer
from .names import name_key
from .sources import read_country_extras

__all__ = ["Entry", "Gazetteer", "GazetteerError", "build_gazetteer", "default_path", "load_gazetteer",
           "name_key", "read_country_extras"]
