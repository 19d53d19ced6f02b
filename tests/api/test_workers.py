"""``dateline serve --workers N``: N real processes on one port, each answering and seeing every write,
all stopped by Ctrl-C or SIGTERM, none left behind when the parent is killed.

Which worker answers a connection is the kernel's choice, so the tests choose it: every worker but
one is paused with SIGSTOP, and the one left running must accept the next connection.
"""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from dateline.api.workers import MAX_DEFAULT_WORKERS, default_workers
from dateline.store import open_store

pytestmark = pytest.mark.skipif(not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(),
                                reason="finds the workers through Linux's /proc/PID/task/PID/children")


def _children(pid: int) -> list[int]:
    return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _running(pid: int) -> bool:
    """Whether ``pid`` is a process that runs (not gone, not a zombie left for init to reap)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


@contextmanager
def _serving(db: Path, workers: int, *options: str):
    """``dateline serve`` in its own process group: (the process, its URL, its worker pids)."""
    command = [sys.executable, "-m", "dateline", "serve", "--db", str(db), "--port", "0",
               "--workers", str(workers), *options]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          start_new_session=True) as server:
        try:
            line = server.stdout.readline()
            found = re.search(r"http://127\.0\.0\.1:\d+/", line)
            shown = re.search(r"/, (\d+) workers ", line)
            assert found and (shown.group(1) if shown else "1") == str(workers), line
            forked = workers if workers > 1 else 0  # one worker: the server process itself answers
            deadline = time.monotonic() + 30
            while len(_children(server.pid)) < forked and time.monotonic() < deadline:
                time.sleep(0.05)
            pids = _children(server.pid)
            assert len(pids) == forked
            yield server, found.group(0), pids
        finally:
            if server.poll() is None:
                server.terminate()
            server.wait(timeout=30)


def _count(url: str) -> int:
    with urllib.request.urlopen(url + "articles.json", timeout=30) as answer:
        return json.loads(answer.read())["count"]


def _count_from_each(url: str, pids: list[int]) -> list[int]:
    """The article count as each worker answers it, the others paused meanwhile."""
    counts = []
    for answering in pids:
        paused = [pid for pid in pids if pid != answering]
        for pid in paused:
            os.kill(pid, signal.SIGSTOP)
        try:
            counts.append(_count(url))
        finally:
            for pid in paused:
                os.kill(pid, signal.SIGCONT)
    return counts


@pytest.fixture()
def one_article(tmp_path, analyze):
    db = tmp_path / "workers.db"
    with open_store(db) as store:
        store.save(analyze("Officials said the talks in Kabul would resume.", published="2023-05-01"))
    return db


@pytest.mark.parametrize("cache_mb", ["128", "0"])  # answers kept per worker, or none: kept stores only
def test_every_worker_answers_and_sees_a_write(one_article, analyze, cache_mb):
    with _serving(one_article, 3, "--cache-mb", cache_mb) as (server, url, pids):
        assert _count_from_each(url, pids) == [1, 1, 1]
        assert _count_from_each(url, pids) == [1, 1, 1]  # a repeat, from each worker's cache or kept store
        with open_store(one_article) as store:  # as `dateline ingest` would, while the server runs
            store.save(analyze("The mayor of Herat said the road had reopened.", published="2023-05-02"))
        assert _count_from_each(url, pids) == [2, 2, 2]
        assert sorted(_children(server.pid)) == sorted(pids)  # the same workers answered throughout


def test_a_paused_worker_does_not_hold_up_the_others(one_article):
    with _serving(one_article, 2) as (server, url, pids):
        os.kill(pids[0], signal.SIGSTOP)  # as if busy with a long page
        try:
            answers: list[int] = []
            clients = [threading.Thread(target=lambda: answers.append(_count(url))) for _ in range(8)]
            for client in clients:
                client.start()
            for client in clients:
                client.join(timeout=60)
            assert answers == [1] * 8
        finally:
            os.kill(pids[0], signal.SIGCONT)
        assert _count_from_each(url, pids) == [1, 1]


@pytest.mark.parametrize("stop", ["SIGTERM to the server", "Ctrl-C to its process group"])
def test_a_stop_signal_stops_every_worker(one_article, stop):
    with _serving(one_article, 3) as (server, url, pids):
        assert _count(url) == 1
        if stop.startswith("SIGTERM"):
            server.send_signal(signal.SIGTERM)
        else:
            os.killpg(server.pid, signal.SIGINT)
        assert server.wait(timeout=30) == 0
        assert "stopped" in server.stderr.read()
        assert not any(_running(pid) for pid in pids)


def test_workers_stop_when_the_server_is_killed(one_article):
    with _serving(one_article, 2) as (server, url, pids):
        server.kill()  # SIGKILL: no chance to stop its workers
        server.wait(timeout=30)
        deadline = time.monotonic() + 30
        while any(_running(pid) for pid in pids) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_running(pid) for pid in pids)


def test_a_worker_that_dies_is_replaced(one_article):
    with _serving(one_article, 2) as (server, url, pids):
        os.kill(pids[0], signal.SIGKILL)
        deadline = time.monotonic() + 30
        while (len(_children(server.pid)) < 2 or pids[0] in _children(server.pid)) and time.monotonic() < deadline:
            time.sleep(0.05)
        replaced = _children(server.pid)
        assert len(replaced) == 2 and pids[0] not in replaced and pids[1] in replaced
        assert _count_from_each(url, replaced) == [1, 1]


def test_one_worker_is_the_server_process_itself(one_article):
    with _serving(one_article, 1) as (server, url, pids):
        assert pids == [] and _count(url) == 1
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) == 0
        assert "stopped" in server.stderr.read()


def test_the_default_is_one_worker_per_cpu_within_bounds():
    assert 1 <= default_workers() <= min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS)


def test_a_busier_worker_leaves_a_new_connection_to_the_least_busy(monkeypatch):
    from dateline.api import balance as workers

    waits: list[float] = []
    monkeypatch.setattr(workers.time, "sleep", waits.append)
    balance = workers.Balance(3)
    for slot in range(3):
        balance.start(slot)
    balance.slot = 0
    balance.opened()
    balance.opened()  # worker 0 holds 2 connections, 1 and 2 none
    balance.wait_turn()
    balance.slot = 1
    balance.wait_turn()  # the least busy takes it at once
    assert waits == [2 * workers.ACCEPT_DELAY]
    balance.slot = 0
    for _ in range(10):
        balance.opened()
    balance.wait_turn()
    assert waits[-1] == workers.MAX_ACCEPT_DELAY  # however busy, a connection waits at most this
    balance.closed()
    balance.start(0)  # a replaced worker starts with none
    balance.wait_turn()
    assert len(waits) == 2
