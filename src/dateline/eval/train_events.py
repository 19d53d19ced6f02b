"""Train the event-type model on PLV_train (Hu et al. 2024, Zero-Shot-PLOVER).

Each PLV sentence marks a source (``<s>``) and a target (``<t>``) and gives the PLOVER root
of the event between them. The trigger of that event is taken to be the nearest candidate
word (a main verb, or a lexicon noun) at or above the target in the dependency tree; it is
a training instance of the gold type, and every other candidate in the sentence is an
instance of ``NONE``. The marks are used only to pick the trigger during training; at run
time dateline sees the plain sentence. The PLOVER gold-standard records (``PLOVER_GSR_dev.json``)
beside the PLV file are added to the training data. A sentence-level model (a bag of the
sentence's lemmas, ``event_types.sentence_features``) is trained on the same sentences and
shipped in the same file.

    python -m dateline.eval.train_events --plv ../shared/data/plover/PLV_train.tsv
"""
from __future__ import annotations

import argparse
import csv
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np

from ..errors import ResourceMissing
from ..nlp.events import party_model as event_party_model, types as event_types
from ..nlp.events.types import (NONE, EventTypeModel, candidates, sentence_features, train_model, trigger_features,
                               trigger_vectors)

log = logging.getLogger(__name__)

_MARK = re.compile(r"</?[st]>", re.I)
# Tuned by 5-fold cross-validation on PLV_train (macro-F1); see eval/events.py.
L2 = 3e-4
EPOCHS = 200
# NONE instances outnumber each event type; weighting them down keeps the model willing to
# name a type for the best candidate of a sentence (0.25 best of 1.0 / 0.5 / 0.25 in CV).
NONE_WEIGHT = 0.25
DENSE_L2 = 3e-4
USE_VECTORS = False
# The sentence-level model's L2 penalty: 3e-5 best of 3e-3 / 1e-3 / 3e-4 / 1e-4 / 3e-5 by mean macro-F1
# over three shuffles of 5-fold CV on PLV_train (+GSR): 0.739 / 0.744 / 0.747 / 0.752 / 0.756.
SENTENCE_L2 = 3e-5
# Extra loss weight for rare types (COOPERATE, MOBILIZE, PROTEST: 15-18 sentences); 0.5 and 1.0
# did not raise macro-F1 in CV, so it is off.
BALANCE = 0.0
PARTY_L2 = 3e-4
PARTY_EPOCHS = 150
PARTY_OTHER_TRIGGERS = 0.3
PARTY_TRIGGER_SET = "model"
PARTY_MAIN_TRIGGER = "lca"


@dataclass
class PloverSentence:
    """One PLV sentence: plain text, gold root, and the marked source and target spans."""

    sentence_id: str
    text: str
    root: str
    source_span: Optional[tuple[int, int]]
    target_span: Optional[tuple[int, int]]


def unmark(marked: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """Strip ``<s>…</s>`` and ``<t>…</t>`` from a sentence, keeping where they were.

    >>> unmark("<s>Ukraine</s> accuses <t>Russia</t>.")
    ('Ukraine accuses Russia.', {'s': (0, 7), 't': (16, 22)})
    """
    out, spans, opened, pos = [], {}, {}, 0
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
    """Read PLV_train.tsv into :class:`PloverSentence` records (text without the marks)."""
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


# PLOVER_GSR_dev.json uses PLOVER's older names; PLV folds RETREAT into YIELD.
_GSR_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
              "CONCEDE": "YIELD", "RETREAT": "YIELD"}


def read_gsr(path: str | Path) -> list[PloverSentence]:
    """Read the PLOVER gold-standard records as :class:`PloverSentence` (extra training data).

    The source and target spans are the first occurrence of each record's first actor text;
    the ``DOCUMENT`` record and records without text are skipped; old type names are mapped
    to PLV's roots.
    """
    path = Path(path)
    if not path.exists():
        raise ResourceMissing(f"PLOVER GSR file not found at {path} (see ../shared/data/README.md)")
    records = json.loads(path.read_text(encoding="utf-8"))

    def first_span(text: str, actors) -> Optional[tuple[int, int]]:
        for actor in actors if isinstance(actors, list) else []:
            name = actor.get("actorText") if isinstance(actor, dict) else None
            where = text.find(name) if name else -1
            if where >= 0:
                return where, where + len(name)
        return None

    sentences = []
    for record in records:
        text, event = record.get("text"), record.get("event")
        if not text or not event or event == "DOCUMENT":
            continue
        sentences.append(PloverSentence(record["id"], text, _GSR_NAMES.get(event, event),
                                        first_span(text, record.get("source")), first_span(text, record.get("target"))))
    return sentences


