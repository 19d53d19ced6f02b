"""A server that drips its answer byte by byte: the fetch ends by its deadline, the batch goes on."""
from __future__ import annotations

import socketserver
import threading
import time

import pytest

from dateline.errors import BadInput
from dateline.ingest import Article, Reject, iter_articles
from dateline.ingest.url import read_url

PAGE = b"The harbour reopened on Monday after a two-day strike, officials said."
# Each byte comes well inside any per-read timeout, so only an overall deadline can stop the fetch.
DRIP_INTERVAL_S = 0.2


class _Dripper(socketserver.StreamRequestHandler):
    """Answers /drip-body with its headers at once and the body a byte at a time, /drip-head
    with even the status line dripped, and anything else at once."""

    def handle(self):
        request_line = self.rfile.readline().decode("latin-1")
        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
            pass
        body = PAGE * 10
        head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
                b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n")
        if "/drip-head" in request_line:
            head, body = b"", head + body
        elif "/drip" not in request_line:
            head, body = head + body, b""
        try:
            self.wfile.write(head)
            self.wfile.flush()
            for byte in body:
                if self.server.stopping.is_set():
                    return
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(DRIP_INTERVAL_S)
        except OSError:
            return  # the client gave up: that is the point


@pytest.fixture()
def dripping(monkeypatch):
    """Base URL of a local server that drips its answers."""
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Dripper)
    server.daemon_threads = True
    server.stopping = threading.Event()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()


def test_a_dripping_body_is_cut_at_the_deadline_and_the_batch_goes_on(dripping):
    started = time.monotonic()
    records = list(iter_articles([f"{dripping}/drip-body", f"{dripping}/fast"], url_timeout=2))
    # Without a deadline the body alone takes 140 s; the bound is generous for a loaded machine.
    assert time.monotonic() - started < 15
    assert [type(r) for r in records] == [Reject, Article]
    assert records[0].reason.startswith("timed out: the answer was not complete within 2 s (")
    assert records[1].text == (PAGE * 10).decode()


def test_a_dripping_status_line_is_cut_at_the_deadline(dripping):
    started = time.monotonic()
    with pytest.raises(BadInput, match="timed out: the answer was not complete within 1.5 s"):
        list(read_url(f"{dripping}/drip-head", timeout=1.5))
    assert time.monotonic() - started < 15
