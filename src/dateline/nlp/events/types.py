"""Event types: which words can open an event, and which PLOVER type each one opens.

An event *candidate* is a main verb, or a noun or adjective listed in the trigger lexicon
(``resources/events/triggers.tsv``: "talks", "cooperation", "baseless"). Each candidate is
described by sparse string features of the trigger and its syntactic neighbourhood (its
object, its prepositions, the verb it depends on, negation, future auxiliaries) and scored by
a multinomial logistic regression over PLOVER's types plus ``NONE`` (a word that opens no event).

The model is plain numpy: weights ship in ``resources/events/model.npz``, trained by
``dateline train events`` (:mod:`dateline.train.events`) on ``PLV_train.tsv``.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np

from ...datafiles import Row, read_table
from ...model import PLOVER_TYPES
from ..learning import adam, known_columns, softmax, sparse_rows, vocabulary
from ..model_files import check_pipeline, model_file_error, model_path, read_npz, write_npz
from .naming import naming_key

log = logging.getLogger(__name__)

NONE = "NONE"
MODEL_FILE = "model.npz"
RETRAIN = "dateline train events"

# Dependents whose lemma says what the trigger is about ("filed a *lawsuit*", "held *talks*").
_ARGUMENT_DEPS = {"dobj", "attr", "oprd", "acomp", "xcomp", "ccomp", "dative", "nsubjpass", "prt", "advcl"}
_FUTURE_AUX = {"will", "would", "shall", "could", "may", "might", "plan", "intend"}
# Dependents paired with the trigger's lemma ("VO=hold|talk"): the pairs raised macro-F1 in 5-fold CV
# on PLV_train; a bag of the sentence's lemmas or of the trigger's subtree did not.
_PAIRED_DEPS = {"dobj", "xcomp", "prt", "attr", "acomp"}
# A lexicon word keeps this share of the model's belief in types the lexicon does not list
# for it (0.5 was best of 1.0 / 0.5 / 0.2 in 5-fold CV on PLV_train).
OUTSIDE_LEXICON = 0.5
# Weight of the sentence-level model against the trigger model when naming a sentence's type
# (geometric blend; 0.5 best of 0 / 0.3 / 0.5 / 0.7 / 1 in 5-fold CV on PLV_train: macro-F1
# 0.718 -> 0.737, the sentence model alone 0.70; 0.4 and 0.5 tie once its L2 is tuned).
SENTENCE_WEIGHT = 0.5
_SENTENCE_POS = {"NOUN", "VERB", "ADJ", "ADV"}
_LEXICON_POS = {"NOUN", "ADJ", "PROPN"}  # parts of speech that open an event only as lexicon words


def _resource_dir() -> Path:
    return Path(str(resources.files("dateline.resources") / "events"))


def _check_type(row: Row, event_type: str) -> None:
    if event_type not in PLOVER_TYPES:
        raise row.error(f"unknown PLOVER type {event_type!r}; use one of {', '.join(PLOVER_TYPES)}")


@lru_cache(maxsize=None)
def trigger_lexicon() -> dict[str, tuple[tuple[str, str | None], ...]]:
    """The trigger lexicon: lemma or phrasal key -> ((type, mode), ...), loaded once."""
    lexicon: dict[str, list[tuple[str, str | None]]] = {}
    for row in read_table("events/triggers.tsv", min_cells=2):
        lemma, event_type, mode = (list(row.cells) + ["-", "-"])[:3]
        _check_type(row, event_type)
        lexicon.setdefault(lemma.strip().lower(), []).append((event_type, None if mode.strip() in {"", "-"} else mode.strip()))
    return {key: tuple(value) for key, value in lexicon.items()}


@lru_cache(maxsize=None)
def mode_cues() -> dict[str, dict[str, str]]:
    """Mode cue words: type -> {lemma: mode}, loaded once."""
    cues: dict[str, dict[str, str]] = {}
    for row in read_table("events/modes.tsv", min_cells=3):
        event_type, lemma, mode = row.cells[:3]
        _check_type(row, event_type)
        cues.setdefault(event_type, {})[lemma.strip().lower()] = mode.strip()
    return cues


# Clauses a verb governs whose "for" still makes the phrasal sense: spaCy parses "called *for* the
# president to resign" with "for" as the mark of the infinitive clause, not as the verb's preposition.
_CLAUSES = {"advcl", "ccomp", "xcomp"}
# A preposition whose object is a date or time says when, not the phrasal sense ("called *on* Monday").
_WHEN = {"DATE", "TIME"}
def trigger_keys(token) -> list[str]:
    """Lexicon keys for a token: its lemma, and "lemma particle" / "lemma preposition" forms
    (a clause opened by "for" counts as the preposition), and the naming keys (:mod:`.naming`)."""
    lemma = token.lemma_.lower()
    keys = [lemma]
    for child in token.children:
        if child.dep_ in {"prt", "prep"}:
            if not any(c.dep_ == "pobj" and c.ent_type_ in _WHEN for c in child.children):
                keys.append(f"{lemma} {child.lower_}")  # (not "called his counterpart *on Monday*")
        elif child.dep_ in _CLAUSES and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
            keys.append(f"{lemma} for")
    naming = naming_key(token, lemma)
    return keys + [naming] if naming else keys


@lru_cache(maxsize=None)
def _phrase_heads() -> frozenset[str]:
    """Every word sequence that starts a phrasal lexicon key before one of its spaces."""
    heads = set()
    for key in trigger_lexicon():
        at = key.find(" ")
        while at != -1:
            heads.add(key[:at])
            at = key.find(" ", at + 1)
    return frozenset(heads)


@lru_cache(maxsize=None)
def _lexicon_words() -> frozenset[str]:
    """Every lemma :func:`lexicon_entries` can find entries for: a key, or a phrasal key's first words."""
    return frozenset(trigger_lexicon()) | _phrase_heads()


