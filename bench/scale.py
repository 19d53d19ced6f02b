"""Scale figures: Dask 2 workers vs 1, PostgreSQL's COPY write path vs SQLite, and storage per article.

    python bench/scale.py                                  # 48 bundled Wikinews articles, throwaway PostgreSQL
    python bench/scale.py --articles 96 --copies 40 --db postgresql://me@localhost/bench

1. Dask: the same articles through ``ingest --engine dask`` (Parquet partitions, so only the
   runner and the analysis are timed) on a LocalCluster of 1 and of 2 worker processes; the
   cluster is started and every worker has loaded the model before the clock starts (a
   long-running cluster pays that once), and the time with start-up is printed beside it.
2. Write path (store only, no NLP): the analyses of those articles, copied ``--copies`` times
   with distinct texts, stored into SQLite (one transaction per article, as ``ingest`` does)
   and into PostgreSQL through ``save_many`` (batches of 100, per-article rows by COPY) and one
   ``save`` per article.
3. Storage: PostgreSQL rows and bytes per stored article, scaled to a million articles; and
   on paper, the workers 100,000 and 1,000,000 articles a day need at the measured rate.

Without ``--db`` a throwaway PostgreSQL cluster is made with initdb (as the ``postgres`` user
when run as root) and removed afterwards.
"""
from __future__ import annotations

import argparse
import contextlib
import copy
import json
import math
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline import run  # noqa: E402
from dateline.model import text_id  # noqa: E402
from dateline.store import open_store  # noqa: E402

TABLES = ("articles", "actors", "aliases", "roles", "entities", "mentions", "statements", "places",
          "article_places", "events")


