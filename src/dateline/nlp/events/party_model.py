"""Choosing an event's actor and recipient among the parties a sentence names.

The parse rules in :mod:`~dateline.nlp.events.roles` find the subject and object of a trigger;
they go wrong where the parse does ("has refused a request *by* X", "launched a probe *of* X's
approval"), where the party sits deeper in a phrase, or where the trigger's own dependents name
no one. This module scores every party of the sentence, each entity mention of an actor-like
type and each common-noun party phrase ("police", "two protesters"), as the actor and as the
recipient of a given trigger, with two linear models over sparse features of the pair:

- the dependency path from the trigger to the party's head word ("<nsubj", ">prep_against>pobj"),
  its first and last steps, and the path from the sentence's root;
- the party's dependency label and governing preposition, its side of the trigger and distance;
- its kind: entity type, named or common noun; whether it opens the sentence, is a possessor;
- whether the parse rules picked it, and the event type.

Each model is a softmax over the sentence's candidates (a conditional logit), trained on
PLV_train's marked sources and targets (a candidate overlapping the mark is right) by
``dateline train parties`` (:mod:`dateline.train.parties`); the marks are never read at run time.
Weights ship in ``resources/events/parties.npz``.
"""
from __future__ import annotations

import logging
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Sequence

import numpy as np
from spacy import symbols

from ...model import Analysis, Entity
from ..credits import NEWS_AGENCIES, in_credit
from ..learning import column_sums, known_columns, listed_sums, softmax, sums_exact_in_any_order
from ..model_files import check_pipeline, model_file_error, model_path, read_npz, write_npz
from .doc_facts import mention_span, positions
from .parties import modifies_party_noun, party_entity, party_label, party_span

# (re-exported: the trainer and tests fit the model through this module)
from .party_fit import SENTENCE_LEVEL, fit_party_weights
from .roles import acted_on, actor_mentions

if TYPE_CHECKING:
    from spacy.tokens import Token

log = logging.getLogger(__name__)

MODEL_FILE = "parties.npz"
RETRAIN = "dateline train parties"
# A common-noun party ("police", "two protesters") is headed by a noun.
_NOUN_POS_IDS = frozenset({symbols.NOUN, symbols.PROPN})
# Dependents through which a trigger names its own subject.
_OWN_SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent", "poss", "csubj"}
# Paths longer than this many steps are one feature value ("long"): rare, and each unique.
MAX_PATH = 5
# Lowest model probability for naming an actor or recipient where the parse rules found none.
# (0.3: PLV both-overlap 0.714 at 0 and 0.3, 0.690 at 0.4, 0.527 never filling; 5-fold CV.)
FILL = 0.3
# How much likelier than the parse's own pick the model's pick must be to replace it. The
# events component keeps a subject the trigger governs itself whatever the model says (the model
# leans to the main clause's subject: "police arrested X, and *the EU* imposed sanctions").
# Recipient 0.3 keeps "operations … against the shelters of *Daesh* in … Afghanistan" in the
# reference article; it costs 0.004 of PLV both-overlap.
ACTOR_OVERRIDE = 0.0
RECIPIENT_OVERRIDE = 0.3


@dataclass
class PartyCandidate:
    """A party a sentence names: an entity mention, or a common-noun phrase not yet an entity."""

    start: int
    end: int
    head: Token  # the phrase's head word
    label: str  # entity type, or the label the phrase would get as a party entity
    entity: Optional[Entity] = None  # None for a common-noun phrase until chosen
    # paths from a sentence root (by token index) to the party, filled on first use
    root_paths: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    def __post_init__(self) -> None:
        # What every (trigger, party) pair of the sentence reads of the party, read once.
        head = self.head
        # The head word and its ancestors as (index, down step): the down steps of every
        # dependency_path to the party.
        self.chain: list[tuple[int, str]] = [(t.i, f">{_dep(t)}") for t in [head, *head.ancestors]]
        self.head_dep: str = head.dep_
        # The pair features of the head word alone: its preposition, possessor, setting.
        self.head_features: list[str] = []
        if head.dep_ == "pobj":
            self.head_features.append(f"PREP={head.head.lower_}")
            self.head_features.append(f"PREPH={head.head.lower_}|{head.head.head.pos_}")
        if head.dep_ == "poss":
            self.head_features.append(f"POSS={head.head.dep_}")
        if _is_locative(self):
            self.head_features.append("LOCATIVE")

    def key(self) -> str:
        """An identity for comparing actor and recipient: the entity id, else the head word."""
        if self.entity is not None and self.entity.id:
            return self.entity.id
        return f"~{self.head.i}"


