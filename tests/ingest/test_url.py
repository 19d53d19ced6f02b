"""URL ingest against a local http.server on 127.0.0.1 (never the network)."""
from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dateline.errors import BadInput
from dateline.ingest import Article, Reject, iter_articles
from dateline.ingest.url import read_url

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"

# path -> (Content-Type, body)
ROUTES = {
    "/news/harbour-strike": ("text/html; charset=utf-8", (FIXTURES / "article.html").read_bytes()),
    "/feed": ("application/rss+xml", (FIXTURES / "feed.rss").read_bytes()),
    # Served with a generic type: the bytes show it is an Atom feed.
    "/atom": ("text/xml", (FIXTURES / "feed.atom").read_bytes()),
    "/note.txt": ("text/plain; charset=utf-8", "The ferry runs hourly from Monday.\n".encode()),
    "/logo.png": ("image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the http.server hook name
        if self.path == "/old":
            self.send_response(301)
            self.send_header("Location", "/news/harbour-strike")
            self.end_headers()
            return
        if self.path not in ROUTES:
            self.send_error(404, "Not Found")
            return
        content_type, body = ROUTES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep test output quiet
        pass


@pytest.fixture()
def server(monkeypatch):
    """Base URL of a local HTTP server; proxies are bypassed for it."""
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_article_page(server):
    url = f"{server}/news/harbour-strike"
    [article] = iter_articles([url])
    assert isinstance(article, Article)
    assert article.url == url and article.origin == url
    assert article.title == "Harbour workers end strike after pay deal"
    assert article.source == "The Coastal Ledger"
    assert article.published == "2024-03-07"
    assert "union secretary Tomas Reyes told reporters" in article.text


def test_redirect_records_the_final_url(server):
    [article] = iter_articles([f"{server}/old"])
    assert article.url == f"{server}/news/harbour-strike"
    assert article.origin == f"{server}/old"


def test_feeds_by_content_type_and_by_content(server):
    rss = list(iter_articles([f"{server}/feed"]))
    assert [type(r) for r in rss] == [Article, Article, Reject]
    assert rss[0].url == "https://ledger.example.com/2024/03/07/harbour-strike-ends"
    assert rss[0].origin == f"{server}/feed#1"
    atom = list(iter_articles([f"{server}/atom"]))
    assert [a.title for a in atom] == ["Bridge repairs to close river crossing", "School choir wins regional prize"]


def test_plain_text_and_unsupported_types(server):
    [note, logo, missing] = iter_articles([f"{server}/note.txt", f"{server}/logo.png", f"{server}/gone"])
    assert note.text == "The ferry runs hourly from Monday.\n" and note.url == f"{server}/note.txt"
    assert logo == Reject(f"{server}/logo.png", "unsupported content type: image/png; expected HTML, "
                                                "a feed or plain text")
    assert missing == Reject(f"{server}/gone", "HTTP error: 404 Not Found")


def test_refused_connection_and_timeout_are_rejects(monkeypatch):
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        refused_port = closed.getsockname()[1]
    [refused] = iter_articles([f"http://127.0.0.1:{refused_port}/x"])
    assert refused.reason.startswith("cannot fetch: ")
    # A socket that listens but never answers: the read times out.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/slow"
        with pytest.raises(BadInput) as caught:
            list(read_url(url, timeout=0.3))
    assert str(caught.value) == "timed out: no answer within 0.3 s"
