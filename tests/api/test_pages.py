"""Every page in headless chromium (driven over DevTools, see conftest.py): no console errors, readable at
420 px, the reference article's map, timeline counts against the database, sorting and paging,
CSV twins. The screenshots in docs/ are taken here.

Skipped when ``/usr/bin/chromium`` is absent; install it with ``apt-get install -y chromium``.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import urllib.request
from collections import Counter
from pathlib import Path

from dateline.store.shown import SHOWN_EVENT

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _pages(served) -> list[str]:
    seed = served.seed.article.id
    return ["", "search?q=Badakhshan", "articles", "statements", "statements?speaker=Karimi", "events",
            "events?type=ACCUSE&sort=-confidence", "actors", "actor/IEA", "places", "place/1147745", "map",
            f"map?article={seed}", "timeline", "timeline?interval=day", "network", "network?type=ACCUSE", "stats",
            f"article/{seed}", f"article/{served.kabul.article.id}"]


def test_every_page_renders_without_console_errors(served, browser):
    for page in _pages(served):
        errors = browser.open(served.url + page)
        assert errors == [], page
        assert browser.evaluate("document.querySelector('main h1') !== null"), page


def test_every_page_is_readable_420_px_wide(served, browser):
    for page in _pages(served):
        assert browser.open(served.url + page, width=420, height=800) == [], page
        assert browser.evaluate("document.documentElement.scrollWidth") <= 420, page


def _place_names(analysis) -> set[str]:
    return {p.name for p in analysis.places if p.lat is not None and p.lon is not None}


def test_the_reference_articles_map_shows_its_places(served, browser):
    for page in (f"map?article={served.seed.article.id}", f"article/{served.seed.article.id}"):
        assert browser.open(served.url + page) == []
        markers = browser.evaluate("[...document.querySelectorAll('svg.map a.marker')].map(a => a.dataset.name)")
        assert "Badakhshan" in markers, page
        assert set(markers) == _place_names(served.seed), page
        # Markers are drawn, visible and link to the place's page by GeoNames id.
        box = browser.evaluate("(() => { const r = document.querySelector('a.marker[data-name=\"Badakhshan\"] circle')"
                               ".getBoundingClientRect(); return [r.width, r.height]; })()")
        assert box[0] > 2 and box[1] > 2
        href = browser.evaluate("document.querySelector('a.marker[data-name=\"Badakhshan\"]').getAttribute('href')")
        assert href == "/place/1147745"


def _database_counts(db: str, interval_len: int, where: str = SHOWN_EVENT) -> Counter:
    """Events per period and type straight from the database (current versions, dates cut to the period);
    by default the events a user sees unless they ask for more."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT coalesce(v.date, a.published), v.type FROM events v JOIN articles a "
                            f"ON a.id = v.article_id WHERE {where}").fetchall()
    return Counter((d[:interval_len], t) for d, t in rows if d and len(d) >= interval_len)


def test_the_timelines_counts_equal_the_databases(served, browser):
    for interval, width in (("day", 10), ("month", 7)):
        assert browser.open(f"{served.url}timeline?interval={interval}") == []
        drawn = browser.evaluate(
            "[...document.querySelectorAll('svg.timeline g.period rect')].map(r => "
            "[r.closest('g').dataset.period, r.dataset.type, +r.dataset.count])")
        assert Counter({(p, t): n for p, t, n in drawn}) == _database_counts(served.db, width)
    # Every stored event, when asked for.
    assert browser.open(f"{served.url}timeline?interval=day&min_confidence=0&status=ANY") == []
    drawn = browser.evaluate("[...document.querySelectorAll('svg.timeline g.period rect')].map(r => "
                             "[r.closest('g').dataset.period, r.dataset.type, +r.dataset.count])")
    assert Counter({(p, t): n for p, t, n in drawn}) == _database_counts(served.db, 10, "true")
    assert _database_counts(served.db, 10, "true") != _database_counts(served.db, 10)
    assert browser.open(f"{served.url}timeline?type=ACCUSE&interval=day") == []
    totals = browser.evaluate("[...document.querySelectorAll('svg.timeline g.period')].map(g => +g.dataset.total)")
    expected = {k: n for k, n in _database_counts(served.db, 10).items() if k[1] == "ACCUSE"}
    assert sum(totals) == sum(expected.values()) and sum(totals) > 0


