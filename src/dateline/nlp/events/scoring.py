"""The type models' scores for every sentence of a document, in one call per model.

:func:`.coding.score_candidates` and :func:`.types.sentence_distribution` score one sentence at a
time; the events stage asks both of every sentence, and the numpy calls around each model call
(gathering, softmax, the lexicon's factors) cost as much for a sentence's three candidates as for
a document's hundred. Scoring all the sentences' rows together gives each row the same figures
(every step works row by row: the softmax and the sums run along each row alone), so the events
stored are those the per-sentence calls give.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional, Sequence, cast

import numpy as np
from spacy import symbols

from .coding import blend_rows, sentence_factors
from .types import (
    EventTypeModel,
    is_candidate,
    label_order,
    lean_to_rare,
    sentence_distribution,
    sentence_features,
    trigger_features,
    type_distributions,
)

# One sentence's candidates: (tokens, beliefs, labels), as :func:`.coding.score_candidates` gives.
Scored = tuple[list, np.ndarray, list[str]]


def score_sentences(sents: Sequence, model: EventTypeModel) -> list[Scored]:
    """:func:`.coding.score_candidates` of each sentence, with one trigger-model call for all."""
    labels = model.labels
    tokens = _candidates(sents)
    every = [token for found in tokens for token in found]
    if not every:
        return [([], np.zeros((0, len(labels))), labels) for _ in sents]
    beliefs = type_distributions(every, model.scores([trigger_features(t) for t in every]), labels)
    scored: list[Scored] = []
    start = 0
    for found in tokens:
        if not found:
            scored.append(([], np.zeros((0, len(labels))), labels))
            continue
        scored.append((found, beliefs[start:start + len(found)], labels))
        start += len(found)
    return scored


# Parts of speech :func:`.types.is_candidate` may accept (a verb, or a lexicon noun, adjective or
# proper noun): the words of any other are never candidates, so no Token is made for them.
_CANDIDATE_POS = {symbols.VERB, symbols.NOUN, symbols.ADJ, symbols.PROPN}


def _candidates(sents: Sequence) -> list[list]:
    """:func:`.types.candidates` of each sentence (all of one document), asking only the words whose
    part of speech can make one, found for the whole document at once."""
    if not sents:
        return []
    doc = sents[0].doc
    maybe = np.flatnonzero(np.isin(doc.to_array("POS"), list(_CANDIDATE_POS))).tolist()
    found = []
    for sent in sents:
        words = maybe[bisect_left(maybe, sent.start):bisect_left(maybe, sent.end)]
        found.append([token for token in (doc[i] for i in words) if is_candidate(token)])
    return found


def sentence_distributions(sents: Sequence, scored: Sequence[Scored], model: EventTypeModel
                           ) -> list[Optional[np.ndarray]]:
    """:func:`.types.sentence_distribution` of each sentence that has candidates (None for the
    others, which the events stage does not ask), with one sentence-model call for all."""
    labels = model.labels
    wanted = [n for n, (tokens, _, _) in enumerate(scored) if tokens]
    found: list[Optional[np.ndarray]] = [None] * len(sents)
    if model.sentence is None or not wanted:
        return found
    order = label_order(tuple(model.sentence.labels), tuple(labels))
    if order is None:  # a sentence model without some label: the one-by-one path fills in its zeros
        for n in wanted:
            found[n] = sentence_distribution(sents[n], model, labels)
        return found
    probs = model.sentence.scores([sentence_features(sents[n]) for n in wanted])
    for row, n in enumerate(wanted):
        found[n] = lean_to_rare(probs[row], model.sentence).take(order)
    return found


def blended_rows(scored: Sequence[Scored], sentence_probs: Sequence[Optional[np.ndarray]]
                 ) -> list[Optional[tuple[np.ndarray, np.ndarray, np.ndarray]]]:
    """Each sentence's candidates' beliefs blended with its sentence model, their totals and best
    columns (what :func:`.coding.sentence_events` reads), for all the sentences at once: each
    sentence's factors are made from its own distribution as before, and every later step works
    row by row. None for a sentence without candidates or sentence model."""
    wanted = [n for n, (tokens, _, _) in enumerate(scored) if tokens and sentence_probs[n] is not None]
    found: list[Optional[tuple[np.ndarray, np.ndarray, np.ndarray]]] = [None] * len(scored)
    if not wanted:
        return found
    counts = [len(scored[n][0]) for n in wanted]
    factors = np.repeat(np.stack([sentence_factors(cast(np.ndarray, sentence_probs[n])) for n in wanted]), counts, axis=0)
    rows = blend_rows(np.concatenate([scored[n][1] for n in wanted]), factors)
    totals, bests = np.add.reduce(rows, axis=1), rows.argmax(axis=1)
    start = 0
    for n, count in zip(wanted, counts):
        end = start + count
        found[n] = (rows[start:end], totals[start:end], bests[start:end])
        start = end
    return found


__all__ = ["blended_rows", "score_sentences", "sentence_distributions"]
