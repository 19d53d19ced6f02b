"""Sentences that report no political event, labelled by hand (``tests/data/events/nonevents.tsv``).

PLV_train holds only sentences that report an event, so a model trained on it alone never learns
to say "no event". These sentences come from the bundled Wikinews corpus (``examples/wikinews.jsonl``,
CC BY 2.5); how they were chosen and labelled is in ``tests/data/events/README.md``. Sentences of
the articles whose number is a multiple of ``HELD_BACK_EVERY`` are held back: never trained on,
only scored (``dateline eval events``).

Real news adds its own: ``tests/data/events/news_judged.tsv`` and ``news_judged_2.tsv`` hold
hand-judged stored events of PolNeAR's training articles (US political news, different articles
in each), and the sentences of the rows judged ``no event`` report none. Their text is the
publishers', so the files keep only offsets and the sentences are read from
``polnear/train/text`` in the gold-data folder (:func:`read_news_nonevents`).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..datafiles import read_table
from ..errors import ResourceMissing
from ..ingest.text import article_from_bytes
from ..nlp.model_files import file_sha256

# Inside a source checkout: <repo>/tests/data/events/nonevents.tsv.
NONEVENTS = Path(__file__).resolve().parents[3] / "tests" / "data" / "events" / "nonevents.tsv"
HELD_BACK_EVERY = 3
NEWS_JUDGED = NONEVENTS.with_name("news_judged.tsv")
# The judged files of PolNeAR *training* articles that train (never the dev one, which only measures;
# news_judged_3.tsv is kept for error analysis: adding it moved the calibration's default to 0.55).
NEWS_JUDGED_FILES = (NEWS_JUDGED, NONEVENTS.with_name("news_judged_2.tsv"))
# Where the judged articles are, under the gold-data folder (../shared/data).
NEWS_TEXTS = "polnear/train/text"
# The note of a judged row whose sentence reports no PLOVER event at all (other wrong rows may).
NO_EVENT = "no event"


@dataclass(frozen=True)
class Nonevent:
    """One sentence with no PLOVER event: its article's line number in the corpus, and its text."""

    article: int
    text: str
    news: bool = False  # from the judged news articles, never held back

    @property
    def held_back(self) -> bool:
        """Whether it is kept out of every training set."""
        return not self.news and self.article % HELD_BACK_EVERY == 0


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


def news_digests() -> str:
    """The judged news files' names and sha256s, for a model's record of what it learned from."""
    return ", ".join(f"{path.name}:{file_sha256(path)}" for path in NEWS_JUDGED_FILES)


def read_all_news_nonevents(data_dir: Path) -> list[Nonevent]:
    """The no-event sentences of every judged news file (:data:`NEWS_JUDGED_FILES`), file by file."""
    return [n for path in NEWS_JUDGED_FILES for n in read_news_nonevents(data_dir, path)]


def read_news_nonevents(data_dir: Path, path: Path = NEWS_JUDGED) -> list[Nonevent]:
    """The sentences of one judged news file's rows noted ``no event``, once each, in file order.

    Raises:
        ResourceMissing: the judged file or the articles (``data_dir/polnear/train/text``) are missing.
    """
    folder = Path(data_dir) / NEWS_TEXTS
    if not path.is_file() or not folder.is_dir():
        raise ResourceMissing(f"no judged news sentences: need {path} and {folder} "
                              "(see ../shared/data/README.md, or pass --data DIR)")
    found, seen, texts = [], set(), {}
    for number, row in enumerate(read_table(path, header=True)):
        key = (row["article"], int(row["sentence_start"]), int(row["sentence_end"]))
        if row["note"] != NO_EVENT or key in seen:
            continue
        seen.add(key)
        if row["article"] not in texts:
            # As ``dateline analyze`` reads it (no newline translation), so the offsets hold.
            texts[row["article"]] = article_from_bytes((folder / row["article"]).read_bytes(), row["article"]).text
        found.append(Nonevent(number, texts[row["article"]][key[1]:key[2]], news=True))
    return found


def all_nonevents(data_dir: Path) -> list[Nonevent]:
    """The bundled corpus's no-event sentences, then the judged news ones."""
    return read_nonevents() + read_all_news_nonevents(data_dir)
