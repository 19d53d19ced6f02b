"""A running server over a small database built from the seed article and a few real sentences, and
a small driver for Debian's headless chromium over the DevTools protocol on a pipe.

``--remote-debugging-pipe`` makes chromium read commands on fd 3 and write answers and events on
fd 4, as NUL-terminated JSON: no websocket library, no port, nothing from the network. The driver
opens a page, collects console messages, uncaught exceptions and browser log errors (a blocked
resource, a CSP violation, a 404) while it loads, evaluates expressions in it and takes screenshots.
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import pytest

# A real-world style sentence whose quoted words hold markup, so every page must escape them.
KABUL_TEXT = ('The mayor of Kabul, Ahmad Karimi, said on Tuesday that "prices <script>alert(1)</script> & fees" '
              "would fall. Karimi said Pakistan had closed the Torkham border. Karimi accused Pakistan of "
              "closing it.")
KABUL_TITLE = "Kabul mayor <b>speaks</b>"


@dataclass
class Served:
    """The server under test: its base URL, database path and the stored analyses by name."""

    url: str
    db: str
    seed: object
    kabul: object
    server: object = None  # the DatelineServer: tests that change what a view answers empty its cache


def _with_accuse_event(analysis):
    """Ensure an ACCUSE event on "accused", so event pages have a row whatever the event model finds."""
    from dateline.model import Event

    if any(v.type == "ACCUSE" for v in analysis.events):
        return analysis
    text = analysis.text
    start = text.index("accused")
    sentence = text.index("Karimi accused")
    names = {e.name: e.id for e in analysis.entities}
    places = {p.name: p.id for p in analysis.places}
    analysis.events.append(Event(
        id=f"V{len(analysis.events) + 1}", type="ACCUSE", mode=None, actor=names.get("Ahmad Karimi"),
        recipient=names.get("Pakistan"), place=places.get("Pakistan"), date=None,
        trigger_span=(start, start + len("accused")), sentence_span=(sentence, len(text)), confidence=1.0))
    return analysis


@pytest.fixture(scope="session")
def served(analyze, seed_text, tmp_path_factory):
    """Start ``dateline serve``'s server on a free port in a thread; stop it after the session."""
    from dateline.api.server import make_server, server_url
    from dateline.store import open_store

    db = tmp_path_factory.mktemp("api") / "api.db"
    seed = analyze(seed_text)
    kabul = _with_accuse_event(analyze(KABUL_TEXT, title=KABUL_TITLE, published="2024-03-05"))
    with open_store(db) as store:
        store.save(seed)
        store.save(kabul)
    server = make_server(db, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Served(server_url(server), str(db), seed, kabul, server)
    server.shutdown()
    server.server_close()
    thread.join()


# -- the browser -------------------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars", "--mute-audio", "--remote-debugging-pipe"]


class Browser:
    """One chromium process with one tab."""

    def __init__(self, profile: Path, timeout: float = 60.0):
        self.timeout = timeout
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def wire() -> None:  # in the child: the pipes at the fds chromium expects (copied first: no clash)
            reading, writing = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(reading, 3)
            os.dup2(writing, 4)

        self.process = subprocess.Popen([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                        preexec_fn=wire, pass_fds=(3, 4),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable", session=self.session)

    def _read(self) -> dict:
        deadline = time.monotonic() + self.timeout
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self._from_child, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, params: Optional[dict] = None, session: Optional[str] = None) -> dict:
        """Send one command and return its result; events that arrive meanwhile are kept."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._read()
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def open(self, url: str, width: int = 1200, height: int = 900) -> list[str]:
        """Load ``url`` at a window of ``width`` x ``height``; return the console errors it caused."""
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
                  session=self.session)
        self.events.clear()
        self.call("Page.navigate", {"url": url}, session=self.session)
        deadline = time.monotonic() + self.timeout
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} did not load")
            self.events.append(self._read())
        self.evaluate("1")  # let events queued during the load arrive
        return self.errors()

    def errors(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions and browser log errors since the last load."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
                found.append("console: " + " ".join(str(a.get("value", a.get("description"))) for a in params["args"]))
            elif method == "Runtime.exceptionThrown":
                found.append("exception: " + params["exceptionDetails"].get("text", ""))
            elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
                found.append(f"log: {params['entry'].get('text')} {params['entry'].get('url', '')}")
        return found

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (DevTools runs it, whatever the page's CSP)."""
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                           session=self.session)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"].get("text"))
        return result["result"].get("value")

    def screenshot(self, path: Path, full_page: bool = False) -> Path:
        """A PNG of the page as shown (the whole page when ``full_page``)."""
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            size = self.evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            params["clip"] = {"x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.call("Page.captureScreenshot", params, session=self.session)["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (RuntimeError, OSError, TimeoutError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_child)
        os.close(self._from_child)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """One headless chromium per test module (skips when Debian's chromium is absent)."""
    if not CHROMIUM.exists():
        pytest.skip("browser tests need Debian's chromium: apt-get install -y chromium")
    profile = tmp_path_factory.mktemp("chromium-profile")
    driver = Browser(profile)
    yield driver
    driver.close()
    shutil.rmtree(profile, ignore_errors=True)
