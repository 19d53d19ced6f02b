"""The HTTP server: routes, the request handler, and JSON / HTML answers from the same view.

Every page has a JSON twin at the same path plus ``.json`` (``/statements`` and
``/statements.json``) with the same query parameters. Every error, from a bad date to an
unknown route or a crash, is answered as ``{"error": {"status": N, "message": "..."}}`` for
JSON (and for anything the server cannot route), or as an HTML page with the same message.

Built on the standard library's ``ThreadingHTTPServer``: one thread per connection, one
read-only SQLite connection per request, GET and HEAD only. Requests naming a host the server
is not reached by are refused (:mod:`.hosts`), idle connections are closed after
``IDLE_TIMEOUT`` seconds, and a request body is read and dropped, never taken for the next
request.
"""
from __future__ import annotations

import io
import json
import logging
import os
import re
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Optional
from urllib.parse import parse_qs, unquote, urlsplit

from ..errors import StoreError
from ..spreadsheet import write_csv
from ..store import PostgresStore, is_postgres_url
from ..store.readonly import ReadOnlyStore, open_readonly
from ..store.summary import data_version
from .balance import Balance
from .cache import MAX_BYTES, Answer, AnswerCache
from .hosts import HostCheck
from .render import esc, layout
from .request import ApiError, Page, Request, cut, error_body
from .views import actors, article, articles, events, network, place, places, search, statements, stats, timeline, worldmap

log = logging.getLogger(__name__)

# (pattern on the raw path without ".json", view). Captured groups are unquoted after the
# match, so a name holding "/" (quoted as %2F) stays one segment.
ROUTES: list[tuple[re.Pattern, Callable[[Request], Page]]] = [
    (re.compile(r"^/(?:search)?$"), search.view),
    (re.compile(r"^/statements$"), statements.view),
    (re.compile(r"^/events$"), events.view),
    (re.compile(r"^/actors$"), actors.listing),
    (re.compile(r"^/actor/([^/]+)$"), actors.view),
    (re.compile(r"^/places$"), places.view),
    (re.compile(r"^/place/([^/]+)$"), place.view),
    (re.compile(r"^/articles$"), articles.view),
    (re.compile(r"^/map$"), worldmap.view),
    (re.compile(r"^/timeline$"), timeline.view),
    (re.compile(r"^/network$"), network.view),
    (re.compile(r"^/stats$"), stats.view),
    (re.compile(r"^/article/([^/]+)$"), article.view),
]
PAGES = ("/, /search, /articles, /statements, /events, /actors, /actor/NAME, /places, /place/GEONAMES_ID, /map, "
         "/timeline, /network, /stats, /article/ID")
STYLE_PATH = "/static/style.css"
# The only files served as they are: the stylesheet and the icon (a browser asks for one).
STATIC = {STYLE_PATH: ("style.css", "text/css; charset=utf-8"),
          "/static/icon.svg": ("icon.svg", "image/svg+xml"), "/favicon.ico": ("icon.svg", "image/svg+xml")}
# Pages load nothing from elsewhere and run no script; the policy makes that a guarantee.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                               "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


# Seconds a kept-open connection may sit idle (or a client take over one read or write) before
# the server closes it and frees its thread: far longer than a browser's pause between a page
# and its stylesheet, short enough that abandoned connections do not pile up. (Apache waits 5 s,
# nginx 75 s.)
IDLE_TIMEOUT = 15.0

# Clients waiting to be accepted. The default of 5 made 16 concurrent clients wait 1.3 s for
# SYN retransmits; 128 is what most servers use (and Linux's old somaxconn ceiling).
LISTEN_QUEUE = 128
# Open read-only stores kept between requests (as many as clients usually ask at once): a request
# then starts with the pages the last one read in SQLite's cache (20% less CPU over bench/serve.py's
# pages on 100,000 articles), where opening one per request read every page afresh.
KEPT_STORES = 16

