"""Mentions that play no role in an act, though the parser puts them near it.

Not whom it is aimed at: a party of another clause, of an event that dates this one, of a "with"
clause, a word of the actor's own description, the setting of another verb. Not who did it: one in
the object of a verb with its own subject, or the subject of a verb that only judges the act.
:func:`.stage.find_events` drops such a recipient or actor.
"""
from __future__ import annotations

from ...model import Analysis
from .agency import is_locative
from .doc_facts import mention_span


def overlap(a, b) -> bool:
    """Whether two character spans share a character."""
    return bool(a and b) and min(a[1], b[1]) > max(a[0], b[0])


def mention_tokens(doc, span):
    """The tokens of a party's character span (widened to whole tokens), or None where there is no
    span or it covers no token."""
    return mention_span(doc, span)  # (kept per Doc while the events stage codes it)


def setting_elsewhere(doc, trigger, span) -> bool:
    """Whether a mention is the setting of another verb than the trigger's ("concern was expressed
    at a meeting that was *held in Kazakhstan*"): a verbal act is aimed at a party, not at where
    some other thing happened. (PLV marks the trigger's own setting as its target: "accused … in
    Syria"; dropping those too cost 0.9 points of recipient overlap in 5-fold CV.)"""
    if span is None or not is_locative(doc, span):
        return False
    mention = mention_tokens(doc, span)
    if mention is None:
        return False
    verb = mention.root.head.head  # pobj -> preposition -> the verb it modifies (is_locative checked)
    return verb.i not in {trigger.i, trigger.head.i}


# Dependents that complete a trigger's own act: its object or a clause it governs.
_COMPLEMENTS = {"dobj", "xcomp", "ccomp"}


def in_another_clause(doc, trigger, span) -> bool:
    """Whether a recipient belongs to another clause than the trigger's: the subject of a joined
    clause ("Japan pledged $7 million *and the European Union said* …") or a party inside what a
    verb beside the trigger reports ("welcomed the verdict and said it was investigating *six
    officials*"). Those are parties of another act, not whom this one is aimed at."""
    mention = mention_tokens(doc, span)
    if mention is None:
        return False
    root = mention.root
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.dep_ == "conj" and root.head.head.i in {trigger.i, trigger.head.i}:
        return True
    line = {trigger.i} | {a.i for a in trigger.ancestors}
    own_complement = any(c.dep_ in _COMPLEMENTS for c in trigger.children)
    node = root
    while node.head.i != node.i and node.i not in line:
        # a verb joined to the trigger ("… and *said* …") whose report holds the party
        if node.dep_ == "ccomp" and node.head.dep_ == "conj" and node.head.head.i == trigger.i:
            return True
        # a relative clause on the subject ("Egypt, which mediated talks *in Jeddah*, urged …"), or a
        # participle clause on another verb's subject ("The talks, hosted by *Qatar's ministry*,
        # opened after troops shelled …"; but "the coalition fighting *Houthi rebels* declared a
        # truce" and "Cuba's *refusal* to engage with *Colombia*" are the trigger's own)
        if node.dep_ == "relcl" and node.head.dep_ in {"nsubj", "nsubjpass"} or (
                node.dep_ == "acl" and node.head.dep_ in {"nsubj", "nsubjpass"} and node.head.i != trigger.i
                and node.head.head.i not in {trigger.i, _verb_of(trigger).i}):
            return True
        # the object of a joined verb, where the trigger has its own ("denied carrying out the attack
        # and accused *the army*"; but "attacked and killed *them*" share one)
        if own_complement and node.dep_ == "conj" and node.pos_ in {"VERB", "AUX"} and node.head.i == trigger.i:
            return True
        node = node.head
    return False


def _verb_of(trigger):
    """The verb whose subject did a trigger's act: itself, or the verb a noun trigger is the object
    of ("has declared a *ceasefire*")."""
    return trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in {"dobj", "attr"} else trigger


# Links inside one party's description: its title's words, what it is of, what it is linked to.
_DESCRIBING = {"compound", "amod", "nmod", "poss", "prep", "pobj", "acl"}


def inside(doc, span, outer_span) -> bool:
    """Whether a mention is a word of another's description ("*Swiss* Foreign Minister Ignazio
    Cassis", "insurgents linked to *Islamic State*"): it belongs to that party, it is not a second
    one (unlike "Russia and *Turkey*")."""
    mention, outer = mention_tokens(doc, span), mention_tokens(doc, outer_span)
    if mention is None or outer is None:
        return False
    node = mention.root
    while node.dep_ in _DESCRIBING and node.head.i != node.i:
        node = node.head
        if node.i == outer.root.i:
            return True
    return False


