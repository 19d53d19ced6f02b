"""Event words in a sense that reports no PLOVER event.

Political news uses the verbs of PLOVER's lexicon in senses of its own, and the type models, which
saw only sentences that report an event, take them at their word. Each test here reads the parse
around the trigger for one such sense; the senses were found in the events shown on judged US
political news (PolNeAR's dev articles) and are written for news English in general:

- an opinion shared, not a deal made: "Sixty percent of voters *agreed*", "the judge *agreed* with
  her that there was no reason to …" (PLOVER's AGREE is an agreement to act: "agreed with Cuba *to*
  repatriate", "agreed *on* a ceasefire", "agreed that troops *would* withdraw");
- a reception, not a meeting: "the plan *was met* with opposition";
- harm done to oneself: "*shot* himself", "veterans *killing* themselves" (a suicide bombing stays:
  "blew himself *up*" harms others);
- a figure of speech: "*seized on* his remarks", "*dealt* the governor a defeat";
- an act only ended or kept from happening: "urged the government to end the *dispute*", "to
  avert a *strike*" (the verb's own act is the event, when it is one);
- a guest who is no party to meet: "*hosting* thousands of refugees", "hosted the World Cup";
- a post held, not ground taken: "she *occupies* one of the key positions of power";
- one's own staff called in, not an envoy summoned to hear a protest: "*summoned* his climate adviser";
- views shared, not intelligence: "*shares* the same enemies", "*shared* those sentiments";
- a sentence served, money given back: "*served* one year in prison", "*returned* $43,100 in donations";
- a post or people described, not an act: "the UN *humanitarian* coordinator", "*joint* forces";
- refuge sought or taken, not given: "*took refuge* in the embassy", "sought *refuge* in the EU" (PLOVER's AID
  is the asylum a state grants; whoever seeks it gives nothing, and seeking is the verb's own act).
"""
from __future__ import annotations

from .parties import party_label

# Verbs of agreeing; the noun "agreement" always names a deal.
_AGREEING = {"agree", "concur"}
# Auxiliaries of a clause that says what is to be done: "agreed that troops *would* withdraw".
_TO_BE_DONE = {"would", "will", "should", "shall", "must", "to"}
# Prepositions of what an agreement is on or to: "agreed on a ceasefire", "agreed to a truce".
_TERMS = {"on", "upon", "to", "over"}
# Subjects that are a share of people polled, not a party: "62 percent of Republicans agreed".
_SHARES = {"percent", "%", "majority", "minority", "most", "half", "third", "quarter", "plurality", "share",
           "proportion", "number"}
# How an idea or a person is received: "was met with *opposition*", "met with *skepticism*".
_RECEPTIONS = {"opposition", "resistance", "criticism", "skepticism", "scepticism", "approval", "applause",
               "silence", "derision", "scorn", "anger", "outrage", "disbelief", "praise", "enthusiasm",
               "hostility", "suspicion", "indifference", "dismay", "cheers", "boos", "laughter", "acclaim"}
_REFLEXIVES = {"himself", "herself", "themselves", "itself", "oneself", "myself", "ourselves", "yourself"}
# Acts of harm whose reflexive object is the doer alone (not "blew himself up", which kills others).
_SELF_HARM = {"kill", "shoot", "hang", "harm", "stab", "injure", "wound", "hurt", "poison", "drown", "starve"}
# Verbs of taking that, with "on", take up an argument: "seized on his claim", "pounced on the gaffe".
_TAKING_UP = {"seize", "pounce", "jump", "latch", "grab"}


# Verbs that deal a blow: "dealt the governor her sharpest defeat" (no deal made).
_DEALING = {"deal"}
_BLOWS = {"blow", "defeat", "setback", "rebuke", "loss", "hit", "victory", "win"}
# Verbs that end an act, or keep it from happening: their object noun reports no act of its own.
# (Not "settle" or "resolve": PLV codes "settling a dispute" on the noun, as the agreement reached.)
_ENDING = {"end", "defuse", "halt", "stop", "avert", "prevent", "avoid", "ease"}
# Verbs of hosting, and what is hosted without anyone being met.
_HOSTING = {"host", "welcome", "shelter", "house"}
_NO_GUESTS = {"refugee", "migrant", "asylum", "evacuee", "tourist", "fan", "visitor", "student", "exhibition",
              "festival", "game", "tournament", "olympics", "concert", "championship", "cup", "race", "show"}


