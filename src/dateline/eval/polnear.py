"""Read PolNeAR (Newell, Margolin & Ruths, 2018): attribution relations in brat standoff.

A split folder holds ``text/NAME.txt`` and ``attributions/NAME_<annotator>.ann``. In the
``.ann`` files, ``T`` lines are spans typed Source, Cue, Content (and Attribution, which
anchors the relation on its cue); ``E`` lines link them into one attribution. A span may
be discontinuous (``Content 315 448;463 553``: a quote split by its attribution).
Several articles were annotated by more than one person: the first annotator listed in
``metadata.tsv`` is used, else the alphabetically first file.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from ..errors import ResourceMissing

Fragments = tuple[tuple[int, int], ...]


@dataclass
class GoldAttribution:
    """One annotated attribution: each part is a tuple of ``(start, end)`` fragments."""

    content: Fragments
    source: Fragments = ()
    cue: Fragments = ()


@dataclass
class GoldArticle:
    """One PolNeAR article: its name, text and the first annotator's attributions."""

    name: str
    text: str
    annotator: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def extent(fragments: Fragments) -> Optional[tuple[int, int]]:
    """The smallest single span covering all fragments, or None when there are none."""
    if not fragments:
        return None
    return min(s for s, _ in fragments), max(e for _, e in fragments)


def _parse_fragments(offsets: str) -> Fragments:
    pieces = []
    for piece in offsets.split(";"):
        start, end = piece.split()
        pieces.append((int(start), int(end)))
    return tuple(pieces)


def parse_ann(ann_text: str) -> list[GoldAttribution]:
    """Parse one brat ``.ann`` file into attributions that have a content span.

    Args:
        ann_text: the file's contents.

    Returns:
        One GoldAttribution per ``E`` line with a Content argument, in file order.
    """
    spans: dict[str, Fragments] = {}
    relations = []
    for line in ann_text.splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = _parse_fragments(offsets)
        elif line.startswith("E"):
            parts = line.split("\t")
            args = {}
            for arg in parts[1].split()[1:]:  # the first item is the trigger (Attribution:T4)
                role, _, tid = arg.partition(":")
                args[role.rstrip("0123456789")] = tid
            relations.append(args)
    attributions = []
    for args in relations:
        content = spans.get(args.get("Content", ""))
        if not content:
            continue
        attributions.append(GoldAttribution(content=content, source=spans.get(args.get("Source", ""), ()),
                                            cue=spans.get(args.get("Cue", ""), ())))
    return attributions


def _first_annotators(root: Path) -> dict[str, str]:
    metadata = root.parent / "metadata.tsv"
    if not metadata.exists():
        return {}
    with metadata.open(encoding="utf-8", newline="") as handle:
        return {row["filename"]: row["annotators"].split("|")[0]
                for row in csv.DictReader(handle, delimiter="\t") if row.get("annotators")}


def read_split(split_dir: str | Path, limit: Optional[int] = None) -> Iterator[GoldArticle]:
    """Yield the articles of one PolNeAR split folder (``train`` or ``dev``), sorted by name.

    Args:
        split_dir: the folder holding ``text/`` and ``attributions/``.
        limit: stop after this many articles.

    Raises:
        ResourceMissing: the folder does not look like a PolNeAR split.
    """
    root = Path(split_dir)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise ResourceMissing(f"{root} is not a PolNeAR split: expected text/ and attributions/ inside it "
                              "(see ../shared/data/README.md)")
    first = _first_annotators(root)
    for count, text_path in enumerate(sorted(text_dir.glob("*.txt"))):
        if limit is not None and count >= limit:
            return
        name = text_path.stem
        candidates = sorted(ann_dir.glob(f"{name}_*.ann"))
        if not candidates:
            continue
        preferred = [p for p in candidates if p.stem == f"{name}_{first.get(name)}"]
        ann_path = (preferred or candidates)[0]
        yield GoldArticle(name=name, text=text_path.read_text(encoding="utf-8"),
                          annotator=ann_path.stem.rsplit("_", 1)[1],
                          attributions=parse_ann(ann_path.read_text(encoding="utf-8")))