def lexicon_entries(token, lemma: Optional[str] = None) -> list[tuple[str, str | None]]:
    """(type, mode) pairs the lexicon gives this token, phrasal keys first (``lemma``: the
    token's lower-cased lemma, when the caller has read it already)."""
    lexicon = trigger_lexicon()
    lemma = token.lemma_.lower() if lemma is None else lemma
    if lemma not in _phrase_heads():
        # No phrasal key starts with the lemma (most words), so only the lemma's own entries can
        # match: skip walking the children.
        return list(lexicon.get(lemma, ()))
    keys = trigger_keys(token)
    # A phrasal key names the sense ("call *on*" is a request, not a phone call): it alone counts.
    phrasal = [entry for key in reversed(keys[1:]) for entry in lexicon.get(key, ())]
    return phrasal or list(lexicon.get(keys[0], ()))


def phrasal_types(token) -> set[str]:
    """The types a phrasal lexicon key gives the token ("call *for*": REQUEST), empty without one."""
    lexicon = trigger_lexicon()
    if token.lemma_.lower() not in _phrase_heads():
        return set()
    return {event_type for key in trigger_keys(token)[1:] for event_type, _ in lexicon.get(key, ())}


def is_candidate(token) -> bool:
    """Whether a token may open an event: a main verb, or a lexicon noun or adjective."""
    pos = token.pos_  # (read once: every word of every sentence is asked)
    if pos == "VERB":
        # "according to X" attributes a report; it never opens an event (PLOVER codes what X reports).
        return not (token.lower_ == "according" and any(c.lower_ == "to" for c in token.children))
    if pos in _LEXICON_POS and token.lemma_.lower() in trigger_lexicon():
        return True
    return False


def candidates(sent) -> list:
    """Candidate trigger tokens of one sentence (a spaCy Span), in text order."""
    return [token for token in sent if is_candidate(token)]


def _lex_types(token, lemma: Optional[str] = None) -> set[str]:
    return {event_type for event_type, _ in lexicon_entries(token, lemma)}


