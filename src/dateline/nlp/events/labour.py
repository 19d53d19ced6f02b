"""Strikes and blockades by civilians: PLOVER codes a labour strike as PROTEST (mode strike), never
ASSAULT, and a road blocked by protesters as PROTEST (mode obstruct), not COERCE.

"strike" is both an attack ("an air strike", "missiles struck the port") and a stoppage of work
("dockworkers strike over automation", "teachers went on strike"). The type models learn the
attack sense from PLV's many military strikes and read a headline such as "Nurses strike over
pay" as an assault. The work sense shows in the words around the trigger: who strikes (workers,
a union, a trade), what for (pay, a contract), or the set phrase "on strike".
"""
from __future__ import annotations

from typing import Optional

from .parties import QUANTITY_HEADS, counted

# Who stops work: nouns of trades and of organised labour (singular lemmas). A word ending in
# "worker" ("dockworkers", "autoworkers") counts too.
WORKERS = {"worker", "employee", "staff", "union", "teacher", "nurse", "doctor", "physician", "miner", "docker",
           "longshoreman", "driver", "pilot", "crew", "machinist", "cleaner", "porter", "conductor", "guard",
           "firefighter", "journalist", "lecturer", "professor", "resident", "trucker", "farmer", "actor", "writer",
           "laborer", "labourer", "builder", "technician", "engineer", "controller", "attendant"}
# What a strike is over or for: "strike over pay", "struck for better wages".
GRIEVANCES = {"pay", "wage", "salary", "pension", "contract", "condition", "hour", "job", "benefit", "automation",
              "layoff", "bonus", "raise", "overtime", "staffing", "shift"}
# Modifiers that name a stoppage of work: "a general strike", "a 24-hour strike", "strike action".
STOPPAGE_WORDS = {"general", "national", "nationwide", "wildcat", "sympathy", "labor", "labour", "rail", "transport",
                  "teachers", "workers", "indefinite", "hunger", "warning", "action", "day", "hour"}


