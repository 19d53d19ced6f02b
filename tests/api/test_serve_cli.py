"""``dateline serve`` as a user runs it: prints its URL, answers, fails in one line."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.error
import urllib.request

from click.testing import CliRunner

from dateline.cli import main


def test_missing_database_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no database at" in result.output and "dateline ingest" in result.output
    assert "Traceback" not in result.output


def test_serve_prints_its_url_and_answers(tmp_path):
    db = tmp_path / "empty.db"
    db.touch()  # an empty file: serve migrates it once, then only reads
    command = [sys.executable, "-m", "dateline", "serve", "--db", str(db), "--port", "0"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as server:
        try:
            line = server.stdout.readline()
            found = re.search(r"http://127\.0\.0\.1:\d+/", line)
            assert found, line
            with urllib.request.urlopen(found.group(0) + "stats.json", timeout=30) as response:
                assert json.loads(response.read())["articles"] == 0
        finally:
            server.terminate()
            server.wait(timeout=30)


def test_serve_answers_only_its_own_host_names_and_those_allowed(tmp_path):
    db = tmp_path / "empty.db"
    db.touch()
    command = [sys.executable, "-m", "dateline", "serve", "--db", str(db), "--port", "0",
               "--allow-host", "news.internal"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as server:
        try:
            base = re.search(r"http://127\.0\.0\.1:\d+/", server.stdout.readline()).group(0)
            statuses = {}
            for host in ("news.internal", "rebind.evil.example"):
                request = urllib.request.Request(base + "stats.json", headers={"Host": host})
                try:
                    with urllib.request.urlopen(request, timeout=30) as response:
                        statuses[host] = response.status
                except urllib.error.HTTPError as error:
                    statuses[host] = error.code
            assert statuses == {"news.internal": 200, "rebind.evil.example": 400}
        finally:
            server.terminate()
            server.wait(timeout=30)
