"""CSV ingest: columns, multi-line cells, bad rows rejected alone, a missing text column."""
from __future__ import annotations

from dateline.ingest import Article, Reject, iter_articles

BODY = 'The mayor said: "We will rebuild the pier."\nWork starts in May.'


def test_rows_become_articles_and_bad_rows_are_rejected_alone(tmp_path):
    path = tmp_path / "articles.csv"
    path.write_text(
        "ID, Text ,title,published,extra\n"
        f'p1,"{BODY.replace(chr(34), chr(34) * 2)}",Pier to be rebuilt,2024-04-02,x\n'
        "p2,only four,fields,2024-04-03\n"
        "p3,,Empty text,2024-04-03,x\n"
        "\n"
        "p4,Ferries resumed on Sunday after the storm.,Ferries back,\"Apr 7, 2024\",y\n",
        encoding="utf-8")
    records = list(iter_articles([path]))
    assert [type(r) for r in records] == [Article, Reject, Reject, Article]
    pier, short, empty, ferries = records
    assert pier.text == BODY  # quotes and the newline inside the cell are kept
    assert (pier.id, pier.title, pier.published, pier.origin) == \
        ("p1", "Pier to be rebuilt", "2024-04-02", f"{path}:2")
    assert str(short) == f"{path}:4: wrong field count: 4 fields, the header has 5"
    assert str(empty) == f"{path}:5: empty: the 'text' cell is blank"
    assert ferries.published == "2024-04-07" and ferries.origin == f"{path}:7"


def test_csv_without_text_column_is_rejected_whole(tmp_path):
    path = tmp_path / "headlines.csv"
    path.write_text("id,title,url\n1,Storm closes road,https://x.example/1\n", encoding="utf-8")
    [reject] = iter_articles([path])
    assert isinstance(reject, Reject) and reject.item == str(path)
    assert reject.reason.startswith("no 'text' column: the columns are 'id', 'title', 'url'")


def test_tsv_and_cp1252_csv(tmp_path):
    tsv = tmp_path / "a.tsv"
    tsv.write_text("text\tsource\nThe bridge reopened on Monday.\tCourier\n", encoding="utf-8")
    legacy = tmp_path / "legacy.csv"
    legacy.write_bytes('text\n"\u201cWe are ready,\u201d the caf\u00e9 owner said."\n'.encode("cp1252"))
    records = list(iter_articles([tsv, legacy]))
    assert (records[0].text, records[0].source) == ("The bridge reopened on Monday.", "Courier")
    assert records[1].text == "\u201cWe are ready,\u201d the caf\u00e9 owner said."


def test_empty_csv_is_rejected(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    [reject] = iter_articles([path])
    assert reject.reason == "empty: CSV file without a header row"


# Over MAX_ARTICLE_BYTES (20 MiB), the most one cell may hold; LONG is over MAX_LINE_BYTES too.
HUGE = 20 * 1024 * 1024 + 1000
LONG = 22 * 1024 * 1024


def _huge_field_csv(path, huge_cell: bytes) -> int:
    """Write a CSV whose third line starts a row with ``huge_cell``; returns the line of the row after it."""
    with open(path, "wb") as handle:
        handle.write(b"id,text\nh1,The harbour reopened on Monday.\nh2,")
        handle.write(huge_cell)
        handle.write(b"\nh3,Ferries resumed on Tuesday.\nh4,\"A quoted cell, with a comma.\"\n")
    return 4 + huge_cell.count(b"\n")


def _read_after_huge_field(path, next_line: int) -> None:
    records = list(iter_articles([path]))
    assert [type(r) for r in records] == [Article, Reject, Article, Article]
    assert records[1].item == f"{path}:3" and records[1].reason.startswith("too large")
    assert [r.text for r in records[2:]] == ["Ferries resumed on Tuesday.", "A quoted cell, with a comma."]
    assert [r.origin for r in records[2:]] == [f"{path}:{next_line}", f"{path}:{next_line + 1}"]


def test_a_huge_cell_on_one_line_is_rejected_alone(tmp_path):
    path = tmp_path / "one_line.csv"
    _read_after_huge_field(path, _huge_field_csv(path, b"x" * HUGE))
    longer = tmp_path / "longer_line.csv"  # not even read whole: the line is over MAX_LINE_BYTES
    _read_after_huge_field(longer, _huge_field_csv(longer, b'"' + b"x" * LONG + b'"'))


def test_a_huge_quoted_cell_over_many_lines_is_rejected_alone(tmp_path):
    path = tmp_path / "many_lines.csv"
    line = b"word " * 200 + b"\n"
    _read_after_huge_field(path, _huge_field_csv(path, b'"' + line * (HUGE // len(line) + 1) + b'end"'))


def test_an_unparsable_row_is_rejected_alone(tmp_path):
    path = tmp_path / "stray_return.csv"
    path.write_bytes(b"id,text\n1,The bridge reopened.\n2,A stray\rreturn\n3,Ferries resumed.\n")
    records = list(iter_articles([path]))
    assert [type(r) for r in records] == [Article, Reject, Article]
    assert str(records[1]) == f"{path}:3: unreadable CSV row: a carriage return inside an unquoted cell; quote the cell"


def test_a_semicolon_separated_export_is_read_by_its_header(tmp_path):
    # Excel's "CSV" in locales whose decimal mark is a comma, with its byte-order mark.
    path = tmp_path / "export.csv"
    path.write_bytes("\ufeffid;title;text\n"
                     "d1;Port reopens;\"The port of Durban reopened on Monday after the floods, officials said.\"\n"
                     "d2;Aid arrives;Trucks carrying food reached Pietermaritzburg, the agency said; more are due.\n"
                     .encode("utf-8"))
    first, second = iter_articles([path])
    assert (first.id, first.title) == ("d1", "Port reopens")
    assert first.text.startswith("The port of Durban") and first.text.endswith("officials said.")
    # An unquoted cell with the separator in it splits the row: rejected alone, as with commas.
    assert isinstance(second, Reject) and "wrong field count" in second.reason


def test_commas_in_cells_do_not_make_a_comma_header_semicolon(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text('id,text\nc1,"Officials met; talks went on, they said."\n', encoding="utf-8")
    [article] = iter_articles([path])
    assert article.text == "Officials met; talks went on, they said."
