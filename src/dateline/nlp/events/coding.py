"""Events in PLOVER terms: what each sentence reports being done, by whom, to whom, where, when.

For each sentence:
  1. candidates: main verbs and lexicon nouns/adjectives (``event_types.candidates``)
  2. type: the event-type model scores each candidate over PLOVER's types and NONE
  3. roles: actor and recipient from the parse (``event_roles``), mapped to entities; a
     verbal act inside a statement belongs to the statement's speaker; a party named by a
     common noun ("police", "two protesters") becomes an entity of its own (``event_parties``)
  4. place: the setting the trigger's clause names (``location``); date: a date expression there,
     resolved against the publication date (``event_dates``)

A sentence may hold several events; a candidate becomes an event only when the model
names a type with enough confidence and the event has an actor or a recipient.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

import numpy as np

from ...model import Analysis, Entity, Statement
from . import types as event_types
from .agency import is_locative, not_political
from .distinct import distinct_acts, party_key
from .doc_facts import children, depth
from .labour import recoded_protest
from .location import event_place
from .lookups import SentenceLookups
from .parsed_parties import (
    VERBAL_TYPES,
    agentless_passive,
    demander,
    done_by_a_thing,
    obliged,
    own_participants,
    own_subject,
    parse_parties,
    party_of,
    self_obliged,
    unnamed_speaker,
)
from .parties import party_label
from .party_model import candidate_entity, choose_parties, load_party_model
from .recoding import codebook_type
from .roles import Roles, joint_sides
from .senses import no_event_sense
from .types import (
    blend_types,
    candidates,
    event_mode,
    is_candidate,
    lexicon_entries,
    load_model,
    phrasal_types,
    sentence_distribution,
    trigger_features,
    type_distributions,
)
from .verbal import is_verbal_attack

if TYPE_CHECKING:
    from spacy.tokens import Token

log = logging.getLogger(__name__)

# Lowest model probability for a verb outside the trigger lexicon to become an event. Set on
# the reference article: below it the best type is mostly a guess on a verb that opens no event.
MIN_CONFIDENCE = 0.8
# PLV_train folds RETREAT into YIELD; a YIELD whose trigger the lexicon lists as a material
# retreat (withdraw, release, resign) is reported as RETREAT, as in the PLOVER manual.
RETREAT_FROM = "YIELD"
RETRAIN_TYPE = {"RETREAT": RETREAT_FROM}  # the model's label for a refined type
DEFAULT = object()  # "use the shipped model" where None means "no model"


@dataclass
class EventCandidate:
    """One scored event with its tokens and the spans that named its actor and recipient."""

    type: str
    mode: Optional[str]
    confidence: float
    trigger: Token
    actor: Optional[Entity] = None
    actor_span: Optional[tuple[int, int]] = None
    recipient: Optional[Entity] = None
    recipient_span: Optional[tuple[int, int]] = None
    place: Optional[str] = None
    roles: Optional[Roles] = None
    # The party model's probability for its chosen actor and recipient (0: it chose none).
    actor_probability: float = 0.0
    recipient_probability: float = 0.0
    listed: bool = False  # the trigger lexicon lists the word for this type


def score_candidates(sent, model=None) -> tuple[list, np.ndarray, list[str]]:
    """Score a sentence's candidate triggers.

    Args:
        sent: a spaCy sentence Span.
        model: an :class:`~dateline.nlp.events.types.EventTypeModel` (default: the shipped one).

    Returns:
        ``(tokens, beliefs, labels)``: candidate tokens, an (n, labels) matrix of type beliefs
        (NONE at 0, each row summing to the candidate's probability of opening an event,
        see :func:`~dateline.nlp.events.types.type_distribution`), and the label names.
    """
    model = model or load_model()
    tokens = candidates(sent)
    if not tokens:
        return [], np.zeros((0, len(model.labels))), model.labels
    probs = model.scores([trigger_features(t) for t in tokens])
    return tokens, type_distributions(tokens, probs, model.labels), model.labels


def sentence_type(sent, model=None) -> Optional[str]:
    """The sentence's main event type: the type with the most probability over its candidates.

    Summing over candidates lets several weak cues agree ("held … a protest demonstration")
    where one word alone is unsure.
    """
    return main_event(sent, model)[0]


def main_event(sent, model=None) -> tuple[Optional[str], Optional[object]]:
    """The sentence's main event type (see :func:`sentence_type`) and the candidate word that
    believes in that type most, its trigger; ``(None, None)`` without candidates."""
    model = model or load_model()
    tokens, beliefs, labels = score_candidates(sent, model)
    if not tokens:
        return None, None
    # The sentence model (a bag of the sentence's lemmas) corrects a trigger model that sees
    # one word at a time ("went on *strike* for better *pay*").
    scores = blend_types(beliefs.sum(axis=0), sentence_distribution(sent, model, labels), labels)
    best = int(scores.argmax())
    trigger = tokens[int(beliefs[:, best].argmax())]
    return _refine_type(labels[best], trigger)[0], trigger


def _refine_type(event_type: str, trigger) -> tuple[str, Optional[str]]:
    """Final type and the lexicon's mode for it (YIELD → RETREAT for material retreats)."""
    entries = lexicon_entries(trigger)
    if event_type == RETREAT_FROM:
        for lex_type, mode in entries:
            if lex_type == "RETREAT":
                return "RETREAT", mode
    for lex_type, mode in entries:
        if lex_type == event_type:
            return event_type, mode
    return event_type, None


