"""Several server processes answering on one listening socket (``dateline serve --workers N``).

One server process runs its Python (the views, the HTML) under one GIL, one thread at a time, so it
uses at most one core for it however many clients wait; only SQLite's own work runs beside it.
Forked workers each run their own interpreter: the parent binds the socket once
(:func:`dateline.api.server.make_server`), then forks N workers that each run ``serve_forever`` on
the inherited socket, with their own kept read-only stores and their own answer cache. All of them
wake when a client connects; the one holding the fewest connections takes it (:class:`Balance`).
Caches need no coordination: each answer is kept under the data version read before it was
computed, so a write is seen by every worker on its next request.

Workers add cores, not speed per core: on a machine whose cores other work already takes, they
add nothing (on 2 shared cores, under Linux's per-session CPU shares, bench/serve.py's server got
0.4-1.4 of a core with one process or two, and the same p99; see the README).

The parent only supervises: on SIGINT (Ctrl-C) or SIGTERM it sends SIGTERM to every worker, waits
for them, and returns; a worker that dies is replaced. A worker whose parent is gone (killed with
SIGKILL) stops itself within a poll interval (``DatelineServer.parent_pid``), so none is left behind.
"""
from __future__ import annotations

import logging
import os
import signal
import sys
import time
from types import FrameType
from typing import Optional

from .balance import Balance
from .server import DatelineServer, Stop

log = logging.getLogger(__name__)

# Workers by default: one per CPU this process may run on, since a worker beyond that has no core
# to run its Python on and only adds memory (its own kept stores and answer cache); at most 8, so
# a large machine shared with other services does not get dozens of copies of those caches.
MAX_DEFAULT_WORKERS = 8
# Seconds a worker has to finish its requests after SIGTERM before it is killed: a page of the
# bench database takes well under a second, a slow client longer than it deserves.
STOP_GRACE = 10.0
# A worker that dies sooner than this after the last one was replaced points at something broken
# (the database gone, memory exhausted): the server stops rather than fork in a loop.
MIN_RESPAWN_INTERVAL = 1.0
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def can_fork() -> bool:
    """Whether this platform can fork workers (not on Windows: there the server runs as one process)."""
    return hasattr(os, "fork")


def default_workers() -> int:
    """One worker per CPU this process may use, at most ``MAX_DEFAULT_WORKERS``; 1 where fork is missing."""
    if not can_fork():
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))  # what a container or taskset allows, not the machine's count
    except AttributeError:  # macOS has no sched_getaffinity
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_DEFAULT_WORKERS))


def _raise_stop(signum: int, frame: Optional[FrameType]) -> None:
    raise Stop(signal.Signals(signum).name)


def _work(server: DatelineServer, parent: int, balance: Balance, slot: int) -> int:
    """A worker's life: serve until a stop signal or the parent's death; its exit status."""
    server.parent_pid = parent
    balance.start(slot)
    server.balance = balance
    for signum in STOP_SIGNALS:
        signal.signal(signum, _raise_stop)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    try:
        server.serve_forever()
    except Stop:
        pass
    finally:
        server.server_close()  # closes this worker's kept stores and its copy of the socket
    return 0


def _fork_worker(server: DatelineServer, pids: dict[int, int], balance: Balance, slot: int) -> None:
    """Fork the worker of ``slot`` and add its pid to ``pids`` (pid -> slot). The child never returns from here."""
    parent = os.getpid()
    sys.stdout.flush()  # what the parent printed must not be printed again by the child
    sys.stderr.flush()
    # Stop signals are held until the child has its own handlers: one arriving in between would
    # otherwise raise in the child while it still runs the parent's code.
    signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            status = _work(server, parent, balance, slot)
        except BaseException:  # noqa: BLE001 - logged; a child must never return into the parent's code
            log.exception("worker %d failed", os.getpid())
        finally:
            os._exit(status)  # not sys.exit: no atexit handlers or buffers of the parent's run twice
    pids[pid] = slot  # before a stop signal can arrive, so that the stop reaches this worker too
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


def serve_workers(server: DatelineServer, workers: int) -> None:
    """Serve ``server``'s socket from ``workers`` forked processes until SIGINT or SIGTERM.

    Returns once every worker has stopped; ``server`` itself is left to the caller to close. Call it
    from the main thread: it sets the handlers of SIGINT and SIGTERM while it runs.

    Args:
        server: A bound server (:func:`dateline.api.server.make_server`) that has not served yet.
        workers: Processes to fork; with 1, or where fork is missing, this process serves alone.

    Example:
        >>> serve_workers(make_server("news.db", port=0), 4)  # doctest: +SKIP
    """
    previous = {signum: signal.signal(signum, _raise_stop) for signum in STOP_SIGNALS}
    try:
        if workers <= 1 or not can_fork():
            server.serve_forever()
        else:
            _supervise(server, workers)
    except Stop:
        pass
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _supervise(server: DatelineServer, workers: int) -> None:
    """Fork the workers, replace any that dies, and stop them all when a stop signal arrives."""
    # Every worker wakes when a connection arrives and one accepts it; on a blocking socket the others
    # would then wait in accept() for the next one instead of going back to their loop.
    server.socket.setblocking(False)
    pids: dict[int, int] = {}
    balance = Balance(workers)
    try:
        for slot in range(workers):
            _fork_worker(server, pids, balance, slot)
        last_respawn = 0.0
        while True:
            pid, status = os.wait()
            if pid not in pids:
                continue
            slot = pids.pop(pid)
            log.warning("worker %d stopped (%s); starting another", pid, _describe(status))
            if time.monotonic() - last_respawn < MIN_RESPAWN_INTERVAL:
                log.error("workers keep stopping; the server stops")
                return
            last_respawn = time.monotonic()
            _fork_worker(server, pids, balance, slot)
    finally:
        # Held while stopping: a second Ctrl-C must not leave the workers unwaited for.
        signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        try:
            _stop(set(pids))
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


def _stop(pids: set[int]) -> None:
    """SIGTERM to every worker, then wait for each; kill any still running after ``STOP_GRACE`` s."""
    for pid in pids:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + STOP_GRACE
    waiting = set(pids)
    while waiting:
        for pid in list(waiting):
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                done = pid
            if done:
                waiting.discard(pid)
        if waiting and time.monotonic() > deadline:
            for pid in waiting:
                log.warning("worker %d did not stop in %.0f s; killing it", pid, STOP_GRACE)
                os.kill(pid, signal.SIGKILL)
            deadline = float("inf")
        elif waiting:
            time.sleep(0.02)


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signal {signal.Signals(os.WTERMSIG(status)).name}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"
