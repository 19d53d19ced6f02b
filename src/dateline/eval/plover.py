"""Read the PLOVER gold sentences: PLV_train (Hu et al. 2024, Zero-Shot-PLOVER) and the PLOVER GSR.

Each PLV sentence marks a source (``<s>``) and a target (``<t>``) and gives the PLOVER root of the
event between them; :func:`read_plv` strips the marks and keeps where they were. The PLOVER
gold-standard records (``PLOVER_GSR_dev.json``) use older type names and give actor texts instead
of marks; :func:`read_gsr` maps both to the same :class:`PloverSentence`.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ResourceMissing

_MARK = re.compile(r"</?[st]>", re.IGNORECASE)
# PLOVER_GSR_dev.json uses PLOVER's older names; PLV folds RETREAT into YIELD.
_GSR_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
              "CONCEDE": "YIELD", "RETREAT": "YIELD"}


@dataclass
class PloverSentence:
    """One gold sentence: plain text, gold root, and the marked source and target spans."""

    sentence_id: str
    text: str
    root: str
    source_span: tuple[int, int] | None
    target_span: tuple[int, int] | None


def unmark(marked: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """Strip ``<s>…</s>`` and ``<t>…</t>`` from a sentence, keeping where they were.

    >>> unmark("<s>Ukraine</s> accuses <t>Russia</t>.")
    ('Ukraine accuses Russia.', {'s': (0, 7), 't': (16, 22)})
    """
    out: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    opened: dict[str, int] = {}
    pos = 0
    for match in _MARK.finditer(marked):
        out.append(marked[pos:match.start()])
        pos = match.end()
        here = sum(len(piece) for piece in out)
        tag = match.group().lower()
        name = tag.strip("</>")
        if tag.startswith("</"):
            if name in opened:
                spans[name] = (opened.pop(name), here)
        else:
            opened[name] = here
    out.append(marked[pos:])
    text = "".join(out)
    # Marks sometimes hug spaces ("(HHS) </t>"); trim each span to its visible words.
    for name, (start, end) in list(spans.items()):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        spans[name] = (start, end)
    return text, spans


def read_plv(path: str | Path) -> list[PloverSentence]:
    """Read PLV_train.tsv into :class:`PloverSentence` records (text without the marks).

    Raises:
        ResourceMissing: the file is not there.
    """
    path = Path(path)
    if not path.exists():
        raise ResourceMissing(f"PLV file not found at {path} (see ../shared/data/README.md)")
    sentences = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            text, spans = unmark(row["marked_sentence"])
            sentences.append(PloverSentence(row["sentence_id"], text, row["gold_root"].strip(),
                                            spans.get("s"), spans.get("t")))
    return sentences


def _first_span(text: str, actors) -> tuple[int, int] | None:
    """Where the first of a record's actors that the sentence quotes verbatim is."""
    for actor in actors if isinstance(actors, list) else []:
        name = actor.get("actorText") if isinstance(actor, dict) else None
        where = text.find(name) if isinstance(name, str) and name else -1
        if where >= 0:
            return where, where + len(str(name))
    return None


def read_gsr(path: str | Path) -> list[PloverSentence]:
    """Read the PLOVER gold-standard records as :class:`PloverSentence` (extra training data).

    The source and target spans are the first occurrence of each record's first actor text;
    the ``DOCUMENT`` record and records without text are skipped; old type names are mapped
    to PLV's roots.

    Raises:
        ResourceMissing: the file is not there.
    """
    path = Path(path)
    if not path.exists():
        raise ResourceMissing(f"PLOVER GSR file not found at {path} (see ../shared/data/README.md)")
    sentences = []
    for record in json.loads(path.read_text(encoding="utf-8")):
        text, event = record.get("text"), record.get("event")
        if not text or not event or event == "DOCUMENT":
            continue
        sentences.append(PloverSentence(record["id"], text, _GSR_NAMES.get(event, event),
                                        _first_span(text, record.get("source")),
                                        _first_span(text, record.get("target"))))
    return sentences


def default_gsr_path(plv_path: str | Path) -> Path | None:
    """``PLOVER_GSR_dev.json`` beside a PLV file, if it is there."""
    path = Path(plv_path).with_name("PLOVER_GSR_dev.json")
    return path if path.exists() else None