def party_candidates(sent, analysis: Analysis,
                     mentions: Optional[Sequence[tuple[Entity, int, int]]] = None) -> list[PartyCandidate]:
    """The parties a sentence names, in text order.

    Args:
        sent: a spaCy sentence Span.
        analysis: the record with entities found.
        mentions: the actor-like entity mentions touching the sentence, when already listed
            (:func:`.roles.actor_mentions`); default: every mention of the analysis is tried.

    Returns:
        One candidate per actor-like entity mention inside the sentence, and one per
        common-noun party head ("police", "protesters") that no entity mention covers.
    """
    doc = sent.doc
    found: list[PartyCandidate] = []
    covered: set[int] = set()
    for entity, start, end in actor_mentions(analysis) if mentions is None else mentions:
        if start < sent.start_char or end > sent.end_char or entity.name.casefold() in NEWS_AGENCIES \
                or in_credit(analysis.article.text, start):
            continue
        words = mention_span(doc, (start, end))
        if words is None or entity.type == "PERSON" and modifies_party_noun(words[-1]):
            continue  # "*Riot* police", "*Mondlane* supporters": the noun's people are the party
        found.append(PartyCandidate(start, end, words.root, entity.type, entity))
        covered.update(range(words.start, words.end))
    nouns = positions(doc, "POS", _NOUN_POS_IDS)  # (the sentence's nouns alone become Tokens)
    for token in (doc[i] for i in nouns[bisect_left(nouns, sent.start):bisect_left(nouns, sent.end)]):
        if token.i in covered or token.dep_ == "compound" or in_credit(analysis.article.text, token.idx):
            continue  # (a dateline's capitals are no party: "NAIROBI, Kenya (AP) -")
        label = party_label(token)
        if label is None:
            continue
        start, end = party_span(token)
        found.append(PartyCandidate(start, end, token, label))
    found.sort(key=lambda c: (c.start, c.end))
    return found


def dependency_path(source, target) -> list[str]:
    """Steps from ``source`` up to the lowest common ancestor and down to ``target``.

    Up steps are ``<dep`` (the dependency of the word left behind), down steps ``>dep``, with
    a preposition's word ("prep_against"), so "X accused Y" gives ``[">dobj"]`` from the verb
    to Y and ``[">nsubj"]`` to X.
    """
    return _Ancestry(source).path_along([(t.i, f">{_dep(t)}") for t in [target, *target.ancestors]])


class _Ancestry:
    """A word and its ancestors, read once for the paths from it to each of a sentence's parties."""

    def __init__(self, source) -> None:
        up = [source, *source.ancestors]
        self.depth = {t.i: n for n, t in enumerate(up)}  # of each ancestor, from the source
        self.up_steps = [f"<{_dep(t)}" for t in up]

    def path_along(self, chain: list[tuple[int, str]]) -> list[str]:
        """The path to the first word of ``chain`` (a word and its ancestors, as
        ``PartyCandidate.chain``): up to the first ancestor the two share, then down."""
        for n, (i, _) in enumerate(chain):
            if i in self.depth:
                return self.up_steps[:self.depth[i]] + [step for _, step in reversed(chain[:n])]
        return ["far"]


def _dep(token) -> str:
    if token.dep_ in {"prep", "agent"}:
        return f"{token.dep_}_{token.lower_}"
    return token.dep_


def _root_path(root, candidate: PartyCandidate) -> str:
    """The path from the sentence's root to the party, as a feature value; it depends on the
    party and the root of the trigger's sentence, so it is computed once per (root, party), not
    once per (trigger, party) pair."""
    cached = candidate.root_paths.get(root.i)
    if cached is None:
        # (the party's own chain of ancestors, read once: the dependency_path from the root)
        path = _Ancestry(root).path_along(candidate.chain) if candidate.head.i != root.i else ["self"]
        cached = candidate.root_paths[root.i] = "|".join(path) if len(path) <= 3 else "long"
    return cached


def _is_locative(candidate: PartyCandidate) -> bool:
    """Whether the candidate is a place in a locative phrase ("in Kabul", "at the embassy")."""
    head = candidate.head
    return candidate.label in {"GPE", "LOC", "FAC"} and head.dep_ == "pobj" and head.head.lower_ in {"in", "at", "near"}


def _bucket(distance: int) -> str:
    for limit in (1, 2, 4, 8, 16):
        if distance <= limit:
            return str(limit)
    return "more"


