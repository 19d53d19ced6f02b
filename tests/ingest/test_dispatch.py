"""iter_articles: dispatch by extension, folder walks, missing paths, failures kept to one item."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from dateline.ingest import READERS, Article, Reject, iter_articles

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def make_mixed_folder(root: Path) -> Path:
    """A folder of good and bad inputs, nested, with hidden entries and non-article files."""
    folder = root / "inbox"
    (folder / "b_nested" / "deeper").mkdir(parents=True)
    (folder / ".cache").mkdir()
    (folder / "a.txt").write_text("The port reopened on Monday after the storm.", encoding="utf-8")
    (folder / "b_nested" / "page.html").write_bytes((FIXTURES / "article.html").read_bytes())
    (folder / "b_nested" / "deeper" / "rows.jsonl").write_text(
        json.dumps({"text": "Ferries resumed on Tuesday."}) + "\n{oops\n", encoding="utf-8")
    (folder / "c_empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "d_report.pdf").write_bytes(b"%PDF-1.7\n")
    (folder / "e_photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(32))
    (folder / "f_style.css").write_text("body { color: red }", encoding="utf-8")
    (folder / "README.md").write_text("# Notes on this inbox", encoding="utf-8")
    (folder / "b_nested" / "LICENSE.txt").write_text("Texts licensed CC BY 2.5.", encoding="utf-8")
    (folder / ".hidden.txt").write_text("A hidden draft that must not be read.", encoding="utf-8")
    (folder / ".cache" / "old.txt").write_text("Cached copy that must not be read.", encoding="utf-8")
    shutil.copy(FIXTURES / "feed.atom", folder / "g_feed.atom")
    return folder


def describe(record):
    if isinstance(record, Article):
        return ("article", Path(record.origin.split("#")[0].rsplit(":", 1)[0]).name)
    return ("reject", Path(record.item.split("#")[0].rsplit(":", 1)[0]).name, record.reason.split(":")[0])


def test_folder_walk_mixed_good_and_bad(tmp_path):
    folder = make_mixed_folder(tmp_path)
    records = list(iter_articles([folder]))
    assert [describe(r) for r in records] == [
        ("article", "a.txt"),
        ("article", "rows.jsonl"),   # b_nested/deeper/ before b_nested/page.html: name order per folder
        ("reject", "rows.jsonl", "malformed JSON"),
        ("article", "page.html"),
        ("reject", "c_empty.txt", "empty"),
        ("reject", "d_report.pdf", "unsupported file type .pdf; supported"),
        ("article", "g_feed.atom"),
        ("article", "g_feed.atom"),
    ]
    # Images, stylesheets and corpus notes are skipped silently; hidden entries are not read.
    texts = " ".join(r.text for r in records if isinstance(r, Article))
    assert "hidden" not in texts and "Cached" not in texts and "licensed" not in texts


def test_missing_path_and_unsupported_explicit_file(tmp_path):
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0")
    readme = tmp_path / "README"
    readme.write_text("Not an article.", encoding="utf-8")
    missing = tmp_path / "nowhere.txt"
    records = list(iter_articles([missing, photo, readme]))
    assert records[0] == Reject(str(missing), "no such file or directory")
    # Passed explicitly, even an image is reported rather than skipped.
    assert records[1].item == str(photo)
    assert records[1].reason.startswith("unsupported file type .jpg; supported: .txt, .html")
    assert records[2].reason.startswith("unsupported file type (no extension); supported: ")


def test_an_unexpected_exception_becomes_one_reject_and_the_batch_goes_on(tmp_path, monkeypatch):
    def exploding_reader(path):
        yield Article(text="first article before the failure", origin=path)
        raise RuntimeError("parser state\ncorrupted")

    monkeypatch.setitem(READERS, ".txt", exploding_reader)
    bad = tmp_path / "bad.txt"
    bad.write_text("x", encoding="utf-8")
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"text": "Still read."}) + "\n", encoding="utf-8")
    records = list(iter_articles([str(bad), str(good)]))
    assert isinstance(records[0], Article)
    assert records[1] == Reject(str(bad), "RuntimeError: parser state corrupted")
    assert records[2].text == "Still read."


def test_linked_folder_is_reported_not_followed(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("The port reopened on Monday.", encoding="utf-8")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    records = list(iter_articles([folder]))
    assert [type(r) for r in records] == [Article, Reject]
    assert records[1] == Reject(str(folder / "loop"), "linked folder not followed: pass it explicitly to read it")


def test_folder_named_like_a_file_is_walked(tmp_path):
    folder_named_like_a_file = tmp_path / "trick.txt"
    folder_named_like_a_file.mkdir()
    (folder_named_like_a_file / "inner.txt").write_text("Inside a folder called trick.txt.", encoding="utf-8")
    # A folder is walked whatever its name.
    [article] = iter_articles([folder_named_like_a_file])
    assert article.text == "Inside a folder called trick.txt."
