"""Which server worker takes a new connection: the one holding the fewest (see :mod:`.workers`)."""
from __future__ import annotations

import mmap
import threading
import time

# Seconds a worker waits, per connection it holds more than the least busy worker, before it takes a
# new connection (and at most MAX_ACCEPT_DELAY): the less busy worker, woken at the same moment, takes
# it first. Left to the kernel, 8 keep-alive clients on 2 workers were split 5 to 3, and the worker
# with 3 sat idle while the other still served 5 (bench/serve.py, 2 cores at load 5); a wait of 2 ms
# per connection still gave 5 to 3 there, since a woken worker may not get a core for tens of
# milliseconds on a busy machine. The cap bounds what one new connection waits when the least busy
# worker is stuck; a keep-alive connection pays it once.
ACCEPT_DELAY = 0.01
MAX_ACCEPT_DELAY = 0.05


class Balance:
    """The connections each worker holds, in memory shared by all of them, so the least busy takes the next.

    An anonymous shared mapping made before the fork: each worker writes only its own slot (under
    its own lock: its threads close connections), and reads the others' without a lock, which at
    worst costs one connection a few milliseconds or a less even split.
    """

    def __init__(self, workers: int):
        self._memory = mmap.mmap(-1, 4 * workers)
        self._held = memoryview(self._memory).cast("i")
        self._lock = threading.Lock()
        self.slot = -1  # this worker's; set in each worker after the fork

    def start(self, slot: int) -> None:
        """Claim ``slot`` (a new worker's, or a dead one's) with no connections held."""
        self.slot = slot
        self._held[slot] = 0

    def wait_turn(self) -> None:
        """Before taking a connection: give a less busy worker the time to take it first."""
        more = self._held[self.slot] - min(self._held)
        if more > 0:
            time.sleep(min(ACCEPT_DELAY * more, MAX_ACCEPT_DELAY))

    def opened(self) -> None:
        """This worker took a connection."""
        with self._lock:
            self._held[self.slot] += 1

    def closed(self) -> None:
        """This worker closed a connection."""
        with self._lock:
            self._held[self.slot] -= 1
