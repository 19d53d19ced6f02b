"""Whether an act is a political one: done by someone who can act, to something that is a party.

PLOVER codes what states, organisations, groups and people do to each other. Health, science,
weather and business news report many acts done by things ("an outbreak of plague *has killed*
61 people", "the disease *has struck* Ituri", "H5N1 *has killed* two women", "the storm
*threatens* crops") or done to things no party owns ("officials are *investigating* cases",
"samples were *sent* to a laboratory"). A verb of violence or aid does not make such a sentence a
political event, and the party model would otherwise give the act the nearest country as actor.

The test reads the parse around the trigger: its doer (the subject, the ``by`` agent of a passive,
the subject of the verb that carries a noun trigger, the subject a coordinated verb shares) and its
theme (the object, the subject of a passive). Their head nouns, and the words of a named entity on
them, are looked up in ``resources/events/non_agents.tsv``, a list of classes of non-agents
(diseases, specimens, natural hazards, findings, goods).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from ...datafiles import read_word_classes
from .doc_facts import children, mention_span
from .naming import NAMING, named_as, named_one
from .parties import is_party
from .types import is_candidate

# Classes of non_agents.tsv that are never an actor.
NEVER_DOERS = {"disease", "specimen", "nature", "finding", "thing", "animal"}
# Classes that are never what a political act is done to or with: investigating an outbreak,
# sending samples. Goods may be (an embargo on beef, vaccines sent as aid), findings may be
# (a nuclear test conducted), so they only bar the doer.
NEVER_THEMES = {"disease", "specimen", "animal"}
# Premises (a hospital, a farm, a factory) may act ("the hospital said") and be attacked, but going
# to, leaving, visiting or supplying one is no political act: no CONSULT, RETREAT, YIELD or AID.
PREMISES = "premises"
_NOT_AT_PREMISES = {"CONSULT", "RETREAT", "YIELD", "AID"}
_GOAL_PREPS = {"to", "from", "into"}  # not "at", "in": "met Wells *at a hotel*" is a meeting
CLASSES = NEVER_DOERS | {PREMISES}
# (A press conference held, a refusal to comment are events as PLV codes them: CONSULT, REJECT.)
# Prepositions of setting.
_LOCATIVE = {"in", "at", "near", "inside", "within", "outside"}
# Verbs of being report a state, not an act; "have" too unless with a partner (:func:`_has_partner`).
_STATES = {"be"}
# Verbs whose object is a need, not a deed done.
_NEEDING = {"require", "need"}  # not "demand": PLV codes "demanded the *withdrawal*" on the noun
# Verbs of speaking whose "at"/"during" phrase is the occasion of the remark.
_REMARKING = {"say", "tell", "state", "add", "speak", "remark", "comment", "note", "explain", "stress"}
# Classes whose names are names of non-agents ("H5N1", "El Nino"); products may be a firm's name.
NAMED_NON_AGENTS = {"disease", "nature"}
# Prepositions whose object is what an act is about ("complained *of* symptoms", "a probe *into* the outbreak").
_THEME_PREPS = {"of", "about", "on", "into", "over", "against"}
# Entity types of names: a word inside one ("the United Nations Children's *Fund*") is part of a name.
# (Not EVENT nor LAW: "the Asean *Summit*" is the meeting, "the Ceasefire *Agreement*" the deal.)
_NAME_TYPES = {"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"}
# Verbs that release someone (PLOVER RETREAT/YIELD) or give something (AID), or else publish it.
_RELEASING = {"release", "free"}
_GIVING = {"give", "deliver", "send"}
# Going and coming without an object is travel, unless armed forces go ("troops returned home").
_TRAVEL = {"return", "leave"}  # (not "go": "went on strike")
_FORCES = {"troop", "force", "soldier", "army", "military", "peacekeeper", "militant", "rebel", "fighter", "police",
           "navy", "marine", "unit", "battalion", "contingent"}
_PUBLISHED = {"statement", "report", "song", "album", "video", "film", "book", "alert", "warning", "data", "figure",
              "result", "list", "document", "photo", "image", "footage", "detail", "version", "study", "record",
              "information", "update", "advisory", "guideline", "recording", "single", "trailer", "toxin", "gas",
              "chemical", "material", "substance", "pollutant", "emission", "water", "speech", "interview", "address",
              "lecture", "briefing", "account", "testimony", "talk", "memo", "letter", "transcript", "email", "poll",
              "ad", "plan", "proposal", "budget", "schedule", "name", "return", "finding", "audio", "tape", "text",
              "analysis", "assessment", "review", "survey", "paper", "message", "note", "signal", "tweet"}
# What is sent on, not given as aid: "sent the *case* back to the district court", "sent its *reporter*"
# (a journalist freed is a release: only "send" reads these).
_SENT_ON = {"case", "resolution", "bill", "reporter", "journalist", "correspondent"}
# Quantities whose "of" phrase is what was given or released: "released only *some* of the footage".
_PARTS = {"some", "all", "part", "most", "portion", "much", "none", "rest", "parts", "excerpt", "excerpts"}
# What one "meets" without meeting anyone: "met the citizenship *criteria*", "meet the *deadline*".
_STANDARDS = {"criterion", "criteria", "requirement", "standard", "threshold", "deadline", "goal", "target",
              "expectation", "demand", "need", "quota", "condition", "test", "obligation", "benchmark", "bar", "cost"}
# Talking that is a meeting only with someone to talk with: "discussed trade *with Putin*", "*the two
# leaders* discussed trade"; "Bolton also discussed the lengths to which …" is a man talking, in an interview.
_TALKING = {"discuss", "talk", "speak", "debate", "chat", "converse"}
# Personal pronouns that name a party when a naming verb names them ("called *them* nutters").
_PERSONAL = {"him", "her", "them", "you", "me", "us"}
# Verbs of force whose object is a figure of speech, not someone harmed: "struck a softer *tone*",
# "hit a record *high*", "broke the *deadlock*", "struck a *deal*" (the deal noun is the event, AGREE).
# Only the violent readings (ASSAULT, COERCE, THREATEN) are barred; written from the idioms of news
# English, not from a dev set.
_FORCE = {"strike", "hit", "beat", "smash", "crush", "shatter", "break", "shoot", "hammer", "blast"}
_FIGURES = {"tone", "note", "chord", "balance", "pose", "deal", "agreement", "bargain", "compromise", "accord",
            "record", "high", "low", "peak", "milestone", "mark", "target", "goal", "expectation", "forecast",
            "estimate", "headline", "market", "shelf", "road", "ground", "nerve", "jackpot", "button", "brake",
            "snag", "wall", "deadlock", "stalemate", "impasse", "silence", "ice", "news", "story", "rank", "mould",
            "mold", "habit", "streak", "barrier", "ceiling", "promise", "heart"}
_VIOLENT = {"ASSAULT", "COERCE", "THREATEN"}
_SUBJECTS = {"nsubj", "csubj"}
_PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
_OBJECTS = {"dobj", "obj"}
# Dependencies through which a verb without a subject shares its governor's.
_SHARING = {"conj", "xcomp", "advcl"}
# A noun trigger carried by a verb as its object or complement ("has good *cooperation*").
_CARRIED = {"dobj", "attr", "oprd"}


# Who hears what is published: information given to them is made public, not shared with a party.
_AUDIENCES = {"reporter", "journalist", "press", "media", "public", "audience", "viewer", "reader"}


def _handed_to_a_party(trigger) -> bool:
    """Whether a giving verb names whom it gave to, and they are no audience: "gave the records *to the Indian
    government*" shares information (COOPERATE), "gave details to reporters" publishes it."""
    to = [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    to += [c for c in trigger.children if c.dep_ == "dative"]
    return bool(to) and not any(t.lemma_.lower() in _AUDIENCES for t in to)


@lru_cache(maxsize=None)
def non_agents() -> dict[str, str]:
    """Lower-case word or phrase -> class, from ``events/non_agents.tsv``, loaded once."""
    return read_word_classes("events/non_agents.tsv", CLASSES, "class")


def _kind(token) -> str | None:
    """The non-agent class of the phrase headed by ``token``: its head lemma's, or that of a
    named entity's last words ("Reston ebolavirus", "H5N1")."""
    lexicon = non_agents()
    if not token.ent_type_:  # a name goes by its last words below ("the White *House*" is no house)
        return lexicon.get(token.lemma_.lower()) or lexicon.get(token.lower_)
    if token.ent_type_:
        # A name is a non-agent's by its last words only: "Reston ebolavirus", "El Nino", not the
        # "World *Food* Programme".
        words = sorted([token, *(t for t in token.lefts if t.ent_type_ == token.ent_type_ and t.dep_ == "compound")],
                       key=lambda t: t.i)
        if names_a_non_agent(" ".join(t.text for t in words)):
            return lexicon.get(words[-1].lower_) or lexicon.get(" ".join(t.lower_ for t in words[-2:])) or "disease"
    return None


def _own(verb, deps: set[str]) -> Iterator:
    """``verb``'s dependents with ``deps``, with their conjuncts ("samples and swabs")."""
    for child in children(verb):
        if child.dep_ in deps:
            yield child
            yield from child.conjuncts


def _shared_subject_verb(verb):
    """The verb a coordinated or infinitive verb shares its subject with ("samples were taken and
    *sent*", "it was providing funds *to assist* Zimbabwe")."""
    while verb.dep_ in _SHARING and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i != verb.i \
            and not any(c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for c in children(verb)):
        verb = verb.head
    return verb


def doers(trigger) -> Iterator:
    """Tokens heading whoever does the act: subjects, a passive's ``by`` agent."""
    verb = trigger.head if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in _CARRIED else trigger
    verb = _shared_subject_verb(verb)
    yield from _own(verb, _SUBJECTS)
    for agent in _own(verb, {"agent"}):
        yield from _own(agent, {"pobj"})


def themes(trigger) -> Iterator:
    """Tokens heading what the act is done to: objects, a passive's subject."""
    verb = _shared_subject_verb(trigger)
    yield from _own(trigger, _OBJECTS)
    yield from _own(verb, _PASSIVE_SUBJECTS)
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        yield trigger.head  # "a report *released* by …", "samples *sent* to …": the noun is what is acted on
    for prep in children(trigger):
        if prep.dep_ == "prep" and prep.lower_ in _THEME_PREPS:
            yield from _own(prep, {"pobj"})


# Refusals that only keep the speaker's counsel ("declined to comment", "would not confirm"), never
# PLOVER's REJECT of a demand or an offer. Not "discuss" or "answer": "refused to discuss the
# proposal" rejects talks.
_WITHHOLDING = {"decline", "refuse"}
# Verbs that describe something as something: what it is described as is no act.
_DESCRIBING = {"describe", "see", "view", "regard", "characterize", "characterise", "portray", "depict", "hail"}
_KEPT_QUIET = {"comment", "say", "elaborate", "speculate", "specify", "disclose", "confirm", "identify", "name"}


def not_political(trigger, event_type: str | None = None) -> bool:
    """Whether the word reports no act of a political actor (no PLOVER event): the act is done by a
    non-agent or to a disease, specimen or animal; the word is part of a name; a release frees no
    one; a "call" names something.

    Example: "An outbreak of plague has killed 61 people" (doer: outbreak), "Officials are
    investigating an outbreak" (theme: outbreak), "Samples were sent to a laboratory" (theme:
    samples), "the United Nations Children's *Fund*", "released a new song", "called the death a suicide".
    """
    if trigger.ent_type_ in _NAME_TYPES or trigger.lemma_.lower() in _STATES:
        return True
    if _not_an_act(trigger):
        return True
    if any(_kind(token) in NEVER_DOERS for token in doers(trigger)):
        return True
    # Aid to fight a disease is aid ("funding to *fight* the Ebola epidemic"); samples sent are not.
    barred = NEVER_THEMES - {"disease"} if event_type == "AID" else NEVER_THEMES
    if any(_kind(token) in barred for token in themes(trigger)):
        return True
    if event_type in _NOT_AT_PREMISES and any(_kind(t) == PREMISES for t in _goals(trigger)):
        return True
    lemma = trigger.lemma_.lower()
    if trigger.pos_ == "NOUN" and (trigger.dep_ == "oprd" or (
            trigger.dep_ == "pobj" and trigger.head.lower_ == "as" and trigger.head.head.lemma_.lower() in _DESCRIBING)):
        # "called the ruling *a warning*", "described the deal as *a betrayal*": a judgement, no act
        # (an adjective stays: "called the claims *baseless*" rejects them)
        return True
    if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN" and (trigger.head.lemma_.lower() in _DESCRIBING or any(
            c.dep_ == "oprd" for c in trigger.head.children)):
        return True  # "described *the deal* as …", "called *the vote* a fraud": what is judged, not the judge's act
    if (lemma in _WITHHOLDING and any(c.dep_ == "xcomp" and c.lemma_.lower() in _KEPT_QUIET for c in trigger.children)) \
            or (lemma in _KEPT_QUIET and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in _WITHHOLDING):
        return True  # "declined to comment", "refused to be named": keeping quiet refuses no party anything
    if lemma in _RELEASING | _GIVING and trigger.pos_ == "VERB":
        given = [t for t in themes(trigger) if t.dep_ in _OBJECTS | _PASSIVE_SUBJECTS or t.i == trigger.head.i]
        given += [o for t in given if t.lemma_.lower() in _PARTS
                  for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in _own(p, {"pobj"})]
        if any(t.lemma_.lower() in _PUBLISHED or (lemma == "send" and t.lemma_.lower() in _SENT_ON) for t in given) \
                and not (event_type == "COOPERATE" and _handed_to_a_party(trigger)):
            return True  # "released a new song", "a report released by", "gave a speech": published, not set free or given
    if event_type in _VIOLENT and lemma in _FORCE and any(
            t.lemma_.lower() in _FIGURES for t in themes(trigger) if t.dep_ in _OBJECTS):
        return True  # "struck a softer tone", "hit a record high": an idiom, not force
    if event_type == "CONSULT" and lemma == "call" and trigger.pos_ == "VERB" and _calls_a_thing(trigger):
        return True  # "called the use of executive orders 'quite dangerous'": a view, not a phone call
    if event_type == "THREATEN" and lemma == "warn" and _warns_of_the_world(trigger):
        return True  # "warned that shipments could be delayed": a forecast, not a threat
    if lemma == "ask" and _asks_a_question(trigger):
        return True  # "asked Solorio if the city …": a question, not a request PLOVER codes
    if lemma in _TRAVEL and trigger.pos_ == "VERB" and not any(c.dep_ in _OBJECTS | _PASSIVE_SUBJECTS for c in trigger.children) \
            and not any(t.lemma_.lower() in _FORCES for t in doers(trigger)):
        return True  # "a Canadian who returned from Mexico", "the Pope left hospital": travel, not a withdrawal
    if lemma == "recall" and not any(t.pos_ == "PRON" or is_party(t) for t in themes(trigger)):
        return True  # a product recall; PLOVER's recall is of an envoy ("recalled its *ambassador*")
    if lemma == "have" and not _has_partner(trigger):
        return True
    if lemma == "return" and trigger.pos_ == "NOUN" and (trigger.tag_ == "NNS" or any(
            c.lower_ in {"tax", "income", "financial"} for c in trigger.children)) \
            and not any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger.children):
        return True  # "his tax *returns*", "maximise *returns*": papers and profits, not a withdrawal
    if lemma == "meet" and any(t.dep_ in _OBJECTS and t.lemma_.lower() in _STANDARDS for t in themes(trigger)):
        return True  # a standard met, not a meeting
    if event_type == "CONSULT" and lemma in _TALKING and trigger.pos_ == "VERB" \
            and any(c.dep_ == "nsubj" for c in trigger.children) and not _talks_with_someone(trigger):
        # Only a clause of its own: "called Lavrov *to discuss* Syria", "held talks, *discussing* …"
        # talk within the meeting their governing verb reports.
        return True
    return lemma in NAMING and trigger.pos_ == "VERB" and _names_no_party(trigger)


