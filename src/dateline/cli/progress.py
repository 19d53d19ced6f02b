"""Progress on stderr for long runs: a bar on a terminal, a line now and then when piped."""
from __future__ import annotations

import sys
import time

import click
from tqdm import tqdm

# When stderr is a file or a pipe (a log, CI), one line this often says the run is alive.
PIPED_EVERY_SECONDS = 30.0


class Progress:
    """Counts articles analysed; ``Progress.tick()`` once per article, ``close()`` at the end."""

    def __init__(self, what: str = "analysing", total: int | None = None, unit: str = "articles") -> None:
        self.what = what
        self.unit = unit
        self.total = total
        self.done = 0
        self.started = self.last_line = time.monotonic()
        self.bar = tqdm(desc=what, unit=f" {unit}", total=total, file=sys.stderr) if sys.stderr.isatty() else None

    def tick(self) -> None:
        self.advance(1)

    def reach(self, done: int) -> None:
        """``done`` items so far in all (a count kept elsewhere, such as a batch's tally)."""
        self.advance(max(0, done - self.done))

    def advance(self, count: int, total: int | None = None) -> None:
        """``count`` more articles done, of ``total`` known so far (a distributed run's partitions)."""
        self.done += count
        total = self.total if total is None else total
        if self.bar is not None:
            if total is not None:
                self.bar.total = total
            self.bar.update(count)
            return
        now = time.monotonic()
        if now - self.last_line >= PIPED_EVERY_SECONDS:
            self.last_line = now
            rate = self.done / max(now - self.started, 1e-9)
            of = f"/{total}" if total is not None else ""
            click.echo(f"{self.what}: {self.done}{of} {self.unit} ({rate:.1f}/s)", err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