def _is_worker(token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in WORKERS or lemma.endswith("worker") or token.lower_.rstrip("s") in WORKERS


def _for_grievance(token) -> bool:
    # "strike over pay" is at times parsed with "over" as a particle and "pay" as the object.
    if any(c.dep_ == "dobj" and c.lemma_.lower() in GRIEVANCES for c in token.children):
        return True
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in {"over", "for", "against", "about"}:
            if any(o.dep_ == "pobj" and o.lemma_.lower() in GRIEVANCES for o in prep.subtree):
                return True
    return False


def labour_strike(trigger) -> bool:
    """Whether a "strike" word reports a stoppage of work, not an attack."""
    if trigger.lemma_.lower() not in {"strike", "walkout"}:
        return False
    if trigger.lemma_.lower() == "walkout" or _for_grievance(trigger):
        return True
    if trigger.pos_ == "NOUN":
        # "went *on strike*", "staff *on strike*"
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "on":
            return True
        modifiers = [c for c in trigger.children if c.dep_ in {"compound", "amod", "nmod", "poss", "nummod"}]
        return any(_is_worker(c) or c.lower_ in STOPPAGE_WORDS or c.lemma_.lower() in STOPPAGE_WORDS for c in modifiers)
    subjects = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(_is_worker(s) for s in subjects)


# Who protests by obstruction: "*protesters* blocked the avenue", "*farmers* blockaded the port".
PROTESTERS = {"protester", "protestor", "demonstrator", "activist", "picketer", "striker", "marcher", "crowd",
              "student", "resident", "villager", "rioter", "campaigner", "supporter"}
# Acts of obstruction (COERCE when the state does them: "police blocked the road").
OBSTRUCTING = {"block", "blockade", "barricade", "occupy", "obstruct", "paralyse", "paralyze", "shut"}


def civil_obstruction(trigger) -> bool:
    """Whether protesters or workers block or occupy something ("protesters *blocked* the avenue")."""
    if trigger.lemma_.lower() not in OBSTRUCTING or trigger.pos_ != "VERB":
        return False
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    subjects += [c for s in subjects for c in s.conjuncts]
    subjects = [counted(s) or s for s in subjects]  # "hundreds of *protesters*"
    return any(s.lemma_.lower() in PROTESTERS or _is_worker(s) for s in subjects)


# Civilians whose violence is a protest's (PLOVER PROTEST modes riot and vandalize): protesters and their
# kin, and the government's opponents ("opponents of the government *clashed* with police"). Armed groups
# are not among them: their attacks stay ASSAULT.
CIVILIANS = PROTESTERS | {"opponent", "youth", "mob"}
# What is damaged as a symbol (PLOVER vandalize: "damage or destroy property as a symbolic act").
SYMBOLS = {"flag", "effigy", "statue", "portrait", "poster", "picture", "banner", "monument", "photo", "photograph",
           "image"}


def _subjects(trigger) -> list:
    """The trigger's subjects and their conjuncts, a quantity word read as what it counts ("hundreds of *protesters*")."""
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if not subjects and trigger.dep_ == "conj":  # "torched cars and *smashed* windows": the first verb's
        subjects = [c for c in trigger.head.children if c.dep_ == "nsubj"]
    subjects += [c for s in subjects for c in s.conjuncts]
    return [counted(s) or s for s in subjects]


# Singular nouns that name a crowd: a riot is the violence of many.
_COLLECTIVES = {"crowd", "mob"}


def _many(subject) -> bool:
    """Whether a subject names many people: a plural ("protesters", "hundreds of *students*") or a crowd."""
    return subject.tag_ in {"NNS", "NNPS"} or subject.lemma_.lower() in _COLLECTIVES


def civil_violence(trigger) -> Optional[str]:
    """The PROTEST mode of an attack that protesters or other civilians make, or None: "protesters *burned*
    the flag" (vandalize), "rioters *torched* cars", "opponents of the government *clashed* with police" (riot)."""
    if trigger.pos_ != "VERB" or not any(s.lemma_.lower() in CIVILIANS and _many(s) for s in _subjects(trigger)):
        return None  # (one student who shoots classmates commits a crime: no crowd, no protest)
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return "vandalize" if any(o.lemma_.lower() in SYMBOLS for o in objects) else "riot"


# People named without saying who they are: a crowd of them protesting takes to the streets.
_PEOPLE = {"people", "citizen", "resident", "villager", "woman", "man", "youth", "student", "voter", "parent"}


def crowd_protest(trigger) -> bool:
    """Whether the verb "protest" has a crowd as subject ("tens of thousands of people *protested* the
    killing", "hundreds protested outside parliament", "5,000 workers protested"): a demonstration (PROTEST),
    where a government's protest ("China protested the sale") is a complaint (ACCUSE)."""
    if trigger.lemma_.lower() != "protest" or trigger.pos_ != "VERB":
        return False
    for subject in (c for c in trigger.children if c.dep_ == "nsubj"):
        people = counted(subject)
        if people is not None or subject.lower_ in QUANTITY_HEADS:
            return people is None or people.lemma_.lower() in _PEOPLE | PROTESTERS or _is_worker(people)
        lemma = subject.lemma_.lower()
        if lemma in PROTESTERS or _is_worker(subject) or (
                lemma in _PEOPLE and any(c.dep_ == "nummod" for c in subject.children)):
            return True
    return False


# People whose coming together is itself a protest: the word names them by it ("*protesters* gathered
# outside parliament"). Supporters, students or a crowd also gather for rallies, lectures or a show.
DEMONSTRATORS = {"protester", "protestor", "demonstrator", "marcher", "picketer", "striker", "rioter"}
# Verbs of coming together, which the models read as a meeting (CONSULT).
_GATHERING = {"gather", "assemble", "converge", "congregate", "mass", "rally"}


def demonstrators_gathering(trigger) -> bool:
    """Whether protesters come together ("hundreds of *demonstrators* gathered outside the ministry"):
    a demonstration (PLOVER PROTEST), not a meeting between parties."""
    if trigger.lemma_.lower() not in _GATHERING or trigger.pos_ != "VERB":
        return False
    return any(s.lemma_.lower() in DEMONSTRATORS for s in _subjects(trigger))


# Who protests in words: a state, its government or its diplomats ("China *protested* the sale",
# "the foreign ministry protested"): PLOVER's ACCUSE (disapprove), not a demonstration.
_OFFICIAL = {"government", "ministry", "embassy", "minister", "ambassador", "foreign", "administration", "cabinet",
             "president", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson", "envoy"}


def official_protest(trigger) -> bool:
    """Whether the verb "protest" has a state or its officials as subject ("China *protested* the arms
    sale", "the foreign ministry protested"): a complaint in words."""
    if trigger.lemma_.lower() != "protest" or trigger.pos_ != "VERB":
        return False
    return any(s.ent_type_ == "GPE" or s.lemma_.lower() in _OFFICIAL for s in _subjects(trigger))


def recoded_protest(event_type: str, trigger) -> Optional[tuple[str, str]]:
    """The type and mode a protest takes where the models coded it ``event_type`` (see the functions
    above), or None: PROTEST for a strike coded ASSAULT, a blockade by protesters coded COERCE or ASSAULT,
    their violence coded ASSAULT, a crowd's "protest" coded ACCUSE, protesters gathering coded as a meeting;
    ACCUSE for a state's "protest"."""
    if event_type == "ASSAULT" and labour_strike(trigger):
        return "PROTEST", "strike"
    if event_type in {"COERCE", "ASSAULT"} and civil_obstruction(trigger):
        return "PROTEST", "obstruct"
    violence = civil_violence(trigger) if event_type == "ASSAULT" else None
    if violence is not None:
        return "PROTEST", violence
    if event_type == "ACCUSE" and crowd_protest(trigger):
        return "PROTEST", "demo"
    if event_type != "PROTEST" and demonstrators_gathering(trigger):
        return "PROTEST", "demo"
    return ("ACCUSE", "disapprove") if event_type == "PROTEST" and official_protest(trigger) else None
