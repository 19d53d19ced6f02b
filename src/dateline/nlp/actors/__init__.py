"""Actors: who is named in an article, grouped into one entity per actor, coded with country and sector.

``find_actors`` is the stage; the dictionary (``dictionary``), phrase coding (``coding``), mention
grouping (``grouping``) and cross-article keys (``keys``) sit behind it.
"""
from __future__ import annotations

from .dictionary import build_matchers, keep_title_abbreviations, load_dictionary
from .grouping import find_actors
from .keys import actor_key, assign_keys


def prepare_actors(nlp) -> None:
    """Read the dictionary, keep its abbreviated titles whole, and build its matchers for the
    pipeline's vocabulary (after the titles, so that the patterns split as the articles do)."""
    load_dictionary()
    keep_title_abbreviations(nlp)
    build_matchers(nlp)


__all__ = ["actor_key", "assign_keys", "find_actors", "prepare_actors"]
