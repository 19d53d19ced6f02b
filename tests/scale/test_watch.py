"""``dateline watch``: a feed served on 127.0.0.1, a restart that does not start over, a failing feed."""
from __future__ import annotations

import http.server
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dateline.scale.watch import Watcher, parse_every
from dateline.store import open_store

ITEM = """<item><title>{title}</title><link>https://example.org/{slug}</link>
<pubDate>Fri, 15 Sep 2023 10:00:00 GMT</pubDate><description>{text}</description></item>"""
OLD = ITEM.format(title="Border talks", slug="old",
                  text="Officials in Kabul said on Friday that the border talks with Pakistan would resume next week.")
NEW = ITEM.format(title="Flood aid", slug="new",
                  text="The Red Crescent said it had sent tents and food to families in Badakhshan after the floods.")


def rss(*items: str) -> bytes:
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>'
            + "".join(items) + "</channel></rss>").encode("utf-8")


@pytest.fixture()
def feed_server():
    """An RSS feed on 127.0.0.1; set ``server.body`` to change what it serves."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            self.wfile.write(self.server.body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.body = rss(OLD)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_intervals_read_as_seconds():
    assert [parse_every(t) for t in ("30s", "15m", "1h", "90", "1.5m")] == [30, 900, 3600, 90, 90]
    with pytest.raises(ValueError, match="15m"):
        parse_every("soon")


def test_watch_picks_up_a_new_item_and_ignores_an_old_one_after_a_restart(feed_server, tmp_path, nlp):
    url = f"http://127.0.0.1:{feed_server.server_port}/rss.xml"
    db = tmp_path / "watch.db"
    with open_store(db) as store:
        first = Watcher([url], store).poll(url)
    assert first.stored == 1
    feed_server.body = rss(NEW, OLD)
    with open_store(db) as store:  # a new process would open it the same way: nothing is kept in memory
        second = Watcher([url], store).poll(url)
        assert second.stored == 1 and second.seen == 1  # the old entry was not even analysed again
        urls = {r[0] for r in store.query("SELECT url FROM articles")}
        assert urls == {"https://example.org/old", "https://example.org/new"}
        third = Watcher([url], store).poll(url)
        assert third.seen == 0


def test_a_failing_feed_is_logged_retried_later_and_the_others_go_on(feed_server, tmp_path, nlp, caplog):
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}/feed.xml"
    good = f"http://127.0.0.1:{feed_server.server_port}/rss.xml"
    polls: list[tuple[str, object, object]] = []
    with open_store(tmp_path / "w.db") as store:
        watcher = Watcher([dead, good], store, every=600, timeout=5, on_poll=lambda *p: polls.append(p))
        watcher.poll_due()
        assert [(source, error is None) for source, _, error in polls] == [(dead, False), (good, True)]
        assert watcher.states[dead].failures == 1
        assert 0 < watcher.states[dead].due - time.monotonic() <= 30  # retried soon, not at --every
        assert watcher.states[good].due - time.monotonic() > 500
        assert store.query("SELECT count(*) FROM articles")[0][0] == 1
    assert any(dead in record.getMessage() and "retrying" in record.getMessage() for record in caplog.records)


def test_a_folder_is_watched_and_sigterm_stops_the_command(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("The minister said on Monday that the new bridge would open in May.", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    process = subprocess.Popen([sys.executable, "-m", "dateline", "watch", str(inbox), "--every", "1s", "--db",
                                str(tmp_path / "f.db")], stderr=subprocess.PIPE, text=True, env=env)
    lines = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        lines.append(line)
        if "1 new" in line:
            break
    process.send_signal(signal.SIGTERM)
    _, rest = process.communicate(timeout=60)
    assert process.returncode == 0, lines + [rest]
    assert "stopped" in rest
    with open_store(tmp_path / "f.db") as store:
        assert store.query("SELECT count(*) FROM watch_seen")[0][0] == 1


def test_a_mistyped_folder_is_refused_at_once_and_an_empty_one_is_watched(tmp_path):
    from click.testing import CliRunner

    from dateline.cli import main

    (tmp_path / "inbox").mkdir()
    db = tmp_path / "watch.db"
    typo = CliRunner().invoke(main, ["watch", str(tmp_path / "inbx"), "--once", "--db", str(db)])
    assert typo.exit_code == 1 and "no such file or directory; did you mean" in typo.output
    assert not db.exists()
    empty = CliRunner().invoke(main, ["watch", str(tmp_path / "inbox"), "--once", "--db", str(db)])
    assert empty.exit_code == 0, empty.output
