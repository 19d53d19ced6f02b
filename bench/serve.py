"""Serving benchmark: p50/p99 latency of every page with concurrent clients on loopback.

Builds (once) a database of N synthetic articles from the analyses already stored in a source
database (``dateline ingest examples/`` makes one): each copy is a stored analysis with a new id,
a new URL and a publication date spread over ten years, written straight through the store (no
NLP), so listings, facets, the map, the timeline and the network have N articles' worth of rows.
Then starts ``dateline serve`` in its own process and has C clients (threads, keep-alive
connections) ask for every page R times each, in a shuffled order.

    python bench/serve.py --source dateline.db --articles 100000 --db /tmp/bench.db --clients 8

Prints one line per page (p50, p99, max in ms) and the share of requests under 300 ms.
"""
from __future__ import annotations

import argparse
import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.store import open_store  # noqa: E402
from dateline.store.readonly import open_readonly  # noqa: E402

TARGET_MS = 300


def build(source: str, target: Path, articles: int) -> None:
    """Fill ``target`` with ``articles`` copies of the source's stored articles (added to what is there).

    Each round copies every stored row of the source (articles, entities, mentions, places,
    statements, events and both full-text indexes) under new article ids, with a new URL and a
    publication date spread over ten years, in one transaction: the store's own tables (and the
    summary counts the store keeps as it writes), no NLP.
    The source's actors and places are shared, as the same names in new articles would be.
    """
    from dateline.store import summary  # here: pages_once.py imports this file to time older code too

    with open_store(target) as store:  # creates and migrates an empty database
        conn = store.conn
        conn.execute("PRAGMA synchronous = OFF")  # a benchmark database: speed over durability
        conn.execute("ATTACH DATABASE ? AS src", (str(Path(source).resolve()),))
        if conn.execute("SELECT count(*) FROM actors").fetchone()[0] == 0:
            conn.execute("BEGIN")
            for table in ("actors", "aliases", "roles", "places"):
                conn.execute(f"INSERT INTO {table} SELECT * FROM src.{table}")
            conn.execute("COMMIT")
        per_round = conn.execute("SELECT count(*) FROM src.articles").fetchone()[0]
        have = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        began, done = time.monotonic(), have
        while done < articles:
            n = done // per_round
            take = min(per_round, articles - done)
            prefix = f"syn{done:07d}-"  # unique even when an earlier run stopped mid-round
            conn.execute("BEGIN")
            conn.execute("CREATE TEMP TABLE picked AS SELECT id, ? || id AS new_id, "
                         "date('2015-01-01', '+' || (abs(random()) % 3650) || ' days') AS day "
                         "FROM src.articles ORDER BY id LIMIT ?", (prefix, take))
            conn.execute("INSERT INTO articles (id, title, url, source, published, language, text, origin, previous_id, "
                         "ingested_at, analysis) SELECT p.new_id, a.title, 'https://bench.invalid/' || p.new_id, "
                         "a.source, p.day, a.language, a.text, 'bench', NULL, a.ingested_at, a.analysis "
                         "FROM src.articles a JOIN picked p ON p.id = a.id")
            conn.execute("INSERT INTO articles_fts (title, text, article_id) SELECT coalesce(a.title, ''), a.text, "
                         "p.new_id FROM src.articles a JOIN picked p ON p.id = a.id")
            for table in ("entities", "mentions", "article_places"):
                columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
                rest = ", ".join(f"x.{c}" if c != '"end"' else 'x."end"' for c in columns if c != "article_id")
                names = ", ".join(f'"{c}"' for c in columns)
                conn.execute(f"INSERT INTO {table} ({names}) SELECT p.new_id, {rest} "
                             f"FROM src.{table} x JOIN picked p ON p.id = x.article_id")
            columns = [r[1] for r in conn.execute("PRAGMA table_info(statements)") if r[1] != "id"]
            rest = ", ".join(f"x.{c}" for c in columns if c != "article_id")
            first = conn.execute("SELECT coalesce(max(id), 0) FROM statements").fetchone()[0]
            conn.execute(f"INSERT INTO statements ({', '.join(columns)}) SELECT p.new_id, {rest} "
                         "FROM src.statements x JOIN picked p ON p.id = x.article_id ORDER BY x.id")
            conn.execute("INSERT INTO statements_fts (speaker_text, content, statement_id) "
                         "SELECT coalesce(speaker_text, ''), content, id FROM statements WHERE id > ?", (first,))
            columns = [r[1] for r in conn.execute("PRAGMA table_info(events)") if r[1] != "id"]
            rest = ", ".join("CASE WHEN x.date IS NULL THEN NULL ELSE p.day END" if c == "date" else f"x.{c}"
                             for c in columns if c != "article_id")
            conn.execute(f"INSERT INTO events ({', '.join(columns)}) SELECT p.new_id, {rest} "
                         "FROM src.events x JOIN picked p ON p.id = x.article_id")
            # The counts the store keeps as it writes (dateline.store.summary), as save() would keep them.
            summary.add_articles(conn.execute, [r[0] for r in conn.execute("SELECT new_id FROM picked")], 1)
            conn.execute(summary.BUMP_VERSION)
            conn.execute("DROP TABLE picked")
            conn.execute("COMMIT")
            done += take
            if n % 40 == 0:
                print(f"  {done:,} articles ({(done - have) / (time.monotonic() - began):.0f}/s)",
                      file=sys.stderr, flush=True)
        conn.execute("ANALYZE")


