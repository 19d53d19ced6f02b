"""The cue lexicon: the words that introduce what someone said, read from ``resources/cues.txt``.

The file is plain text, one lemma per line under ``[section]`` headers, so users can add
their own reporting verbs without touching code. It is read once per process.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional

from ...errors import ResourceMissing

SECTIONS = ("verbs", "listener", "nouns")


@dataclass(frozen=True)
class CueLexicon:
    """Cue lemmas by kind.

    Attributes:
        verbs: reporting verb lemmas ("say", "warn").
        listeners: verbs whose direct object is the listener ("tell", "urge").
        nouns: nominal cues ("statement", "concern").
    """

    verbs: frozenset[str] = field(default_factory=frozenset)
    listeners: frozenset[str] = field(default_factory=frozenset)
    nouns: frozenset[str] = field(default_factory=frozenset)

    def takes_object(self, lemma: str) -> bool:
        """True when the verb's direct object can carry the content ("criticized the plan")."""
        return lemma not in self.listeners


def parse_cues(lines) -> CueLexicon:
    """Build a CueLexicon from the lines of a cue file.

    Args:
        lines: an iterable of lines in the ``cues.txt`` format.

    Raises:
        ResourceMissing: a line names an unknown section.
    """
    sections: dict[str, set] = {name: set() for name in SECTIONS}
    current = "verbs"
    for raw in lines:
        line = raw.split("#", 1)[0].strip().lower()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            if current not in sections:
                raise ResourceMissing(f"unknown section [{current}] in the cue file; valid: {', '.join(SECTIONS)}")
            continue
        sections[current].add(line)
    return CueLexicon(verbs=frozenset(sections["verbs"] | sections["listener"]),
                      listeners=frozenset(sections["listener"]), nouns=frozenset(sections["nouns"]))


@lru_cache(maxsize=4)
def load_cues(path: Optional[str] = None) -> CueLexicon:
    """The cue lexicon from ``path``, or from the packaged ``resources/cues.txt`` (cached)."""
    if path is not None:
        source = Path(path)
        if not source.exists():
            raise ResourceMissing(f"cue file {path} not found")
        return parse_cues(source.read_text(encoding="utf-8").splitlines())
    packaged = resources.files("dateline.resources").joinpath("cues.txt")
    return parse_cues(packaged.read_text(encoding="utf-8").splitlines())
