"""The store: where analyses live. Only this package talks to a database.

Two backends behind one small interface (``save``, ``save_many``, ``reject``, ``stored_id``,
``query``, ``analysis``, ``close`` and a ``dialect``): :class:`SQLiteStore` for a file path,
:class:`.postgres.PostgresStore` for a ``postgresql://`` URL.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from .postgres import PostgresStore, is_postgres_url
from .sqlite import NEW, UNCHANGED, VERSION, SQLiteStore

DEFAULT_DB = "dateline.db"

__all__ = ["open_store", "default_db_path", "is_postgres_url", "SQLiteStore", "PostgresStore",
           "NEW", "UNCHANGED", "VERSION"]


def default_db_path() -> str:
    """``$DATELINE_DB`` when set, else ``./dateline.db``."""
    return os.environ.get("DATELINE_DB") or DEFAULT_DB


def open_store(path: Optional[str | Path] = None) -> SQLiteStore | PostgresStore:
    """Open (creating or migrating when needed) the store at ``path`` or the default location.

    Args:
        path: an SQLite file, or a ``postgresql://user@host/dbname`` URL.

    Example:
        >>> store = open_store("postgresql://dateline@db.example.org/news")  # doctest: +SKIP
    """
    where = path or default_db_path()
    if is_postgres_url(where):
        return PostgresStore(str(where))
    return SQLiteStore(where)