def trigger_features(token) -> list[str]:
    """Sparse features describing a candidate trigger in its sentence.

    Args:
        token: a spaCy Token that ``is_candidate`` accepted.

    Returns:
        Feature strings, e.g. ``["L=condemn", "LEX=ACCUSE", "C:dobj=decision", ...]``.
    """
    lemma = token.lemma_.lower()
    feats = [f"L={lemma}", f"POS={token.pos_}", f"DEP={token.dep_}"]
    types = _lex_types(token, lemma)
    feats += [f"K={key}" for key in trigger_keys(token)[1:]]
    feats += [f"LEX={t}" for t in types]
    if not types:
        feats.append("LEX=none")
    negated = future = False
    for child in token.children:
        dep = child.dep_
        if dep == "neg":
            negated = True
        elif dep in {"aux", "auxpass"} and child.lower_ in _FUTURE_AUX:
            future = True
        elif dep in _ARGUMENT_DEPS:
            child_lemma = child.lemma_.lower()
            feats.append(f"C:{dep}={child_lemma}")
            feats += [f"CLEX={t}" for t in _lex_types(child, child_lemma)]
            if dep == "dobj":
                for grand in child.children:
                    if grand.dep_ == "prep":
                        feats.append(f"PREP={grand.lower_}")
        elif dep == "prep":
            feats.append(f"PREP={child.lower_}")
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    pobj_lemma = pobj.lemma_.lower()
                    feats.append(f"PO:{child.lower_}={pobj_lemma}")
                    feats += [f"POLEX={t}" for t in _lex_types(pobj, pobj_lemma)]
        elif dep == "agent":
            feats.append("PASSIVE")
    if negated:
        feats.append("NEG")
        feats += [f"NEG+LEX={t}" for t in types]
    if future:
        feats.append("FUT")
        feats += [f"FUT+LEX={t}" for t in types]
    head = token.head
    if head.i == token.i:
        feats += ["ROOT", f"ROOT={lemma}"] + [f"ROOTLEX={t}" for t in types]
    else:
        head_lemma = head.lemma_.lower()
        feats.append(f"H1={token.dep_}:{head_lemma}")
        feats.append(f"HL={head_lemma}")
        feats += [f"H1LEX={t}" for t in _lex_types(head, head_lemma)]
        if any(c.dep_ == "neg" for c in head.children):
            feats.append("HNEG")
        grand = head.head
        if grand.i != head.i:
            grand_lemma = grand.lemma_.lower()
            feats.append(f"H2={grand_lemma}")
            feats += [f"H2LEX={t}" for t in _lex_types(grand, grand_lemma)]
    for child in token.children:
        if child.dep_ in _PAIRED_DEPS:
            feats.append(f"VO={lemma}|{child.lemma_.lower()}")
    return feats


@dataclass
class EventTypeModel:
    """A multinomial logistic regression over sparse string features.

    Attributes:
        labels: PLOVER types and NONE, in column order.
        features: feature name to row of ``weights``.
        weights: ``(n_features, n_labels)``.
        bias: ``(n_labels,)``.
        sentence: the sentence-level model (bag of lemmas) shipped in the same file, if any.
        about: how the model was trained (:mod:`dateline.nlp.model_files`).
    """

    labels: list[str]
    features: dict[str, int]
    weights: np.ndarray
    bias: np.ndarray
    sentence: Optional["EventTypeModel"] = None
    about: dict = field(default_factory=dict)

    def scores(self, instances: Sequence[Iterable[str]]) -> np.ndarray:
        """Class probabilities, one row per instance (a list of sparse features)."""
        logits = self.bias[None, :].repeat(len(instances), axis=0)  # (the method: np.repeat only wraps it)
        for row, feats in enumerate(instances):
            index = known_columns(self.features, feats)
            if index:
                # take: the same rows as weights[index], gathered faster; np.add.reduce is the sum
                # .sum() computes, without its Python wrapper
                logits[row] += np.add.reduce(self.weights.take(index, axis=0), axis=0)
        return softmax(logits)

    def _arrays(self, prefix: str = "") -> dict[str, np.ndarray]:
        names = sorted(self.features, key=lambda name: self.features[name])
        return {f"{prefix}labels": np.array(self.labels), f"{prefix}features": np.array(names),
                f"{prefix}weights": self.weights.astype(np.float16), f"{prefix}bias": self.bias.astype(np.float32)}

    def save(self, path: Path) -> None:
        """Write the model, its sentence model and its ``about`` record as an npz (float16 weights keep it small)."""
        arrays = self._arrays()
        if self.sentence is not None:
            arrays.update(self.sentence._arrays("sentence_"))
        write_npz(path, arrays, self.about)

    @classmethod
    def _from_arrays(cls, arrays: dict[str, np.ndarray], path: Path, prefix: str = "") -> "EventTypeModel":
        names = [str(n) for n in arrays[f"{prefix}features"]]
        labels = [str(x) for x in arrays[f"{prefix}labels"]]
        weights, bias = arrays[f"{prefix}weights"], arrays[f"{prefix}bias"]
        if weights.shape != (len(names), len(labels)) or bias.shape != (len(labels),):
            raise model_file_error(path, f"is damaged: {prefix}weights of shape {weights.shape} for "
                                   f"{len(names)} features and {len(labels)} labels", RETRAIN)
        return cls(labels=labels, features={n: i for i, n in enumerate(names)},
                   weights=weights.astype(np.float32), bias=bias.astype(np.float32))

    @classmethod
    def load(cls, path: Path) -> "EventTypeModel":
        """Read a model file written by :meth:`save`.

        Raises:
            ResourceMissing: the file is missing, unreadable, or not an event-type model.
        """
        arrays, about = read_npz(path, ("labels", "features", "weights", "bias"), RETRAIN)
        model = cls._from_arrays(arrays, path)
        if "sentence_labels" in arrays:
            model.sentence = cls._from_arrays(arrays, path, "sentence_")
        model.about = about
        return model


