"""Who the parse says did an act and to whom, before the party model weighs in: the trigger's own
subject, a relative clause's antecedent, a pronoun that is a statement's speaker, an agentless
passive (:func:`.coding.sentence_events` decides which of these the party model may overrule).
"""
from __future__ import annotations

from typing import Optional

from ...model import ACTOR_LABELS, Analysis, Entity, Statement
from ..credits import credit_spans
from ..statements.agreement import gender_near, noun_gender, pronoun_gender
from .parties import is_named, operator, party_entity, party_label
from .roles import RELATIVE_PRONOUNS, argument_entity, find_roles
from .types import OBLIGATION_AUX

# Verbal acts: when spoken inside a statement, the speaker is the actor.
VERBAL_TYPES = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "YIELD"}
# Which speakers a pronoun that opens what they said may stand for ("Saudi Arabia said *it* would
# send tents"; "the minister said *he* would resign"): its number and kind must agree.
_SPEAKER_KINDS = {"it": {"ORG", "GPE"}, "they": {"ORG", "GPE", "NORP"}, "he": {"PERSON"}, "she": {"PERSON"}}


def speaker_of(statements: list[Statement], token) -> Optional[str]:
    """The speaker entity id when a pronoun token is the speaker of a statement."""
    for statement in statements:
        if statement.speaker and statement.speaker_span:
            s_start, s_end = statement.speaker_span
            if s_start <= token.idx < s_end:
                return statement.speaker
    return None


def said_by(analysis: Analysis, token) -> tuple[Optional[Entity], Optional[tuple[int, int]]]:
    """The speaker, and the words naming them, when a pronoun is the subject of the clause they said
    and agrees with them ("Saudi Arabia said *it* would send …"); else (None, None)."""
    if token.lower_ not in _SPEAKER_KINDS or token.dep_ not in {"nsubj", "nsubjpass"} or token.head.dep_ != "ccomp":
        return None, None
    for statement in analysis.statements:
        # the subject of the clause the cue governs ("said *it* would send"), not a word deeper in it
        # ("said the army had attacked *it*")
        if statement.speaker and statement.cue_span and statement.cue_span[0] <= token.head.head.idx < statement.cue_span[1]:
            speaker = analysis.entity(statement.speaker)
            if speaker is not None and speaker.type in _SPEAKER_KINDS[token.lower_]:
                return speaker, statement.speaker_span
            break
    return None, None


# Words of demanding whose clause says what another party is asked to do ("demanded that Peru
# *withdraw*", "its demand that the US *ease* sanctions", "a motion demanding that the government
# *release* …"). Verbs and nouns of asking from the PLOVER codebook's REQUEST section.
_DEMANDING = {"demand", "insist", "urge", "request", "ask", "appeal", "press", "push", "plead", "petition",
              "pressure", "call"}


def demander(trigger):
    """The word naming who demands the act a trigger's clause reports, or None where the clause is not
    one a demand governs. The act is asked of the clause's subject, not done, so PLOVER codes the
    demand (REQUEST) by the demander of that subject. The demander is the demand's own subject or
    possessor, else that of the verb or noun carrying it ("Ecuador repeated *its demand*": Ecuador;
    "the senate passed *a motion demanding*": the senate)."""
    if trigger.pos_ != "VERB" or trigger.dep_ not in {"ccomp", "acl"} or \
            not any(c.dep_ == "nsubj" for c in trigger.children) or not _mandative(trigger):
        return None
    word = trigger.head
    if word.lemma_.lower() not in _DEMANDING:
        return None
    for _ in range(3):  # (the demand, a noun carrying it, the verb carrying that)
        who = next((c for c in word.children if (c.dep_ == "poss" and c.pos_ != "PRON") or c.dep_ == "nsubj"), None)
        if who is not None or word.dep_ not in {"acl", "dobj"}:
            return who
        word = word.head
    return None


def _mandative(clause) -> bool:
    """Whether a clause says what is to be done ("that Peru *withdraw*", "that the government should
    release"), as a demand's clause does: not a question ("asked *whether* the government would
    release", "asked why …") nor an act told as done ("insisted that Peru *had withdrawn*", "… withdrew"),
    which ask, or assert, and demand nothing."""
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children) \
            or any(c.tag_ in {"WRB", "WP", "WDT"} and c.i < clause.i for c in clause.children):
        return False
    return clause.tag_ != "VBD" and not any(c.dep_ in {"aux", "auxpass"} and (c.tag_ == "VBD" or c.lemma_ == "have")
                                            for c in clause.children)


