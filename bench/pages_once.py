"""Each page of bench/serve.py timed once, in this process: the view alone, no HTTP and no answer cache.

What one client waits for the first request after a write (bench/serve.py measures 8 clients over
HTTP), and the CPU time this thread spent on it (what 8 clients on 2 cores queue behind). A page
still running after ``--limit`` seconds is interrupted and reported as such.

    python bench/pages_once.py --db /tmp/bench.db
    python bench/pages_once.py --db /tmp/bench-old.db --src ../main/src   # another checkout's code
"""
from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/dateline-bench.db", help="a database built by bench/serve.py")
    parser.add_argument("--src", default=str(ROOT / "src"), help="the dateline source to time")
    parser.add_argument("--limit", type=float, default=30.0, help="seconds before a page is interrupted")
    args = parser.parse_args()
    sys.path.insert(0, args.src)
    # dateline first, from --src: serve.py puts this checkout's src on the path when imported.
    from dateline.api import server  # noqa: PLC0415
    from dateline.api.request import Request  # noqa: PLC0415
    from dateline.store.readonly import open_readonly  # noqa: PLC0415

    sys.path.insert(0, str(ROOT / "bench"))
    from serve import pages  # noqa: PLC0415

    for url in pages(args.db):
        parts = urlsplit(url)
        path = parts.path.removesuffix(".json").removesuffix(".csv")
        store = open_readonly(args.db)
        timer = threading.Timer(args.limit, store.conn.interrupt)
        timer.start()
        began = time.perf_counter()
        cpu_began = time.thread_time()
        try:
            view, captured = server.route(path)
            view(Request(path, parse_qs(parts.query, keep_blank_values=True), store, captured))
            outcome = "ok"
        except Exception as exc:  # noqa: BLE001 - a benchmark reports what went wrong and goes on
            outcome = f"{type(exc).__name__}: {str(exc)[:60]}"
        took = (time.perf_counter() - began) * 1000
        cpu = (time.thread_time() - cpu_began) * 1000
        timer.cancel()
        store.close()
        print(f"{url[:48]:<48} {took:9.0f} ms  cpu {cpu:6.0f} ms  {outcome}  load {os.getloadavg()[0]:.2f}", flush=True)


if __name__ == "__main__":
    main()