class TriggerView:
    """What :func:`pair_features` reads of a trigger, read once for all of a sentence's parties."""

    def __init__(self, trigger, root=None) -> None:
        self.token = trigger
        self.i = trigger.i
        self.ancestry = _Ancestry(trigger)
        self.lemma = trigger.lemma_.lower()
        self.pos = trigger.pos_
        # Whether the trigger names its own subject: then a subject borrowed along a conjunction or
        # from a governing verb ("<conj>nsubj") is another event's.
        self.own = any(c.dep_ in _OWN_SUBJECT_DEPS for c in trigger.children)
        self.passive = any(t.dep_ == "auxpass" for t in trigger.children)
        # The sentence's root, when the caller knows it: Token.sent builds the sentence's Span anew.
        self.root = trigger.sent.root if root is None else root


def pair_features(trigger, candidate: PartyCandidate, rank: int, event_type: str,
                  parse_actor: Optional[tuple[int, int]], parse_recipient: Optional[tuple[int, int]],
                  view: Optional[TriggerView] = None) -> list[str]:
    """Sparse features of one (trigger, candidate party) pair.

    Args:
        trigger: the event's trigger Token.
        candidate: the party.
        rank: the candidate's place in the sentence (0: first).
        event_type: the event's PLOVER type.
        parse_actor: span the parse rules chose as actor, if any.
        parse_recipient: span the parse rules chose as recipient, if any.
        view: the trigger's :class:`TriggerView`, when already made (one per trigger, not per pair).

    Returns:
        Feature strings.
    """
    view = TriggerView(trigger) if view is None else view
    head_i, trigger_i = candidate.chain[0][0], view.i
    path = view.ancestry.path_along(candidate.chain) if head_i != trigger_i else ["self"]
    path_name = "|".join(path) if len(path) <= MAX_PATH else "long"
    side = "L" if head_i < trigger_i else "R"
    named = "named" if candidate.entity is not None else "common"
    ups = sum(step.startswith("<") for step in path)
    feats = [
        f"P={path_name}", f"P1={path[0]}", f"PL={path[-1]}", f"PL2={'|'.join(path[-2:])}",
        f"UP={min(ups, 3)}", f"DOWN={min(len(path) - ups, 4)}",
        f"DEP={candidate.head_dep}", f"SIDE={side}", f"DIST={side}{_bucket(abs(head_i - trigger_i))}",
        f"KIND={candidate.label}", f"NAMED={named}",
        f"TPOS={view.pos}|{path_name}", f"T={event_type}|{path[0]}", f"T={event_type}|{side}",
        f"KINDSIDE={candidate.label}|{side}", f"{SENTENCE_LEVEL}RANK={min(rank, 3)}",
    ]
    # The trigger's lemma and the event type, each with the path ("TL", "TP"), each raised PLV
    # both-overlap by ~1 point in 5-fold CV; the party's kind or head lemma with the path, or
    # whether the trigger dominates the party, did not help.
    lemma = view.lemma
    feats += [f"TL={lemma}|{path[0]}", f"TLP={lemma}|{path_name}"]
    own = view.own
    feats += [f"OWN={own}|{path[0]}", f"OWN={own}|{'|'.join(path[:2])}"]
    feats += [f"TP={event_type}|{path_name}", f"TPL={event_type}|{path[-1]}"]
    feats += candidate.head_features
    feats.append(f"{SENTENCE_LEVEL}RP={_root_path(view.root, candidate)}")
    if view.passive:
        feats.append(f"PASSIVE|{path_name}")
    span = candidate.span
    for name, chosen in (("PA", parse_actor), ("PR", parse_recipient)):
        if chosen is not None and min(chosen[1], span[1]) > max(chosen[0], span[0]):
            feats.append(name)
            feats.append(f"{name}|{named}")
    return feats


# Most features a pair's sum may hold for the sums to be added in Python floats (PartyModel._lists):
# pair_features makes at most about 30 (16 always, the rest by the path, the head word and the parse).
EXACT_TERMS = 40