def party_of(analysis: Analysis, token, mentions=None) -> tuple[Optional[Entity], Optional[tuple[int, int]]]:
    """The entity a party token names (:func:`.roles.argument_entity`), else a common-noun party entity."""
    entity, span = argument_entity(analysis, token, mentions)
    return (entity, span) if entity is not None else party_entity(token.doc, analysis, token)


# Pronouns that stand for one person named before them.
_PERSONAL = {"he", "she", "him", "her"}


def named_before(analysis: Analysis, pronoun) -> tuple[Optional[Entity], Optional[tuple[int, int]]]:
    """The person a "he" or "she" stands for: the person last named before it, in its sentence or the
    one before ("Police stopped Ivan Petrov as *he* led a march"; "Petrov was detained. Police stopped
    him as *he* led a march"), with the mention that names them in its own sentence, or no span when
    named in the sentence before (a pronoun resolved so, like a speaker's, is no candidate of the party
    model, which would name another of its sentence's parties); else (None, None)."""
    if pronoun.lower_ not in _PERSONAL:
        return None, None
    sentence = pronoun.sent
    start = sentence.start_char if sentence.start == 0 else pronoun.doc[sentence.start - 1].sent.start_char
    named = [(m_start, m_end, entity) for entity in analysis.entities if entity.type == "PERSON"
             for m_start, m_end in entity.mentions if start <= m_start and m_end <= pronoun.idx]
    if not named:
        return None, None
    # a person the text gives the other gender is passed over for one who may agree ("Omar Haddad
    # marched with spokeswoman Anna Berg. … as *he* led"); with none who may, the latest stays: left
    # unresolved, the party model names another of the sentence's parties ("Police"), shown more surely
    gender = pronoun_gender(pronoun.text)
    named = [m for m in named if not _other_gender(pronoun.doc, m[2], gender)] or named
    m_start, m_end, entity = max(named, key=lambda m: m[0])
    return entity, ((m_start, m_end) if m_start >= sentence.start_char else None)


def _other_gender(doc, entity: Entity, gender: Optional[str]) -> bool:
    """Whether the text tells a person's gender, and it is not the pronoun's: "*spokeswoman* Anna Berg"
    (a title or honorific beside a mention, or a role the article gave her) is no "he"."""
    told = {noun_gender(word) for role in entity.roles for word in role.split()}
    told |= {gender_near(doc, m_start, m_end) for m_start, m_end in entity.mentions}
    told.discard(None)
    return gender is not None and bool(told) and gender not in told


def unnamed_speaker(doc, analysis: Analysis, statement: Statement) -> tuple[Optional[Entity], Optional[tuple[int, int]]]:
    """The party a statement's speaker phrase names where no entity stands for it ("*the Kenyan
    foreign minister* said …", "*the opposition* said …"), as a new party entity and its span; (None,
    None) where the statement has a speaker entity, no speaker phrase, or one that names no party ("a
    *motion* demanding …")."""
    if statement.speaker or statement.speaker_span is None:
        return None, None
    words = doc.char_span(*statement.speaker_span, alignment_mode="expand")
    return party_entity(doc, analysis, words.root) if words is not None else (None, None)


def parse_parties(trigger, event_type: str, analysis: Analysis, mentions=None):
    """Actor and recipient as the parse rules find them (``event_roles``), as entities.

    ``mentions``: the actor-like entity mentions touching the trigger's sentence, when already
    listed (:func:`.roles.actor_mentions`).

    Returns:
        ``(roles, (actor, actor_span), (recipient, recipient_span))``; an actor given by a pronoun
        that is a statement's speaker is that speaker, with no span.
    """
    roles = find_roles(trigger, verbal=event_type in VERBAL_TYPES, credits=credit_spans(analysis.article.text))
    actor, actor_span = argument_entity(analysis, roles.actor, mentions)
    recipient, recipient_span = argument_entity(analysis, roles.recipient, mentions)
    if actor is None and roles.actor is not None and roles.actor.pos_ == "PRON":
        speaker = speaker_of(analysis.statements, roles.actor)
        actor = analysis.entity(speaker) if speaker else None
        if actor is None:
            actor, actor_span = said_by(analysis, roles.actor)
        if actor is None:
            actor, actor_span = named_before(analysis, roles.actor)
    # "Police arrested two protesters": a party named by a common noun becomes an entity.
    doc = trigger.doc
    if actor is None:
        actor, actor_span = party_entity(doc, analysis, operator(roles.actor) or roles.actor)
    if recipient is None:
        recipient, recipient_span = party_entity(doc, analysis, roles.recipient)
    return roles, (actor, actor_span), (recipient, recipient_span)


