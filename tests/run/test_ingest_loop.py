"""The library's ingest loop: faults while writing, workers whose parent dies, Ctrl-C with workers."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline import run
from dateline.store import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "seed" / "article.txt"
WIKINEWS = ROOT / "examples" / "wikinews.jsonl"


def _write_texts(folder: Path, n: int) -> None:
    folder.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(f"Story {i}.\n\n{seed}", encoding="utf-8")


def test_a_locked_database_gives_the_real_reason_and_the_batch_goes_on(tmp_path):
    db = tmp_path / "news.db"
    SQLiteStore(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    store = SQLiteStore(db, lock_timeout=0.2)
    said = []
    try:
        tally = run.ingest([str(SEED)], store, on_reject=lambda item, reason: said.append((item, reason)))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        store.close()
    assert tally.counts[run.REJECTED] == 1 and tally.exit_code() == 1
    (item, reason), = said
    assert item == str(SEED)
    assert reason.startswith("not stored: cannot write to") and "database is locked" in reason
    assert "not recorded in the store" in reason  # the reject could not be written either, yet it is told


def test_a_full_disk_is_named_as_such_and_nothing_is_half_stored(tmp_path):
    db = tmp_path / "news.db"
    store = SQLiteStore(db)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # room for almost nothing
    said = []
    tally = run.ingest([str(SEED)], store, on_reject=lambda item, reason: said.append(reason))
    assert tally.counts[run.REJECTED] == 1
    assert "database or disk is full" in said[0]
    assert "no transaction is active" not in said[0]
    assert store.query("SELECT COUNT(*) FROM articles")[0][0] == 0
    assert store.query("SELECT COUNT(*) FROM entities")[0][0] == 0
    store.close()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent's bookkeeping is left


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _start_ingest(tmp_path: Path, folder: Path) -> subprocess.Popen:
    # Ctrl-C as a terminal delivers it: a run started from a background job inherits SIGINT ignored
    # (a shell ignores it there), and Python then never raises KeyboardInterrupt; undo that in the child.
    return subprocess.Popen([sys.executable, "-m", "dateline", "ingest", str(folder), "--db", str(tmp_path / "n.db"),
                             "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _wait_for_stored(db: Path, within: float = 120.0) -> None:
    """Wait until the ingest has stored its first article."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                    if conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] > 0:
                        return
            except sqlite3.OperationalError:
                pass  # the schema is still being made
        time.sleep(0.1)
    raise AssertionError("nothing was stored")


def _wait_for_workers(main: subprocess.Popen, n: int = 2, within: float = 120.0) -> list[int]:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        # forked pool workers, not a gazetteer build in a child process
        workers = [pid for pid in _children(main.pid) if b"gazetteer" not in _cmdline(pid)]
        if len(workers) >= n:
            return workers
        time.sleep(0.2)
    raise AssertionError("the workers did not start")


@pytest.mark.slow
def test_workers_exit_when_their_main_process_is_killed(tmp_path):
    folder = tmp_path / "in"
    _write_texts(folder, 60)
    main = _start_ingest(tmp_path, folder)
    try:
        workers = _wait_for_workers(main)
        time.sleep(2)
        os.kill(main.pid, signal.SIGKILL)
        main.communicate()
        deadline = time.monotonic() + 15
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(pid) for pid in workers)
    finally:
        os.killpg(main.pid, signal.SIGKILL)


@pytest.mark.slow
def test_ctrl_c_with_workers_is_one_line_and_exit_130(tmp_path):
    folder = tmp_path / "in"
    _write_texts(folder, 200)
    main = _start_ingest(tmp_path, folder)
    try:
        _wait_for_workers(main)
        _wait_for_stored(tmp_path / "n.db")  # mid-run: some stored, most not (a fixed wait raced a fast machine)
        os.killpg(main.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole process group
        out, err = main.communicate(timeout=120)
    finally:
        if main.poll() is None:
            os.killpg(main.pid, signal.SIGKILL)
            main.communicate()
    assert main.returncode == 130, err
    assert "Traceback" not in err
    assert [line for line in err.splitlines() if line.startswith("interrupted")] != []
    db = sqlite3.connect(tmp_path / "n.db")
    stored = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    whole = db.execute("SELECT COUNT(DISTINCT article_id) FROM mentions").fetchone()[0]
    assert stored < 200 and whole == stored  # every stored article has its facts; none half-stored


def test_the_summary_counts_rejects_by_their_kind_without_the_details():
    tally = run.Tally()
    tally.reject("unsupported file type .docx; supported: .txt, .html, .htm")
    tally.reject("unsupported file type .docx; supported: .txt, .html, .htm")
    tally.reject("binary file: contains NUL bytes, not text")
    assert dict(tally.reasons) == {"unsupported file type .docx": 2, "binary file": 1}
