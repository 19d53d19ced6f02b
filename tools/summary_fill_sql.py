"""Rewrite the filling statements of migration 0008 from dateline.store.summary.

    python tools/summary_fill_sql.py

Migration 0008 fills the summary tables with the same SQL the stores run as they write (see
summary.add_articles), over every current article. Run this after changing that SQL, or the
default minimum confidence in store/shown.py (the summaries count the events shown by default),
while 0008 is unreleased; tests/store/test_summary.py fails while the two differ.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.store import summary  # noqa: E402

MIGRATION = ROOT / "src" / "dateline" / "store" / "migrations" / "0008_summaries.sql"


def filling_statements() -> list[str]:
    """The statements, in the order the migration runs them."""
    found = [summary._upsert(table, keys, column, select.format(ids="SELECT id FROM current_articles"))
             .replace("? * k.n", "k.n") + ";" for table, keys, column, select in summary._COUNTS]
    return found + [sql.format(ids="SELECT id FROM articles") + ";" for sql in summary._WRITTEN_ONCE]


def main() -> None:
    lines = MIGRATION.read_text(encoding="utf-8").split("\n")
    at = [i for i, line in enumerate(lines) if line.startswith("INSERT INTO") and "data_version" not in line]
    new = filling_statements()
    if len(at) != len(new):
        sys.exit(f"{MIGRATION} has {len(at)} filling statements, summary.py {len(new)}: edit the file by hand")
    changed = sum(lines[i] != sql for i, sql in zip(at, new))
    for i, sql in zip(at, new):
        lines[i] = sql
    MIGRATION.write_text("\n".join(lines), encoding="utf-8")
    print(f"{changed} of {len(new)} statements rewritten in {MIGRATION.name}")


if __name__ == "__main__":
    main()
