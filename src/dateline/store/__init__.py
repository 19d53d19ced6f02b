"""The store: where analyses live. Only this package talks to a database."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from .sqlite import NEW, UNCHANGED, VERSION, SQLiteStore

DEFAULT_DB = "dateline.db"

__all__ = ["open_store", "default_db_path", "SQLiteStore", "NEW", "UNCHANGED", "VERSION"]


def default_db_path() -> str:
    """``$DATELINE_DB`` when set, else ``./dateline.db``."""
    return os.environ.get("DATELINE_DB") or DEFAULT_DB


def open_store(path: Optional[str | Path] = None) -> SQLiteStore:
    """Open (creating when needed) the store at ``path`` or the default location."""
    return SQLiteStore(path or default_db_path())