def pages(db: str) -> list[str]:
    """One URL of every page, with filters a user would use."""
    reader = open_readonly(db)
    article = reader.query("SELECT id FROM current_articles ORDER BY id LIMIT 1")[0][0]
    place = reader.query("SELECT geonames_id FROM places WHERE geonames_id IS NOT NULL ORDER BY id LIMIT 1")[0][0]
    reader.close()
    return ["/", "/search?q=Badakhshan", "/articles", "/articles?offset=5000", "/articles?sort=-events",
            "/statements", "/statements?speaker=Khatib", "/statements?sort=speaker_name&offset=1000",
            "/events", "/events?type=ACCUSE", "/events?actor_country=AF&sort=-confidence", "/events?offset=10000",
            "/events.csv?type=ACCUSE", "/actors", "/actors?sort=-events", "/actor/IEA", "/places",
            "/places?country=AF", f"/place/{place}", "/place/1147745", "/map", "/map?type=ASSAULT",
            f"/map?article={article}", "/timeline", "/timeline?interval=week&type=ACCUSE", "/timeline?interval=day",
            "/network", "/network?type=ACCUSE", "/stats", f"/article/{article}", "/events.json", "/statements.json"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def measure(db: str, clients: int, rounds: int, cache: bool = True,
            workers: Optional[int] = None,
            src: Path = ROOT / "src") -> tuple[dict[str, list[float]], float, Optional[float]]:
    """Latencies (ms) per page from ``clients`` concurrent keep-alive clients (``cache=False``: the
    server keeps no answers, so every request is computed, as the first after a write is;
    ``workers``: server processes, else the server's default; ``src``: the dateline code to serve with).
    Also the seconds the measured requests took, and the server's CPU seconds (all its processes) over
    them, where /proc tells."""
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "dateline", "serve", "--db", db, "--port", str(port),
                               *([] if cache else ["--cache-mb", "0"]),
                               *([] if workers is None else ["--workers", str(workers)])],
                              cwd=ROOT, env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    urls = pages(db)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        warm = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        # Once each first: the OS page cache, as on a server that has been up a while. This also fills
        # the server's answer cache, so the measured requests are repeats with no write between them;
        # --no-cache measures every request computed, as the first one after a write is.
        for url in urls:
            warm.request("GET", url)
            warm.getresponse().read()
        warm.close()
        times: dict[str, list[float]] = {url: [] for url in urls}
        lock = threading.Lock()

        def client(seed: int) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            order = urls * rounds
            random.Random(seed).shuffle(order)
            for url in order:
                began = time.perf_counter()
                conn.request("GET", url)
                answer = conn.getresponse()
                answer.read()
                took = (time.perf_counter() - began) * 1000
                assert answer.status == 200, (url, answer.status)
                with lock:
                    times[url].append(took)
            conn.close()

        threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
        cpu_began, began = _cpu_seconds(server.pid), time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        cpu_ended, took = _cpu_seconds(server.pid), time.monotonic() - began
        return times, took, (None if cpu_began is None or cpu_ended is None else cpu_ended - cpu_began)
    finally:
        server.terminate()
        server.wait()


def _cpu_seconds(pid: int) -> Optional[float]:
    """CPU seconds (user and system) of ``pid`` and its running children (server workers), from Linux's /proc."""
    try:
        pids = [pid, *map(int, Path(f"/proc/{pid}/task/{pid}/children").read_text().split())]
        ticks = 0
        for one in pids:
            fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime and stime: fields 14 and 15 of stat
    except (OSError, ValueError):
        return None
    return ticks / os.sysconf("SC_CLK_TCK")


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", default="dateline.db", help="a database made by: dateline ingest examples/")
    parser.add_argument("--db", default="/tmp/dateline-bench.db", help="the synthetic database (built or extended)")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=5, help="requests per page per client")
    parser.add_argument("--no-cache", action="store_true",
                        help="the server keeps no answers: every request is computed (the first after a write)")
    parser.add_argument("--workers", type=int, default=None,
                        help="server processes (dateline serve --workers); default: the server's own")
    parser.add_argument("--src", type=Path, default=ROOT / "src",
                        help="the dateline code the server runs (another checkout's, to compare)")
    args = parser.parse_args()
    began = time.monotonic()
    build(args.source, Path(args.db), args.articles)
    reader = open_readonly(args.db)
    counts = {t: reader.query(f"SELECT count(*) FROM {t}")[0][0] for t in ("articles", "statements", "events", "mentions")}
    reader.close()
    print(f"database {args.db}: {counts} (ready in {time.monotonic() - began:.0f} s)")
    times, took, cpu = measure(args.db, args.clients, args.rounds, cache=not args.no_cache, workers=args.workers,
                         src=args.src.resolve())
    every = [t for values in times.values() for t in values]
    print(f"{args.clients} clients, {len(every)} requests{', no answer cache' if args.no_cache else ''}"
          f"{'' if args.workers is None else f', {args.workers} server workers'}; "
          f"ms per page:")
    print(f"{'page':<48} {'p50':>7} {'p99':>7} {'max':>7}")
    for url, values in times.items():
        print(f"{url[:48]:<48} {statistics.median(values):7.1f} {_p(values, 99):7.1f} {max(values):7.1f}")
    under = sum(t < TARGET_MS for t in every) / len(every)
    print(f"all pages: p50 {statistics.median(every):.1f} ms, p99 {_p(every, 99):.1f} ms; "
          f"{under:.1%} under {TARGET_MS} ms; slowest page p99 {max(_p(v, 99) for v in times.values()):.1f} ms; "
          f"load average {os.getloadavg()[0]:.2f} (this machine: {os.cpu_count()} cores)")
    if cpu is not None:
        print(f"server CPU: {cpu:.1f} s in {took:.1f} s ({cpu / took:.2f} cores), "
              f"{cpu * 1000 / len(every):.1f} ms per request")


if __name__ == "__main__":
    main()
