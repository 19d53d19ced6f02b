"""JSON Lines and JSON ingest: fields, date normalising, bad lines rejected alone."""
from __future__ import annotations

import json

from dateline.ingest import Article, Reject, iter_articles
from dateline.ingest.base import normalise_date
from dateline.model import text_id

FIRST = "Fishermen in Port Alder blocked the harbour mouth on Monday to protest new quotas."
THIRD = "The fisheries minister said on Tuesday she would meet the fishermen's union.\n\nTalks begin Friday."


def write_lines(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_malformed_line_in_the_middle_is_rejected_and_the_rest_go_on(tmp_path):
    path = write_lines(tmp_path / "batch.jsonl", [
        json.dumps({"id": "a1", "text": FIRST, "title": "Harbour blockade", "url": "https://x.example/a1",
                    "source": "Ledger", "published": "2024-03-04T07:00:00+01:00"}),
        '{"id": "a2", "text": "unterminated',
        json.dumps({"text": THIRD, "date": "March 5, 2024"}),
    ])
    records = list(iter_articles([path]))
    assert [type(r) for r in records] == [Article, Reject, Article]
    first, bad, third = records
    assert (first.id, first.title, first.url, first.source, first.published) == \
        ("a1", "Harbour blockade", "https://x.example/a1", "Ledger", "2024-03-04")
    assert first.text == FIRST and first.origin == f"{path}:1"
    assert bad.item == f"{path}:2"
    assert str(bad).startswith(f"{path}:2: malformed JSON: Unterminated string starting at column 22")
    assert third.text == THIRD  # text kept byte for byte, blank line included
    assert third.id == text_id(THIRD) and third.published == "2024-03-05"
    assert third.origin == f"{path}:3"


def test_records_without_usable_text_are_rejected_with_the_field_named(tmp_path):
    path = write_lines(tmp_path / "bad.jsonl", [
        json.dumps({"title": "No body", "url": "https://x.example/n"}),
        json.dumps({"text": 42}),
        json.dumps({"text": "   \n "}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"text": FIRST, "title": ["a", "list"]}),
        json.dumps({"text": FIRST, "id": 1234, "published": "not a date"}),
    ])
    records = list(iter_articles([path]))
    reasons = [str(r) for r in records[:5]]
    assert reasons == [
        f"{path}:1: no 'text' field: the fields are title, url",
        f"{path}:2: bad field: 'text' must be a string, not int",
        f"{path}:3: empty: whitespace only",
        f"{path}:4: not an object: expected a JSON object with a 'text' field, got list",
        f"{path}:6: bad field: 'title' must be a string, not list",
    ]
    last = records[5]
    assert isinstance(last, Article) and last.origin == f"{path}:7"
    assert last.id == "1234" and last.published is None


def test_json_list_and_single_object(tmp_path):
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": FIRST}, {"title": "no text"}, {"text": THIRD, "id": "t3"}]),
                    encoding="utf-8")
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": FIRST, "published": "2024-03-04"}), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('[{"text": "cut off"', encoding="utf-8")
    records = list(iter_articles([many, one, broken]))
    assert [type(r) for r in records] == [Article, Reject, Article, Article, Reject]
    assert records[0].origin == f"{many}#1"
    assert records[1].item == f"{many}#2"
    assert records[2].id == "t3"
    assert records[3].origin == str(one) and records[3].published == "2024-03-04"
    assert records[4].item == str(broken) and records[4].reason.startswith("malformed JSON: ")


def test_cp1252_line_is_read_alone(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(json.dumps({"text": FIRST}).encode() + b"\n"
                     + '{"text": "Caf\u00e9 owners protest."}'.encode("cp1252") + b"\n")
    records = list(iter_articles([path]))
    assert [r.text for r in records] == [FIRST, "Caf\u00e9 owners protest."]


def test_normalise_date_reads_common_forms():
    assert normalise_date("2023-09-15") == "2023-09-15"
    assert normalise_date("2023-09-15T23:30:00Z") == "2023-09-15"
    assert normalise_date("Fri, 15 Sep 2023 23:30:00 -0400") == "2023-09-15"
    assert normalise_date("15 September 2023") == "2023-09-15"
    assert normalise_date("2023-02-30") is None
    assert normalise_date("yesterday") is None
    assert normalise_date(20230915) is None
