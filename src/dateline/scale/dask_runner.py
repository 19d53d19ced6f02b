"""``dateline ingest --engine dask``: the same analysis on the workers of a Dask cluster.

Stages, in order:

1. the client reads the sources (:func:`dateline.run.fresh_articles`: rejects recorded,
   articles already stored skipped) and cuts the articles into partitions;
2. each partition is a task on a worker, :func:`ingest_partition`: the worker's process has
   the spaCy pipeline loaded once (:class:`LoadModel`, a worker plugin, at worker start), analyses
   the partition (:func:`dateline.nlp.pipeline.analyze_articles`) and writes it straight to the
   database (:func:`dateline.run.store_results`, batched: PostgreSQL's COPY path) or to Parquet
   files under ``--out``;
3. the client collects each partition's tally as it finishes and reports progress.

A worker killed mid-partition costs nothing: the scheduler gives the partition to another
worker, and what the dead one had already committed is found stored (the article id is the
primary key, and writers lock each id and URL), so it is counted as unchanged, never stored
twice. Parquet partitions are written to a temporary name and renamed, so a retry replaces them.
Needs ``dask[distributed]`` (``pip install 'dateline[scale]'``).
"""
from __future__ import annotations

import logging
import os
import time
from collections import Counter
from typing import Callable, Iterable, Iterator, Optional

from .. import run
from ..errors import DatelineError
from ..ingest import iter_articles
from ..model import Article

log = logging.getLogger(__name__)

# Articles per task. Small enough that progress moves and a retried partition costs little,
# large enough that the scheduler's overhead (a few ms a task) is nothing next to the spaCy pass
# (~0.2 s an article on one core).
PARTITION_SIZE = 16

# Analyses per database transaction on a worker (one COPY per table each).
WRITE_BATCH = 16

# Partitions in flight per worker: enough to keep every worker busy while the client reads.
IN_FLIGHT_PER_WORKER = 3

EXPORTS = ("articles", "entities", "statements", "places", "events")

ProgressHandler = Callable[[int, int, float], None]


def _dask():
    try:
        import distributed
    except ImportError:
        raise DatelineError("--engine dask needs Dask: pip install 'dateline[scale]'") from None
    return distributed


def make_load_model_plugin():
    """A worker plugin that loads the spaCy pipeline (and checks every data file) when a worker starts."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class LoadModel(WorkerPlugin):
        name = "dateline-load-model"

        def setup(self, worker) -> None:
            from ..nlp.pipeline import load_nlp

            load_nlp()

    return LoadModel()


# Each worker process keeps one open store per database (a connection, not one per task).
_STORES: dict[str, object] = {}


def _worker_store(db: str):
    from ..store import open_store

    if db not in _STORES:
        _STORES[db] = open_store(db)
    return _STORES[db]


def _write_parquet(analyses: list, out: str, index: int) -> None:
    """The partition's rows, with the export columns, as ``OUT/WHAT/part-NNNNN.parquet``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..store import queries
    from ..store.sqlite import SQLiteStore

    with SQLiteStore(":memory:") as scratch:  # the export queries give the export columns
        for analysis in analyses:
            scratch.save(analysis)
        for what in EXPORTS:
            rows = list(queries.export_rows(scratch, what))
            folder = os.path.join(out, what)
            os.makedirs(folder, exist_ok=True)
            final = os.path.join(folder, f"part-{index:05d}.parquet")
            if not rows:
                continue
            temporary = f"{final}.{os.getpid()}.tmp"
            pq.write_table(_with_typed_nulls(pa.Table.from_pylist(rows)), temporary)
            os.replace(temporary, final)


# Columns that are empty in one partition get Arrow's null type, which other partitions' ints or
# strings cannot be read together with; give them the type the column has when it has values.
_INT_COLUMNS = ("fatalities", "injuries", "geonames_id")
_BOOL_COLUMNS = ("main",)


def _null_column_type(name: str):
    import pyarrow as pa

    if name.endswith(("_start", "_end")) or name in _INT_COLUMNS:
        return pa.int64()
    if name in _BOOL_COLUMNS:
        return pa.bool_()
    if name in ("confidence", "lat", "lon"):
        return pa.float64()
    return pa.string()


def _with_typed_nulls(table):
    import pyarrow as pa

    fields = [pa.field(f.name, _null_column_type(f.name)) if pa.types.is_null(f.type) else f for f in table.schema]
    return table.cast(pa.schema(fields))


