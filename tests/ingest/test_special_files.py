"""Links and special files in a folder walk: one Reject each, never a hang, the walk goes on."""
from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest

from dateline.ingest import Article, Reject, iter_articles

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")

# A hang guard, not a timing assertion: a walk that blocks in open() never ends at all.
HANG_GUARD_S = 60


def in_thread(produce) -> list:
    """The records ``produce()`` yields, read in a thread so a blocking open() fails the test, not hangs it."""
    records: list = []
    failure: list = []

    def run():
        try:
            records.extend(produce())
        except Exception as error:  # noqa: BLE001 - handed to the test thread
            failure.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(HANG_GUARD_S)
    assert not thread.is_alive(), "ingest blocked (it opened a pipe or device)"
    if failure:
        raise failure[0]
    return records


def walk_in_thread(items: list) -> list:
    return in_thread(lambda: iter_articles(items))


def folder_with(tmp_path: Path, make_special) -> Path:
    """A folder: a good article, the special entry made by ``make_special(folder)``, another good article."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_first.txt").write_text("The port reopened on Monday after the storm.", encoding="utf-8")
    make_special(folder)
    (folder / "z_last.txt").write_text("Ferries resumed on Tuesday.", encoding="utf-8")
    return folder


def articles_and_rejects(records: list) -> tuple[list[str], list[Reject]]:
    texts = [r.text for r in records if isinstance(r, Article)]
    return texts, [r for r in records if isinstance(r, Reject)]


def test_a_symlink_loop_is_one_reject_and_the_walk_goes_on(tmp_path):
    def loop(folder):
        (folder / "m_a.txt").symlink_to(folder / "m_b.txt")
        (folder / "m_b.txt").symlink_to(folder / "m_a.txt")

    folder = folder_with(tmp_path, loop)
    texts, rejects = articles_and_rejects(walk_in_thread([folder]))
    assert texts == ["The port reopened on Monday after the storm.", "Ferries resumed on Tuesday."]
    assert [Path(r.item).name for r in rejects] == ["m_a.txt", "m_b.txt"]
    assert all(r.reason.startswith("symbolic link loop") for r in rejects)


def test_a_broken_symlink_names_its_missing_target(tmp_path):
    folder = folder_with(tmp_path, lambda folder: (folder / "m_gone.txt").symlink_to(folder / "deleted.txt"))
    texts, [reject] = articles_and_rejects(walk_in_thread([folder]))
    assert len(texts) == 2
    assert reject.reason.startswith("broken symbolic link") and "deleted.txt" in reject.reason


def test_a_named_pipe_in_a_folder_is_rejected_without_being_opened(tmp_path):
    folder = folder_with(tmp_path, lambda folder: os.mkfifo(folder / "m_pipe.txt"))
    texts, [reject] = articles_and_rejects(walk_in_thread([folder]))
    assert texts == ["The port reopened on Monday after the storm.", "Ferries resumed on Tuesday."]
    assert reject == Reject(str(folder / "m_pipe.txt"),
                            "not a regular file: a named pipe (FIFO); only regular files are read")


def test_a_named_pipe_given_on_the_command_line_is_rejected(tmp_path):
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    good = tmp_path / "good.txt"
    good.write_text("Talks resumed in Doha.", encoding="utf-8")
    records = walk_in_thread([pipe, good])
    assert records[0].reason.startswith("not a regular file: a named pipe (FIFO)")
    assert records[1].text == "Talks resumed in Doha."


def test_sockets_and_devices_are_rejected(tmp_path):
    made = []

    def socket_and_device(folder):
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(str(folder / "m_socket.txt"))
        made.append(server)
        (folder / "m_null.txt").symlink_to(os.devnull)

    try:
        folder = folder_with(tmp_path, socket_and_device)
        texts, rejects = articles_and_rejects(walk_in_thread([folder]))
    finally:
        made[0].close()
    assert len(texts) == 2
    assert [(Path(r.item).name, r.reason.split(";")[0]) for r in rejects] == [
        ("m_null.txt", "not a regular file: a character device"),
        ("m_socket.txt", "not a regular file: a socket"),
    ]
    [device] = walk_in_thread([os.devnull])
    assert device.reason.startswith("not a regular file: a character device")


def test_readers_refuse_a_pipe_named_directly(tmp_path):
    """A reader called without the walk (a file swapped for a pipe after the check) does not block either."""
    from dateline.errors import BadInput
    from dateline.ingest.csv import read_csv_file
    from dateline.ingest.text import read_text_file

    pipe = tmp_path / "swapped.txt"
    os.mkfifo(pipe)
    for reader in (read_text_file, read_csv_file):
        with pytest.raises(BadInput, match="named pipe"):
            in_thread(lambda read=reader: read(str(pipe)))
