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
