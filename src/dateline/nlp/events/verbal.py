"""Attacks made with words: PLOVER codes them ACCUSE (disapprove), never ASSAULT.

Political news "attacks" far more often with words than with force: "launched a scathing attack on
the government, calling it anti-people", "attacked the plan in a speech", "ads attacking him". The
lexicon lists "attack" under both types and the models, trained mostly on conflict news, lean to
ASSAULT; these are the signs in the parse that the attack was verbal:

- a modifier that only words take ("scathing", "blistering", "personal", "verbal");
- a speech act beside it ("…, *calling* them nutters", "*accusing* it of …");
- a target that is words or a policy ("attacked the *plan*", "an attack on his *record*");
- a medium of speech ("in a *speech*", "on *Twitter*", "*ads* attacked him");
- a reason given with "over" ("attacked the minister *over* the delays");
- a label given with "as" ("attacked her opponent *as a fraud*");
- one named person attacking another ("Trump attacked Clinton").

None of them counts where the attack's own clause names force (killed, wounded, bombs, troops): "in a
statement, the army said militants attacked a base" stays ASSAULT.
"""
from __future__ import annotations

# Words that attack only with words. Chosen from the PLOVER codebook's "disapprove" examples and
# what news writes; "fierce" and "heavy" are left out, as they describe fighting as often.
_VERBAL_MODIFIERS = {"scathing", "blistering", "verbal", "stinging", "withering", "personal", "rhetorical", "searing",
                     "veiled", "sharp", "harsh", "partisan", "political", "vitriolic", "public", "written"}
# Participles of speech acts that an attack's clause carries ("…, calling them …").
_SPEECH_ACTS = {"call", "accuse", "say", "describe", "label", "brand", "dub", "blame", "criticise", "criticize",
                "denounce", "condemn", "charge", "question", "mock", "deride", "argue", "claim", "suggest", "allege"}
# Targets that are words, ideas or policies rather than people or ground.
_ABSTRACT_TARGETS = {"plan", "policy", "policies", "proposal", "bill", "law", "legislation", "record", "remarks",
                     "comment", "comments", "statement", "decision", "deal", "agreement", "stance", "position",
                     "rhetoric", "view", "views", "leadership", "handling", "response", "budget", "reform", "idea",
                     "candidacy", "campaign", "platform", "agenda", "character", "integrity", "judgment",
                     "judgement", "credibility", "motives", "proceedings", "inquiry", "investigation", "report",
                     "ruling", "verdict", "press", "media", "book", "speech", "tweet", "tweets"}
# Media of speech: "in a *speech*", "on *Twitter*", "*ads* attacked him".
_MEDIA = {"speech", "interview", "tweet", "tweets", "statement", "op-ed", "ad", "ads", "advertisement", "commercial",
          "post", "letter", "debate", "column", "editorial", "address", "remarks", "video", "podcast", "twitter",
          "facebook", "television", "tv", "radio", "blog", "rally", "memo", "book", "article", "essay"}
# Words of force: where the sentence has one, the attack may be physical whatever else it says.
_FORCE = {"kill", "wound", "injure", "dead", "death", "bomb", "bomber", "missile", "rocket", "gunman", "gunmen",
          "shoot", "shot", "fire", "troop", "soldier", "force", "militant", "suicide", "armed", "airstrike",
          "drone", "shell", "blast", "explosion", "casualty", "army", "police", "weapon", "gun", "knife", "hostage",
          "fighter", "rebel", "insurgent", "jihadist", "terrorist", "military", "raid", "cyber", "hacker"}

# How only words attack: "*personally* attacked his wife".
_VERBAL_MANNER = {"personally", "verbally", "publicly"}

_ATTACK_WORDS = {"attack", "assault", "broadside", "onslaught", "salvo", "target"}


def _lemma(token) -> str:
    return token.lemma_.lower()


def _among(token, words: set[str]) -> bool:
    """Whether the word, as lemma or as written, is one of ``words`` ("ads" is listed as written)."""
    return _lemma(token) in words or token.lower_ in words


def _targets(trigger) -> list:
    """What the attack is on: a verb's object, a noun's "on"/"against" object."""
    found = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in {"on", "against", "upon"}:
            found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def _with_force(carriers) -> bool:
    """Whether the attack's own clause names force: its doer, target, modifiers, instrument and the
    acts beside it ("*gunmen* attacked", "a *suicide* attack", "attacked …, *killing* four"). The rest
    of the sentence may discuss force without the attack being one ("attacked Clinton for her
    support of *military* action")."""
    for word in carriers:
        for child in word.children:
            if child.dep_ in {"advcl", "conj", "xcomp"} and child.pos_ == "VERB":
                words = [child]  # an act beside it: only the verb itself
            elif child.dep_ in {"nsubj", "nsubjpass", "dobj", "amod", "compound", "agent"} or \
                    (child.dep_ == "prep" and child.lower_ in {"on", "against", "with", "by"}):
                words = list(child.subtree)
            else:
                continue
            if any(_among(t, _FORCE) for t in words):
                return True
    return False


def is_verbal_attack(trigger) -> bool:
    """Whether an attack word reports an attack made with words (see the module's notes)."""
    if _lemma(trigger) not in _ATTACK_WORDS:
        return False
    # The clause around the attack: the word itself and, for a noun, the light verb that carries it
    # ("*launched* an attack", "*led* the attacks").
    carriers = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"}:
        carriers.append(trigger.head)
    if _with_force(carriers):
        return False
    for word in carriers:
        for child in word.children:
            if child.dep_ == "advmod" and child.lower_ in _VERBAL_MANNER:
                return True
            if child.dep_ in {"amod", "compound"} and child.lower_ in _VERBAL_MODIFIERS:
                return True
            if child.dep_ in {"advcl", "acl", "xcomp", "conj"} and child.tag_ == "VBG" and _lemma(child) in _SPEECH_ACTS:
                return True
            if child.dep_ == "nsubj" and _among(child, _MEDIA):
                return True
            if child.dep_ == "prep" and child.lower_ == "as" and word.pos_ == "VERB" \
                    and any(o.pos_ in {"NOUN", "ADJ"} for o in child.children if o.dep_ == "pobj"):
                return True  # a label: "attacked her opponent *as a fraud*"
            if child.dep_ == "prep" and child.lower_ in {"in", "on", "during", "over"}:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if child.lower_ == "over" and objects:
                    return True  # a reason: "attacked the minister over the delays"
                if any(_among(o, _MEDIA) for o in objects):
                    return True
    targets = _targets(trigger)
    if any(_among(t, _ABSTRACT_TARGETS) for t in targets):
        return True
    # One named person attacking another, with no force in the sentence: "Trump attacked Clinton".
    doers = [c for c in carriers[-1].children if c.dep_ == "nsubj"]
    return any(d.ent_type_ == "PERSON" for d in doers) and any(t.ent_type_ == "PERSON" for t in targets)