def _column(browser, name: str) -> list[str]:
    return browser.evaluate(f"[...document.querySelectorAll('td.c-{name}')].map(td => td.textContent)")


def test_a_sort_and_a_next_page_change_the_rows(served, browser):
    # Two rows a page, over every stored event (min_confidence=0): how many the default shows depends on
    # the models, and sorting and paging must not.
    every = "min_confidence=0&status=ANY"
    assert browser.open(f"{served.url}events?sort=confidence&limit=2&{every}") == []
    first = _column(browser, "confidence")
    assert len(first) == 2 and first == sorted(first)
    # The heading of the sorted column flips the order.
    href = browser.evaluate("[...document.querySelectorAll('th a')].find(a => a.textContent.startsWith('Conf'))"
                            ".getAttribute('href')")
    assert browser.open(served.url + href.lstrip("/")) == []
    descending = _column(browser, "confidence")
    assert descending == sorted(descending, reverse=True) and descending != first
    # The next link goes on from where the page stopped, in the same order.
    assert browser.open(f"{served.url}events?sort=confidence&limit=2&{every}") == []
    following = browser.evaluate("document.querySelector('a.next').getAttribute('href')")
    assert "offset=2" in following
    assert browser.open(served.url + following.lstrip("/")) == []
    second = _column(browser, "confidence")
    assert second and second[0] >= first[-1] and _column(browser, "event_id") != []
    everything = json.loads(_get(served, f"/events.json?sort=confidence&limit=4&{every}"))["rows"]
    assert [f"{r['confidence']:.2f}" for r in everything] == first + second[:2]


def _get(served, path: str) -> str:
    with urllib.request.urlopen(served.url.rstrip("/") + path, timeout=30) as answer:
        return answer.read().decode("utf-8")


def test_the_csv_twin_of_a_filtered_page_has_the_json_twins_rows(served, browser):
    for page in ("events?type=ACCUSE&actor=Karimi", "statements?speaker=IEA&sort=-id", "places?country=AFG",
                 "actors?country=AF&sort=name", "articles?since=2024-01-01"):
        assert browser.open(served.url + page) == []
        links = browser.evaluate("[...document.querySelectorAll('p.json a')].map(a => a.getAttribute('href'))")
        json_href, csv_href = links
        assert csv_href.split("?")[0].endswith(".csv") and json_href.replace(".json", ".csv") == csv_href
        page_json = json.loads(_get(served, json_href))
        rows = list(csv.DictReader(io.StringIO(_get(served, csv_href))))
        assert page_json["rows"], page
        assert len(rows) == len(page_json["rows"]) == min(page_json["count"], 50)
        for row, expected in zip(rows, page_json["rows"]):
            assert row == {k: "" if v is None else str(v) for k, v in expected.items()}, page


def test_screenshots_of_the_article_page_and_the_map(served, browser):
    """The pictures in the README, taken from the bundled reference article."""
    DOCS.mkdir(exist_ok=True)
    seed = served.seed.article.id
    assert browser.open(f"{served.url}article/{seed}", width=1200, height=900) == []
    article = browser.screenshot(DOCS / "article.png")
    assert browser.open(f"{served.url}map?article={seed}", width=1200, height=820) == []
    browser.evaluate("document.querySelector('figure.map-figure').scrollIntoView()")
    world = browser.screenshot(DOCS / "map.png")
    assert article.stat().st_size > 10_000 and world.stat().st_size > 10_000
