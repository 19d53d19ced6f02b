"""Shared fixtures: the spaCy pipeline once per session, the seed article, the shared gold data."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_TEXT = ROOT / "examples" / "seed" / "article.txt"
SEED_GOLD = ROOT / "tests" / "fixtures" / "seed_expected.json"  # the hand annotation, bundled
DATA = SHARED / "data"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not found at {path} (see ../shared/data/README.md)")
    return path


@pytest.fixture(scope="session")
def nlp():
    from dateline.nlp.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analysis(seed_text):
    from dateline.nlp.pipeline import analyze_text

    return analyze_text(seed_text)


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(_need(SEED_GOLD).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    return _need(DATA)


@pytest.fixture(scope="session")
def analyze(nlp):
    """Analyse a text with the full pipeline: ``analyze(text, **article_fields) -> Analysis``."""
    from dateline.nlp.pipeline import analyze_text

    return analyze_text


# -- a real PostgreSQL server for the store and scale tests ------------------------------------

def _pg_bin() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/N/bin."""
    import shutil

    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return versions[-1].parent if versions else None


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL cluster (initdb in a temporary folder, a free port), removed afterwards.

    initdb refuses to run as root, so as root the cluster belongs to the ``postgres`` user.
    Yields the URL of its ``postgres`` database; skips when the server binaries are absent.
    """
    import os
    import shutil
    import subprocess
    import tempfile

    pytest.importorskip("psycopg", reason="psycopg is not installed: pip install -e '.[scale]'")
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found; install Debian's postgresql package")
    as_user: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="dateline-pg-"))
    if os.geteuid() == 0:
        import pwd

        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to own the test cluster")
        as_user = ["runuser", "-u", "postgres", "--"]
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    data, port = folder / "data", _free_port()
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "check": True}
    subprocess.run([*as_user, str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                    "--encoding=UTF8", "--locale=C.UTF-8"], **quiet)
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
    subprocess.run([*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-l",
                    str(folder / "log"), "start"], **quiet)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture()
def postgres_url(postgres_server):
    """The URL of a new, empty database on the test server (one per test)."""
    import uuid

    import psycopg

    name = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield postgres_server.rsplit("/", 1)[0] + "/" + name


# A few bundled articles: the seed and the first Wikinews ones (small, so the 2-core CI stays fast).
SMALL_CORPUS_ARTICLES = 5


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory) -> list[str]:
    """Sources for the scale tests: the seed article and a few Wikinews articles (a JSONL file)."""
    folder = tmp_path_factory.mktemp("corpus")
    lines = (ROOT / "examples" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()
    (folder / "wikinews.jsonl").write_text("\n".join(lines[:SMALL_CORPUS_ARTICLES]) + "\n", encoding="utf-8")
    return [str(SEED_TEXT), str(folder / "wikinews.jsonl")]


@pytest.fixture(scope="session")
def small_corpus_analyses(small_corpus, nlp) -> list:
    """The analyses of ``small_corpus``, made once in this process."""
    from dateline import run

    return list(run.analyze(small_corpus))
