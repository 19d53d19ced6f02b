"""The events stage: every sentence's events, its main event, calibrated confidence, status, casualties.

``find_events`` runs per sentence:
  1. the events of the sentence (:func:`.coding.sentence_events`)
  2. its main event: the type the whole sentence reports (:func:`.coding.main_event`'s blend of
     the trigger and sentence models) with the most salient parties (:func:`.coding.top_event`);
     where no event of that type passed the thresholds, its best word opens one
  3. status (:mod:`.status`), casualties for ASSAULT, and calibrated confidence (:mod:`.calibration`)
"""
from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator, Optional, cast

if TYPE_CHECKING:
    from spacy.tokens import Token

from ...model import Analysis, Event
from ..credits import NEWS_AGENCIES, in_credit
from .agency import doers, is_locative, names_a_non_agent, visits_no_one
from .calibration import evidence, load_calibrator
from .coding import (
    DEFAULT,
    RETRAIN_TYPE,
    VERBAL_TYPES,
    EventCandidate,
    sentence_events,
    top_event,
)
from .dates import date_entities, event_date
from .doc_facts import reading
from .groups import group_member, person_described
from .lookups import SentenceLookups
from .meetings import is_capital, meets_no_one, seat_of_government
from .parsed_parties import demander
from .parties import THINGS, is_force, party_entity, register
from .party_model import load_party_model
from .recipients import (
    acted_on,
    bearing_source,
    borne_by,
    ground_left,
    in_another_clause,
    in_own_object,
    in_subject_phrase,
    in_time_phrase,
    inside,
    judged_act,
    mention_tokens,
    overlap,
    received_from,
    setting_elsewhere,
    subject_of_with_clause,
)
from .roles import RELATIVE_PRONOUNS
from .scoring import View, blended_rows, score_sentences, sentence_distributions, sentence_views
from .settings import DONE_TO_PLACES, named_place, office_of_town, people_beside_setting, people_of, setting_mention
from .status import ANNOUNCED, ASSERTED, FUTURE, NEGATED, announced, casualties, event_status, only_possible, requested
from .types import load_model

log = logging.getLogger(__name__)


# The models find_events uses instead of the shipped ones (:func:`models_in_use`).
_IN_USE: dict = {}


@contextmanager
def models_in_use(type_model=None, party_model=DEFAULT, calibrator=DEFAULT) -> Iterator[None]:
    """Run the events stage with other models than the shipped ones (cross-validation).

    ``dateline eval events`` analyses each held-out fold with models trained on the other folds
    through the very pipeline ``dateline analyze`` runs; only the models differ.
    """
    saved = dict(_IN_USE)
    _IN_USE.update({"type": type_model, "party": party_model, "calibrator": calibrator})
    try:
        yield
    finally:
        _IN_USE.clear()
        _IN_USE.update(saved)


def _main_and_others(sent, analysis: Analysis, model, party_model, scored, sentence_probs,
                     blended, view: View) -> tuple[list[EventCandidate], Optional[EventCandidate], float, float]:
    """A sentence's events, the one it reports (its main event), the share of the sentence's
    belief in the main type, and the sentence's probability of reporting no event (``scored``,
    ``sentence_probs``, ``blended`` and ``view``: the sentence's scores, :mod:`.scoring`)."""
    main_type, trigger, share, none = view
    lookups = SentenceLookups(sent, analysis)
    if blended is not None:  # (what sentence_events would blend from these very arrays)
        lookups.blended = (scored[1], sentence_probs, blended)
    found = sentence_events(sent, analysis, model, party_model=party_model, scored=scored, sentence_probs=sentence_probs,
                            lookups=lookups)
    if main_type is None:
        return found, top_event(found), share, none
    # An act only asked for is not what the sentence reports when the sentence has another event: the
    # asking ("called for the president to *resign*": PLOVER codes the REQUEST), or what the askers did
    # ("staged a protest demanding that the authorities *release* him": the protest).
    asked = cast("Token", trigger) if trigger is not None else None
    if asked is not None and requested(asked) and any(c.trigger.i != asked.i and not requested(c.trigger) for c in found):
        trigger = None
        found_main = [c for c in found if not requested(c.trigger)]
    else:
        found_main = found
    main = top_event([c for c in found_main if RETRAIN_TYPE.get(c.type, c.type) == main_type] or [], main_type)
    if main is None and trigger is not None:  # a main type comes with the word that carries it
        forced = sentence_events(sent, analysis, model, party_model=party_model, scored=scored,
                                 force=(trigger, main_type), sentence_probs=sentence_probs, lookups=lookups)
        word = cast("Token", trigger)  # the spaCy token of the sentence's main type
        main = next((c for c in forced if c.trigger.i == word.i), None)
        if main is not None:
            found = [c for c in found if not (c.trigger.i == main.trigger.i)] + [main]
    if main is None and found:
        # The main type's word opened no event (a party noun, a rejected accusation): the most
        # salient of the sentence's events is the one it reports.
        main = top_event(found_main or found)
    return found, main, share, none


