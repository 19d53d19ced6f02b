"""Strikes and blockades by civilians: PLOVER codes a labour strike as PROTEST (mode strike), never
ASSAULT, and a road blocked by protesters as PROTEST (mode obstruct), not COERCE.

"strike" is both an attack ("an air strike", "missiles struck the port") and a stoppage of work
("dockworkers strike over automation", "teachers went on strike"). The type models learn the
attack sense from PLV's many military strikes and read a headline such as "Nurses strike over
pay" as an assault. The work sense shows in the words around the trigger: who strikes (workers,
a union, a trade), what for (pay, a contract), or the set phrase "on strike".
"""
from __future__ import annotations

from .parties import counted

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
