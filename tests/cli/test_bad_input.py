"""A folder with the seed and every kind of bad input: the seed is stored, each bad item is reported."""
from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.cli import main

SEED_TEXT = Path(__file__).resolve().parents[2] / "examples" / "seed" / "article.txt"
PAGE = ("<html><head><title>Port reopens</title></head><body><article><p>The port of Mombasa reopened on "
        "Tuesday after a two-day strike by dock workers ended, officials said.</p><p>Ships queued outside "
        "the harbour for most of the week.</p></article></body></html>")


def _truncated_warc(path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for n in range(3):
        body = PAGE.replace("Tuesday", ["Monday", "Tuesday", "Friday"][n]).encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://port.example.org/{n}", "response",
                                                      payload=io.BytesIO(body), length=len(body), http_headers=http))
    data = buffer.getvalue()
    path.write_bytes(data[: len(data) - 40])  # cut inside the last record


def make_bad_folder(root: Path) -> dict[str, str]:
    """The seed, two good encodings, and one of each bad input; returns bad name -> expected words."""
    root.mkdir()
    shutil.copy(SEED_TEXT, root / "seed.txt")
    (root / "utf16.txt").write_text("The mayor of Herat said the road to Islam Qala had reopened.", encoding="utf-16")
    (root / "cp1252.txt").write_bytes("Officials in Kandahar said the café had reopened – on Monday.".encode("cp1252"))
    (root / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text(" \n\t \n")
    with open(root / "huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (root / "broken.html").write_text("<html><body><div><p>\x00\x00<<</div></span>")
    _truncated_warc(root / "crawl.warc.gz")
    lines = [json.dumps({"id": "j1", "text": "Officials in Kabul said the talks would resume."}),
             '{"id": "j2", "text": "unterminated',
             json.dumps({"id": "j3", "text": "The UN said aid had reached Badakhshan."})]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n")
    (root / "notext.csv").write_text("id,title\n1,No text here\n")
    return {"binary.txt": "binary", "empty.txt": "empty", "blank.txt": "empty", "huge.txt": "too large",
            "broken.html": "", "crawl.warc.gz": "truncated", "feed.jsonl:2": "JSON", "notext.csv": "text"}


def test_seed_with_every_bad_input(tmp_path):
    folder = tmp_path / "inbox"
    expected_bad = make_bad_folder(folder)
    missing = tmp_path / "missing.txt"
    db = str(tmp_path / "inbox.db")
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(folder), str(missing), "--db", db])
    assert result.exit_code == 2, result.output
    rejected = [line for line in result.stderr.splitlines() if line.startswith("rejected:")]
    for name, words in expected_bad.items():
        lines = [line for line in rejected if f"{folder / name}" in line]
        assert len(lines) == 1, (name, rejected)
        assert words.lower() in lines[0].lower(), lines[0]
    assert any(str(missing) in line for line in rejected)
    assert len(rejected) == len(expected_bad) + 1

    stats = json.loads(runner.invoke(main, ["stats", "--db", db, "--json"]).stdout)
    # seed, utf-16, cp1252, two JSONL lines, and the two whole WARC records before the cut
    assert stats["articles"] == 7
    seed_hits = json.loads(runner.invoke(main, ["search", "Khatib", "--db", db, "--format", "json"]).stdout)
    assert any(hit["kind"] == "article" for hit in seed_hits)

    again = runner.invoke(main, ["ingest", str(folder), str(missing), "--db", db])
    assert again.exit_code == 2
    stats_again = json.loads(runner.invoke(main, ["stats", "--db", db, "--json"]).stdout)
    assert stats_again["articles"] == 7 and stats_again["rejects"] == stats["rejects"]