def _names_no_party(verb) -> bool:
    """Whether a naming verb names something that is no party: "called the death a suicide",
    "called it a horror scene" (no act); "called *him* a liar" is a judgement on someone (ACCUSE)."""
    if named_as(verb) is None:
        return False
    named = named_one(verb)
    return named is not None and not _someone(named)


def _goals(trigger) -> Iterator:
    """What an act is done to, and where to or from: themes and the objects of to, from, into."""
    yield from themes(trigger)
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in _GOAL_PREPS:
            yield from _own(prep, {"pobj"})


# What one "calls" that is a gathering, not a view named: "called *a meeting* of the council".
_GATHERINGS = {"meeting", "summit", "session", "talk", "conference", "consultation", "council", "assembly"}


def _calls_a_thing(verb) -> bool:
    """Whether "call" has an object that is neither a party nor a gathering, so no one is phoned:
    "called the idea a ridiculous proposition" (whatever the parse makes of the name given)."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative", "obj"}]
    return bool(objects) and not any(_someone(o) or o.lemma_.lower() in _GATHERINGS for o in objects)


def _someone(token) -> bool:
    """Whether an object names a party, or a person by pronoun ("called *him* …")."""
    return is_party(token) or token.lower_ in _PERSONAL


def _warns_of_the_world(verb) -> bool:
    """Whether "warn" reports what will happen in the world rather than what someone will do: a
    clause whose subject is no party and that sets no condition ("warned that shipments *could be
    delayed*"). A party's act, or a condition, makes it a threat ("warned that *the army* would
    respond", "warned that MEPs will not ratify the deal *if* …"), as PLV_train codes them."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        if any(t.lower_ in {"if", "unless"} for t in clause.subtree):
            return False
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
        return subject is not None and subject.dep_ != "expl" and subject.pos_ != "PRON" and not is_party(subject)
    return False


def _asks_a_question(verb) -> bool:
    """Whether "ask" puts a question: a clause opened by if, whether or a wh-word, or a quotation ending in "?"."""
    for child in verb.children:
        if child.dep_ == "ccomp" and any(d.lower_ in {"if", "whether"} or d.tag_ in {"WDT", "WP", "WRB"}
                                         for d in child.subtree if d.i < child.i):
            return True
    after = verb.sent[verb.i - verb.sent.start + 1:]
    return "?" in after.text and any(t.is_quote for t in after)


def _talks_with_someone(verb) -> bool:
    """Whether a verb of talking has someone to talk with: a "with" partner (of the verb or its
    object), several doers ("the two leaders", "Merkel and Macron"), or a party as its object."""
    nodes = [verb, *(c for c in verb.children if c.dep_ in _OBJECTS)]
    if any(c.dep_ == "prep" and c.lower_ in {"with", "to"} for node in nodes for c in node.children):
        return True
    for doer in doers(verb):
        if doer.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in doer.children) or doer.lower_ in {"we", "they"}:
            return True
    return any(is_party(c) or c.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for c in verb.children if c.dep_ in _OBJECTS)


