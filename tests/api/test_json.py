"""The JSON API as a client sees it: the CLI's filters, the stored record, one error shape."""
from __future__ import annotations

import json
import socket
import sqlite3
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest


def get(served, path: str, method: str = "GET") -> tuple[int, dict, bytes]:
    """(status, headers, body) of one request; HTTP errors are answers too."""
    request = urllib.request.Request(served.url.rstrip("/") + path, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def get_json(served, path: str, status: int = 200):
    code, headers, body = get(served, path)
    assert code == status, body
    assert headers["Content-Type"].startswith("application/json")
    return json.loads(body)


def get_rows(served, path: str) -> list[dict]:
    """The rows of a table page's JSON twin (it also carries count, offset, limit, sort, next, facets)."""
    page = get_json(served, path)
    assert set(page) == {"count", "offset", "limit", "sort", "next", "rows", "facets"}
    return page["rows"]


def test_statements_by_speaker_alias(served):
    rows = get_rows(served, "/statements.json?speaker=IEA")
    assert rows and {r["speaker_name"] for r in rows} == {"Islamic Emirate of Afghanistan"}
    assert all(r["article_id"] == served.seed.article.id for r in rows)
    by_short_name = get_rows(served, "/statements.json?speaker=Karimi")
    assert {r["content"] for r in by_short_name} >= {"Pakistan had closed the Torkham border"}


def test_statement_filters_match_the_cli(served):
    since = get_rows(served, "/statements.json?since=2024-01-01")
    assert since and {r["article_id"] for r in since} == {served.kabul.article.id}
    about = get_rows(served, "/statements.json?about=Daesh&limit=2")
    assert len(about) == 2 and all("Daesh" in r["content"] for r in about)
    # An empty form field means "no filter", as when a browser submits the form.
    assert len(get_rows(served, "/statements.json?speaker=&about=&limit=500")) == \
        len(served.seed.statements) + len(served.kabul.statements)


def test_search_finds_article_and_statement(served):
    hits = get_json(served, "/search.json?q=Badakhshan")
    kinds = {(h["kind"], h["article_id"]) for h in hits}
    assert ("article", served.seed.article.id) in kinds and ("statement", served.seed.article.id) in kinds
    assert any("[Badakhshan]" in h["snippet"] for h in hits)
    assert get_json(served, "/search.json?q=") == []


def test_actor_page_by_alias(served):
    actor = get_json(served, "/actor/IEA.json")
    assert actor["name"] == "Islamic Emirate of Afghanistan"
    assert "IEA" in actor["aliases"] and actor["statements"] >= 1
    karimi = get_json(served, "/actor/Ahmad%20Karimi.json")
    assert "mayor" in karimi["roles"] and karimi["statements"] == 2


def test_article_json_is_the_stored_record(served):
    record = get_json(served, f"/article/{served.kabul.article.id}.json")
    assert record == json.loads(json.dumps(served.kabul.to_dict()))
    by_prefix = get_json(served, f"/article/{served.seed.article.id[:8]}.json")
    assert by_prefix["article"]["id"] == served.seed.article.id


def test_events_places_actors_stats(served):
    events = get_rows(served, "/events.json?type=accuse&actor=Karimi")
    assert events and events[0]["recipient_name"] == "Pakistan" and events[0]["trigger"] == "accused"
    assert get_rows(served, "/events.json?type=ACCUSE&since=2025-01-01") == []
    places = get_rows(served, "/places.json?country=af")
    assert places and {p["country"] for p in places} == {"AF"}
    people = get_rows(served, "/actors.json?type=person")
    assert "Ahmad Karimi" in {a["name"] for a in people} and {a["type"] for a in people} == {"PERSON"}
    # A year or a month as since/until covers the whole period, as on the command line.
    by_day = get_rows(served, "/events.json?min_confidence=0&status=ANY&since=2024-01-01&until=2024-03-31")
    assert by_day and get_rows(served, "/events.json?min_confidence=0&status=ANY&since=2024&until=2024-03") == by_day
    stats = get_json(served, "/stats.json")
    assert stats["articles"] == 2 and stats["published_to"] == "2024-03-05"
    # Beside every stored event, the number the events page shows by default, which it links to.
    assert stats["events_shown"] == get_json(served, "/events.json")["count"] <= stats["events"]
    page = get(served, "/stats")[2].decode()
    assert '<a href="/events">events shown by default</a>' in page


def assert_error(served, path: str, status: int, words: str, method: str = "GET") -> None:
    code, headers, body = get(served, path, method)
    assert code == status
    assert headers["Content-Type"].startswith("application/json")
    error = json.loads(body)
    assert set(error) == {"error"} and set(error["error"]) == {"status", "message"}
    assert error["error"]["status"] == status
    assert words in error["error"]["message"]
    assert "Traceback" not in error["error"]["message"]


@pytest.mark.parametrize("path, status, words", [
    ("/article/0000000000000000.json", 404, "no article '0000000000000000'"),
    ("/actor/Nobody%20Atall.json", 404, "no actor named 'Nobody Atall'"),
    ("/nowhere.json", 404, "no page at /nowhere"),
    ("/statements.json?since=2023-13-01", 400, "bad since date '2023-13-01': use YYYY-MM-DD"),
    ("/statements.json?since=2024-01-01&until=2023-01-01", 400, "is after until"),
    ("/statements.json?limit=lots", 400, "bad limit 'lots'"),
    ("/statements.json?limit=0", 400, "out of range"),
    ("/statements.json?speakr=IEA", 400, "unknown parameter 'speakr'"),
    ("/statements.json?speaker=IEA&speaker=UN", 400, "given 2 times"),
    ("/events.json?type=HUG", 400, "use one of AGREE, ACCUSE"),
    ("/places.json?country=Afghanistan", 400, "ISO 3166 code"),
])
def test_error_shape(served, path, status, words):
    assert_error(served, path, status, words)


def test_writes_are_refused_in_the_same_shape(served):
    assert_error(served, "/statements.json", 405, "read-only", method="POST")
    assert_error(served, "/article/x", 405, "read-only", method="DELETE")


def test_a_malformed_request_gets_the_same_shape(served):
    host, port = urlsplit(served.url).hostname, urlsplit(served.url).port
    with socket.create_connection((host, port), timeout=30) as conn:
        conn.sendall(b"GET /stats extra HTTP/1.1\r\n\r\n")
        answer = conn.makefile("rb").read().decode("utf-8")
    head, _, body = answer.partition("\r\n\r\n")
    assert head.startswith("HTTP/1.1 400") and "application/json" in head
    assert json.loads(body)["error"]["status"] == 400


def test_html_twin_escapes_user_and_article_text(served):
    code, headers, body = get(served, "/statements?speaker=%3Cscript%3Ealert(2)%3C/script%3E")
    page = body.decode("utf-8")
    assert code == 200 and headers["Content-Type"].startswith("text/html")
    assert "<script>" not in page and "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    code, _, body = get(served, f"/article/{served.kabul.article.id}")
    page = body.decode("utf-8")
    assert "<script>" not in page and "<b>speaks" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; fees" in page
    assert "Kabul mayor &lt;b&gt;speaks&lt;/b&gt;" in page
    code, _, body = get(served, "/article/0000000000000000")
    assert code == 404 and "no article" in body.decode("utf-8")


def test_pages_link_to_the_sentence_behind_each_answer(served):
    article_id = served.kabul.article.id
    _, _, body = get(served, "/statements?speaker=Karimi")
    assert f'href="/article/{article_id}#S2"' in body.decode("utf-8")
    _, _, body = get(served, "/events?type=ACCUSE")
    event_id = next(v.id for v in served.kabul.events if v.type == "ACCUSE")
    assert f'href="/article/{article_id}#{event_id}"' in body.decode("utf-8")
    _, _, body = get(served, f"/article/{article_id}")
    assert 'id="S2"' in body.decode("utf-8") and f'id="{event_id}"' in body.decode("utf-8")


def test_head_and_stylesheet(served):
    code, headers, body = get(served, "/stats", method="HEAD")
    assert code == 200 and body == b"" and int(headers["Content-Length"]) > 0
    code, headers, body = get(served, "/static/style.css")
    assert code == 200 and headers["Content-Type"].startswith("text/css") and b".sentence:target" in body
    assert "default-src 'none'" in headers["Content-Security-Policy"]


def test_the_server_connection_cannot_write(served):
    from dateline.store.readonly import ReadOnlyStore

    with ReadOnlyStore(served.db) as store, pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.conn.execute("DELETE FROM articles")


def test_a_name_with_a_slash_is_one_path_segment():
    from dateline.api.render import actor_url
    from dateline.api.server import route
    from dateline.api.views import actors

    assert actor_url("AC/DC") == "/actor/AC%2FDC"
    assert route("/actor/AC%2FDC") == (actors.view, ("AC/DC",))


def test_a_crash_is_a_500_in_the_same_shape_without_its_details(served, monkeypatch):
    from dateline.store import queries

    def broken(store):
        raise RuntimeError("secret detail /etc/passwd")

    monkeypatch.setattr(queries, "stats", broken)
    served.server.answers.clear()  # an answer kept from an earlier test would hide the crash
    assert_error(served, "/stats.json", 500, "internal error")
    code, _, body = get(served, "/stats")
    assert code == 500 and "secret detail" not in body.decode("utf-8")


def test_every_column_offered_for_sorting_is_taken_admin1_too(served):
    rows = get_rows(served, "/events.json?sort=-admin1&min_confidence=0")
    assert rows and [r["admin1"] for r in rows if r["admin1"]] == sorted(
        (r["admin1"] for r in rows if r["admin1"]), reverse=True)