# Verbal acts whose words carry a negation or a modal: a refusal, a demand, a threat is itself the event.
SAID_WITH_MODALS = {"REJECT", "REQUEST", "THREATEN"}


# Where things are said, not who acts: "said on *Telegram*".
PLATFORMS = {"telegram", "twitter", "x", "facebook", "whatsapp", "youtube", "instagram", "tiktok", "weibo", "wechat",
             "truth social", "vk", "signal"}
# Places that are ground, never a government: a province or district, a mountain, a building.
_GROUND_FEATURES = {"admin1", "admin2", "region", "other"}


def _names_a_thing(doc, span) -> bool:
    """Whether a name only modifies a weapon or product noun: the *Patriot* systems, a *Toyota* truck
    (unlike *EU* sanctions, a *Supreme Court* decision or *Hamas* fighters)."""
    mention = mention_tokens(doc, span)
    if mention is None:
        return False
    root = mention.root
    head = root.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "*IRIS*-T systems": the name's compound chain ends on the thing
    if is_force(root):
        return False  # "*police* buses", "*Army* helicopters": the operator (parties.operator)
    return root.dep_ == "compound" and head.i >= mention.end and head.lemma_.lower() in THINGS


def _is_agent(doc, analysis: Analysis, entity, span, ground: bool = False) -> bool:
    """Whether a party may act (issue 15): not a wire service's credit, not the dateline's place
    names, not a platform, not ground (a LOC or FAC entity, a province) unless ``ground`` allows
    it as the target of a material act; a country or a city (a capital standing for its government) may."""
    name = entity.name.casefold()
    if name in NEWS_AGENCIES or name in PLATFORMS or names_a_non_agent(name):
        return False
    if entity.type in {"LOC", "FAC"} and not ground:
        return False
    if span is not None and in_credit(analysis.article.text, span[0]):
        return False
    if span is not None and _names_a_thing(doc, span):
        return False
    if entity.type == "GPE" and span is not None and not seat_of_government(analysis.article.text, span):
        place = analysis.place_at(*span)
        if place is not None and place.feature in _GROUND_FEATURES and not ground:
            return False
    return True


def _is_setting(doc, analysis: Analysis, entity, span) -> bool:
    """Whether an actor's mention is where the act happened, not who did it: a verb's "in X"
    ("a meeting held *in Kazakhstan*"), or a town that is not a capital. A capital may stand for
    its government ("Moscow said"); another town acts through its authorities, whom the text names
    ("the Brooklyn District Attorney"). (Recipients are not tested: PLOVER's targets include the
    setting, "talks in Vienna", "shelling in Aleppo".)"""
    if span is None:
        return False
    if is_locative(doc, span):
        return True
    place = analysis.place_at(*span) if entity.type == "GPE" else None
    if place is None or place.feature != "city" or is_capital(place) or seat_of_government(analysis.article.text, span):
        return False
    # "a *Delhi* court", "*Istanbul*'s governor": the town names whose authority acted; PLV marks
    # the phrase, and the town is the nearest entity to it.
    mention = mention_tokens(doc, span)
    return mention is not None and mention.root.dep_ not in {"compound", "poss", "amod", "nmod"}


