"""Sentences that report no political event, labelled by hand (``tests/data/events/nonevents.tsv``).

PLV_train holds only sentences that report an event, so a model trained on it alone never learns
to say "no event". These sentences come from the bundled Wikinews corpus (``examples/wikinews.jsonl``,
CC BY 2.5); how they were chosen and labelled is in ``tests/data/events/README.md``. Sentences of
the articles whose number is a multiple of ``HELD_BACK_EVERY`` are held back: never trained on,
only scored (``dateline eval events``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import ResourceMissing

# Inside a source checkout: <repo>/tests/data/events/nonevents.tsv.
NONEVENTS = Path(__file__).resolve().parents[3] / "tests" / "data" / "events" / "nonevents.tsv"
HELD_BACK_EVERY = 3


@dataclass(frozen=True)
class Nonevent:
    """One sentence with no PLOVER event: its article's line number in the corpus, and its text."""

    article: int
    text: str

    @property
    def held_back(self) -> bool:
        """Whether it is kept out of every training set."""
        return self.article % HELD_BACK_EVERY == 0


def read_nonevents(path: Path = NONEVENTS) -> list[Nonevent]:
    """The labelled sentences whose label is ``none`` (the file also keeps the rejected ones).

    Raises:
        ResourceMissing: the file is not there (an installed package has no tests folder).
    """
    if not path.is_file():
        raise ResourceMissing(f"no labelled no-event sentences at {path}; run from a source checkout of dateline")
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("article\t"):
            continue
        article, _sentence, label, text = line.split("\t", 3)
        if label == "none":
            found.append(Nonevent(int(article), text))
    return found
