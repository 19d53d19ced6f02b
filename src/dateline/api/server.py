"""The HTTP server: routes, the request handler, and JSON / HTML answers from the same view.

Every page has a JSON twin at the same path plus ``.json`` (``/statements`` and
``/statements.json``) with the same query parameters. Every error, from a bad date to an
unknown route or a crash, is answered as ``{"error": {"status": N, "message": "..."}}`` for
JSON (and for anything the server cannot route), or as an HTML page with the same message.

Built on the standard library's ``ThreadingHTTPServer``: one thread per request, one
read-only SQLite connection per request, GET and HEAD only.
"""
from __future__ import annotations

import json
import logging
import re
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import parse_qs, unquote, urlsplit

from ..errors import StoreError
from ..store.readonly import ReadOnlyStore
from .render import esc, layout
from .request import ApiError, Page, Request, error_body
from .views import actors, article, events, places, search, statements, stats

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
    (re.compile(r"^/stats$"), stats.view),
    (re.compile(r"^/article/([^/]+)$"), article.view),
]
PAGES = "/, /search, /statements, /events, /actors, /actor/NAME, /places, /stats, /article/ID"
STYLE_PATH = "/static/style.css"
# Pages load nothing from elsewhere and run no script; the policy makes that a guarantee.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                               "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _stylesheet() -> bytes:
    return (resources.files("dateline.api") / "static" / "style.css").read_bytes()


def route(path: str) -> tuple[Callable[[Request], Page], tuple[str, ...]]:
    """The view for a raw URL path (without ``.json``) and the unquoted values it captures.

    Raises:
        ApiError: 404 when no page lives at ``path``.
    """
    for pattern, view in ROUTES:
        match = pattern.match(path)
        if match:
            return view, tuple(unquote(g) for g in match.groups())
    raise ApiError(404, f"no page at {unquote(path)}; pages: {PAGES}")


class DatelineHandler(BaseHTTPRequestHandler):
    """Answers GET and HEAD from the views; the database path is on the server (``server.db``)."""

    server_version = "dateline"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def _refuse_method(self) -> None:
        self._send_json(HTTPStatus.METHOD_NOT_ALLOWED, error_body(405, f"{self.command} is not allowed; "
                        "this server is read-only: use GET"), extra={"Allow": "GET, HEAD"})

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _refuse_method  # noqa: N815

    def _answer(self, send_body: bool) -> None:
        self._send_body = send_body
        parts = urlsplit(self.path)
        raw_path = parts.path
        wants_json = raw_path.endswith(".json")
        if wants_json:
            raw_path = raw_path[: -len(".json")]
        if raw_path == STYLE_PATH and not wants_json:
            self._send(200, "text/css; charset=utf-8", _stylesheet(), {"Cache-Control": "max-age=3600"})
            return
        store: Optional[ReadOnlyStore] = None
        try:
            view, args = route(raw_path)
            query = parse_qs(parts.query, keep_blank_values=True)
            store = ReadOnlyStore(self.server.db)
            request = Request(raw_path, query, store, args)
            page = view(request)
        except ApiError as exc:
            self._send_error(exc.status, exc.message, wants_json)
        except StoreError as exc:
            log.error("%s", exc)
            self._send_error(503, str(exc), wants_json)
        except Exception:  # noqa: BLE001 - one bad request must not take the server down
            log.exception("error answering %s", self.path)
            self._send_error(500, "internal error while answering this request; see the server log", wants_json)
        else:
            if wants_json:
                self._send_json(200, page.data)
            else:
                self._send(200, "text/html; charset=utf-8", layout(page.title, page.body, raw_path).encode("utf-8"))
        finally:
            if store is not None:
                store.close()

    def _send_error(self, status: int, message: str, wants_json: bool) -> None:
        if wants_json:
            self._send_json(status, error_body(status, message))
            return
        title = f"{status} {HTTPStatus(status).phrase}"
        body = f'<p class="error">{esc(message)}</p><p><a href="/">Back to search</a></p>'
        self._send(status, "text/html; charset=utf-8", layout(title, body).encode("utf-8"))

    def _send_json(self, status: int, data, extra: Optional[dict] = None) -> None:
        payload = json.dumps(data, ensure_ascii=False, default=str).encode("utf-8")
        self._send(status, "application/json; charset=utf-8", payload, extra)

    def _send(self, status: int, content_type: str, payload: bytes, extra: Optional[dict] = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        for name, value in {**SECURITY_HEADERS, **(extra or {})}.items():
            self.send_header(name, value)
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


class DatelineServer(ThreadingHTTPServer):
    """A threading HTTP server that knows which database it serves."""

    daemon_threads = True  # a slow client never keeps the process alive after shutdown

    def __init__(self, address: tuple[str, int], db: str | Path):
        self.db = Path(db)
        super().__init__(address, DatelineHandler)


def make_server(db: str | Path, host: str = "127.0.0.1", port: int = 8001) -> DatelineServer:
    """A server for the database at ``db``, bound but not yet serving (``port=0`` picks a free one).

    Raises:
        StoreError: when ``db`` cannot be opened read-only as a current dateline database.
        OSError: when the address cannot be bound (the port is in use).

    Example:
        >>> server = make_server("news.db", port=0)  # doctest: +SKIP
        >>> server.serve_forever()                    # doctest: +SKIP
    """
    ReadOnlyStore(db).close()  # fail now, not on the first request
    return DatelineServer((host, port), db)


def server_url(server: DatelineServer) -> str:
    """The http:// address a browser can open for ``server``."""
    host, port = server.server_address[:2]
    shown = "localhost" if host in ("0.0.0.0", "::") else host
    return f"http://{'[' + shown + ']' if ':' in shown else shown}:{port}/"