def default_gsr_path(plv_path: str | Path) -> Optional[Path]:
    """``PLOVER_GSR_dev.json`` beside a PLV file, if it is there."""
    path = Path(plv_path).with_name("PLOVER_GSR_dev.json")
    return path if path.exists() else None


def _root_token(doc, span: tuple[int, int]):
    """The syntactic head of the tokens covering a character span."""
    tokens = [t for t in doc if t.idx < span[1] and t.idx + len(t) > span[0]]
    if not tokens:
        return None
    inside = set(t.i for t in tokens)
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[0]


def gold_trigger(doc, item: PloverSentence):
    """The candidate word that opens the marked event: nearest candidate at or above the target."""
    cands = set(t.i for t in candidates(doc[:]))
    for span in (item.target_span, item.source_span):
        if not span:
            continue
        token = _root_token(doc, span)
        steps = 0
        while token is not None and steps < 12:
            if token.i in cands:
                return token
            if token.head.i == token.i:
                break
            token = token.head
            steps += 1
    return None


def predicate_trigger(doc, item: PloverSentence):
    """The candidate word that governs both marked parties: the nearest candidate at or above the
    lowest common ancestor of the source's and the target's head words ("<s>X</s> refused to lift
    sanctions on <t>Y</t>" -> "refused"), or None."""
    if not item.source_span or not item.target_span:
        return None
    source, target = _root_token(doc, item.source_span), _root_token(doc, item.target_span)
    if source is None or target is None:
        return None
    above_source = [source] + list(source.ancestors)
    above_target = {t.i for t in [target] + list(target.ancestors)}
    common = next((t for t in above_source if t.i in above_target), None)
    cands = {t.i for t in candidates(doc[:])}
    node, steps = common, 0
    while node is not None and steps < 12:
        if node.i in cands:
            return node
        if node.head.i == node.i:
            return None
        node, steps = node.head, steps + 1
    return None


def training_instances(docs: Sequence, items: Sequence[PloverSentence]):
    """Instances for training: the gold trigger of each sentence, and its other candidates as NONE.

    Returns:
        ``(features, vectors, labels)``: sparse feature lists, a matrix of trigger vectors (one
        row per instance), and labels.
    """
    features, tokens, labels = [], [], []
    for doc, item in zip(docs, items):
        trigger = gold_trigger(doc, item)
        sentence_tokens = list(candidates(doc[:]))
        if trigger is not None and not event_types.is_candidate(trigger):
            sentence_tokens.append(trigger)
        for token in sentence_tokens:
            features.append(trigger_features(token))
            tokens.append(token)
            labels.append(item.root if trigger is not None and token.i == trigger.i else NONE)
    vectors = np.vstack([trigger_vectors([t]) for t in tokens]) if tokens else np.zeros((0, 0))
    return features, vectors, labels


def class_weights(labels: Sequence[str], none_weight: float = NONE_WEIGHT, balance: float = BALANCE) -> dict[str, float]:
    """Loss weight per label: rare types weigh more (``(mean count / count) ** balance``)."""
    counts: dict[str, int] = {}
    for label in labels:
        if label != NONE:
            counts[label] = counts.get(label, 0) + 1
    mean = sum(counts.values()) / max(len(counts), 1)
    weights = {label: (mean / count) ** balance for label, count in counts.items()}
    weights[NONE] = none_weight
    return weights


def fit(docs: Sequence, items: Sequence[PloverSentence], l2: float = L2, epochs: int = EPOCHS,
        none_weight: float = NONE_WEIGHT, dense_l2: float = DENSE_L2, vectors: bool = USE_VECTORS,
        balance: float = BALANCE) -> EventTypeModel:
    """Train an event-type model on parsed PLV sentences."""
    features, trigger_vecs, labels = training_instances(docs, items)
    model = train_model(features, labels, l2=l2, epochs=epochs, class_weights=class_weights(labels, none_weight, balance),
                        dense=trigger_vecs if vectors else None, dense_l2=dense_l2)
    model.sentence = train_model([sentence_features(doc[:]) for doc in docs], [item.root for item in items],
                                 l2=SENTENCE_L2, epochs=epochs)
    return model


def analyse_sentence(doc, text: str):
    """The record dateline's earlier components give a sentence (dates, entities, statements)."""
    from ..model import Article
    from ..nlp.pipeline import analyze_doc, components

    return analyze_doc(doc, Article(text=text), components(until="statements"))