def ingest_partition(articles: list[Article], db: Optional[str], out: Optional[str], index: int) -> dict:
    """Analyse one partition on a worker and store it; returns its tally as plain data.

    Args:
        articles: the partition.
        db: the database (a ``postgresql://`` URL, or an SQLite file every worker can reach).
        out: a folder for Parquet partitions instead of a database (``db`` is then None).
        index: the partition's number (names its Parquet files).
    """
    from ..nlp.pipeline import analyze_articles

    tally = run.Tally()
    rejects: list[tuple[str, str]] = []
    results = analyze_articles(articles)
    if out is not None:
        from ..nlp.pipeline import Failure

        analyses = []
        for result in results:
            if isinstance(result, Failure):
                tally.reject(result.reason)
                rejects.append((result.article.origin or result.article.id, result.reason))
            else:
                analyses.append(result)
                tally.counts[run.NEW] += 1
        _write_parquet(analyses, out, index)
    else:
        if db is None:
            raise ValueError("ingest_partition needs a database or an output folder")
        run.store_results(results, _worker_store(db), tally, lambda item, reason: rejects.append((item, reason)),
                          batch_size=WRITE_BATCH)
    return {"counts": dict(tally.counts), "reasons": dict(tally.reasons), "rejects": rejects, "size": len(articles)}


def partitions(articles: Iterable[Article], size: int = PARTITION_SIZE) -> Iterator[list[Article]]:
    """Lists of ``size`` articles (the last one shorter)."""
    part: list[Article] = []
    for article in articles:
        part.append(article)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


def connect(scheduler: Optional[str], workers: int, dashboard: bool = True):
    """A Dask client: on the cluster at ``scheduler``, else on a new local cluster of ``workers`` processes."""
    distributed = _dask()
    # Dask logs every worker start and stop at INFO; show that only when dateline runs with -v.
    logging.getLogger("distributed").setLevel(max(logging.getLogger().getEffectiveLevel(), logging.WARNING))
    if scheduler:
        try:
            return distributed.Client(scheduler, timeout="20s")
        except OSError as exc:
            raise DatelineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}; start one with "
                                "`dask scheduler` and workers with `dask worker ADDRESS`") from exc
    cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address=":0" if dashboard else None, silence_logs=logging.ERROR)
    return distributed.Client(cluster)


def dashboard_line(client) -> str:
    """Where the Dask dashboard is, or how to get one."""
    try:
        import bokeh  # noqa: F401 - the dashboard needs it
    except ImportError:
        return "Dask dashboard: not available (pip install 'bokeh>=3.1' for it)"
    return f"Dask dashboard: {client.dashboard_link}"


def ingest_dask(sources: Iterable[str], db: Optional[str], client, out: Optional[str] = None,
                on_reject: run.RejectHandler = run._ignore, on_progress: Optional[ProgressHandler] = None,
                partition_size: int = PARTITION_SIZE, **read_options) -> run.Tally:
    """Read ``sources`` here, analyse and store them on the cluster behind ``client``.

    Args:
        sources: as :func:`dateline.run.ingest` reads them.
        db: the database the workers write to; also where rejects and the "already stored"
            check happen. None with ``out``.
        client: a ``distributed.Client`` (:func:`connect`).
        out: write Parquet partitions here instead of a database.
        on_progress: called with (articles done, articles read so far, articles per second).

    Returns:
        The tally over all partitions (retried partitions count their re-found articles as unchanged).
    """
    from distributed import as_completed

    from ..store import open_store

    client.register_plugin(make_load_model_plugin())
    tally = run.Tally()
    store = open_store(db) if db is not None and out is None else None
    started, done, total = time.monotonic(), 0, 0
    in_flight = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})) or 1)
    pending = as_completed()

    def collect(future) -> None:
        nonlocal done
        part = future.result()
        tally.counts.update(part["counts"])
        tally.reasons.update(Counter(part["reasons"]))
        for item, reason in part["rejects"]:  # the worker has recorded them in the database
            on_reject(item, reason)
        done += part["size"]
        if on_progress:
            on_progress(done, total, done / max(time.monotonic() - started, 1e-9))

    try:
        articles = run.fresh_articles(iter_articles(sources, **read_options), store, tally, on_reject)
        for index, part in enumerate(partitions(articles, partition_size)):
            total += len(part)
            future = client.submit(ingest_partition, part, db if out is None else None, out, index,
                                   key=f"dateline-partition-{index}-{time.time_ns()}", pure=False)
            pending.add(future)
            while pending.count() >= in_flight:
                collect(next(pending))
        for future in pending:
            collect(future)
    finally:
        if store is not None:
            store.close()
    return tally
