"""Write a migration that counts again the summaries of the events shown by default.

    python tools/recount_sql.py            # writes migrations/NNNN_recount_shown_events.sql

The summary tables count only the events a user sees by default (``store/shown.py``: the
default minimum confidence, asserted status). Migrations 0008 to 0010 filled them under the rule
of their day and are released, so they are never rewritten: when the rule changes (a new
calibration moves the default), run this to add a migration that sets those counts again under
the new rule, on every existing database, SQLite and PostgreSQL alike. ``tests/store/test_summary.py``
fails while the newest such migration counts by another rule than ``summary.py``.

Only the counts that depend on the rule are redone (events per actor, place, day, month, place
and type, link, and article); the others do not change, and a 100,000-article database keeps
its 600,000 mentions uncounted.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.store import summary  # noqa: E402
from dateline.store.migrate import migration_scripts, statements  # noqa: E402

FOLDER = ROOT / "src" / "dateline" / "store" / "migrations"
HEADER = """-- The summaries' counts of the events a user sees by default, counted again under the rule
-- of store/shown.py as it stands now, written by tools/recount_sql.py, so that a database filled
-- under an earlier rule (an earlier default minimum confidence) shows counts that match its
-- listings again. Only the counts of shown events are redone. The rule:
--   {rule}
"""

def newest_recount() -> tuple[str, list[str]] | None:
    """The newest recount migration's name and statements, or None where there is none."""
    found = [(name, sql) for _n, name, sql in migration_scripts() if name.endswith("_recount_shown_events.sql")]
    return (found[-1][0], statements(found[-1][1])) if found else None


def main() -> None:
    newest = newest_recount()
    wanted = [s + ";" for s in summary.recount_statements()]
    if newest is not None and newest[1] == wanted:
        sys.exit(f"{newest[0]} already counts by the rule of store/shown.py: no migration written")
    number = max(n for n, _name, _sql in migration_scripts()) + 1
    path = FOLDER / f"{number:04d}_recount_shown_events.sql"
    text = HEADER.format(rule=summary.SHOWN_EVENT) + "\n".join(wanted) + "\n"
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}: {len(wanted)} statements")


if __name__ == "__main__":
    main()