@contextlib.contextmanager
def throwaway_postgres():
    """A PostgreSQL cluster in a temporary folder on a free port; yields its URL."""
    initdb = shutil.which("initdb") or next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))), None)
    if not initdb:
        sys.exit("no initdb: install Debian's postgresql package or pass --db postgresql://…")
    bin_dir = Path(initdb).parent
    folder = Path(tempfile.mkdtemp(prefix="dateline-bench-pg-"))
    as_user = []
    if os.geteuid() == 0:
        import pwd

        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "check": True}
    subprocess.run([*as_user, str(bin_dir / "initdb"), "-D", str(folder / "data"), "-U", "postgres", "--auth=trust",
                    "--encoding=UTF8", "--locale=C.UTF-8"], **quiet)
    subprocess.run([*as_user, str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-w", "-l", str(folder / "log"),
                    "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1", "start"], **quiet)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-m", "fast", "-w", "stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def fresh_database(server_url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return server_url.rsplit("/", 1)[0] + "/" + name


def dask_rate(sources: list[str], workers: int, n: int) -> tuple[float, float]:
    """Articles/s of a warm LocalCluster of ``workers`` processes, and with its start-up included."""
    from dateline.scale.dask_runner import connect, ingest_dask, make_load_model_plugin

    started = time.perf_counter()
    client = connect(None, workers, dashboard=False)
    try:
        client.register_plugin(make_load_model_plugin())  # every worker loads the model now
        warm = time.perf_counter()
        with tempfile.TemporaryDirectory() as out:
            tally = ingest_dask(sources, None, client, out=out, partition_size=4)
        done = time.perf_counter()
        assert tally.stored == n, tally.summary()
        return n / (done - warm), n / (done - started)
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()


def copies_of(analyses: list, times: int) -> list:
    """``times`` copies of each analysis with a distinct text (a suffix after the last span) and id."""
    made = []
    for number in range(times):
        for analysis in analyses:
            twin = copy.deepcopy(analysis)
            twin.article.text = f"{twin.article.text}\n[copy {number}]"
            twin.article.id = text_id(twin.article.text)
            twin.article.url = twin.article.url and f"{twin.article.url}#copy{number}"
            made.append(twin)
    return made


def write_rates(analyses: list, server_url: str, workdir: Path) -> dict:
    figures = {}
    sqlite_path = workdir / "write.db"
    with open_store(sqlite_path) as store:
        started = time.perf_counter()
        for analysis in copy.deepcopy(analyses):
            store.save(analysis)
        figures["sqlite_per_s"] = len(analyses) / (time.perf_counter() - started)
    figures["sqlite_bytes_per_article"] = sqlite_path.stat().st_size / len(analyses)
    one_by_one = analyses[: max(100, len(analyses) // 5)]
    with open_store(fresh_database(server_url, "bench_save")) as store:
        started = time.perf_counter()
        for analysis in copy.deepcopy(one_by_one):
            store.save(analysis)
        figures["pg_save_per_s"] = len(one_by_one) / (time.perf_counter() - started)
    url = fresh_database(server_url, "bench_copy")
    with open_store(url) as store:
        batch = copy.deepcopy(analyses)
        started = time.perf_counter()
        for i in range(0, len(batch), 100):
            store.save_many(batch[i:i + 100])
        figures["pg_copy_per_s"] = len(analyses) / (time.perf_counter() - started)
        rows = {t: store.query(f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}
        size = store.query("SELECT pg_database_size(current_database()) - "
                           "(SELECT pg_database_size('template1'))")[0][0]
    articles = rows["articles"]
    figures["pg_rows_per_million"] = {t: round(n / articles * 1e6) for t, n in rows.items()}
    figures["pg_rows_total_per_million"] = round(sum(rows.values()) / articles * 1e6)
    figures["pg_gb_per_million"] = size / articles * 1e6 / 1e9
    figures["stored_articles"] = articles
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=48, help="Wikinews articles to analyse (of 228)")
    parser.add_argument("--copies", type=int, default=25, help="copies of their analyses for the write path")
    parser.add_argument("--db", help="a PostgreSQL server URL (a database on it is made and dropped)")
    args = parser.parse_args()
    os.environ.setdefault("DATELINE_CACHE", str(Path(tempfile.gettempdir()) / "dateline-bench-cache"))
    workdir = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    lines = (ROOT / "examples" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()[: args.articles]
    corpus = workdir / "articles.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sources = [str(corpus)]
    n = len(lines)

    one_warm, one_cold = dask_rate(sources, 1, n)
    two_warm, two_cold = dask_rate(sources, 2, n)
    print(f"Dask, {n} articles: 1 worker {one_warm:.2f} articles/s, 2 workers {two_warm:.2f} articles/s "
          f"= {two_warm / one_warm:.2f}x  (with cluster start and model loading: {one_cold:.2f} and "
          f"{two_cold:.2f}/s)")

    analyses = list(run.analyze(sources))
    copies = copies_of(analyses, args.copies)
    with (contextlib.nullcontext(args.db) if args.db else throwaway_postgres()) as server_url:
        figures = write_rates(copies, server_url, workdir)
    print(f"Write path, {len(copies)} analyses, store only: SQLite {figures['sqlite_per_s']:.0f}/s, "
          f"PostgreSQL COPY batches of 100 {figures['pg_copy_per_s']:.0f}/s "
          f"({figures['pg_copy_per_s'] / figures['sqlite_per_s']:.2f}x), PostgreSQL one save() each "
          f"{figures['pg_save_per_s']:.0f}/s")
    print(f"PostgreSQL per million articles: {figures['pg_rows_total_per_million'] / 1e6:.0f} million rows, "
          f"{figures['pg_gb_per_million']:.1f} GB (indexes included); SQLite "
          f"{figures['sqlite_bytes_per_article'] * 1e6 / 1e9:.1f} GB")
    print("  rows per million articles: " + json.dumps(figures["pg_rows_per_million"]))
    for per_day in (100_000, 1_000_000):
        needed = math.ceil(per_day / 86400 / one_warm)
        print(f"{per_day:,} articles/day = {per_day / 86400:.1f}/s: {needed} worker core(s) at {one_warm:.2f} "
              f"articles/s each (plus headroom for bursts)")
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
