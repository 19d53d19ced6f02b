"""The server's answers are kept by data version: a write shows at once, a repeat is not recomputed."""
from __future__ import annotations

import json
import threading
import urllib.request

from dateline.api.cache import AnswerCache
from dateline.api.server import make_server, server_url
from dateline.store import open_store


def _count(url: str) -> int:
    with urllib.request.urlopen(url + "articles.json") as answer:
        return json.loads(answer.read())["count"]


def test_an_article_written_while_serving_shows_on_the_next_request(tmp_path, analyze):
    db = tmp_path / "live.db"
    with open_store(db) as store:
        store.save(analyze("Officials said the talks in Kabul would resume.", published="2023-05-01"))
    server = make_server(db, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = server_url(server)
        assert _count(url) == 1
        assert _count(url) == 1 and len(server.answers) == 1  # the repeat was answered from the cache
        with open_store(db) as store:  # as `dateline ingest` would, while the server runs
            store.save(analyze("The mayor of Herat said the road had reopened.", published="2023-05-02"))
        assert _count(url) == 2
    finally:
        server.shutdown()
        server.server_close()


def test_a_store_kept_between_requests_sees_every_write(tmp_path, analyze):
    db = tmp_path / "kept.db"
    with open_store(db) as store:
        store.save(analyze("Officials said the talks in Kabul would resume.", published="2023-05-01"))
    server = make_server(db, port=0, cache_bytes=0)  # no answers kept: every request reads the database
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = server_url(server)
        assert _count(url) == 1
        kept = list(server._stores)
        assert len(kept) == 1  # the request's store, open for the next one
        with open_store(db) as store:
            store.save(analyze("The mayor of Herat said the road had reopened.", published="2023-05-02"))
        assert _count(url) == 2
        assert server._stores == kept  # the same store answered, and saw the write
    finally:
        server.shutdown()
        server.server_close()
    assert server._stores == []


def test_the_least_recently_used_answers_go_first():
    cache = AnswerCache(max_bytes=10)
    cache.put("a", ("text/plain", b"12345", {}))
    cache.put("b", ("text/plain", b"12345", {}))
    assert cache.get("a") is not None  # now "b" is the least recently used
    cache.put("c", ("text/plain", b"12345", {}))
    assert cache.get("b") is None and cache.get("a") is not None and cache.get("c") is not None