def _cannot_act(doc, analysis: Analysis, trigger, entity, span) -> bool:
    """Whether a party found as the actor cannot be one: no agent, a place named as such ("the town
    of X"), or a setting (unless it is what the trigger's relative clause stands for)."""
    return entity is not None and (not _is_agent(doc, analysis, entity, span) or named_place(doc, span)
                                   or (_is_setting(doc, analysis, entity, span) and not _relative_antecedent(doc, trigger, span)))


def _relative_antecedent(doc, trigger, span) -> bool:
    """Whether a mention is the noun the trigger's relative clause stands for ("fired at a group of
    strikers *who blocked* the road"): where that noun sits in the main clause ("at ...") says
    nothing of who did the relative clause's act."""
    if span is None or trigger.dep_ != "relcl":
        return False
    mention = mention_tokens(doc, span)
    return mention is not None and mention.root.i == trigger.head.i


def _speaker_outside(analysis: Analysis, trigger, actor_span) -> bool:
    """Whether the trigger lies in a statement's content and the actor is named outside it, though
    the content names another doer ("Kuti said *the rustlers* raided") or none ("the funds are
    needed to *provide* …"); a pronoun may be the speaker ("the EC said *it* was providing …")."""
    if actor_span is None or any(t.pos_ == "PRON" and t.lower_ not in RELATIVE_PRONOUNS for t in doers(trigger)):
        return False
    at = trigger.idx
    for statement in analysis.statements:
        start, end = statement.content_span
        if start <= at < end:
            return not (start <= actor_span[0] and actor_span[1] <= end)
    return False


def _in_attribution(analysis: Analysis, trigger, span) -> bool:
    """Whether a party's mention is part of who is quoted while the act is in what they said
    ("'… until the government honours the agreement,' said Akelo Mwangi, *the secretary general*
    of the union": the speaker's own title is no party to the act the quotation reports)."""
    if span is None:
        return False
    for statement in analysis.statements:
        if statement.speaker_span is None:
            continue
        start, end = statement.content_span
        if start <= trigger.idx < end:
            s_start, s_end = statement.speaker_span
            return s_start <= span[0] and span[1] <= s_end
    return False


def find_events(doc, analysis: Analysis) -> Analysis:
    """Fill ``analysis.events`` with the PLOVER events of every sentence.

    Each sentence with events marks one as ``main``: the event of the type the whole sentence
    reports (the trigger and sentence models together), with the most salient parties
    (:func:`top_event`). ``confidence`` is calibrated (:mod:`.calibration`); ``status`` says
    whether the event is asserted or only future or conditional; ASSAULT events carry the
    casualties the sentence states.

    Args:
        doc: the spaCy Doc of ``analysis.article.text``.
        analysis: the record with entities, statements and places already found.

    Returns:
        The same analysis, with ``events`` appended (ids ``V1``, ``V2``, … in text order).
    """
    with reading(doc):  # the Doc's spans and depths, read once while it is coded (.doc_facts)
        return _find_events(doc, analysis)