def _statement_holding(statements: list[Statement], start: int) -> Optional[Statement]:
    for statement in statements:
        c_start, c_end = statement.content_span
        if c_start <= start < c_end:
            return statement
    return None


def other_sense(token, event_type: str) -> bool:
    """Whether a phrasal key gives the word a sense other than ``event_type``: "called *for* calm"
    is a request whatever type the rest of the sentence suggests, so it is not forced into one."""
    senses = {RETREAT_FROM if t == "RETREAT" else t for t in phrasal_types(token)}
    return bool(senses) and event_type not in senses


def _blend_with_sentence(beliefs: np.ndarray, sentence_probs: Optional[np.ndarray]) -> np.ndarray:
    """Each candidate's beliefs blended with the sentence model, keeping its total (its probability
    of opening an event); rows that believe in nothing stay as they are.

    The sentence model settles words with several senses ("went on *strike*"): a geometric blend.
    One matrix operation per sentence, not one per candidate (each row's sums are the same).
    """
    if sentence_probs is None or not len(beliefs):
        return beliefs
    return blend_rows(beliefs, sentence_factors(sentence_probs))


def sentence_factors(sentence_probs: np.ndarray) -> np.ndarray:
    """What :func:`_blend_with_sentence` multiplies each label's belief by."""
    return np.power(sentence_probs + 1e-9, event_types.SENTENCE_WEIGHT)


def blend_rows(beliefs: np.ndarray, factors: np.ndarray) -> np.ndarray:
    """:func:`_blend_with_sentence` given the factors of each row (one row of them, or one per row:
    :mod:`.scoring` blends a document's rows at once, each with its sentence's factors)."""
    # (np.add.reduce: the sums .sum() computes, without its Python wrapper)
    totals = np.add.reduce(beliefs, axis=1)
    blended = beliefs * factors
    blended_totals = np.add.reduce(blended, axis=1)
    changed = (totals > 0) & (blended_totals > 0)
    if changed.all():  # the usual case: every row believes in something
        return blended * (totals / blended_totals)[:, None]
    scale = totals / np.where(changed, blended_totals, 1.0)
    return np.where(changed[:, None], blended * scale[:, None], beliefs)