def _has_partner(verb) -> bool:
    """Whether "have" names a meeting with someone ("had lunch *with* Macron"), not a possession ("has
    less access") nor the light verb of an event noun ("has good *cooperation* with Tehran": the noun
    is the event)."""
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    if any(is_candidate(o) for o in objects):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for node in [verb, *objects] for c in node.children)


def _not_an_act(trigger) -> bool:
    """Whether the word names an act in general, not one that happened: a clausal subject
    ("*destroying* terrorist groups requires cooperation"), what something needs ("requires
    regional *cooperation*"), or the occasion of a remark ("said *at the meeting*", which is the
    setting of the statement; the meeting itself is reported where it is the news)."""
    if trigger.dep_ in {"csubj", "csubjpass"}:
        return True
    children = list(trigger.children)
    if trigger.tag_ == "VBN" and trigger.dep_ == "acl" and not any(c.dep_ == "agent" for c in children):
        return True  # "a group *opposed* to …", "a man *accused* of …": a description, not a reported act
    if any(c.dep_ in _OBJECTS and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in children):
        return True  # "gave *no* details", "made *no* comment"
    if trigger.dep_ in {"dobj", "xcomp"} and trigger.head.lemma_.lower() in _NEEDING:
        return True
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in {"at", "during"}:
        return trigger.head.head.lemma_.lower() in _REMARKING
    return False