def _overlaps(span: Optional[tuple[int, int]], gold: Optional[tuple[int, int]]) -> bool:
    return span is not None and gold is not None and min(span[1], gold[1]) > max(span[0], gold[0])


def party_groups(docs: Sequence, items: Sequence[PloverSentence], analyses: Sequence,
                 other_weight: float = 0.0, type_model=None) -> tuple[list, list[float]]:
    """Training groups for the party model: for each sentence's gold trigger (and, weighted by
    ``other_weight``, each other candidate trigger), every candidate party's features and whether
    it overlaps the marked source / target.

    Returns:
        ``(groups, weights)`` for :func:`~dateline.nlp.events.party_model.train_party_model`.
    """
    from ..nlp.events.party_model import pair_features, party_candidates
    from ..nlp.events.coding import parse_parties

    groups, weights = [], []
    for doc, item, analysis in zip(docs, items, analyses):
        trigger = (predicate_trigger(doc, item) if PARTY_MAIN_TRIGGER == "lca" else None) or gold_trigger(doc, item)
        parties = party_candidates(doc[:], analysis)
        if trigger is None or not parties:
            continue
        triggers = [(trigger, 1.0)]
        if other_weight > 0:
            others = [t for t in candidates(doc[:]) if t.i != trigger.i]
            if PARTY_TRIGGER_SET == "chain":
                chain = {t.i for t in trigger.ancestors}
                others = [t for t in others if t.i in chain]
            elif PARTY_TRIGGER_SET == "lex":
                others = [t for t in others if item.root in {("YIELD" if x == "RETREAT" else x) for x, _ in event_types.lexicon_entries(t)}]
            elif PARTY_TRIGGER_SET == "model":
                from ..nlp.events.coding import score_candidates
                tokens, beliefs, labels = score_candidates(doc[:], type_model)
                typed = {tok.i for tok, row in zip(tokens, beliefs) if labels[int(row.argmax())] == item.root}
                others = [t for t in others if t.i in typed]
            triggers += [(t, other_weight) for t in others]
        actor_gold = [_overlaps(c.span, item.source_span) for c in parties]
        recipient_gold = [_overlaps(c.span, item.target_span) for c in parties]
        for token, weight in triggers:
            _, (_, actor_span), (_, recipient_span) = parse_parties(token, item.root, analysis)
            features = [pair_features(token, c, rank, item.root, actor_span, recipient_span)
                        for rank, c in enumerate(parties)]
            groups.append((features, actor_gold, recipient_gold))
            weights.append(weight)
    return groups, weights


def fit_parties(docs: Sequence, items: Sequence[PloverSentence], analyses: Sequence, type_model=None):
    """Train the actor/recipient chooser (:mod:`~dateline.nlp.events.party_model`) on parsed sentences."""
    from ..nlp.events.party_model import train_party_model

    groups, weights = party_groups(docs, items, analyses, PARTY_OTHER_TRIGGERS, type_model)
    return train_party_model(groups, l2=PARTY_L2, epochs=PARTY_EPOCHS, group_weights=weights)


def parse(nlp, texts: Iterable[str]) -> list:
    """Parse texts with the shared spaCy pipeline (batched)."""
    return list(nlp.pipe(texts, batch_size=64))


def main(argv: Optional[list[str]] = None) -> None:
    from ..nlp.pipeline import load_nlp

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plv", required=True, help="path to PLV_train.tsv")
    parser.add_argument("--gsr", default=None,
                        help="PLOVER_GSR_dev.json to add to the training data (default: the one beside --plv, if any)")
    parser.add_argument("--out", default=None, help="where to write the model (default: the shipped resource)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    items = read_plv(args.plv)
    gsr = args.gsr or default_gsr_path(args.plv)
    if gsr:
        extra = read_gsr(gsr)
        log.info("adding %d PLOVER GSR sentences from %s", len(extra), gsr)
        items += extra
    docs = parse(load_nlp(), [item.text for item in items])
    model = fit(docs, items)
    out = Path(args.out) if args.out else event_types._resource_dir() / event_types.MODEL_FILE
    model.save(out)
    print(f"trained on {len(items)} sentences: {len(model.features)} features, labels {', '.join(model.labels)}")
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB)")
    parties = fit_parties(docs, items, [analyse_sentence(doc, item.text) for doc, item in zip(docs, items)], model)
    party_out = out.with_name(event_party_model.MODEL_FILE)
    parties.save(party_out)
    print(f"party model: {len(parties.features)} features; wrote {party_out} ({party_out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