@dataclass
class PartyModel:
    """Two linear scorers (actor, recipient) over shared sparse features.

    Attributes:
        features: feature name to index of ``actor`` and ``recipient``.
        actor: the actor scorer's weights.
        recipient: the recipient scorer's weights.
        about: how the model was trained (:mod:`dateline.nlp.model_files`).
    """

    features: dict[str, int]
    actor: np.ndarray  # (n_features,)
    recipient: np.ndarray  # (n_features,)
    about: dict = field(default_factory=dict)

    def scores(self, feature_lists: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Probabilities of each candidate (given by its features) being the actor, and the recipient."""
        index_lists = [known_columns(self.features, feats) for feats in feature_lists]
        if self._lists is not None and all(len(columns) <= EXACT_TERMS for columns in index_lists):
            # Added in Python floats: the sums are exact, so they are column_sums' to the last bit,
            # without its numpy calls per party (the stage scores the parties of every trigger).
            sums = np.array(listed_sums(self._lists, index_lists))
        else:
            sums = column_sums(self._both, index_lists)
        probs = softmax(sums)  # both rows at once: each row's figures are those of its own softmax
        return probs[0], probs[1]

    @cached_property
    def _lists(self) -> Optional[tuple[list[float], list[float]]]:
        """The actor and recipient weights as Python lists, where every sum of a pair's features is
        exact in float64 (:func:`~dateline.nlp.learning.sums_exact_in_any_order`); else None."""
        if not sums_exact_in_any_order(self._both, EXACT_TERMS):
            return None
        return self.actor.tolist(), self.recipient.tolist()

    @cached_property
    def _both(self) -> np.ndarray:
        """The actor and recipient weights as the rows of one (2, n_features) array."""
        return np.vstack([self.actor, self.recipient])

    def save(self, path: Path) -> None:
        """Write the model and its ``about`` record as an npz."""
        names = sorted(self.features, key=lambda name: self.features[name])
        write_npz(path, {"features": np.array(names), "actor": self.actor.astype(np.float32),
                         "recipient": self.recipient.astype(np.float32)}, self.about)

    @classmethod
    def load(cls, path: Path) -> "PartyModel":
        """Read a model file written by :meth:`save`.

        Raises:
            ResourceMissing: the file is missing, unreadable, or not a party model.
        """
        arrays, about = read_npz(path, ("features", "actor", "recipient"), RETRAIN)
        names = [str(n) for n in arrays["features"]]
        if arrays["actor"].shape != (len(names),) or arrays["recipient"].shape != (len(names),):
            raise model_file_error(path, f"is damaged: {len(names)} features but weights of shape "
                                   f"{arrays['actor'].shape} and {arrays['recipient'].shape}", RETRAIN)
        return cls({n: i for i, n in enumerate(names)}, arrays["actor"].astype(np.float64),
                   arrays["recipient"].astype(np.float64), about)


def train_party_model(groups: Sequence[tuple[Sequence[Sequence[str]], Sequence[bool], Sequence[bool]]],
                      l2: float = 1e-3, epochs: int = 150, learning_rate: float = 0.1,
                      group_weights: Optional[Sequence[float]] = None) -> PartyModel:
    """Fit both scorers (:func:`.party_fit.fit_party_weights`, which says what each argument is); the
    model's ``about`` is left for the trainer to fill."""
    return PartyModel(*fit_party_weights(groups, l2, epochs, learning_rate, group_weights))


@lru_cache(maxsize=1)
def load_party_model() -> PartyModel:
    """The party model, loaded once per process: ``$DATELINE_MODEL_DIR/parties.npz`` or the shipped one.

    Warns when it was trained with another spaCy pipeline than the one in use.

    Raises:
        ResourceMissing: the model file is missing or damaged.
    """
    path = model_path("events", MODEL_FILE)
    model = PartyModel.load(path)
    check_pipeline(model.about, path, RETRAIN)
    log.info("loaded event party model: %d features", len(model.features))
    return model


@dataclass
class PartyChoice:
    """The model's actor and recipient for one trigger (None: keep what the parse found)."""

    actor: Optional[PartyCandidate] = None
    actor_probability: float = 0.0
    recipient: Optional[PartyCandidate] = None
    recipient_probability: float = 0.0
    # Every candidate's probability of being the actor / recipient, in the order given.
    actor_probabilities: Optional[np.ndarray] = None
    recipient_probabilities: Optional[np.ndarray] = None

    def probability_of(self, role: str, candidates: Sequence[PartyCandidate], span: Optional[tuple[int, int]]) -> float:
        """The model's probability that the party at ``span`` fills ``role`` ("actor" or
        "recipient"): the most probable candidate overlapping it; 0 without a span or scores."""
        probs = self.actor_probabilities if role == "actor" else self.recipient_probabilities
        if span is None or probs is None:
            return 0.0
        return max((float(p) for c, p in zip(candidates, probs) if min(c.end, span[1]) > max(c.start, span[0])),
                   default=0.0)


def choose_parties(trigger, event_type: str, candidates: Sequence[PartyCandidate], model: PartyModel,
                   parse_actor: Optional[tuple[int, int]], parse_recipient: Optional[tuple[int, int]],
                   fill: Optional[float] = None, root=None) -> PartyChoice:
    """The likeliest (actor, recipient) pair of distinct parties for a trigger.

    Args:
        trigger: the event's trigger Token.
        event_type: its PLOVER type.
        candidates: the sentence's parties (:func:`party_candidates`).
        model: the party model.
        parse_actor: span of the actor the parse rules found, or None.
        parse_recipient: span of the recipient the parse rules found, or None.
        fill: lowest probability for naming a party where the parse found none (default ``FILL``).
        root: the root of the trigger's sentence, when the caller knows it.

    Returns:
        A :class:`PartyChoice`; a role is None where there are no candidates, or where the parse
        found none and the model's best is below ``fill``.
    """
    if not candidates:
        return PartyChoice()
    fill = FILL if fill is None else fill
    if len(candidates) == 1:
        # Each role's softmax over one party gives it 1 whatever its features (exp(0) / exp(0)), so
        # a quarter of the triggers, in sentences naming one party, need no features or scores.
        actor_p, recipient_p = np.ones(1), np.ones(1)
    else:
        view = TriggerView(trigger, root)
        features = [pair_features(trigger, c, rank, event_type, parse_actor, parse_recipient, view)
                    for rank, c in enumerate(candidates)]
        actor_p, recipient_p = model.scores(features)
    acted = [acted_on(trigger, c.head) for c in candidates]
    if any(acted):
        actor_p = np.where(acted, 0.0, actor_p)
    a = r = int(actor_p.argmax())  # one party, or no pair of two with any probability: the likeliest actor
    if len(candidates) > 1:  # (pairs only where there are two parties or more)
        a, r = _likeliest_pair([c.key() for c in candidates], actor_p.tolist(), recipient_p.tolist(), (a, r))
    choice = PartyChoice(actor_probabilities=actor_p, recipient_probabilities=recipient_p)
    if _accept(a, actor_p, candidates, parse_actor, fill, ACTOR_OVERRIDE):
        choice.actor, choice.actor_probability = candidates[a], float(actor_p[a])
    recipient_ok = _accept(r, recipient_p, candidates, parse_recipient, fill, RECIPIENT_OVERRIDE)
    if (len(candidates) > 1 or choice.actor is None) and recipient_ok:
        choice.recipient, choice.recipient_probability = candidates[r], float(recipient_p[r])
    if log.isEnabledFor(logging.DEBUG):  # (the arguments build tokens' text: only when it is logged)
        log.debug("parties of %r: actor %s %.2f, recipient %s %.2f", trigger.text, choice.actor and choice.actor.head.text,
                  choice.actor_probability, choice.recipient and choice.recipient.head.text, choice.recipient_probability)
    return choice


def _likeliest_pair(keys: list[str], actor_p: list[float], recipient_p: list[float],
                    default: tuple[int, int]) -> tuple[int, int]:
    """The pair of two parties with different keys whose product of probabilities is highest, the first in
    row order (the pair matrix's argmax, in Python floats: a sentence names a few); else ``default``."""
    products = [(a_p * r_p, (a, r)) for a, (a_key, a_p) in enumerate(zip(keys, actor_p))
                for r, (r_key, r_p) in enumerate(zip(keys, recipient_p)) if a_key != r_key]
    best = max(products, key=lambda product: product[0], default=(0.0, default))  # (max keeps the first)
    return best[1] if best[0] > 0 else default


def _accept(best: int, probs: np.ndarray, candidates: Sequence[PartyCandidate], parsed: Optional[tuple[int, int]],
            fill: float, override: float) -> bool:
    """Whether the model's pick stands: over a role the parse left empty, when it is likely
    enough; over the parse's own pick, when it beats that pick by ``override``."""
    if parsed is None:
        return probs[best] >= fill
    parse_probs = [p for c, p in zip(candidates, probs) if min(c.end, parsed[1]) > max(c.start, parsed[0])]
    if not parse_probs:
        return True
    return probs[best] - max(parse_probs) >= override


def candidate_entity(doc, analysis: Analysis, candidate: PartyCandidate) -> tuple[Optional[Entity], tuple[int, int]]:
    """The entity a chosen candidate stands for: its entity, or a new party entity for its phrase."""
    if candidate.entity is not None:
        return candidate.entity, candidate.span
    entity, span = party_entity(doc, analysis, candidate.head)
    return entity, span or candidate.span
