"""The server on loopback: only its own host names, a real listen queue, idle connections closed,
request bodies never read as requests, LIKE wildcards taken literally, echoed values cut short."""
from __future__ import annotations

import http.client
import json
import socket
import threading
from urllib.parse import quote, urlsplit

import pytest

from dateline.api.server import make_server


def ask(url: str, path: str, host: str | None = None, method: str = "GET") -> tuple[int, dict, bytes]:
    """(status, headers, body) of one request sent with the given Host header."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.putrequest(method, path, skip_host=host is not None)
        if host is not None:
            conn.putheader("Host", host)
        conn.endheaders()
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def error_message(status: int, body: bytes, expected_status: int) -> str:
    assert status == expected_status, body
    shape = json.loads(body)
    assert set(shape) == {"error"} and shape["error"]["status"] == expected_status
    return shape["error"]["message"]


@pytest.fixture()
def serving(served):
    """Start another server over the same database; yields ``start(**make_server_options) -> url``."""
    started = []

    def start(**options) -> str:
        server = make_server(served.db, **{"port": 0, **options})
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        started.append((server, thread))
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server, thread in started:
        server.shutdown()
        server.server_close()
        thread.join()


# -- Host names ---------------------------------------------------------------------------------


def test_a_foreign_host_name_is_refused_in_the_error_shape(served):
    port = urlsplit(served.url).port
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}", "LOCALHOST"):
        assert ask(served.url, "/stats.json", host)[0] == 200, host
    status, headers, body = ask(served.url, "/stats.json", f"rebind.evil.example:{port}")
    message = error_message(status, body, 400)
    assert "'rebind.evil.example'" in message and "localhost" in message
    status, headers, body = ask(served.url, "/stats", "rebind.evil.example")
    assert status == 400 and headers["Content-Type"].startswith("text/html") and b"rebind.evil.example" in body


def test_a_server_on_all_interfaces_answers_its_addresses_but_not_other_names(serving):
    url = serving(host="0.0.0.0")
    assert ask(url, "/stats.json", "192.0.2.7:8001")[0] == 200  # an address cannot be rebound
    assert ask(url, "/stats.json", socket.gethostname())[0] == 200
    assert ask(url, "/stats.json", "rebind.evil.example")[0] == 400


def test_extra_host_names_can_be_allowed(serving):
    url = serving(allowed_hosts=["news.internal"])
    assert ask(url, "/stats.json", "news.internal:8001")[0] == 200
    assert ask(url, "/stats.json", "other.internal")[0] == 400


# -- Connections --------------------------------------------------------------------------------


def test_the_listen_queue_holds_many_waiting_clients(served):
    server = make_server(served.db, port=0)  # bound and listening, not yet accepting
    try:
        clients = []
        for _ in range(40):
            client = socket.socket()
            client.settimeout(5)
            client.connect(server.server_address)  # times out once the queue is full
            clients.append(client)
        for client in clients:
            client.close()
    finally:
        server.server_close()


def test_an_idle_kept_open_connection_is_closed(serving):
    url = serving(idle_timeout=0.5)
    with socket.create_connection((urlsplit(url).hostname, urlsplit(url).port), timeout=30) as conn:
        conn.sendall(b"GET /stats.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        answer = conn.makefile("rb")
        assert answer.readline().startswith(b"HTTP/1.1 200")
        headers = list(iter(answer.readline, b"\r\n"))
        length = next(int(line.split(b":")[1]) for line in headers if line.lower().startswith(b"content-length"))
        assert len(answer.read(length)) == length
        # Idle now: the server closes the connection (EOF) instead of holding it and its thread.
        assert answer.read() == b""


def read_until_closed(conn: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection or stays silent for 3 s."""
    conn.settimeout(3)
    data = b""
    while True:
        try:
            piece = conn.recv(65536)
        except TimeoutError:
            return data
        if not piece:
            return data
        data += piece


@pytest.mark.parametrize("method, first_status", [("POST", b"405"), ("GET", b"200")])
def test_a_request_body_is_never_read_as_the_next_request(served, method, first_status):
    smuggled = b"GET /stats.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    host, port = urlsplit(served.url).hostname, urlsplit(served.url).port
    with socket.create_connection((host, port), timeout=30) as conn:
        conn.sendall(method.encode() + b" /stats.json HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     b"Content-Length: " + str(len(smuggled)).encode() + b"\r\n\r\n" + smuggled)
        answers = read_until_closed(conn)
    assert answers.startswith(b"HTTP/1.1 " + first_status)
    assert answers.count(b"HTTP/1.1 ") == 1, answers


# -- Queries and messages -----------------------------------------------------------------------


def test_like_wildcards_in_names_are_taken_literally(served):
    for speaker in ("%", "_", "%a%", "K_rimi"):
        status, _, body = ask(served.url, f"/statements.json?speaker={quote(speaker)}")
        assert status == 200 and json.loads(body)["rows"] == [], speaker
    for name in ("%", "_arimi"):
        status, _, body = ask(served.url, f"/actor/{quote(name, safe='')}.json")
        assert status == 404, name
    status, _, body = ask(served.url, "/statements.json?speaker=Karimi")
    assert status == 200 and json.loads(body)["rows"]  # a plain substring still matches


@pytest.mark.parametrize("path", [
    "/statements.json?since=" + "9" * 5000,
    "/statements.json?limit=" + "x" * 5000,
    "/events.json?type=" + "H" * 5000,
    "/statements.json?" + "p" * 5000 + "=1",
    "/nowhere" + "/a" * 2500 + ".json",
])
def test_error_messages_do_not_echo_long_values(served, path):
    status, _, body = ask(served.url, path)
    message = error_message(status, body, 404 if path.startswith("/nowhere") else 400)
    assert len(message) < 400 and "…" in message