def is_locative(doc, span) -> bool:
    """Whether a mention is where something happens, the object of "in", "at", "near" that a verb
    governs ("a meeting … held *in Kazakhstan*"): a setting, not an actor. (PLOVER's targets often
    include the setting, "attacks in Syria", so recipients are not tested.)"""
    mention = mention_span(doc, span)
    if mention is None:
        return False
    root = mention.root
    # Only a verb's setting: "the court *in New Delhi*", "a bomber in Mogadishu" name who acted.
    return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE and root.head.head.pos_ in {"VERB", "AUX"}


def names_a_non_agent(name: str) -> bool:
    """Whether an entity's name names a disease, a hazard or a thing ("H5N1", "Equine Influenza",
    "the Reston ebolavirus", "El Nino"): such an entity is never an event's party."""
    # The last word heads an English name: "Centers for *Disease* Control" and the "Food and Drug
    # Administration" are agencies, "Equine *Influenza*" a disease.
    words = name.casefold().replace("-", " ").split()
    lexicon = non_agents()
    return bool(words) and (lexicon.get(words[-1]) in NAMED_NON_AGENTS or lexicon.get(" ".join(words[-2:])) in NAMED_NON_AGENTS)


# Visits and tours (PLOVER CONSULT) are of a party: a country, its capital, a person or an
# organisation; touring an area or visiting a factory is no consultation.
VISITS = {"visit", "tour"}


def visits_no_one(trigger, event_type: str, recipient) -> bool:
    """Whether a visit, once its parties are checked, has no party visited."""
    return event_type == "CONSULT" and trigger.lemma_.lower() in VISITS and recipient is None


__all__ = ["is_locative", "not_political", "names_a_non_agent", "visits_no_one", "doers", "themes", "non_agents"]
