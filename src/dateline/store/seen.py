"""What ``dateline watch`` has seen in each source: one row per item, in the ``watch_seen`` table."""
from __future__ import annotations

from typing import Iterable, Optional

from .sqlite import _now


def seen_versions(store, source: str) -> dict[str, Optional[str]]:
    """``{item: version}`` of every item recorded for ``source``."""
    return {r[0]: r[1] for r in store.query("SELECT item, version FROM watch_seen WHERE source = ?", (source,))}


def mark_seen(store, source: str, items: Iterable[tuple[str, Optional[str]]]) -> int:
    """Record ``(item, version)`` pairs of ``source`` as seen; returns how many."""
    now, count = _now(), 0
    for item, version in items:
        store.execute("INSERT INTO watch_seen (source, item, version, seen_at) VALUES (?,?,?,?) "
                      "ON CONFLICT (source, item) DO UPDATE SET version = excluded.version, seen_at = excluded.seen_at",
                      (source, item, version, now))
        count += 1
    return count
