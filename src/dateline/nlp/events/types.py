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
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from ...datafiles import Row, read_table
from ...model import PLOVER_TYPES
from ..model_files import check_pipeline, model_path
from .doc_facts import per_token
from .naming import naming_key

# (re-exported: trainers and tests import the model from here)
from .type_model import RETRAIN as RETRAIN
from .type_model import EventTypeModel as EventTypeModel
from .type_model import train_model as train_model

log = logging.getLogger(__name__)

NONE = "NONE"
MODEL_FILE = "model.npz"

# Dependents whose lemma says what the trigger is about ("filed a *lawsuit*", "held *talks*").
_ARGUMENT_DEPS = {"dobj", "attr", "oprd", "acomp", "xcomp", "ccomp", "dative", "nsubjpass", "prt", "advcl"}
_FUTURE_AUX = {"will", "would", "shall", "could", "may", "might", "plan", "intend"}
# Modals of obligation: "X says Y *must* end the attacks" is X's demand, not Y's act (PLOVER codes a
# REQUEST by the speaker). Neither the trigger model (which saw only future auxiliaries) nor the
# sentence model (a bag of content words, "must" being a stop word) could tell it from a report of
# the act.
OBLIGATION_AUX = {"must", "should", "ought"}
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
# How far the main type leans towards rare types (:func:`lean_to_rare`), chosen of 0 / 0.3 / 0.4 / 0.5 / 0.7
# by mean main-type macro-F1 over three shuffles of 5-fold CV on PLV_train (sentence and trigger models
# retrained per fold): 0.757 / 0.765 / 0.769 / 0.771 / 0.766. 0.4 and 0.5 tie within the spread over
# shuffles (0.761 / 0.776 / 0.770 against 0.757 / 0.777 / 0.779); the smaller lean, which gains on
# every shuffle (the unleaned model: 0.753 / 0.759 / 0.759), is kept.
RARE_TYPE_LEAN = 0.4
# No lean where the sentence model gives the event types together this much or less (it believes
# more in NONE): its own even odds, not tuned.
NO_LEAN_BELOW = 0.5
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
    # Kept per word while the events stage reads the Doc (.doc_facts): the features, the lexicon
    # look-ups and the rules walk a phrasal word's children for them several times.
    return list(per_token(token, "trigger_keys", _trigger_keys))


def _trigger_keys(token) -> list[str]:
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
    negated = future = obliged = False
    for child in token.children:
        dep = child.dep_
        if dep == "neg":
            negated = True
        elif dep in {"aux", "auxpass"} and child.lower_ in _FUTURE_AUX:
            future = True
        elif dep in {"aux", "auxpass"} and child.lower_ in OBLIGATION_AUX:
            obliged = True
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
            # "will not accept", "would not release": a refusal stated, which PLOVER codes REJECT
            # (a linear model cannot join NEG and FUT by itself)
            feats.append("NEG+FUT")
    if future:
        feats.append("FUT")
        feats += [f"FUT+LEX={t}" for t in types]
    if obliged:
        # (with the clause it sits in: "said Y must …" reports a demand, a plain "must" often a need)
        feats += ["MUST", f"MUST+DEP={token.dep_}"]
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
    future = obliged = negated = False
    lexicon_words = _lexicon_words()
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ in _SENTENCE_POS and not token.is_stop:
            lemmas.append(lemma)
        if lemma in lexicon_words:  # (most words are not: skip the call)
            for event_type, _ in lexicon_entries(token, lemma):
                token_feats.append(f"SLEX={event_type}")
        dep = token.dep_
        if dep == "ROOT":
            token_feats.append(f"ROOT={lemma}")
        elif dep == "neg":
            negated = True
        elif dep in {"aux", "auxpass"} and lemma in OBLIGATION_AUX:
            obliged = True
        if not future and token.lower_ in {"will", "would"}:
            future = True
    feats = [f"SL={lemma}" for lemma in lemmas]
    feats += [f"SB={a}_{b}" for a, b in zip(lemmas, lemmas[1:])]
    feats += token_feats
    if future:
        feats.append("FUTSENT")
    if obliged:
        feats.append("MUSTSENT")
    if negated:
        # (as NEG+FUT above: the sentence's bag of content words never sees "not", a stop word)
        feats += ["NEGSENT", "NEGFUTSENT"] if future else ["NEGSENT"]
    return feats


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
    probs = lean_to_rare(model.sentence.scores([sentence_features(sent)])[0], model.sentence)
    order = label_order(tuple(model.sentence.labels), tuple(labels))
    if order is not None:  # the usual case: the same float32 figures the list below gives, in one call
        return probs.take(order)
    index = {label: i for i, label in enumerate(model.sentence.labels)}
    return np.array([probs[index[label]] if label in index else 0.0 for label in labels])


def lean_to_rare(probs: np.ndarray, model: EventTypeModel, power: Optional[float] = None) -> np.ndarray:
    """The sentence model's probabilities with each event type's divided by its training share to
    ``power / SENTENCE_WEIGHT`` (``RARE_TYPE_LEAN``), rescaled so that the event types keep their
    total and NONE its probability; unchanged where NONE is the likelier (``NO_LEAN_BELOW``).

    A model fitted to data where YIELD is nine times as common as COOPERATE names the common type
    whenever the words are ambiguous; macro-F1 weighs every type alike. Through the geometric blend
    (:func:`blend_types`) this subtracts ``power`` times the log share from each type's score.
    """
    power = RARE_TYPE_LEAN if power is None else power
    if not power or model.counts is None:
        return probs
    factors, events = _lean_factors(model, power)
    if float(probs @ events) <= NO_LEAN_BELOW:
        # The sentence more likely reports no event: the lean, a choice between event types, would
        # only make a rare type the main one of a sentence with nothing to report ("countries
        # should cooperate": COOPERATE, opened by force with the wrong actor).
        return probs
    leaned = probs * factors
    leaned_mass = float(leaned @ events)
    if leaned_mass <= 0:
        return leaned
    # NONE (0 in ``events``) keeps its probability; the event types keep their total.
    return leaned * (1.0 + events * (float(probs @ events) / leaned_mass - 1.0))


def _lean_factors(model: EventTypeModel, power: float) -> tuple[np.ndarray, np.ndarray]:
    """Each label's factor in :func:`lean_to_rare` (1 for NONE), and 1/0 marking the event types;
    worked out once per model and power (the events stage asks for every sentence)."""
    cached = getattr(model, "_lean", None)
    if cached is not None and cached[0] == power:
        return cached[1], cached[2]
    events = np.array([label != NONE for label in model.labels], dtype=np.float64)
    counts = np.maximum(np.asarray(model.counts, dtype=np.float64), 1.0)
    share = counts / counts[events > 0].sum()
    factors = np.where(events > 0, share ** (-power / SENTENCE_WEIGHT), 1.0)
    model._lean = (power, factors, events)  # type: ignore[attr-defined]
    return factors, events


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