def own_subject(trigger, argument) -> bool:
    """Whether an argument is the trigger's own grammatical subject (or passive agent)."""
    if argument is None or not KEEP_OWN_SUBJECT:
        return False
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"dobj", "attr", "oprd"}:
        # "the IEA *has* good cooperation", "the EU *imposed* sanctions": the carrying verb's subject.
        trigger = trigger.head
    if argument.dep_ in {"nsubj", "nsubjpass", "csubj"} and argument.head.i == trigger.i:
        return True
    if trigger.dep_ == "relcl" and argument.i == trigger.head.i and (
            argument.ent_type_ in ACTOR_LABELS or party_label(argument) is not None):
        # "strikers *who blocked* the highway": the relative pronoun is the clause's own subject,
        # and the noun it stands for is the doer, whoever else the sentence names. Only a noun that
        # names a party itself: "reports *that appeared*", "UN sanctions, *which include* …" name
        # none, and the party model's choice (often the main clause's doer) stays.
        return _relative_subject(trigger)
    return argument.dep_ == "pobj" and argument.head.dep_ == "agent" and argument.head.head.i == trigger.i


# Acts done together, whose noun's "of" phrase names who takes part ("the meeting *of the SCO*").
GATHERINGS = {"CONSULT", "COOPERATE", "PROTEST"}


def own_participants(trigger, event_type: str, argument) -> bool:
    """Whether an argument is a gathering noun's own "of" phrase ("the meeting *of the SCO*", "a protest
    *of farmers*"): who took part, as a verb's own subject would say (the party model keeps it)."""
    return event_type in GATHERINGS and trigger.pos_ == "NOUN" and argument is not None \
        and argument.dep_ == "pobj" and argument.head.lower_ == "of" and argument.head.head.i == trigger.i


def done_by_a_thing(trigger) -> bool:
    """Whether the trigger's relative clause says what an event or a thing named in a prepositional
    phrase did ("sentenced 12 men *for an attack that killed* five officers and *wounded* nine"):
    the main clause's doer did not do it. (Not an object: "militants launched an attack that killed
    five" are its doers, and the party model keeps them.) Asked of attacks only: on PLV the other
    types' relative clauses so placed are mostly a wrong trigger whose sentence's doer the party
    model rightly names ("enforcing UN sanctions, which *include* a ban")."""
    clause = trigger
    while clause.dep_ == "conj":
        clause = clause.head
    antecedent = clause.head
    can_act = is_named(antecedent) or party_label(antecedent) in {"PERSON", "NORP", "ORG"}  # not a station (FAC)
    return clause.dep_ == "relcl" and antecedent.dep_ == "pobj" and not can_act and _relative_subject(clause)


def _relative_subject(clause) -> bool:
    """Whether a relative clause's subject is its relative pronoun ("strikers *who* blocked"), so the
    noun the clause hangs on did its act (not "the road *that* police blocked")."""
    return any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children)


# Keeping the trigger's own subject costs 0.026 of PLV both-overlap (0.714 -> 0.688): on PLV the
# model mostly "corrects" the subject of a wrongly chosen trigger towards the main event's party,
# which in an article with several events per sentence would give one event another's actor.
KEEP_OWN_SUBJECT = True


def agentless_passive(trigger) -> bool:
    """Whether the trigger, or the verb that carries it as passive subject ("operations have been
    carried out"), is a passive without a ``by`` agent: the text names no actor, so none is guessed."""
    verb = trigger.head if trigger.dep_ == "nsubjpass" else trigger
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and "agent" not in deps




def obliged(trigger) -> bool:
    """Whether the trigger's act is one its doer is told they must or should do ("Y *must* withdraw")."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in OBLIGATION_AUX for c in trigger.children)


def self_obliged(trigger) -> bool:
    """Whether the speaker's own side is who must act ("*we* must act cautiously"): a resolve, which
    asks nothing of another party."""
    return obliged(trigger) and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"we", "i"}
                                    for c in trigger.children)