# The largest request body read and dropped to keep a connection open (no page takes a body);
# a longer one, or one of unknown length, closes the connection instead.
MAX_DISCARD_BYTES = 64 * 1024


class Stop(BaseException):
    """Raised in a serving process's main thread to leave ``serve_forever``: a stop signal, or its parent gone.

    A BaseException, like KeyboardInterrupt, so that no ``except Exception`` on the way swallows it.
    """


def _static(name: str) -> bytes:
    return (resources.files("dateline.api") / "static" / name).read_bytes()


def route(path: str) -> tuple[Callable[[Request], Page], tuple[str, ...]]:
    """The view for a raw URL path (without ``.json``) and the unquoted values it captures.

    Raises:
        ApiError: 404 when no page lives at ``path``.
    """
    for pattern, view in ROUTES:
        match = pattern.match(path)
        if match:
            return view, tuple(unquote(g) for g in match.groups())
    raise ApiError(404, f"no page at {cut(unquote(path))}; pages: {PAGES}")


class DatelineHandler(BaseHTTPRequestHandler):
    """Answers GET and HEAD from the views; the database path is on the server (``server.db``)."""

    server_version = "dateline"
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle's algorithm on, the body then waited for the
    # client's delayed ACK: 40 ms added to every small answer on Linux loopback (bench/serve.py).
    disable_nagle_algorithm = True
    server: "DatelineServer"

    def setup(self) -> None:
        self.timeout = self.server.idle_timeout  # type: ignore[misc]  # StreamRequestHandler reads it per instance
        super().setup()

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def _refuse_method(self) -> None:
        self._discard_body()
        if self._refuse_host(wants_json=True):
            return
        self._send_json(HTTPStatus.METHOD_NOT_ALLOWED, error_body(405, f"{self.command} is not allowed; "
                        "this server is read-only: use GET"), extra={"Allow": "GET, HEAD"})

    def _discard_body(self) -> None:
        """Read and drop a request body, so it is never parsed as the next request on the connection."""
        length = self.headers.get("Content-Length")
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self.close_connection = True
            return
        if length is None:
            return
        try:
            size = int(length)
        except ValueError:
            size = -1
        if 0 <= size <= MAX_DISCARD_BYTES:
            self.rfile.read(size)
        else:
            self.close_connection = True

    def _refuse_host(self, wants_json: bool) -> bool:
        """Answer 400 (and return True) when the Host header names a host this server is not."""
        host = self.headers.get("Host")
        if self.server.hosts.allows(host):
            return False
        name = self.server.hosts.host_name(host or "") or host or ""
        self._send_error(400, f"unknown host {cut(name)!r}: this server answers to "
                              f"{self.server.hosts.shown()}", wants_json)
        return True

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _refuse_method  # noqa: N815

    def _answer(self, send_body: bool) -> None:
        self._send_body = send_body
        self._discard_body()
        parts = urlsplit(self.path)
        raw_path = parts.path
        wants_json = raw_path.endswith(".json")
        wants_csv = raw_path.endswith(".csv")
        if wants_json or wants_csv:
            raw_path = raw_path[: -len(".json" if wants_json else ".csv")]
        wants_json = wants_json or wants_csv  # errors of a CSV twin are JSON too
        if self._refuse_host(wants_json):
            return
        if raw_path in STATIC and not wants_json:
            name, content_type = STATIC[raw_path]
            self._send(200, content_type, _static(name), {"Cache-Control": "max-age=3600"})
            return
        store: Optional[ReadOnlyStore | PostgresStore] = None

        def release() -> None:
            # The store goes back before the answer is sent, so the client's next request finds it idle.
            nonlocal store
            if store is not None:
                self.server.keep_store(store)
                store = None

        try:
            view, args = route(raw_path)
            query = parse_qs(parts.query, keep_blank_values=True)
            store = self.server.take_store()
            # Read before the view runs: an answer is kept under the version it may have seen, or an older one.
            key = (data_version(store), parts.path, parts.query)
            kept = self.server.answers.get(key)
            if kept is not None:
                release()
                self._send(200, kept[0], kept[1], kept[2])
                return
            request = Request(raw_path, query, store, args)
            page = view(request)
        except ApiError as exc:
            release()
            self._send_error(exc.status, exc.message, wants_json)
        except StoreError as exc:
            log.error("%s", exc)
            release()
            self._send_error(503, str(exc), wants_json)
        except Exception:  # noqa: BLE001 - one bad request must not take the server down
            log.exception("error answering %s", self.path)
            release()
            self._send_error(500, "internal error while answering this request; see the server log", wants_json)
        else:
            if wants_csv:
                answer = self._csv_answer(raw_path, page)
            elif wants_json:
                answer = ("application/json; charset=utf-8", _json_bytes(page.data), {})
            else:
                answer = ("text/html; charset=utf-8", layout(page.title, page.body, raw_path).encode("utf-8"), {})
            release()
            if answer is not None:
                self.server.answers.put(key, answer)
                self._send(200, *answer)
        finally:
            release()

    def _send_error(self, status: int, message: str, wants_json: bool) -> None:
        if wants_json:
            self._send_json(status, error_body(status, message))
            return
        title = f"{status} {HTTPStatus(status).phrase}"
        body = f'<p class="error">{esc(message)}</p><p><a href="/">Back to search</a></p>'
        self._send(status, "text/html; charset=utf-8", layout(title, body).encode("utf-8"))

    def _csv_answer(self, raw_path: str, page: Page) -> Optional[Answer]:
        """The CSV twin of a table page: the same rows as its JSON twin, through the one safe CSV writer.

        A page without a CSV twin is answered 404 here, and None returned.
        """
        if page.csv_rows is None or page.csv_columns is None:
            self._send_json(404, error_body(404, f"{cut(raw_path)} has no CSV twin; table pages have one "
                                                 "(/articles, /statements, /events, /actors, /places)"))
            return None
        out = io.StringIO()
        write_csv(out, page.csv_rows, page.csv_columns)
        name = raw_path.strip("/").replace("/", "-") or "search"
        return ("text/csv; charset=utf-8", out.getvalue().encode("utf-8"),
                {"Content-Disposition": f'inline; filename="{name}.csv"'})

    def _send_json(self, status: int, data, extra: Optional[dict] = None) -> None:
        self._send(status, "application/json; charset=utf-8", _json_bytes(data), extra)

    def _send(self, status: int, content_type: str, payload: bytes, extra: Optional[dict] = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        for name, value in {**SECURITY_HEADERS, **(extra or {})}.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if getattr(self, "_send_body", True):
            self.wfile.write(payload)

    def send_error(self, code: int, message: Optional[str] = None, explain: Optional[str] = None) -> None:
        """http.server's own errors (a malformed request line, a header too long) in our JSON shape."""
        self.close_connection = True
        self._send_body = self.command != "HEAD"
        try:
            phrase = HTTPStatus(code).phrase
        except ValueError:
            phrase = "Error"
        self._send_json(code, error_body(code, message or phrase))

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's signature
        log.info("%s %s", self.address_string(), format % args)


def _json_bytes(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, default=str).encode("utf-8")


class DatelineServer(ThreadingHTTPServer):
    """A threading HTTP server that knows which database it serves and which host names it answers."""

    daemon_threads = True  # a slow client never keeps the process alive after shutdown
    request_queue_size = LISTEN_QUEUE

    def __init__(self, address: tuple[str, int], db: str | Path, allowed_hosts: Iterable[str] = (),
                 idle_timeout: float = IDLE_TIMEOUT, cache_bytes: int = MAX_BYTES):
        # A file path, or a postgresql:// URL kept as written (a Path would fold its '//').
        self.db = db if is_postgres_url(db) else Path(db)
        self.hosts = HostCheck(address[0], allowed_hosts)
        self.idle_timeout = idle_timeout
        self.answers = AnswerCache(cache_bytes)
        self._stores: list[ReadOnlyStore] = []  # open and idle, for the next requests
        self._stores_lock = threading.Lock()
        # In a worker process (:mod:`.workers`), the pid of the process that forked it: when that one
        # is gone (killed with no chance to stop its workers), the worker stops instead of serving on.
        self.parent_pid: Optional[int] = None
        # In a worker, the connections every worker holds: the least busy one takes the next (see .workers).
        self.balance: Optional[Balance] = None
        super().__init__(address, DatelineHandler)

    def get_request(self):  # noqa: D102 - socketserver's accept, after the less busy workers had their turn
        if self.balance is not None:
            self.balance.wait_turn()
        request = super().get_request()
        if self.balance is not None:
            self.balance.opened()
        return request

    def shutdown_request(self, request) -> None:  # noqa: D102 - called once for every accepted connection
        try:
            super().shutdown_request(request)
        finally:
            if self.balance is not None:
                self.balance.closed()

    def service_actions(self) -> None:
        """Called by ``serve_forever`` between requests and every poll interval (0.5 s): stop an orphaned worker."""
        super().service_actions()
        if self.parent_pid is not None and os.getppid() != self.parent_pid:
            raise Stop("parent process gone")

    def take_store(self) -> ReadOnlyStore | PostgresStore:
        """An idle store kept from an earlier request, else a newly opened one."""
        with self._stores_lock:
            if self._stores:
                return self._stores.pop()
        return open_readonly(self.db)

    def keep_store(self, store: ReadOnlyStore | PostgresStore) -> None:
        """Keep an SQLite store for the next request (up to ``KEPT_STORES``); close any other."""
        if isinstance(store, ReadOnlyStore) and not store.conn.in_transaction:
            with self._stores_lock:
                if len(self._stores) < KEPT_STORES:
                    self._stores.append(store)
                    return
        store.close()

    def server_close(self) -> None:  # noqa: D102 - closes the kept stores too
        super().server_close()
        with self._stores_lock:
            stores, self._stores = self._stores, []
        for store in stores:
            store.close()


def make_server(db: str | Path, host: str = "127.0.0.1", port: int = 8001, allowed_hosts: Iterable[str] = (),
                idle_timeout: float = IDLE_TIMEOUT, cache_bytes: int = MAX_BYTES) -> DatelineServer:
    """A server for the database at ``db``, bound but not yet serving (``port=0`` picks a free one).

    Args:
        db: The database to serve, read-only.
        host: The address to listen on; requests must name it, a loopback name, or (on
            ``0.0.0.0``) the machine's name or any IP address in their ``Host`` header.
        port: The port; 0 picks a free one.
        allowed_hosts: Further host names to answer (a local network name for this machine).
        idle_timeout: Seconds before an idle kept-open connection is closed.
        cache_bytes: Memory for answers kept until the database is next written (see :mod:`.cache`); 0 keeps none.

    Raises:
        StoreError: when ``db`` cannot be opened read-only as a current dateline database.
        OSError: when the address cannot be bound (the port is in use).

    Example:
        >>> server = make_server("news.db", port=0)  # doctest: +SKIP
        >>> server.serve_forever()                    # doctest: +SKIP
    """
    open_readonly(db).close()  # fail now, not on the first request
    return DatelineServer((host, port), db, allowed_hosts, idle_timeout, cache_bytes)


def server_url(server: DatelineServer) -> str:
    """The http:// address a browser can open for ``server``."""
    host, port = server.server_address[:2]
    shown = "localhost" if host in ("0.0.0.0", "::") else str(host)
    return f"http://{'[' + shown + ']' if ':' in shown else shown}:{port}/"
