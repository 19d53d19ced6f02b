"""Numbered schema migrations (``migrations/NNNN_name.sql``), applied in order, once each."""
from __future__ import annotations

import re
import sqlite3
from importlib import resources

from ..errors import StoreError

_NUMBERED = re.compile(r"^(\d{4})_.+\.sql$")


def migration_scripts() -> list[tuple[int, str, str]]:
    """``(number, name, sql)`` for every migration shipped with the package, in order."""
    folder = resources.files("dateline.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _NUMBERED.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def statements(sql: str) -> list[str]:
    """Split a migration script into complete SQL statements."""
    found, current = [], ""
    for line in sql.splitlines(keepends=True):
        if not current and (not line.strip() or line.lstrip().startswith("--")):
            continue
        current += line
        if sqlite3.complete_statement(current):
            found.append(current.strip())
            current = ""
    return found


def _foreign_tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%'")]


def migrate(conn: sqlite3.Connection, path: str = "the database") -> int:
    """Apply the migrations this database lacks; returns the schema version after.

    Each migration runs in its own ``BEGIN IMMEDIATE`` transaction and re-reads the version
    inside it, so several processes opening a new database at once apply it exactly once.

    Raises:
        StoreError: when the file is an SQLite database of something else (it has tables but
            no dateline schema version): dateline never adds its tables to a foreign database.
    """
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, _name, sql in migration_scripts():
        if number <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current == 0 and _foreign_tables(conn):
                raise StoreError(f"{path} is an SQLite database of something else (tables: "
                                 f"{', '.join(_foreign_tables(conn)[:5])}); give dateline its own file with --db")
            if number > current:
                for statement in statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
                current = number
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return current
