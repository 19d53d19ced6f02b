"""The store opened read-only: the web server never writes, and says so to the database."""
from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

from ..errors import StoreError
from .migrate import migration_scripts
from .postgres import PostgresStore, is_postgres_url, redact
from .sqlite import SQLiteStore

# Pages a read-only connection keeps in memory (KiB; SQLite's default is 2,000): what a few pages of
# a large database read (indexes and the summaries) stays cached for the server's next request.
CACHE_KIB = 32_768


class OldSchema(StoreError):
    """The database predates this version's schema; any writing command migrates it."""


class ReadOnlyStore(SQLiteStore):
    """A :class:`SQLiteStore` on a ``mode=ro`` connection; every query helper works, writes fail.

    The server keeps a few open between requests (each runs in its own thread, one request at a time
    per store), so the connection is not tied to the thread that opened it; SQLite's cache of pages
    read then serves the next request too, where a connection per request read every page afresh.
    Between statements it holds no read transaction, so each query sees every write committed before it.

    Args:
        path: an existing dateline database, migrated to this version's schema.

    Raises:
        StoreError: when the file is missing or not a dateline database.
        OldSchema: when the database has an older schema than this version reads.
    """

    def __init__(self, path: str | Path):  # noqa: D107 - no migration, unlike the parent
        self.path = Path(path)
        if not self.path.is_file():
            raise StoreError(f"no database at {self.path}; create one with: dateline ingest PATH --db {self.path}")
        try:
            self.conn = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True, timeout=30,
                                        check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open {self.path} as a dateline database: {exc}") from exc
        needed = schema_version()
        if version < needed:
            self.conn.close()
            raise OldSchema(f"{self.path} has schema version {version}, this dateline reads {needed}; "
                             f"upgrade it with: dateline stats --db {self.path}")


def open_readonly(db: str | Path) -> ReadOnlyStore | PostgresStore:
    """The database at ``db`` (a file or a ``postgresql://`` URL) opened for reading only.

    Raises:
        StoreError: when it is missing or not a dateline database.
        OldSchema: when it has an older schema than this version reads.
    """
    if not is_postgres_url(db):
        return ReadOnlyStore(db)
    store = PostgresStore(str(db), readonly=True)
    needed = schema_version()
    if store.schema_version == 0:
        store.close()
        raise StoreError(f"{redact(str(db))} has no dateline tables; create them with: dateline ingest PATH --db URL")
    if store.schema_version < needed:
        store.close()
        raise OldSchema(f"{redact(str(db))} has schema version {store.schema_version}, this dateline reads {needed}; "
                        "upgrade it with: dateline stats --db URL")
    return store


@functools.lru_cache(maxsize=1)
def schema_version() -> int:
    """The schema version of the newest migration shipped with this package (read once: the server
    opens the store for every request, and the package's files do not change while it runs)."""
    return max((number for number, _, _ in migration_scripts()), default=0)
