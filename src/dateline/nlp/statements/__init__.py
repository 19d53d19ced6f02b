"""Statements: who said what, in quotation marks or reported, with speakers resolved to entities.

``find_statements`` is the stage. Behind it: quotation marks (``quotes``), the cue lexicon
(``cues``) and the learned cue gate (``cue_model``), the attribution forms that link cue, source
and content (``forms``), speaker resolution (``speakers``), and joining candidates and quotations (``combine``);
``attribution`` puts them together.
"""
from __future__ import annotations

from .attribution import find_statements
from .cue_model import load_cue_model
from .cues import load_cues
from .names import title_words


def prepare_statements(nlp) -> None:
    """Read and check the cue lexicon, the cue model and the speaker titles."""
    load_cues()
    load_cue_model()
    title_words()


__all__ = ["find_statements", "prepare_statements"]
