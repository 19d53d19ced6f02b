"""A small cache of the server's answers, keyed by the database's data version.

``dateline serve`` reads while ``dateline ingest`` (or ``watch``) may be writing. Every write bumps
the store's ``data_version`` in the same transaction (see ``dateline.store.summary``), and an
answer is kept under the version read before it was computed: once anything is written, no
request asks for that version again, so an answer is never served after the data it showed
has changed. Only successful answers are kept; the least recently used go first.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Hashable, Optional

# Bytes of answers kept: a few hundred pages of a few hundred kB each, a small share of the memory
# of any machine that serves a large database.
MAX_BYTES = 128 * 1024 * 1024
# An answer larger than this is sent but not kept. The largest page measured is the day timeline of
# ten years of events (100,000 bench articles): 11.6 MB of HTML that takes seconds to draw, so the
# most worth keeping.
MAX_ANSWER_BYTES = 16 * 1024 * 1024

Answer = tuple[str, bytes, dict]  # content type, payload, extra headers


class AnswerCache:
    """Answers by key, least recently used dropped first past ``max_bytes``; safe across threads."""

    def __init__(self, max_bytes: int = MAX_BYTES):
        self.max_bytes = max_bytes
        self._answers: OrderedDict[Hashable, Answer] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Optional[Answer]:
        """The answer kept under ``key``, or None."""
        with self._lock:
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
            return answer

    def put(self, key: Hashable, answer: Answer) -> None:
        """Keep ``answer`` under ``key`` (unless it is too large to be worth keeping)."""
        size = len(answer[1])
        if size > MAX_ANSWER_BYTES or size > self.max_bytes:
            return
        with self._lock:
            old = self._answers.pop(key, None)
            if old is not None:
                self._bytes -= len(old[1])
            self._answers[key] = answer
            self._bytes += size
            while self._bytes > self.max_bytes:
                _, dropped = self._answers.popitem(last=False)
                self._bytes -= len(dropped[1])

    def clear(self) -> None:
        """Forget every answer."""
        with self._lock:
            self._answers.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._answers)
