"""The Dask runner on a real LocalCluster of 2 workers, writing to a real PostgreSQL server."""
from __future__ import annotations

import os
import signal

import pytest

from dateline import run
from dateline.store import open_store, queries

pytest.importorskip("distributed", reason="Dask is not installed: pip install -e '.[scale]'")

EXPORTS = ("articles", "entities", "statements", "places", "events")


def comparable(rows):
    """Rows without the surrogate ids and times each store makes for itself, sorted."""
    drop = {"id", "ingested_at"}
    return sorted((tuple(sorted((k, v) for k, v in dict(r).items() if k not in drop)) for r in rows), key=repr)


def exported(db) -> dict[str, list]:
    with open_store(db) as store:
        return {what: comparable(queries.export_rows(store, what)) for what in EXPORTS}


@pytest.fixture(scope="module")
def client():
    from dateline.scale.dask_runner import connect

    dask_client = connect(None, workers=2, dashboard=False)
    yield dask_client
    cluster = dask_client.cluster
    dask_client.close()
    cluster.close()


@pytest.fixture(scope="module")
def one_process_sqlite(small_corpus, tmp_path_factory, nlp):
    """The small corpus ingested by one process into SQLite: what every Dask run must match."""
    db = tmp_path_factory.mktemp("one") / "one.db"
    with open_store(db) as store:
        tally = run.ingest(small_corpus, store)
    assert tally.stored == tally.seen
    return exported(db)


def test_dask_into_postgres_stores_what_one_process_stores_in_sqlite(client, postgres_url, small_corpus,
                                                                    one_process_sqlite):
    from dateline.scale.dask_runner import ingest_dask

    tally = ingest_dask(small_corpus, postgres_url, client, partition_size=2)
    assert tally.counts[run.REJECTED] == 0
    assert exported(postgres_url) == one_process_sqlite
    again = ingest_dask(small_corpus, postgres_url, client, partition_size=2)
    assert again.stored == 0 and again.counts[run.UNCHANGED] == tally.stored
    assert exported(postgres_url) == one_process_sqlite


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(client, postgres_url, small_corpus,
                                                               one_process_sqlite):
    from dateline.scale.dask_runner import ingest_dask

    pids = client.run(os.getpid)  # {worker address: process id}
    killed: list[int] = []

    def kill_one_worker(done: int, total: int, rate: float) -> None:
        if not killed:  # after the first partition: the others are queued or running on both workers
            victim = sorted(pids.values())[0]
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    tally = ingest_dask(small_corpus, postgres_url, client, partition_size=1, on_progress=kill_one_worker)
    assert killed
    assert tally.counts[run.REJECTED] == 0
    assert exported(postgres_url) == one_process_sqlite  # every article once, each with all its rows
    client.wait_for_workers(2, timeout=120)  # the nanny restarts the killed worker


def test_dask_writes_parquet_partitions_with_the_export_columns(client, small_corpus, tmp_path, one_process_sqlite):
    import pyarrow.parquet as pq

    from dateline.scale.dask_runner import ingest_dask

    tally = ingest_dask(small_corpus, None, client, out=str(tmp_path), partition_size=3)
    assert tally.stored == len(one_process_sqlite["articles"])
    for what in ("articles", "statements", "events"):
        table = pq.read_table(tmp_path / what)
        assert table.num_rows == len(one_process_sqlite[what])
        assert set(table.column_names) >= {k for k, _ in one_process_sqlite[what][0]}  # the export columns