def subject_of_with_clause(doc, trigger, span) -> bool:
    """Whether a recipient is the subject of a "with" clause on the trigger ("rejected the demand,
    *with a government spokesman* calling it …"): the doer of a side act, not whom this one is aimed at."""
    mention = mention_tokens(doc, span)
    if mention is None or mention.root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    clause = mention.root.head
    if clause.dep_ != "pcomp" or clause.head.lower_ not in {"with", "without"}:
        return False
    anchor = clause.head.head
    # (the parser may hang the phrase on the object: "rejected [the demand, with …]")
    return anchor.i == trigger.i or (anchor.head.i == trigger.i and anchor.dep_ in {"dobj", "pobj"})


# Prepositions that place an act in time by another event: "reopened the crossing *after talks
# mediated by Switzerland*", "arrested him *during a protest in Yerevan*".
_TIME_PREPS = {"after", "before", "during", "following", "amid", "since", "until", "ahead"}


def in_time_phrase(doc, analysis: Analysis, trigger, span) -> bool:
    """Whether a recipient sits in a phrase that dates the trigger's act by another event: it is a
    party of that event, not whom this act is aimed at. (A country stays: PLV marks the country of
    such an event as the act's target, "resigned after protests *in Peru*".)"""
    mention = mention_tokens(doc, span)
    if mention is None:
        return False
    place = analysis.place_at(*span)
    if place is not None and place.feature == "country":
        return False
    node = mention.root
    while node.head.i != node.i and node.i != trigger.i:
        if node.dep_ == "prep" and node.lower_ in _TIME_PREPS and node.head.i == trigger.i:
            return True
        node = node.head
    return False


# Verbs whose subject undergoes the act: "*Ukraine's army* received aid from …".
_UNDERGOING = {"receive", "get", "obtain", "accept", "gain", "win", "suffer", "undergo", "face"}


def in_subject_phrase(doc, trigger, span) -> bool:
    """Whether a recipient is a word of the trigger's own subject phrase ("*Russia's embassy in
    Tokyo* criticised the aid"): it describes who acted. (Not a subject joined by "and": "Russia and
    *Turkey* met" are both sides.)"""
    mention = mention_tokens(doc, span)
    if mention is None or trigger.pos_ not in {"VERB", "NOUN"}:
        return False  # (an adjective's subject is who it is said of: "found *the regime* guilty")
    verb = _verb_of(trigger)
    if verb.lemma_.lower() in _UNDERGOING:
        return False
    # (an active subject only: a passive one is who was acted on, "*Serb civilians* were arrested in …")
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or mention.root.i == subject.i or not subject.left_edge.i <= mention.root.i <= subject.right_edge.i:
        return False
    node = mention.root
    while node.i != subject.i:
        if node.dep_ in {"conj", "appos", "relcl", "acl"} or node.head.i == node.i:
            return False  # a second party, a clause of its own (or, in a crossing parse, not in it)
        node = node.head
    return True


# Verbs that pass judgement on an act, or report it, without doing it: "condemned the *arrests*",
# "welcomed the *release*", "denied the *attack*", "investigating the *killing*".
_JUDGING = {"condemn", "denounce", "criticise", "criticize", "decry", "deplore", "slam", "blast", "welcome", "praise",
            "hail", "applaud", "deny", "reject", "protest", "investigate", "probe", "report", "confirm", "blame", "mourn",
            "oppose", "support", "back", "dispute", "question", "acknowledge", "regret"}


def judged_act(trigger) -> bool:
    """Whether a noun trigger is the object of a verb that judges or reports its act ("rights groups
    condemned the *arrests*"): who judges it did not do it, so the verb's subject is not its actor."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _JUDGING


def in_own_object(doc, trigger, span) -> bool:
    """Whether an actor's mention lies in the object of a verb that has a subject of its own ("*It*
    expelled a *French* journalist"): whoever the subject is, the one acted on did not act."""
    mention = mention_tokens(doc, span)
    if mention is None or trigger.pos_ != "VERB" or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children):
        return False
    for child in trigger.children:
        if child.dep_ == "dobj" and child.left_edge.i <= mention.root.i <= child.right_edge.i:
            return True
    return False


# Verbs and nouns of leaving ground: "withdrew its peacekeepers *from* the Golan Heights".
_WITHDRAWING = {"withdraw", "withdrawal", "pull", "pullout", "evacuate", "evacuation", "retreat", "redeploy"}


def ground_left(doc, trigger, span) -> bool:
    """Whether a mention is the ground a withdrawal leaves ("withdrew peacekeepers *from the Golan
    Heights*", "willing to withdraw its troops *from Western Sahara*", "pull its soldiers *out of* Mali"):
    whatever type the withdrawal is coded (RETREAT, SANCTION, AGREE), the place is its target, as PLOVER
    codes a material act done to a place."""
    mention = mention_tokens(doc, span)
    if mention is None or trigger.lemma_.lower() not in _WITHDRAWING:
        return False
    prep = mention.root.head
    if mention.root.dep_ != "pobj" or prep.lower_ not in {"from", "of"}:
        return False
    if prep.lower_ == "of":  # "out of": the preposition hangs on "out"
        prep = prep.head if prep.head.lower_ == "out" else prep
    return prep.lower_ in {"from", "out"} and prep.head.i == trigger.i


