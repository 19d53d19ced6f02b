"""Every shipped model reproduces from the gold data: ``dateline train NAME --check``.

Slow (about 40 s for events and parties each, 5 minutes for statements on 2 cores): each retrains
a model from ``../shared/data``; skipped where that data is absent.
"""
from __future__ import annotations

import importlib

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.train import MODELS


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(MODELS))
def test_shipped_model_reproduces(name, shared_data):
    for needed in importlib.import_module(MODELS[name].trainer).DATA:
        if not (shared_data / needed).exists():
            pytest.skip(f"{shared_data / needed} not found (see ../shared/data/README.md)")
    result = CliRunner().invoke(main, ["train", name, "--check", "--data", str(shared_data)])
    assert result.exit_code == 0, result.output