def sentence_features(sent) -> list[str]:
    """Sparse features of a whole sentence for the sentence-level type model.

    The trigger model sees one word and its neighbours; many sentences name their event with
    several words that agree ("went on *strike* for better *pay*", "joint *war games*"), which a
    bag of content lemmas, their bigrams and the lexicon types of every word capture.

    Args:
        sent: a spaCy Span (or Doc).

    Returns:
        Feature strings, e.g. ``["SL=strike", "SB=go_strike", "SLEX=PROTEST", "ROOT=go"]``.
    """
    # One walk over the sentence (each token access builds a Python object); the features
    # come out in the same order as lemmas, bigrams, then per-token lexicon and root features.
    lemmas: list[str] = []
    token_feats: list[str] = []
    future = False
    lexicon_words = _lexicon_words()
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ in _SENTENCE_POS and not token.is_stop:
            lemmas.append(lemma)
        if lemma in lexicon_words:  # (most words are not: skip the call)
            for event_type, _ in lexicon_entries(token, lemma):
                token_feats.append(f"SLEX={event_type}")
        if token.dep_ == "ROOT":
            token_feats.append(f"ROOT={lemma}")
        if not future and token.lower_ in {"will", "would"}:
            future = True
    feats = [f"SL={lemma}" for lemma in lemmas]
    feats += [f"SB={a}_{b}" for a, b in zip(lemmas, lemmas[1:])]
    feats += token_feats
    if future:
        feats.append("FUTSENT")
    return feats


def train_model(instances: Sequence[Sequence[str]], labels: Sequence[str], l2: float = 1e-3,
                epochs: int = 300, learning_rate: float = 0.1, min_count: int = 1,
                class_weights: Optional[dict[str, float]] = None) -> EventTypeModel:
    """Fit an :class:`EventTypeModel` by full-batch Adam on the L2-penalised log loss.

    Args:
        instances: feature lists, one per candidate trigger.
        labels: the gold label of each instance (a PLOVER type or ``NONE``).
        l2: L2 penalty on the weights (per instance, averaged loss).
        epochs: gradient steps.
        learning_rate: Adam step size.
        min_count: features seen fewer times are dropped.
        class_weights: optional per-label loss weights (to balance rare types).

    Returns:
        The fitted model (its ``about`` left for the trainer to fill).
    """
    columns = vocabulary(instances, min_count)
    label_list = sorted(set(labels))
    label_index = {lab: i for i, lab in enumerate(label_list)}
    n, d, k = len(instances), len(columns), len(label_list)
    rows, cols = sparse_rows(instances, columns)
    onehot = np.zeros((n, k), dtype=np.float32)
    onehot[np.arange(n), [label_index[lab] for lab in labels]] = 1.0
    sample_w = np.ones(n, dtype=np.float32)
    if class_weights:
        sample_w = np.array([class_weights.get(lab, 1.0) for lab in labels], dtype=np.float32)
    sample_w /= sample_w.sum()

    def gradient(params: list[np.ndarray]) -> list[np.ndarray]:
        weights, bias = params
        logits = np.zeros((n, k), dtype=np.float32) + bias
        np.add.at(logits, rows, weights[cols])
        grad_logits = (softmax(logits) - onehot) * sample_w[:, None]
        grad_w = np.zeros_like(weights)
        np.add.at(grad_w, cols, grad_logits[rows])
        grad_w += l2 * weights
        return [grad_w, grad_logits.sum(axis=0)]

    weights, bias = adam(gradient, [np.zeros((d, k), dtype=np.float32), np.zeros(k, dtype=np.float32)],
                         epochs, learning_rate)
    return EventTypeModel(labels=label_list, features=columns, weights=weights, bias=bias)


@lru_cache(maxsize=1)
def load_model() -> EventTypeModel:
    """The event-type model, loaded once per process: ``$DATELINE_MODEL_DIR/model.npz`` or the shipped one.

    Warns when it was trained with another spaCy pipeline than the one in use.

    Raises:
        ResourceMissing: the model file is missing or damaged.
    """
    path = model_path("events", MODEL_FILE)
    model = EventTypeModel.load(path)
    check_pipeline(model.about, path, RETRAIN)
    log.info("loaded event-type model: %d features, %d labels", len(model.features), len(model.labels))
    return model


