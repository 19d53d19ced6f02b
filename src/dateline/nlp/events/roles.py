"""Event roles: who does the event (actor) and to whom (recipient), read off the parse.

For a verb trigger the actor is its subject (or the ``by`` agent of a passive) and the
recipient its object (or the subject of a passive, or the object of a preposition such as
``against``, ``with``, ``to``). A verb without a subject of its own ("agreed *to open*",
"threatened *to shell*") borrows the subject of the verb it depends on. A noun trigger
("talks", "cooperation", "operations") takes its roles from its own dependents ("the meeting
*of the SCO*", "cooperation *with Tehran*", "talks *between* A *and* B"), else from the verb it
is the object of ("the IEA *has* good cooperation"). An evaluation inside reported speech
("… said that X is *a real threat*") is the speaker's act about X.

Each argument is a token; :func:`argument_entity` maps its phrase to an entity of the analysis.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from spacy.tokens import Token

from ...model import ACTOR_LABELS, Analysis, Entity
from ..credits import in_spans
from ..statements.cues import load_cues
from .doc_facts import children
from .parties import is_named, is_party, modifies_party_noun, private_people
from .types import phrasal_types

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "dative", "obj"}
# Prepositions that introduce the party an act is aimed at or shared with.
# "in" and "at" mostly name places, which the place field carries.
# Ordered: the first found in this order wins ("over the past years … against X" picks X).
RECIPIENT_PREP_ORDER = ("against", "with", "to", "on", "toward", "towards", "upon", "into", "from", "for", "over")
RECIPIENT_PREPS = set(RECIPIENT_PREP_ORDER)
# Verbs of joint acts: with coordinated subjects ("Canada and Costa Rica have agreed") the
# second party is the recipient.
SYMMETRIC_LEMMAS = {"agree", "meet", "sign", "reach", "cooperate", "negotiate", "talk", "hold", "conduct",
                    "launch", "perform", "stage", "begin", "discuss", "exchange", "share", "conclude", "settle",
                    "clash", "fight", "trade", "establish", "resume", "strengthen", "expand", "undertake"}
# Entity labels that can act; numbers and dates never do.
_LABEL_RANK = {"ORG": 0, "PERSON": 0, "GPE": 1, "NORP": 2, "LOC": 3, "FAC": 3}
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}


@dataclass
class Roles:
    """Argument tokens of one event (None where the text names no one)."""

    actor: Optional[Token] = None
    recipient: Optional[Token] = None


def _child(token, deps: set[str]):
    for child in children(token):
        if child.dep_ in deps:
            return child
    return None


def _prep_object(token, preps: set[str] = RECIPIENT_PREPS):
    """The object of the highest-ranked recipient preposition hanging off ``token``."""
    best, best_rank = None, None
    for child in children(token):
        if child.dep_ == "prep" and child.lower_ in preps:
            pobj = _child(child, {"pobj"})
            rank = RECIPIENT_PREP_ORDER.index(child.lower_) if child.lower_ in RECIPIENT_PREP_ORDER else 99
            if pobj is not None and (best_rank is None or rank < best_rank):
                best, best_rank = pobj, rank
    return best


def _resolve_relative(token):
    """A relative pronoun ("which", "who") stands for the noun its clause modifies."""
    if token is not None and token.lower_ in RELATIVE_PRONOUNS:
        clause = token.head
        if clause.dep_ in {"relcl", "acl"}:
            return clause.head
    return token


def _subject(verb, credits: Sequence[tuple[int, int]]):
    """The verb's subject, passing over a dateline the parser took for one ("NAIROBI, Kenya (AP) -
    *Thousands* of teachers marched": NAIROBI is where the story was filed, not who marched).
    ``credits``: the article's dateline and credit spans (``credits.credit_spans``; reading
    ``doc.text`` here instead joined the whole article once per verb)."""
    for child in children(verb):
        if child.dep_ in SUBJECT_DEPS and not in_spans(child.idx, credits):
            return child
    return None


def _verb_roles(verb, credits: Sequence[tuple[int, int]] = ()) -> Roles:
    subject = _subject(verb, credits)
    passive_subject = _child(verb, PASSIVE_SUBJECT_DEPS)
    agent = _child(verb, {"agent"})
    actor = _child(agent, {"pobj"}) if agent is not None else subject
    recipient = _dative_object(_child(verb, OBJECT_DEPS))
    if passive_subject is not None and recipient is None:
        recipient = passive_subject
    if recipient is None:
        recipient = _prep_object(verb)
    if recipient is not None and recipient.dep_ == "dobj":
        # "filed a lawsuit against Thom": the party is the object's preposition.
        aimed = _prep_object(recipient, {"against", "with", "to", "on"})
        if aimed is not None and recipient.lemma_.lower() not in {"talk"}:
            recipient = aimed if not recipient.ent_type_ else recipient
    if not is_named(_resolve_relative(recipient)):
        # "provided $1.7 billion … to Syrian refugees", "withdrew its troops from South
        # Vietnam", "agreed to resign from office": the object is often the thing given or
        # moved; a named party further on is the recipient, else the first common-noun party.
        found = _recipient_candidates(verb, passive_subject)
        recipient = _first_party(found, is_named) or _first_party(found, is_party) or recipient
    # Verbs without a subject borrow it from the verb they complete or follow.
    head = verb
    steps = 0
    # A reported clause (ccomp) and a passive name their own parties; never borrow into them.
    while actor is None and passive_subject is None and head.dep_ in {"xcomp", "conj", "advcl", "acl", "pcomp"} \
            and steps < 4:
        if head.dep_ == "acl" and head.head.pos_ in {"NOUN", "PROPN"}:
            break
        head = head.head
        steps += 1
        subject = _subject(head, credits)
        agent = _child(head, {"agent"})
        actor = _child(agent, {"pobj"}) if agent is not None else subject
    if actor is None and verb.dep_ == "relcl":
        actor = verb.head
    if verb.lemma_.lower() in SYMMETRIC_LEMMAS and not (is_party(_resolve_relative(recipient))
                                                      and _aimed_at(verb, recipient)):
        # "Ghana and Togo met *in Accra*", "Merkel and Macron agreed to share data *on Syria*": in a
        # joint act of two coordinated parties, the other side is the recipient, not a setting or a
        # party of the act agreed on (a party the verb itself is aimed at stays: "signed a pact *with Chile*").
        actor, recipient = _coordinated_sides(actor, recipient)
    return Roles(_resolve_relative(actor), _resolve_relative(recipient))


def _aimed_at(verb, party) -> bool:
    """Whether a party is the verb's own object, or the object of a recipient preposition on the verb
    or on its object ("reached a deal *with Chile*"), rather than a setting or a party of a deeper clause."""
    if party.head.i == verb.i:
        return party.dep_ in OBJECT_DEPS or party.dep_ in PASSIVE_SUBJECT_DEPS
    prep = party.head
    if party.dep_ != "pobj" or prep.lower_ not in RECIPIENT_PREPS:
        return False
    return prep.head.i == verb.i or (prep.head.dep_ in OBJECT_DEPS and prep.head.head.i == verb.i)


def _dative_object(token):
    """The party of a dative: the word itself ("gave *Iraq* aid"), or the object of its "to"."""
    if token is not None and token.pos_ == "ADP":
        return _child(token, {"pobj"})
    return token


def _recipient_candidates(verb, passive_subject=None, depth: int = 0) -> list:
    """Tokens that may name the party a verb's act is aimed at, likeliest first: its object, a
    passive subject, its prepositional objects, then those of the verb it completes ("agreed
    *to resign from* office"), then places ("arrived *in* South Sudan")."""
    found = [_dative_object(c) for c in children(verb) if c.dep_ in OBJECT_DEPS]
    found = [c for c in found if c is not None]
    if passive_subject is not None:
        found.append(passive_subject)
    preps = [c for c in children(verb) if c.dep_ == "prep"]
    for obj in [c for c in children(verb) if c.dep_ == "dobj"]:
        preps += [c for c in obj.children if c.dep_ == "prep" and c.lower_ != "of"]
    ranked = sorted((p for p in preps if p.lower_ in RECIPIENT_PREPS), key=lambda p: RECIPIENT_PREP_ORDER.index(p.lower_))
    for prep in ranked:
        found += [c for c in prep.children if c.dep_ == "pobj"]
    if depth < 2:
        for child in children(verb):
            if child.dep_ in {"xcomp", "acomp"} or (child.dep_ == "acl" and verb.pos_ in {"NOUN", "ADJ"}):
                found += _recipient_candidates(child, depth=depth + 1)
    if depth == 0:
        # "provided $1.7 billion in assistance *to* Syrian refugees": a party deeper in the
        # object's phrase.
        for obj in [c for c in children(verb) if c.dep_ == "dobj"]:
            for token in obj.subtree:
                if token.dep_ == "pobj" and token.head.lower_ in RECIPIENT_PREPS and token.head.head.i != obj.i:
                    found.append(token)
        for prep in preps:
            if prep.lower_ in {"in", "at", "into"}:
                found += [c for c in prep.children if c.dep_ == "pobj"]
    return found


def _first_party(tokens, test):
    for token in tokens:
        token = _resolve_relative(token)
        if test(token):
            return token
    return None


def _coordinated_sides(actor, recipient):
    """The two sides of coordinated parties ("Canada *and Costa Rica* have agreed"): the first is the
    actor, its partner the recipient; ``(actor, recipient)`` unchanged where the actor has no partner.
    Coordinated modifiers of one noun ("*Nigerian* and *British* armed forces", "*UK* and *EU*
    negotiators") are the two sides themselves: the phrase's entity nearest its head would be the
    second modifier for the actor, and the recipient would then repeat it."""
    if actor is None:
        return actor, recipient
    partner = _child(actor, {"conj"})
    if partner is not None:
        return (actor, partner) if is_party(partner) else (actor, recipient)
    for left in actor.lefts:
        if left.dep_ in {"amod", "compound", "nmod"}:
            partner = _child(left, {"conj"})
            if partner is not None:
                # (names the recogniser found, each an entity of its own: where it missed them, as in a
                # headline's "Serbia and Kosovo leaders", the phrase stays one party, as before)
                named = left.ent_type_ in ACTOR_LABELS and partner.ent_type_ in ACTOR_LABELS
                return (left, partner) if named else (actor, recipient)
    return actor, recipient


def joint_sides(roles: Roles) -> bool:
    """Whether the roles are the two sides of coordinated parties (:func:`_coordinated_sides`): the
    recipient is joined to the actor ("Canada *and Costa Rica*") or to a modifier beside it ("*Nigerian*
    and *British* armed forces")."""
    actor, recipient = roles.actor, roles.recipient
    if actor is None or recipient is None or recipient.dep_ != "conj":
        return False
    return recipient.head.i == actor.i


def _noun_roles(noun, credits: Sequence[tuple[int, int]] = ()) -> Roles:
    actor = recipient = None
    possessor = _child(noun, {"poss"})
    if possessor is not None:
        actor = possessor
    for child in noun.children:
        if child.dep_ != "prep":
            continue
        pobj = _child(child, {"pobj"})
        if pobj is None:
            continue
        prep = child.lower_
        if prep == "between":
            other = _child(pobj, {"conj"})
            actor, recipient = pobj, other
        elif prep in {"of", "by"} and actor is None:
            actor = pobj
        elif prep in RECIPIENT_PREPS and recipient is None:
            recipient = pobj
    governor = noun.head
    # "has good cooperation with", "operations have been carried out against": the verb that
    # carries the noun supplies what the noun leaves open. A noun inside a prepositional phrase
    # ("in the fight against terrorism") is a circumstance of that verb, not its object.
    if noun.dep_ == "pobj" and governor.lower_ in {"on", "into"} and governor.head.pos_ == "VERB":
        # "went *on strike*", "remained *on alert*": the verb's subject holds the noun's act.
        governor = governor.head
        if actor is None:
            actor = _verb_roles(governor, credits).actor
    elif noun.dep_ in {"dobj", "attr", "oprd", "nsubjpass", "acomp"} and governor.i != noun.i:
        verb_roles = _verb_roles(governor, credits)
        if actor is None:
            actor = verb_roles.actor
        if recipient is None and verb_roles.recipient is not None and verb_roles.recipient.i != noun.i:
            recipient = verb_roles.recipient
        if recipient is None:
            recipient = _prep_object(governor)
    return Roles(_resolve_relative(actor), _resolve_relative(recipient))


def _reporting_verb(token):
    """The reporting verb whose complement clause holds ``token``, or None."""
    node = token
    for _ in range(6):
        if node.head.i == node.i:
            return None
        # The statements component's cue verbs: their subject is the source of an evaluation
        # in the reported clause.
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in load_cues().verbs:
            return node.head
        node = node.head
    return None


def find_roles(trigger, verbal: bool = False, credits: Sequence[tuple[int, int]] = ()) -> Roles:
    """Actor and recipient tokens for the event a trigger opens.

    Args:
        trigger: the spaCy Token that opens the event.
        verbal: whether the event type is a verbal act (ACCUSE, REJECT, …); an evaluation
            word inside reported speech then belongs to the speaker.
        credits: the article's dateline and credit spans, which are never a subject.

    Returns:
        :class:`Roles` with tokens, or None where no argument was found.
    """
    if trigger.pos_ in {"NOUN", "PROPN", "ADJ"}:
        roles = _noun_roles(trigger, credits) if trigger.pos_ != "ADJ" else _verb_roles(trigger.head, credits)
        if verbal:
            reporter = _reporting_verb(trigger)
            if reporter is not None and trigger.head.lemma_.lower() in {"be", "become", "remain", "pose"}:
                # "X said that [the presence of groups in Y] is a real threat": X accuses Y.
                speaker = _child(reporter, SUBJECT_DEPS)
                topic = _child(trigger.head, SUBJECT_DEPS)
                return Roles(_resolve_relative(speaker) if speaker is not None else roles.actor, topic)
        return roles
    return _verb_roles(trigger, credits)


def _phrase_bounds(token) -> tuple[int, int]:
    """Character bounds of a token's phrase, without relative clauses and appositions after it."""
    left = token.left_edge
    right = token
    for child in token.rights:
        if child.dep_ in {"relcl", "acl", "appos", "punct", "cc", "conj"}:
            break
        right = child.right_edge
    return left.idx, right.idx + len(right)


# Mentions of entities as (entity, start, end), entity by entity in the analysis's order.
MentionList = list[tuple[Entity, int, int]]


def actor_mentions(analysis: Analysis, start: int = 0, end: Optional[int] = None) -> MentionList:
    """The mentions of actor-like entities touching ``[start, end]`` (all of them without bounds),
    in the analysis's order: what :func:`argument_entity` searches."""
    end = len(analysis.article.text) if end is None else end
    return [(entity, m_start, m_end) for entity in analysis.entities if entity.type in ACTOR_LABELS
            for m_start, m_end in entity.mentions if m_start <= end and m_end >= start]


def argument_entity(analysis: Analysis, token, mentions: Optional[Sequence[tuple[Entity, int, int]]] = None
                    ) -> tuple[Optional[Entity], Optional[tuple[int, int]]]:
    """The entity an argument token names, and the mention span that names it.

    The entity on the argument's head word wins ("Foreign Minister *Zarif*"); otherwise the
    most actor-like entity inside its phrase, nearest the head ("the deputy of the *National
    Security Council* of Kazakhstan", "the shelters of *Daesh*").

    Args:
        analysis: the record with entities found.
        token: the argument's head word, or None.
        mentions: the :func:`actor_mentions` touching the token's sentence, when already listed
            (:class:`~dateline.nlp.events.lookups.SentenceLookups`); default: all of them.
    """
    if token is None:
        return None, None
    if is_party(token) and not is_named(token) and _only_places_after(token):
        # "Dock workers in Rotterdam": the workers act, not Rotterdam; the caller makes the
        # common-noun phrase an entity of its own.
        return None, None
    named_before = [t.ent_type_ for t in token.lefts if t.ent_type_ in ACTOR_LABELS]
    if named_before and set(named_before) <= {"NORP", "GPE"} and token.ent_type_ not in ACTOR_LABELS \
            and private_people(token):
        # "Indonesian fishermen": people of a country, not its government; the phrase is the party
        # (coded with the country), made by the caller.
        return None, None
    mentions = actor_mentions(analysis) if mentions is None else mentions
    named = next((c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if named is not None and token.pos_ == "NOUN":
        # "His *Ukrainian* counterpart, *Andrii Sybiha*, accused": the role is the named one's,
        # and the demonym that qualifies it is no party of its own.
        entity, span = _entity_within(mentions, named, *_phrase_bounds(named))
        if entity is not None:
            return entity, span
    entity, span = _entity_within(mentions, token, *_phrase_bounds(token))
    if entity is not None and entity.type == "PERSON" and _names_kind(token, span):
        return None, None  # "Riot police", "Trump aides": the noun's people (see party_candidates)
    if entity is None:
        # "the presence and activities of terrorist groups in Afghanistan": look past the
        # coordination into the whole phrase.
        right = token.right_edge
        entity, span = _entity_within(mentions, token, token.left_edge.idx, right.idx + len(right))
    return entity, span


_LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "across", "around"}


def _only_places_after(token) -> bool:
    """Whether the names after a head word sit in place phrases only ("workers *in Rotterdam*")."""
    named = [t for t in token.subtree if t.ent_type_ in ACTOR_LABELS and t.i > token.i]
    if not named:
        return False
    for name in named:
        if name.ent_type_ not in {"GPE", "LOC", "FAC"}:
            return False
        node = name
        # Up through "of" phrases to the place phrase: "workers *at* the port of Rotterdam".
        while node.i != token.i and not (node.dep_ == "prep" and node.lower_ in _LOCATIVE_PREPS):
            node = node.head
        if node.i == token.i:
            return False
    return True


def _names_kind(token, span) -> bool:
    """Whether a mention is a name that only modifies a party noun ("*Trump* aides")."""
    words = token.doc.char_span(*span, alignment_mode="expand")
    return words is not None and words.end <= token.i and modifies_party_noun(words[-1]) and words[-1].head.i == token.i


def _entity_within(mentions: Sequence[tuple[Entity, int, int]], token, start: int, end: int):
    """The entity mention overlapping ``[start, end)`` that is on the head word, most actor-like,
    nearest the head (the first such in ``mentions``)."""
    head_start, head_end = token.idx, token.idx + len(token)
    best, best_key, best_span = None, None, None
    for entity, m_start, m_end in mentions:
        if m_end <= start or m_start >= end:
            continue
        on_head = m_start < head_end and m_end > head_start
        key = (0 if on_head else 1, _LABEL_RANK.get(entity.type, 4), abs(m_start - head_start))
        if best_key is None or key < best_key:
            best, best_key, best_span = entity, key, (m_start, m_end)
    return best, best_span


def acted_on(trigger, head) -> bool:
    """Whether a party is what a verb trigger is done to, so never its actor: the verb's direct
    object ("Television ads *attacked* the governor": the ads are no party, and the model would
    otherwise fill the empty actor with the one attacked), or what a request asks "for" ("calls
    for more *troops*")."""
    if head.head.i != trigger.i and not (head.dep_ == "pobj" and head.head.dep_ == "prep"
                                         and head.head.lower_ == "for" and head.head.head.i == trigger.i):
        return False
    if head.dep_ == "pobj":
        return "REQUEST" in phrasal_types(trigger)
    return trigger.pos_ == "VERB" and head.dep_ in {"dobj", "dative", "obj"}
