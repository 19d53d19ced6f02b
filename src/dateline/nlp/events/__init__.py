"""Events: who did what to whom, coded as PLOVER types with actor, recipient, place and date.

``find_events`` is the stage. Behind it: trigger words and the type model (``types``), the parties
of an event (``parties``, ``roles``, and the learned chooser ``party_model``), event dates
(``dates``); ``coding`` puts them together.
"""
from __future__ import annotations

from .parties import party_nouns
from .party_model import load_party_model
from .stage import find_events
from .types import load_model, mode_cues, trigger_lexicon


def prepare_events(nlp) -> None:
    """Read and check the trigger lexicon, the mode cues, the party nouns and both models."""
    trigger_lexicon()
    mode_cues()
    party_nouns()
    load_model()
    load_party_model()


__all__ = ["find_events", "prepare_events"]