# What one occupies that is no ground: a post.
_POSTS = {"position", "post", "seat", "office", "role", "place", "spot", "chair", "job", "rank", "niche"}
# Whom a government summons to protest: a foreign envoy.
_ENVOYS = {"ambassador", "envoy", "diplomat", "chargé", "charge", "consul", "emissary", "attaché", "attache",
           "representative", "minister", "d'affaires", "mission", "embassy"}


# What is shared without cooperating (PLV's COOPERATE shares intelligence, data, technology).
_SHARED_VIEWS = {"sentiment", "view", "concern", "value", "goal", "enemy", "belief", "opinion", "feeling", "border",
                 "name", "interest", "vision", "fear", "frustration", "outrage", "anger", "worry", "hope", "assessment",
                 "conviction", "doubt", "skepticism", "scepticism", "position", "aim", "objective", "history", "trait"}
# What a sentence serves: time, not a party.
_SENTENCES = {"year", "month", "week", "day", "term", "sentence", "time", "life", "prison", "jail", "decade"}
# Money given back: "returned $43,100 in donations" is no withdrawal.
_MONEY = {"donation", "money", "fund", "contribution", "gift", "fee", "check", "cheque", "payment", "dollar", "$",
          "refund", "deposit", "bribe"}


def _children(token, *deps: str) -> list:
    return [c for c in token.children if c.dep_ in deps]


def _through(words: list, preps: set[str] | None = None) -> list:
    """The objects of ``preps`` (None: of any preposition) hanging from ``words``: "one *of* the key
    positions", "$43,100 *in* donations"."""
    return [p for w in words for prep in _children(w, "prep") if preps is None or prep.lower_ in preps
            for p in _children(prep, "pobj")]


def opinion_agreed(trigger) -> bool:
    """Whether "agree" shares a view rather than makes a deal (see the module's notes)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _AGREEING:
        return False
    if _children(trigger, "xcomp", "dobj") or any(p.lower_ in _TERMS for p in _children(trigger, "prep")):
        return False  # "agreed with Cuba to repatriate", "agreed a deal", "agreed on a ceasefire"
    subjects = _children(trigger, "nsubj")
    if any(s.lemma_.lower() in _SHARES or s.lower_ in _SHARES for s in subjects):
        return True  # a poll: "Sixty-two percent of Republicans agreed (that …)"
    for clause in _children(trigger, "ccomp"):
        # (a view may still say "would": "all agreed that the plan would raise taxes"; PLV has none of
        # either kind, and a deal names its terms in the future more often than a view does)
        return not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _TO_BE_DONE for c in clause.children)
    return any(p.lower_ in {"with", "about"} for p in _children(trigger, "prep"))


def a_reception(trigger) -> bool:
    """Whether "meet" reports how something was received, not a meeting: passive with "with"
    ("has been met with opposition"), or active with a reception ("the plan met with skepticism")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "meet":
        return False
    withs = [p for p in _children(trigger, "prep") if p.lower_ == "with"]
    if not withs:
        return False
    if _children(trigger, "auxpass", "nsubjpass"):
        return True
    return any(o.lemma_.lower() in _RECEPTIONS and not _children(o, "det") for w in withs for o in _children(w, "pobj"))


def self_harm(trigger) -> bool:
    """Whether an act of harm is done by someone to themselves alone ("shot himself")."""
    return trigger.lemma_.lower() in _SELF_HARM and any(o.lower_ in _REFLEXIVES for o in _children(trigger, "dobj"))


def taken_up(trigger) -> bool:
    """Whether "seize" and its kin take up an argument ("seized on Trump's claim"), not a place or a person."""
    return trigger.lemma_.lower() in _TAKING_UP and not _children(trigger, "dobj") and any(
        p.lower_ in {"on", "upon"} for p in _children(trigger, "prep", "prt"))


def dealt_a_blow(trigger) -> bool:
    """Whether "deal" deals a blow or a defeat rather than makes a deal."""
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() in _DEALING and any(
        o.lemma_.lower() in _BLOWS for o in _children(trigger, "dobj"))