def _find_events(doc, analysis: Analysis) -> Analysis:
    """:func:`find_events` while the Doc's facts are kept."""
    model = _IN_USE.get("type") or load_model()
    party_model = _IN_USE.get("party", DEFAULT)
    if party_model is DEFAULT:
        party_model = load_party_model()
    calibrator = _IN_USE.get("calibrator", DEFAULT)
    if calibrator is DEFAULT:
        calibrator = load_calibrator()
    published = analysis.article.published
    events: list[Event] = []
    doc_dates = None
    sents = list(doc.sents)
    scored = score_sentences(sents, model)  # every sentence's scores, one model call each (.scoring)
    probs = sentence_distributions(sents, scored, model)
    views = sentence_views(scored, probs, model)  # every sentence's main type and trigger at once
    for sent, sent_scored, sentence_probs, blended, view in zip(sents, scored, probs, blended_rows(scored, probs), views):
        found, main, share, none = _main_and_others(sent, analysis, model, party_model, sent_scored, sentence_probs,
                                                    blended, view)
        dates = counts = None
        for candidate in sorted(found, key=lambda c: c.trigger.idx):
            if dates is None:
                # doc.ents once per article: sent.ents rebuilds every span of the doc on each call
                doc_dates = date_entities(doc) if doc_dates is None else doc_dates
                dates = [d for d in doc_dates if d.start >= sent.start and d.end <= sent.end]
            trigger = candidate.trigger
            office = office_of_town(doc, analysis, candidate.actor_span)
            if office is not None:
                candidate.actor, candidate.actor_span = party_entity(doc, analysis, office)
            described, people = group_member(doc, candidate.actor, candidate.actor_span)
            if described:  # "the *Democratic* nominee": the nominee acts (.groups)
                candidate.actor, candidate.actor_span = party_entity(doc, analysis, people)
            described, people = group_member(doc, candidate.recipient, candidate.recipient_span)
            if described:
                candidate.recipient, candidate.recipient_span = party_entity(doc, analysis, people)
            titled = person_described(doc, analysis, candidate.recipient_span)
            if titled is not None:  # "hosted *Ethiopian* Prime Minister Abiy Ahmed": Abiy Ahmed
                candidate.recipient, candidate.recipient_span = titled
            if _cannot_act(doc, analysis, trigger, candidate.actor, candidate.actor_span):
                # "*Residents* of Chicago protested": the people of a town act, not the town, nor is
                # the town what they act on.
                town = candidate.actor_span
                candidate.actor, candidate.actor_span = party_entity(doc, analysis, people_of(doc, town))
                if candidate.actor is not None and overlap(town, candidate.recipient_span):
                    candidate.recipient, candidate.recipient_span = None, None
            if acted_on(doc, analysis, candidate.type, trigger, candidate.actor_span):
                candidate.recipient, candidate.recipient_span = candidate.actor, candidate.actor_span
                candidate.actor, candidate.actor_span = None, None  # "Opposition leader *detained*": he was
            if candidate.type == "AID" and received_from(doc, trigger, candidate.actor_span):
                # "the ministry *received* aid from Japan": Japan gave it (the recipient found, if any, is the giver)
                candidate.actor, candidate.actor_span, candidate.recipient, candidate.recipient_span = \
                    candidate.recipient, candidate.recipient_span, candidate.actor, candidate.actor_span
                if _cannot_act(doc, analysis, trigger, candidate.actor, candidate.actor_span):
                    candidate.actor, candidate.actor_span = None, None  # (the giver too must be able to act)
            if borne_by(doc, trigger, candidate.actor_span):
                # "Suu Kyi has faced sharp *criticism*": she is its target, not its author, who may be named
                # "from" or "by" ("… *from rights groups*")
                source = (candidate.recipient, candidate.recipient_span) \
                    if bearing_source(doc, trigger, candidate.recipient_span) else (None, None)
                candidate.recipient, candidate.recipient_span = candidate.actor, candidate.actor_span
                candidate.actor, candidate.actor_span = source
            if candidate.recipient is not None and not _is_agent(doc, analysis, candidate.recipient, candidate.recipient_span,
                                                                 ground=candidate.type in DONE_TO_PLACES
                                                                 or ground_left(doc, trigger, candidate.recipient_span)):
                candidate.recipient, candidate.recipient_span = None, None
            people = people_beside_setting(doc, analysis, trigger, candidate.recipient_span)
            if people is not None:
                candidate.recipient, candidate.recipient_span = party_entity(doc, analysis, people)
            elif candidate.type == "PROTEST" and setting_mention(doc, candidate.recipient_span) is not None:
                # "went on strike *in Chicago*", "marched *at the pass*": a protest is aimed at whom it
                # opposes, never at where it was held (PLV once marks the town; the issue rules it out).
                candidate.recipient, candidate.recipient_span = None, None
            if _in_attribution(analysis, trigger, candidate.recipient_span) or in_time_phrase(
                    doc, analysis, trigger, candidate.recipient_span) or subject_of_with_clause(
                    doc, trigger, candidate.recipient_span) or in_another_clause(
                    doc, trigger, candidate.recipient_span) or (
                    candidate.type in VERBAL_TYPES and setting_elsewhere(doc, trigger, candidate.recipient_span)):
                candidate.recipient, candidate.recipient_span = None, None
            if overlap(candidate.actor_span, candidate.recipient_span) or inside(
                    doc, candidate.recipient_span, candidate.actor_span) or in_subject_phrase(
                    doc, trigger, candidate.recipient_span):
                # "*Ukrainian* forces", "*Swiss* Foreign Minister Ignazio Cassis hosted the meeting": one
                # phrase is one party, never both sides of its own act.
                candidate.recipient, candidate.recipient_span = None, None
            if meets_no_one(analysis, trigger, candidate):
                continue
            if visits_no_one(trigger, candidate.type, candidate.recipient) or (
                    candidate.actor is None and candidate.recipient is None):
                continue  # who did what to whom: an act of no one to no one is no record
            if in_own_object(doc, trigger, candidate.actor_span) or (candidate is not main and judged_act(trigger)):
                # (a main event on such a noun is the judging verb's own act: "denied *entry*", "rejected the *request*")
                candidate.actor, candidate.actor_span = None, None
            if candidate.type not in VERBAL_TYPES and _speaker_outside(analysis, trigger, candidate.actor_span):
                # "Kuti said the rustlers *raided* a village": who reports a deed did not do it.
                candidate.actor, candidate.actor_span = None, None
            actor = register(analysis, candidate.actor) if candidate.actor else None
            recipient = register(analysis, candidate.recipient) if candidate.recipient else None
            recipient_span = candidate.recipient_span
            if actor is not None and recipient is not None and actor.id == recipient.id:
                recipient, recipient_span = None, None
            # "demanded that the government *release* …": the demand was made, whatever the mood of the act asked
            status = event_status(trigger.head if candidate.type == "REQUEST" and demander(trigger) else trigger)
            if (candidate.type == "REJECT" or (candidate.type in SAID_WITH_MODALS and any(
                    c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ != "to") for c in trigger.children))) \
                    and not only_possible(trigger):
                # "refused to meet", "will not release" is the refusal PLOVER codes, "must mediate" the
                # demand: asserted. A threat not made ("no group is allowed to threaten") stays negated,
                # a refusal that only might come ("the government *could deny* them permits") hypothetical.
                status = ASSERTED
            if status == NEGATED:
                # "did not attack", "no group is allowed to threaten": nothing was done, so nothing is
                # stored (issue 15 leaves the choice; a negated act listed beside real ones misleads).
                continue
            is_main = candidate is main
            if is_main and status == FUTURE and candidate.type in ANNOUNCED and announced(trigger):
                # "will hold talks", "will boycott the vote": the sentence reports the intent stated now
                (candidate.type, candidate.mode), status = ANNOUNCED[candidate.type], ASSERTED
            confidence = candidate.confidence
            if calibrator is not None:
                confidence = calibrator(evidence(
                    candidate.confidence, share, is_main, main is not None and candidate.type == main.type,
                    candidate.actor_probability if actor is not None else None,
                    candidate.recipient_probability if recipient is not None else None,
                    none, status == ASSERTED, candidate.listed, candidate.type))
            event = Event(
                id=f"V{len(analysis.events) + len(events) + 1}", type=candidate.type, mode=candidate.mode,
                actor=actor.id if actor else None, recipient=recipient.id if recipient else None,
                place=candidate.place, date=event_date(trigger, published, dates),
                trigger_span=(trigger.idx, trigger.idx + len(trigger)),
                sentence_span=(sent.start_char, sent.end_char), confidence=round(confidence, 3),
                main=is_main, actor_span=candidate.actor_span if actor else None,
                recipient_span=recipient_span if recipient else None, status=status)
            if candidate.type == "ASSAULT":
                counts = casualties(sent) if counts is None else counts
                if "fatalities" in counts:
                    event.fatalities, event.fatalities_span = counts["fatalities"]
                if "injuries" in counts:
                    event.injuries, event.injuries_span = counts["injuries"]
            events.append(event)
    analysis.events.extend(events)
    return analysis


__all__ = ["find_events", "models_in_use"]