def _blended_rows(lookups: SentenceLookups, beliefs: np.ndarray, sentence_probs: Optional[np.ndarray]
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidates' beliefs blended with the sentence model (:func:`_blend_with_sentence`), each
    row's total and its best column: made in the sentence's first pass and kept in its look-ups,
    so the second pass (the forced main word) takes its row instead of blending it again (each
    row's figures are the same whichever rows are blended with it)."""
    kept = lookups.blended
    if kept is None or kept[0] is not beliefs or kept[1] is not sentence_probs:
        rows = _blend_with_sentence(beliefs, sentence_probs)
        kept = lookups.blended = (beliefs, sentence_probs, (rows, np.add.reduce(rows, axis=1), rows.argmax(axis=1)))
    return kept[2]


@lru_cache(maxsize=None)
def _allowed(labels: tuple[str, ...], listed: frozenset[str]) -> np.ndarray:
    """Which of ``labels`` a lexicon word lists (one mask per set of types, made once)."""
    return np.array([label in listed for label in labels])


def sentence_events(sent, analysis: Analysis, model=None, min_confidence: float = MIN_CONFIDENCE,
                    party_model=DEFAULT, scored=None, force=None, sentence_probs=DEFAULT,
                    lookups: Optional[SentenceLookups] = None) -> list[EventCandidate]:
    """The events of one sentence, best first, each with its actor and recipient entities.

    Args:
        sent: a spaCy sentence Span of the analysed Doc.
        analysis: the record so far (entities, statements and places are read).
        model: the event-type model (default: the shipped one).
        min_confidence: lowest type probability that makes an event.
        party_model: the actor/recipient chooser (default: the shipped one; None: the parse
            rules alone).
        scored: :func:`score_candidates` of the sentence, when already computed.
        force: ``(trigger token, type)``: only that word, opening an event of that type whatever
            its own confidence (the sentence's main event, :func:`.stage.find_events`).
        sentence_probs: the sentence model's distribution, when already computed.
        lookups: the sentence's :class:`~.lookups.SentenceLookups`, when already made (both
            passes of :func:`.stage.find_events` over a sentence share them).

    Returns:
        Event candidates that pass the threshold, one per (type, actor, recipient), best first.
    """
    model = model or load_model()
    if party_model is DEFAULT:
        party_model = load_party_model()
    parties = None
    lookups = SentenceLookups(sent, analysis) if lookups is None else lookups
    tokens, beliefs, labels = scored if scored is not None else score_candidates(sent, model)
    forced_i, forced_type = (force[0].i, RETRAIN_TYPE.get(force[1], force[1])) if force else (-1, None)
    if sentence_probs is DEFAULT:
        sentence_probs = sentence_distribution(sent, model, labels) if tokens else None
    found: list[EventCandidate] = []
    rows, row_totals, row_bests = _blended_rows(lookups, beliefs, sentence_probs)
    if force:
        # Only the forced word is wanted: the others were scored in the first pass.
        n = next((n for n, token in enumerate(tokens) if token.i == forced_i), len(tokens))
        tokens, rows, row_totals, row_bests = tokens[n:n + 1], rows[n:n + 1], row_totals[n:n + 1], row_bests[n:n + 1]
    label_set = set(labels)
    for token, row, row_total, row_best in zip(tokens, rows, row_totals, row_bests):
        listed = {RETREAT_FROM if t == "RETREAT" else t for t, _ in lexicon_entries(token)} & label_set
        if listed:
            # A lexicon word opens an event of one of its listed types, the one the model
            # believes most; the confidence blends that choice with the model's belief
            # that the word opens an event at all (nouns like "meeting" are rare in training).
            allowed = _allowed(tuple(labels), frozenset(listed))
            restricted = np.where(allowed, row, 0.0)
            restricted_total = np.add.reduce(restricted)
            best = int(restricted.argmax()) if restricted_total > 0 else labels.index(sorted(listed)[0])
            share = float(restricted[best] / restricted_total) if restricted_total > 0 else 1.0
            confidence = 0.5 * share + 0.5 * float(row_total)
        else:
            best = int(row_best)
            confidence = float(row[best])
            if confidence < min_confidence and token.i != forced_i:
                continue
        if token.i == forced_i:
            # The sentence's main type, found by the whole sentence, opens an event at its best
            # word even where that word alone is unsure (the calibration weighs how sure).
            assert forced_type is not None  # set together with forced_i
            best = labels.index(forced_type)
            confidence = max(float(row[best]), 1e-3)
        if (_not_reported_as_done(token) and token.i != forced_i) or (token.pos_ == "NOUN" and party_label(token) is not None):
            # A noun that names people ("arrested two *protesters*") is a party, not an act.
            continue
        if _rejected_object(token) or not_political(token, labels[best]) or no_event_sense(token) or (
                labels[best] == "REQUEST" and self_obliged(token)):
            # "rejected the *accusation*"; "an outbreak *has killed* 61": no act of a political actor;
            # "*we* must act": a resolve, no request.
            continue
        event_type, lexicon_mode = _refine_type(labels[best], token)
        recoded = codebook_type(event_type, token)  # "took the town", "dismissed the strikes as terrorism" (.recoding)
        if recoded is not None:
            event_type, lexicon_mode = recoded
        recoded = recoded_protest(event_type, token)  # "nurses strike over pay", "protesters burned the flag"
        if recoded is not None:
            event_type, lexicon_mode = recoded
        if event_type == "ASSAULT" and is_verbal_attack(token):  # PLOVER: an attack with words is ACCUSE
            event_type, lexicon_mode = "ACCUSE", "disapprove"
        demanded_by = demander(token)  # "its demand that Peru *withdraw*": the act is asked for, not done
        if demanded_by is not None:
            event_type, lexicon_mode = "REQUEST", None
        roles, (actor, actor_span), (recipient, recipient_span) = parse_parties(token, event_type, analysis, lookups.actors)
        if demanded_by is not None:  # asked of the clause's subject, by the demander
            recipient, recipient_span = actor, actor_span
            actor, actor_span = party_of(analysis, demanded_by, lookups.actors)
        party_probs = (0.0, 0.0)
        # A pronoun resolved to a statement's speaker is no candidate of the party model, and a subject the
        # trigger governs itself ("the EU *imposed*"), a demander or a joint act's first side ("*Serbia* and
        # Kosovo leaders met") is the parse at its surest: keep them.
        keep_actor = actor is not None and (actor_span is None or own_subject(token, roles.actor) or own_participants(
            token, event_type, roles.actor) or demanded_by is not None or joint_sides(roles))
        statement = _statement_holding(analysis.statements, token.idx)
        asked = event_type == "REQUEST" and obliged(token) and demanded_by is None
        if statement is not None and statement.speaker and event_type in VERBAL_TYPES \
                and (token.pos_ in {"NOUN", "ADJ"} or asked):
            # "… are a real threat", "… called baseless": the speaker passes the judgement; "X said
            # Y *must* withdraw": X asks it of Y, whom the parse found as the doer of the act asked for.
            speaker = analysis.entity(statement.speaker)
            if speaker is not None and asked:
                recipient, recipient_span = actor, actor_span
            if speaker is not None:  # the span is the speaker's mention, so pages mark who judged
                s_start, s_end = statement.speaker_span or (token.idx, token.idx)
                actor = speaker
                actor_span = next((m for m in speaker.mentions if s_start <= m[0] and m[1] <= s_end),
                                  statement.speaker_span)
            keep_actor = True
        elif asked and statement is not None and event_type in VERBAL_TYPES:
            # "the foreign minister said Uganda *must* negotiate": a speaker the text names by a common noun
            speaker, speaker_span = unnamed_speaker(sent.doc, analysis, statement)
            if speaker is not None:
                (actor, actor_span), (recipient, recipient_span) = (speaker, speaker_span), (actor, actor_span)
                keep_actor = True
        # Whether a word opens an event rests on the parse: a verb needs a subject it governs.
        if not listed and actor is None and token.i != forced_i:
            continue
        if actor is None and recipient is None and token.i != forced_i:
            continue
        if party_model is not None:
            if parties is None:
                parties = lookups.parties
            choice = choose_parties(token, event_type, parties, party_model, actor_span, recipient_span,
                                    root=lookups.root)
            if choice.actor is not None and not keep_actor and not (actor is None and agentless_passive(token)) \
                    and not is_locative(sent.doc, choice.actor.span) \
                    and not (event_type == "ASSAULT" and done_by_a_thing(token)):
                actor, actor_span = candidate_entity(sent.doc, analysis, choice.actor)
            # (a recipient asked, or the partner in a joint act, "Trump and *Putin* agreed", is the parse at its surest)
            if choice.recipient is not None and not ((asked or demanded_by is not None or joint_sides(roles))
                                                     and recipient is not None):
                chosen, chosen_span = candidate_entity(sent.doc, analysis, choice.recipient)
                # The model's recipient never replaces the parse's with the actor itself ("*Kenya's*
                # government faces criticism from rights groups": the retrained model once picked Kenya
                # for both roles, which left the act with no one on the other side).
                if recipient is None or actor is None or chosen is None or party_key(chosen) != party_key(actor):
                    recipient, recipient_span = chosen, chosen_span
        if recipient is not None and actor is not None and party_key(recipient) == party_key(actor):
            recipient, recipient_span = None, None
        if actor is None and recipient is None and token.i != forced_i:
            continue
        if party_model is not None and parties is not None:
            party_probs = (choice.probability_of("actor", parties, actor_span),
                           choice.probability_of("recipient", parties, recipient_span))
        found.append(EventCandidate(event_type, event_mode(event_type, token, lexicon_mode), confidence, token,
                                    actor, actor_span, recipient, recipient_span,
                                    event_place(lookups, token, event_type, actor_span, recipient_span),
                                    roles, *party_probs, listed=bool(listed)))
    return distinct_acts(found)


# How the sentence's top event is picked among its events (:func:`top_event`): the type
# confidence times the party model's confidence in the chosen pair (squared), discounted per
# step the trigger sits below the sentence's root, so the main clause's event is preferred. A
# role left empty counts as probability NO_PARTY. Set by 5-fold CV on PLV_train (both-overlap
# 0.678 -> 0.701; the plateau is flat for powers 2-4 and discounts 0.7-0.9).
PAIR_POWER = 2.0
DEPTH_DISCOUNT = 0.8
NO_PARTY = 0.1


def event_salience(candidate: EventCandidate) -> float:
    """How likely the event is the one its sentence is about (see :func:`top_event`)."""
    actor = candidate.actor_probability if candidate.actor is not None else NO_PARTY
    recipient = candidate.recipient_probability if candidate.recipient is not None else NO_PARTY
    return candidate.confidence * (actor * recipient + 1e-6) ** PAIR_POWER * DEPTH_DISCOUNT ** depth(candidate.trigger)


def _under_same_type(candidate: EventCandidate, others: list[EventCandidate]) -> bool:
    """Whether the trigger only says what a same-type act it completes was for ("met Kishida *to
    discuss* trade"); a relative clause is an act of its own ("arrested protesters who *attacked*")."""
    trigger = candidate.trigger
    return trigger.dep_ in {"xcomp", "advcl"} and any(
        o.type == candidate.type and o.trigger.i == trigger.head.i for o in others)


def top_event(found: list[EventCandidate], event_type: Optional[str] = None) -> Optional[EventCandidate]:
    """The event a sentence is mainly about: among its events of ``event_type`` (all of them when
    none has it), the most salient (:func:`event_salience`); None without events.

    Without the party model the party probabilities are 0 and the type confidence and depth decide."""
    matching = [c for c in found if c.type == event_type] or found
    if not matching:
        return None
    # "met Kishida *to discuss* trade": a same-type word under another is part of that act, so
    # the governing one is the event the sentence reports.
    governing = [c for c in matching if not _under_same_type(c, matching)]
    matching = governing or matching
    if all(c.actor_probability == 0.0 and c.recipient_probability == 0.0 for c in matching):
        return max(matching, key=lambda c: c.confidence)
    return max(matching, key=event_salience)


_HYPOTHETICAL_AUX = {"should", "must", "might", "could", "would", "ought"}


def _not_reported_as_done(trigger) -> bool:
    """Whether PLOVER would leave this out: negated, hypothetical, or a verb whose complement
    is the real event word ("called *baseless*" is a rejection, not a phone call)."""
    governor = trigger.head if trigger.pos_ in {"NOUN", "ADJ", "PROPN"} else trigger
    for node in {trigger.i: trigger, governor.i: governor}.values():
        for child in children(node):
            if child.dep_ == "neg":
                return True
            if child.dep_ == "aux" and child.lower_ in _HYPOTHETICAL_AUX:
                return True
            if child.dep_ in {"nsubj", "nsubjpass"} and any(d.lower_ == "no" for d in child.children if d.dep_ == "det"):
                return True
    if trigger.pos_ == "VERB":
        for child in children(trigger):
            if child.dep_ in {"oprd", "acomp"} and is_candidate(child):
                return True
    return False


def _rejected_object(token) -> bool:
    """Whether a word is what a rejection rejects ("rejected the *accusation*"): the verb is the act."""
    own_types = {t for t, _ in lexicon_entries(token)}
    if "REJECT" in own_types:
        return False
    # "the *concerns* that the Emirate has called baseless": a relative clause rejects its noun.
    for clause in (c for c in token.children if c.dep_ == "relcl"):
        if any("REJECT" in {t for t, _ in lexicon_entries(word)} for word in clause.subtree):
            return True
    # (What a request asks for is not likewise skipped: PLV codes "called for *sanctions* against X"
    # by the thing asked for, ACCUSE or THREATEN, and the sentence model agrees.)
    if token.dep_ in {"dobj", "nsubjpass"} and token.head.i != token.i:
        return "REJECT" in {t for t, _ in lexicon_entries(token.head)}
    return False


__all__ = [ "sentence_events", "top_event", "event_salience", "sentence_type", "main_event", "parse_parties",
           "score_candidates", "EventCandidate", "VERBAL_TYPES", "event_types"]
