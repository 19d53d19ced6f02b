"""HTTP(S) through urllib with one deadline for the whole exchange, redirects included.

A socket timeout bounds each read, not the answer: a server that sends one byte every few
seconds never trips it and can hold a batch for as long as it likes. Here every read of the
response (status line, headers, body) first checks the time left and waits at most that
long, so a fetch ends by its deadline however the server paces its bytes.
"""
from __future__ import annotations

import http.client
import io
import time
import urllib.request
from typing import Optional


class FetchTimeout(TimeoutError):
    """The answer was not complete in time.

    Attributes:
        received: Bytes of the answer that had come (0: no answer at all).
        limit: The limit that ran out, in seconds: the deadline, or the longest silence allowed.
    """

    def __init__(self, received: int, limit: float):
        super().__init__(f"timed out after {limit:g} s with {received} bytes received")
        self.received = received
        self.limit = limit


class _DeadlineRaw(io.RawIOBase):
    """A response's socket reader that waits no longer than the time left before the deadline."""

    def __init__(self, inner: io.RawIOBase, sock, deadline: float, total: float, stall: float):
        super().__init__()
        self.inner, self.sock = inner, sock
        self.deadline, self.total, self.stall = deadline, total, stall
        self.received = 0

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.inner.fileno()

    def readinto(self, buffer) -> Optional[int]:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise FetchTimeout(self.received, self.total)
        wait, limit = (left, self.total) if left < self.stall else (self.stall, self.stall)
        self.sock.settimeout(wait)
        try:
            count = self.inner.readinto(buffer)
        except TimeoutError:
            raise FetchTimeout(self.received, limit) from None
        self.received += count or 0
        return count

    def close(self) -> None:
        self.inner.close()  # releases the socket, as the plain reader would
        super().close()


class _DeadlineResponse(http.client.HTTPResponse):
    """An HTTP response whose reads (headers and body) all keep to one deadline."""

    def __init__(self, sock, *args, deadline: float, total: float, stall: float, **kwargs):
        super().__init__(sock, *args, **kwargs)
        # The plain reader keeps the socket open after urllib closes the connection; the
        # deadline reader takes it over, so it is released when the response is closed.
        self.fp = io.BufferedReader(_DeadlineRaw(self.fp.detach(), sock, deadline, total, stall))


def _deadline_connection(base: type, deadline: float, total: float, stall: float) -> type:
    """``base`` (HTTPConnection or HTTPSConnection) answering with deadline-keeping responses."""

    class DeadlineConnection(base):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.response_class = lambda sock, *args, **options: _DeadlineResponse(
                sock, *args, deadline=deadline, total=total, stall=stall, **options)

    return DeadlineConnection


class _DeadlineHandling:
    """Mixed into urllib's HTTP and HTTPS handlers: every connection keeps the deadline."""

    deadline = total = stall = 0.0

    def do_open(self, http_class, req, **kwargs):
        connection = _deadline_connection(http_class, self.deadline, self.total, self.stall)
        return super().do_open(connection, req, **kwargs)


class _HTTPHandler(_DeadlineHandling, urllib.request.HTTPHandler):
    pass


class _HTTPSHandler(_DeadlineHandling, urllib.request.HTTPSHandler):
    pass


def open_url(request: urllib.request.Request, total: float, stall: float):
    """Open ``request`` (following redirects) with ``total`` seconds for the whole exchange.

    Args:
        request: The request.
        total: Seconds from now by which the answer must be complete, redirects and all.
        stall: The longest wait for any one piece (connect, a read); the deadline shortens it.

    Returns:
        The response, as ``urllib.request.urlopen`` returns it.

    Raises:
        FetchTimeout: A read would pass the deadline or waited ``stall`` in vain.
        urllib.error.URLError: As ``urlopen`` (a connect timeout is one, with a TimeoutError reason).
    """
    handlers = []
    for handler_class in (_HTTPHandler, _HTTPSHandler):
        handler = handler_class()
        handler.deadline, handler.total, handler.stall = time.monotonic() + total, total, stall
        handlers.append(handler)
    return urllib.request.build_opener(*handlers).open(request, timeout=min(total, stall))