def sentence_distribution(sent, model: EventTypeModel, labels: Sequence[str]) -> Optional[np.ndarray]:
    """The sentence model's probability of each of ``labels`` (0 where it lacks one), or None
    when the model ships without a sentence model."""
    if model.sentence is None:
        return None
    probs = model.sentence.scores([sentence_features(sent)])[0]
    order = label_order(tuple(model.sentence.labels), tuple(labels))
    if order is not None:  # the usual case: the same float32 figures the list below gives, in one call
        return probs.take(order)
    index = {label: i for i, label in enumerate(model.sentence.labels)}
    return np.array([probs[index[label]] if label in index else 0.0 for label in labels])


@lru_cache(maxsize=None)
def label_order(model_labels: tuple[str, ...], labels: tuple[str, ...]) -> Optional[np.ndarray]:
    """Where each of ``labels`` is among a model's labels; None where the model lacks one."""
    if not set(labels) <= set(model_labels):
        return None
    return np.array([model_labels.index(label) for label in labels], dtype=np.intp)


def blend_types(trigger_beliefs: np.ndarray, sentence_probs: Optional[np.ndarray], labels: Sequence[str],
                weight: Optional[float] = None) -> np.ndarray:
    """Log-scores of the sentence's main type: the trigger model's summed beliefs, normalised,
    blended geometrically with the sentence model (``weight`` on the latter, default
    ``SENTENCE_WEIGHT``). NONE stays out."""
    weight = SENTENCE_WEIGHT if weight is None else weight
    total = np.asarray(trigger_beliefs, dtype=np.float64).copy()
    none_index = list(labels).index(NONE)
    total[none_index] = 0.0
    summed = np.add.reduce(total)  # (what .sum() computes, once)
    trigger_probs = total / summed if summed > 0 else np.full(len(total), 1.0 / len(total))
    scores = np.log(trigger_probs + 1e-4)
    if sentence_probs is not None:
        scores = (1.0 - weight) * scores + weight * np.log(sentence_probs + 1e-9)
    scores[none_index] = -np.inf
    return scores


def type_distribution(token, row: np.ndarray, labels: Sequence[str]) -> np.ndarray:
    """A candidate's belief over event types (NONE removed), leaning towards its lexicon types.

    Args:
        token: the candidate trigger.
        row: the model's probabilities for it, over ``labels``.
        labels: the model's labels (PLOVER types and NONE).

    Returns:
        Non-negative weights over ``labels`` with NONE at 0, summing to ``1 - P(NONE)``.
    """
    return type_distributions([token], np.asarray(row)[None, :], labels)[0]


def type_distributions(tokens: Sequence, probs: np.ndarray, labels: Sequence[str]) -> np.ndarray:
    """:func:`type_distribution` of each candidate, one row each, in one matrix operation per
    sentence (each row's figures are those of the one-row computation)."""
    dists = np.array(probs, dtype=np.float64)
    none_index = list(labels).index(NONE)
    eventness = 1.0 - dists[:, none_index]
    dists[:, none_index] = 0.0
    # A lexicon word keeps OUTSIDE_LEXICON of the belief in types the lexicon does not list for it.
    factors = np.ones_like(dists)
    label_key = tuple(labels)
    for row, token in enumerate(tokens):
        listed = {event_type for event_type, _ in lexicon_entries(token)}
        if listed:
            factors[row] = _lexicon_factors(label_key, frozenset(listed))
    dists *= factors
    totals = np.add.reduce(dists, axis=1)
    scale = eventness / np.where(totals > 0, totals, 1.0)
    return np.where((totals > 0)[:, None], dists * scale[:, None], dists)


@lru_cache(maxsize=None)
def _lexicon_factors(labels: tuple[str, ...], listed: frozenset[str]) -> np.ndarray:
    """The factor of each label for a word the lexicon lists for ``listed`` (one row per set of types)."""
    return np.array([1.0 if label in listed or label == NONE else OUTSIDE_LEXICON for label in labels])


def event_mode(event_type: str, trigger, lexicon_mode: Optional[str]) -> Optional[str]:
    """The PLOVER mode for an event: a mode cue word in the trigger's clause, else the lexicon's."""
    cues = mode_cues().get(event_type)
    if cues:
        for token in trigger.subtree:
            mode = cues.get(token.lemma_.lower())
            if mode:
                return mode
        if trigger.lemma_.lower() in cues:
            return cues[trigger.lemma_.lower()]
    return lexicon_mode
