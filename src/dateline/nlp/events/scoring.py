"""The type models' scores for every sentence of a document, in one call per model.

:func:`.coding.score_candidates` and :func:`.types.sentence_distribution` score one sentence at a
time; the events stage asks both of every sentence, and the numpy calls around each model call
(gathering, softmax, the lexicon's factors) cost as much for a sentence's three candidates as for
a document's hundred. Scoring all the sentences' rows together gives each row the same figures
(every step works row by row: the softmax and the sums run along each row alone), so the events
stored are those the per-sentence calls give. The same holds for each sentence's main type and
trigger (:func:`sentence_views`), worked out for all the sentences at once.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional, Sequence, cast

import numpy as np
from spacy import symbols

from .coding import blend_rows, other_sense, sentence_factors
from .doc_facts import depth
from .types import (
    NONE,
    SENTENCE_WEIGHT,
    EventTypeModel,
    is_candidate,
    label_order,
    lean_to_rare,
    lexicon_entries,
    sentence_distribution,
    sentence_features,
    trigger_features,
    trigger_lexicon,
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
    pos, lemmas = doc.to_array(["POS", "LEMMA"]).T
    # A noun, adjective or proper noun is a candidate only if the lexicon lists its lemma (most are
    # not): those whose lemma it does not list are left out here, each lemma asked once.
    listed = _lexicon_lemmas(doc.vocab.strings, lemmas.tolist())
    maybe = np.flatnonzero((pos == symbols.VERB) | (np.isin(pos, list(_CANDIDATE_POS)) & listed)).tolist()
    found = []
    for sent in sents:
        words = maybe[bisect_left(maybe, sent.start):bisect_left(maybe, sent.end)]
        found.append([token for token in (doc[i] for i in words) if is_candidate(token)])
    return found


def _lexicon_lemmas(strings, lemmas: list[int]) -> np.ndarray:
    """Whether the trigger lexicon lists each lemma (given by its id in ``strings``), lower-cased as
    :func:`.types.is_candidate` reads it."""
    lexicon = trigger_lexicon()
    known: dict[int, bool] = {}
    for lemma in lemmas:
        if lemma not in known:
            known[lemma] = strings[lemma].lower() in lexicon
    return np.array([known[lemma] for lemma in lemmas], dtype=bool)


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


# How much less a candidate's belief counts in the sentence's main type per step below the root (1: all
# alike). 0.7, the one discount tried, against none in 5-fold CV on PLV_train with the other changes
# of that session: main-type macro-F1 0.770 -> 0.774, accuracy 0.790 -> 0.797, actor overlap 0.874 -> 0.884.
CLAUSE_DISCOUNT = 0.7

# A sentence's view: its main type and the word carrying it, the share of the sentence's belief in
# that type, and the sentence model's probability that it reports no event.
View = tuple[Optional[str], Optional[object], float, float]


def sentence_views(scored: Sequence[Scored], sentence_probs: Sequence[Optional[np.ndarray]], model: EventTypeModel
                   ) -> list[View]:
    """Each sentence's main type and trigger, the share of belief in that type, and the sentence
    model's probability that the sentence reports no event (0 when it has no NONE class), from
    its candidates' scores and the sentence model's distribution; ``(None, None, 0.0, 1.0)`` for
    a sentence without candidates.

    The main type blends the candidates' summed beliefs with the sentence model as
    :func:`.types.blend_types` does for one sentence; here every step runs on all the sentences'
    rows at once and works row by row (a sentence's candidates are summed by one reduce over its
    own rows, as the one-sentence sum adds them), so each sentence gets the figures it gets alone.
    """
    labels = model.labels
    views: list[View] = [(None, None, 0.0, 1.0)] * len(scored)
    wanted = [n for n, (tokens, _, _) in enumerate(scored) if tokens]
    if not wanted:
        return views
    # Each word's belief counts less the deeper it sits below the sentence's root: a sentence reports
    # its main clause's act ("protested the assassination of a leader *who was killed* by militants").
    depths = np.array([depth(token) for n in wanted for token in scored[n][0]])
    weighted = np.concatenate([scored[n][1] for n in wanted]) * np.power(CLAUSE_DISCOUNT, depths)[:, None]
    summed = _sentence_sums(weighted, [len(scored[n][0]) for n in wanted])
    scores = _blended_scores(summed, [sentence_probs[n] for n in wanted], labels)
    best = scores.argmax(axis=1)
    rows = np.arange(len(wanted))
    shares = np.exp(scores - scores[rows, best][:, None])
    share = shares[rows, best] / np.add.reduce(shares, axis=1)
    none_index = labels.index(NONE)
    has_none = model.sentence is not None and NONE in model.sentence.labels
    for row, n in enumerate(wanted):
        tokens, beliefs, _ = scored[n]
        main = labels[int(best[row])]
        # The word that believes most in the main type carries it, unless a phrasal sense binds the
        # word to another type ("called *for* calm" is a request): then the next word does. (A stable
        # sort of the negated beliefs, as numpy's stable argsort of them orders the words.)
        column = beliefs[:, int(best[row])].tolist()
        order = [k for k in sorted(range(len(tokens)), key=lambda k: -column[k]) if not other_sense(tokens[k], main)]
        if main == "REJECT" and order:
            # A refusal is carried by a word that refuses, where the sentence has one as high in its clauses
            # as the likeliest word: "would meet the union but *would not lift* the strike" refuses the
            # lifting, and the meeting is an act of its own; "will ask the EU for an opt-out, a request
            # Brussels is likely to *refuse*" reports the asking.
            top = clause_level(tokens[order[0]])
            order = [k for k in order if refuses(tokens[k]) and clause_level(tokens[k]) <= top] or order
        trigger = tokens[order[0]] if order else None
        probs = sentence_probs[n]
        none = float(probs[none_index]) if probs is not None and has_none else 0.0
        views[n] = (main, trigger, float(share[row]), none)
    return views


def refuses(token) -> bool:
    """Whether a word itself refuses: a REJECT word of the lexicon ("refused", "rejection") or a
    negated verb ("would *not lift*", "*never* agreed")."""
    if any(entry_type == "REJECT" for entry_type, _ in lexicon_entries(token)):
        return True
    return token.pos_ in {"VERB", "AUX"} and any(c.dep_ == "neg" for c in token.children)


def clause_level(token) -> int:
    """How many steps below the sentence's root a word sits, not counting a joined word's step ("… but
    *would not lift*") nor a reported clause's ("Hungary says it *will not accept* …"): those state an
    act at the level of the word they are joined to or reported by."""
    return sum(1 for word in [token, *token.ancestors] if word.head.i != word.i and word.dep_ not in {"conj", "ccomp"})


def _sentence_sums(weighted: np.ndarray, counts: list[int]) -> np.ndarray:
    """Each sentence's rows of ``weighted`` summed (``counts``: rows per sentence, in order): the
    sentences with as many rows are summed by one reduce over a (sentences, rows, labels) array,
    which adds each sentence's rows as the reduce over that sentence alone does."""
    starts = np.cumsum([0] + counts[:-1]).tolist()
    summed = np.empty((len(counts), weighted.shape[1]), dtype=weighted.dtype)
    by_count: dict[int, list[int]] = {}
    for row, count in enumerate(counts):
        by_count.setdefault(count, []).append(row)
    for count, rows in by_count.items():
        picks = [starts[row] + k for row in rows for k in range(count)]
        summed[rows] = np.add.reduce(weighted[picks].reshape(len(rows), count, -1), axis=1)
    return summed


def _blended_scores(summed: np.ndarray, sentence_probs: list[Optional[np.ndarray]], labels: Sequence[str]) -> np.ndarray:
    """:func:`.types.blend_types` of each row of ``summed`` with its sentence's distribution, for all
    rows at once (elementwise steps, and sums along each row alone). Distributions of one dtype are
    blended together: a float32 one is logged in float32, as the one-sentence blend does."""
    weight = SENTENCE_WEIGHT
    total = np.array(summed, dtype=np.float64)
    none_index = list(labels).index(NONE)
    total[:, none_index] = 0.0
    sums = np.add.reduce(total, axis=1)
    positive = sums > 0
    trigger_probs = np.where(positive[:, None], total / np.where(positive, sums, 1.0)[:, None], 1.0 / total.shape[1])
    scores = np.log(trigger_probs + 1e-4)
    for dtype in {probs.dtype for probs in sentence_probs if probs is not None}:
        rows = [row for row, probs in enumerate(sentence_probs) if probs is not None and probs.dtype == dtype]
        term = weight * np.log(np.stack([cast(np.ndarray, sentence_probs[row]) for row in rows]) + 1e-9)
        scores[rows] = (1.0 - weight) * scores[rows] + term
    scores[:, none_index] = -np.inf
    return scores


__all__ = ["blended_rows", "score_sentences", "sentence_distributions", "sentence_views"]