__all__ = ["overlap", "mention_tokens", "setting_elsewhere", "in_another_clause", "inside", "subject_of_with_clause",
           "in_time_phrase", "in_own_object", "in_subject_phrase", "ground_left", "bearing_source",
           "judged_act"]


# Verbs whose subject bears an act named by their object: "*Suu Kyi* has faced sharp criticism",
# "drew condemnation from", "endured shelling" (and "came under fire", with "under").
_BEARING = {"face", "suffer", "receive", "draw", "attract", "endure", "weather", "undergo", "get"}


def borne_by(doc, trigger, span) -> bool:
    """Whether a party's mention is the subject of a verb that only bears the act a noun trigger names
    ("*the United Nations* came under withering *criticism*", "*Suu Kyi* has faced *criticism*"):
    the party is the act's target, and whoever did it is named apart ("from rights groups") or not at all."""
    mention = mention_tokens(doc, span)
    if mention is None or trigger.pos_ != "NOUN":
        return False
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _BEARING:
        verb = trigger.head
    elif trigger.dep_ == "pobj" and trigger.head.lower_ == "under" and trigger.head.head.lemma_.lower() == "come":
        verb = trigger.head.head
    else:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # A participle without a subject shares its clause's ("began …, despite *facing* criticism"); an
    # infinitive may not ("approved the extradition of X *to face* charges": X faces them).
    while subject is None and verb.dep_ in {"pcomp", "advcl", "conj", "xcomp"} and verb.head.i != verb.i \
            and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # the subject, or a word of its phrase that names the party ("*Kenya's* government has faced criticism")
    return subject is not None and (subject.i == mention.root.i or _describes(mention.root, subject))


def _describes(word, head) -> bool:
    """Whether a word is one of a noun's modifiers, directly or through another ("*Kenya*'s government")."""
    while word.dep_ in {"poss", "compound", "amod", "nmod"} and word.head.i != word.i:
        word = word.head
        if word.i == head.i:
            return True
    return False


def bearing_source(doc, trigger, span) -> bool:
    """Whether a mention is whom a borne act comes "from" or is done "by" ("faced criticism *from rights
    groups*", "came under fire *from lawmakers*"): the act's doer, where :func:`borne_by` finds its target."""
    mention = mention_tokens(doc, span)
    if mention is None or mention.root.dep_ != "pobj" or mention.root.head.lower_ not in {"from", "by"}:
        return False
    anchor = mention.root.head.head
    return anchor.i in {trigger.i, trigger.head.i, trigger.head.head.i}


# Verbs of receiving that open an AID event themselves: "*received* 40 tanks from Poland".
_RECEIVING = {"receive", "obtain", "get"}


def received_from(doc, trigger, actor_span) -> bool:
    """Whether the actor found for a verb of receiving is its subject, who was given the aid: "*the
    ministry* received aid from Japan" (PLV codes the giver, "from Japan", as the source)."""
    mention = mention_tokens(doc, actor_span)
    if mention is None or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _RECEIVING:
        return False
    return any(c.dep_ == "nsubj" and c.i == mention.root.i for c in trigger.children)


# Acts done to someone, whose subject in a headline is the one acted on: "Opposition leader *detained*".
# (Not YIELD or RETREAT: "Rebels *surrendered*", "Troops *withdrew*" are active without an object.)
_DONE_TO = {"COERCE", "ASSAULT", "SANCTION", "AID"}


def acted_on(doc, analysis, event_type: str, trigger, actor_span) -> bool:
    """Whether the actor found for an act done to someone is the one it was done to: the noun a
    past participle describes ("a former minister *detained* in Tunisia", "the journalists *jailed*
    last year"), or a headline's subject (:func:`headline_passive`)."""
    if event_type not in _DONE_TO or actor_span is None or trigger.pos_ != "VERB":
        return False
    if trigger.dep_ == "acl" and trigger.tag_ in {"VBN", "VBD"}:  # (VBD: a participle mistagged)
        mention = mention_tokens(doc, actor_span)
        return mention is not None and mention.root.i == trigger.head.i
    return headline_passive(analysis, event_type, trigger, actor_span)


def headline_passive(analysis, event_type: str, trigger, actor_span) -> bool:
    """Whether a headline drops "was" before an act done to its subject ("Opposition leader
    *detained* as protests grow", "Three soldiers *killed* in ambush"): the subject is the recipient.
    A headline is the article's title where its text opens with it; in the body a past tense without
    an object is the doer's ("troops attacked at dawn")."""
    title = analysis.article.title
    if event_type not in _DONE_TO or actor_span is None or not title or trigger.pos_ != "VERB" \
            or trigger.idx >= len(title) or not analysis.text.startswith(title):
        return False
    if trigger.tag_ not in {"VBD", "VBN"} or any(c.dep_ in {"aux", "auxpass", "dobj", "ccomp", "xcomp"}
                                                  for c in trigger.children):
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.left_edge.idx <= actor_span[0] < subject.right_edge.idx + len(subject.right_edge)