def only_ended(trigger) -> bool:
    """Whether a noun trigger is what a verb ends or keeps from happening ("end the *dispute*")."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _ENDING


def hosts_no_guest(trigger) -> bool:
    """Whether "host" and its kin take people in or stage a show, not meet a party ("hosting refugees")."""
    if trigger.lemma_.lower() not in _HOSTING:
        return False
    objects = _children(trigger, "dobj")
    objects += _through([o for o in objects if o.lemma_.lower() in {"thousand", "hundred", "million", "dozen"}])
    # ("thousands *of* refugees")
    return any(o.lemma_.lower() in _NO_GUESTS for o in objects)


def holds_a_post(trigger) -> bool:
    """Whether "occupy" holds a post ("occupies a key position"), not ground."""
    if trigger.lemma_.lower() != "occupy":
        return False
    objects = _children(trigger, "dobj", "nsubjpass")
    objects += _through(objects, {"of"})
    return any(o.lemma_.lower() in _POSTS for o in objects)  # ("one *of* the key positions")


def summons_no_envoy(trigger) -> bool:
    """Whether "summon" calls in someone who is no envoy ("summoned his adviser to the Oval Office")."""
    if trigger.lemma_.lower() != "summon" or trigger.pos_ != "VERB":
        return False
    objects = _children(trigger, "dobj", "nsubjpass")
    if not objects or any(o.pos_ == "PRON" for o in objects):
        return False  # "summoned him over the remarks": whom the text said before
    words = [w for o in objects for w in o.subtree]  # "the Russian chargé d'affaires", "the head of the mission"
    return not any(w.lemma_.lower() in _ENVOYS or w.lower_ in _ENVOYS for w in words)


def shares_views(trigger) -> bool:
    """Whether "share" has a view, a feeling or a trait as object, not something handed over."""
    if trigger.lemma_.lower() != "share" or trigger.pos_ != "VERB":
        return False
    objects = _children(trigger, "dobj", "nsubjpass")
    objects += _through(objects, {"of"})  # "shares *part of* its eastern border with Sudan"
    return any(o.lemma_.lower() in _SHARED_VIEWS for o in objects)


def serves_a_sentence(trigger) -> bool:
    """Whether "serve" serves time ("served one year in prison"), not aid or a summons."""
    if trigger.lemma_.lower() != "serve" or trigger.pos_ != "VERB":
        return False
    objects = _children(trigger, "dobj") + _through([trigger], {"in", "behind"})
    return any(o.lemma_.lower() in _SENTENCES or o.lower_ == "bars" for o in objects)


def returns_money(trigger) -> bool:
    """Whether "return" gives money back ("returned $43,100 in donations")."""
    if trigger.lemma_.lower() != "return" or trigger.pos_ != "VERB":
        return False
    objects = _children(trigger, "dobj")
    objects += _through(objects, {"in", "of"})  # "$43,100 *in donations*"
    return any(o.lemma_.lower() in _MONEY or o.lower_ in _MONEY or o.tag_ == "$" or
               any(c.tag_ == "$" for c in o.children) for o in objects)


# Nouns of shelter a state may grant (AID), and the verbs by which those in need look for it or find it.
_SHELTERS = {"refuge", "asylum", "sanctuary", "shelter"}
_TAKING_SHELTER = {"take", "find"}
_SEEKING_SHELTER = _TAKING_SHELTER | {"seek", "look", "search", "request", "apply", "claim", "ask"}


def refuge_sought(trigger) -> bool:
    """Whether a noun of shelter is what its verb's subject seeks or takes ("took *refuge* in the embassy",
    "sought *asylum*", "applied for *asylum*"), not shelter given; or the verb takes or finds it ("*took* refuge")."""
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in _TAKING_SHELTER:
        # "took refuge", "found shelter": the verb is no act either (seeking it is a request: "sought asylum")
        return any(o.lemma_.lower() in _SHELTERS for o in trigger.children if o.dep_ == "dobj")
    if trigger.lemma_.lower() not in _SHELTERS or trigger.pos_ != "NOUN":
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep":  # "applied *for* asylum", "looking for refuge"
        head = head.head
    elif trigger.dep_ != "dobj":
        return False
    return head.lemma_.lower() in _SEEKING_SHELTER


def describes_people(trigger) -> bool:
    """Whether a lexicon adjective only describes the people or the post its noun names ("the UN
    *humanitarian* coordinator", "*joint* forces"), where "*humanitarian* aid" names an act."""
    if trigger.pos_ != "ADJ" or trigger.dep_ not in {"amod", "compound"}:
        return False
    return trigger.head.pos_ == "NOUN" and party_label(trigger.head) is not None


def no_event_sense(trigger) -> bool:
    """Whether the trigger is used in one of the senses above, which report no PLOVER event."""
    return opinion_agreed(trigger) or a_reception(trigger) or self_harm(trigger) or taken_up(trigger) \
        or dealt_a_blow(trigger) or only_ended(trigger) or hosts_no_guest(trigger) or holds_a_post(trigger) \
        or summons_no_envoy(trigger) or shares_views(trigger) or serves_a_sentence(trigger) or returns_money(trigger) \
        or refuge_sought(trigger) or describes_people(trigger)
