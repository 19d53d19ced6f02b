"""Numbered schema migrations (``migrations/NNNN_name.sql``), applied in order, once each."""
from __future__ import annotations

import re
import sqlite3
from importlib import resources

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


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations this database lacks; returns the schema version after."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, _name, sql in migration_scripts():
        if number <= current:
            continue
        # executescript commits first; wrap each migration in its own transaction.
        conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
        current = number
    return current
