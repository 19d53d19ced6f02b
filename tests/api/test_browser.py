"""The pages in a real browser (Debian's headless chromium): links, anchors, forms, no scripts.

Skipped when ``/usr/bin/chromium`` is absent; install it with ``apt-get install -y chromium``.
"""
from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="browser tests need Debian's chromium: apt-get install -y chromium")


def browse(url: str, profile: Path, *extra: str) -> str:
    """The DOM of ``url`` after the browser has loaded it, as HTML text."""
    command = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", *extra, "--dump-dom", url]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class Dom(HTMLParser):
    """The elements of a dumped DOM: tags with attributes, and the text under each id."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.open: list[tuple[str, str | None]] = []
        self.text_of: dict[str, str] = {}
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if tag not in ("meta", "link", "input", "br"):
            self.open.append((tag, attrs.get("id")))
            if attrs.get("id"):
                self.text_of.setdefault(attrs["id"], "")

    def handle_endtag(self, tag):
        while self.open:
            if self.open.pop()[0] == tag:
                break

    def handle_data(self, data):
        for _, ident in self.open:
            if ident:
                self.text_of[ident] += data

    def hrefs(self) -> list[str]:
        return [a.get("href", "") for tag, a in self.elements if tag == "a"]


@pytest.fixture()
def profile(tmp_path):
    path = tmp_path / "chromium-profile"
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_article_page_marks_the_sentence_behind_a_statement(served, profile):
    article = served.kabul
    dom = Dom(browse(f"{served.url}article/{article.article.id}#S2", profile))
    start, end = article.statements[1].sentence_span
    assert dom.text_of["S2"] == article.text[start:end]
    # The quoted <script> is text in the page, never an element.
    assert not [tag for tag, _ in dom.elements if tag == "script"]
    assert "prices <script>alert(1)</script> & fees" in dom.text_of["S1"]
    classes = {a.get("class") for tag, a in dom.elements if tag in ("span", "a")}
    assert {"ent", "place", "speaker", "cue", "content", "sentence"} <= classes
    assert "/actor/Ahmad%20Karimi" in dom.hrefs()


def test_statements_form_and_links_work_without_javascript(served, profile):
    dom = Dom(browse(f"{served.url}statements?speaker=Karimi&since=&until=&about=", profile))
    forms = [a for tag, a in dom.elements if tag == "form"]
    assert forms and forms[0]["method"] == "get" and forms[0]["action"] == "/statements"
    inputs = {a["name"]: a.get("value") for tag, a in dom.elements if tag == "input"}
    assert inputs["speaker"] == "Karimi" and set(inputs) == {"speaker", "about", "since", "until", "limit",
                                                                 "speaker_country"}
    article_id = served.kabul.article.id
    assert {f"/article/{article_id}#S1", f"/article/{article_id}#S2"} <= set(dom.hrefs())
    assert "/statements.json?speaker=Karimi" in dom.hrefs() and "/statements.csv?speaker=Karimi" in dom.hrefs()


def test_search_and_actor_pages_link_onwards(served, profile):
    dom = Dom(browse(f"{served.url}?q={quote('Badakhshan')}", profile))
    seed_id = served.seed.article.id
    assert f"/article/{seed_id}" in dom.hrefs()
    assert any(h.startswith(f"/article/{seed_id}#S") for h in dom.hrefs())
    dom = Dom(browse(f"{served.url}actor/IEA", profile))
    assert ("h1", {}) in dom.elements
    assert "/statements?speaker=Islamic+Emirate+of+Afghanistan" in dom.hrefs()


def test_error_pages_are_pages(served, profile):
    dom = Dom(browse(f"{served.url}actor/Nobody%20Atall", profile))
    assert any(a.get("class") == "error" for _, a in dom.elements)


def test_screenshot_of_the_article_page(served, profile, tmp_path):
    """One screenshot, kept for a person to look at (path printed with -s)."""
    shot = tmp_path / "article.png"
    browse(f"{served.url}article/{served.seed.article.id}", profile, f"--screenshot={shot}", "--window-size=1200,900")
    assert shot.exists() and shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")
