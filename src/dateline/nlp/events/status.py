"""What a sentence says of an event (its status) and the casualties it states.

Status follows PLOVER's rule that only events reported as having happened are coded: an event
is ``asserted`` unless its trigger is negated ("did not attack"), sits under a modal or a
condition ("could strike", "if talks fail"), or lies only in the future ("will meet",
"plans to visit"). Casualties are the ACLED-style counts an ASSAULT sentence states ("killed 40
civilians", "at least 12 dead", "injuring 7"), each with the span of its number.
"""
from __future__ import annotations

from typing import Optional

from .types import phrasal_types

ASSERTED, NEGATED, HYPOTHETICAL, FUTURE = "asserted", "negated", "hypothetical", "future"

# What a party's stated intent to act is in PLOVER: a cooperative act announced ("will hold talks", "will send
# aid") is a promise, AGREE; a hostile one ("will boycott the vote", "will begin a military operation") a
# threat, THREATEN, with the threat's content as its mode (the codebook's THREATEN modes). Retreats and
# concessions announced stay what they are (PLOVER codes an announced ceasefire or release as YIELD).
ANNOUNCED = {"CONSULT": ("AGREE", None), "AID": ("AGREE", None), "COOPERATE": ("AGREE", None),
             "SUPPORT": ("AGREE", None), "ASSAULT": ("THREATEN", "violence"), "PROTEST": ("THREATEN", "restrict"),
             "COERCE": ("THREATEN", "restrict"), "SANCTION": ("THREATEN", "relations")}
_MODAL = {"should", "must", "might", "could", "would", "ought", "may", "can"}
# "'d" is "would" before a bare verb ("he'd leave"), "had" before a participle ("he'd attacked", which
# spaCy may still tag a modal); news writes it with a straight or a curly apostrophe.
_CONTRACTED_MODALS = {"'d", "’d"}
_FUTURE_AUX = {"will", "shall", "'ll", "’ll"}
# Verbs whose complement is an intention, not a deed: "plans to visit", "is set to meet".
_FUTURE_GOVERNORS = {"plan", "intend", "expect", "aim", "prepare", "schedule", "set", "hope", "want", "seek",
                     # a commitment, offer or threat is the event; what it commits to is still to come:
                     # "agreed to *reopen* the crossing", "vowed to *retaliate*", "offered to *mediate*"
                     "agree", "promise", "pledge", "vow", "offer", "decide", "threaten", "undertake", "commit"}
# Verbs that deny their complement: "denied attacking", "refused to meet", "avoided condemning".
_DENYING_GOVERNORS = {"deny", "refuse", "fail", "decline", "avoid", "refrain"}
# Verbs of asking whose complement is an act asked for, not done: "called for the president to
# *resign*", "urged them to *withdraw*", "demanded that he *resign*" (PLOVER codes the request).
# ("call" only in its phrasal senses "call for", "call on": "called Lavrov *to discuss* Syria" is a
# phone call to talk, and the talk happened.)
_REQUESTING_GOVERNORS = {"urge", "ask", "demand", "request", "appeal", "press", "push", "beg", "implore",
                         "petition", "lobby", "insist", "pressure"}
# Verbs that ask for the thing they take as object: "requested *assistance*", "sought *talks*".
_SEEKING_GOVERNORS = _REQUESTING_GOVERNORS | {"seek"}
# Verbs that weigh an act not yet decided: "was considering *sanctions*", "weighs *imposing* tariffs".
_WEIGHING_GOVERNORS = {"consider", "weigh", "mull", "contemplate", "explore", "propose", "debate"}
# Nouns whose infinitive is an act intended, offered or attempted, not done: "a plan to *move* troops".
# (Not "decision": "announced its decision to *expel* the envoy" reports the expulsion.)
_INTENT_NOUNS = {"willingness", "readiness", "plan", "intention", "intent", "desire", "offer", "proposal", "bid",
                 "attempt", "effort", "threat", "call", "demand", "request", "push", "pressure", "pledge",
                 "promise", "vow", "commitment", "ability", "right", "need", "chance", "opportunity", "option", "way"}
# Verbs that put their complement off: "delayed *lifting* the ban", "postponed the *talks*" (not yet done).
_DELAYING_GOVERNORS = {"delay", "postpone", "defer"}
# Predicates whose "that" clause is a demand (a mandative subjunctive): "it is imperative that aid
# groups *provide* aid" asks for the aid, it does not report it.
_MANDATIVE = {"imperative", "essential", "vital", "necessary", "crucial", "urgent", "critical"}
# Verbs that warn someone off an act: "warned Japan against *sending* arms", "cautioned against *strikes*".
_WARNING_GOVERNORS = {"warn", "caution", "advise", "counsel", "urge"}
_CONDITION_MARKS = {"if", "unless", "whether"}
# Marks of a condition whose consequence is the clause it hangs from ("if elected, he'd *leave*"; not
# "whether or not talks resume, the union *will strike*", which strikes either way).
_IF_MARKS = {"if", "unless"}
# Marks of a clause that has not happened yet when its verb is in the present: "will not go back
# *until* the government honours the deal", "*before* talks begin" (but "fought until the army withdrew").
_PENDING_MARKS = {"until", "till", "before", "once"}
_PRESENT_TAGS = {"VBZ", "VBP", "VB"}

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                 "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                 "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "dozens": 24, "hundreds": 200}
_KILL = {"kill", "die", "dead", "death", "slay", "massacre", "execute", "behead", "fatality", "life"}
_INJURE = {"injure", "wound", "hurt", "injury", "injured", "wounded", "maim"}


def _under_would(clause) -> bool:
    """Whether a clause hangs from a verb under "would" or "will": reported speech moves "will stay
    out until employers agree" into the past ("would stay out until employers *agreed*"), and the
    agreeing is still to come."""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ in {"would", "will"} for c in clause.head.children)


def announced(trigger) -> bool:
    """Whether an act is announced in so many words: its verb (a noun's carrying verb) takes "will" or
    "shall" ("*will hold* talks", "*will boycott* the vote"); an act put off ("postponed the talks") or
    asked for is no announcement of the actor's own intent."""
    verb = trigger.head if trigger.pos_ in {"NOUN", "ADJ", "PROPN"} and trigger.dep_ != "ROOT" else trigger
    return any(child.dep_ == "aux" and child.lower_ in _FUTURE_AUX for child in verb.children)


def event_status(trigger) -> str:
    """The status of the event a trigger opens (one of ``model.EVENT_STATUSES``).

    Examples: "police *arrested* him" → asserted; "did not *attack*" → negated; "could *strike*",
    "if they *attack*" → hypothetical; "will *meet*", "plans to *visit*" → future.
    """
    if trigger.dep_ in {"pobj", "pcomp"} and trigger.head.lower_ == "without":
        return NEGATED  # "held *without charge*", "ruled without consulting parliament": what did not happen
    if trigger.dep_ in {"pobj", "pcomp"} and trigger.head.lower_ == "against" and \
            trigger.head.head.lemma_.lower() in _WARNING_GOVERNORS:
        return HYPOTHETICAL  # "warned Japan against *sending* arms": what is warned of, not done
    verb = trigger.head if trigger.pos_ in {"NOUN", "ADJ", "PROPN"} and trigger.dep_ != "ROOT" else trigger
    if verb.pos_ == "ADP" and verb.dep_ == "prep" and trigger.dep_ == "pobj":
        verb = verb.head  # "agreed *to a ban*": the noun's clause is the verb its preposition hangs from
    status = ASSERTED
    for node in {trigger.i: trigger, verb.i: verb}.values():
        for child in node.children:
            if child.dep_ == "neg":
                return NEGATED
            if child.dep_ in {"nsubj", "nsubjpass"} and any(d.lower_ == "no" and d.dep_ == "det" for d in child.children):
                return NEGATED
            if child.dep_ == "aux" and (child.lower_ in _MODAL or (child.lower_ in _CONTRACTED_MODALS and node.tag_ == "VB")):
                status = HYPOTHETICAL
            elif child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _IF_MARKS for m in child.children):
                status = HYPOTHETICAL  # "if elected, he'd *leave* …", "unless talks resume, they *strike*": a consequence
            elif child.dep_ == "aux" and child.lower_ in _FUTURE_AUX and status == ASSERTED:
                status = FUTURE
            elif child.dep_ == "mark" and child.lower_ in _CONDITION_MARKS:
                status = HYPOTHETICAL
            elif child.dep_ == "mark" and child.lower_ in _PENDING_MARKS and status == ASSERTED \
                    and (node.tag_ in _PRESENT_TAGS or _under_would(node)):
                status = FUTURE
    if status != ASSERTED:
        return status
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and (_asks(trigger.head, _SEEKING_GOVERNORS)
                                                              or trigger.head.lemma_.lower() in _WEIGHING_GOVERNORS):
        return HYPOTHETICAL  # "requested *assistance*", "sought *talks*", "considering *sanctions*": not done
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and _asks(trigger.head.head):
        return HYPOTHETICAL  # "called for *talks*", "appealed for *aid*"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _DELAYING_GOVERNORS:
        return FUTURE  # "postponed the *talks*"
    if _demanded_clause(verb):
        return HYPOTHETICAL
    # The verb governing an infinitive or gerund complement: "plans to visit", "denied attacking".
    if verb.dep_ in {"xcomp", "ccomp", "pcomp"} or (verb.dep_ == "advcl" and verb.tag_ in {"VB", "VBG"}):
        governor = verb.head
        lemma = governor.lemma_.lower()
        if lemma in _DENYING_GOVERNORS:
            return NEGATED
        if lemma in _FUTURE_GOVERNORS and verb.tag_ == "VB":
            return FUTURE
        if lemma in _DELAYING_GOVERNORS:
            return FUTURE  # "delayed *lifting* the ban"
        if lemma in _WEIGHING_GOVERNORS and verb.dep_ != "ccomp":
            return HYPOTHETICAL  # "weighs *imposing* tariffs" (not "considered that police *had attacked*": a view)
        if requested(verb):
            return HYPOTHETICAL
        if verb.dep_ == "xcomp" and any(c.dep_ == "neg" or (c.dep_ in {"nsubj", "nsubjpass"} and any(
                d.lower_ == "no" and d.dep_ == "det" for d in c.children)) for c in governor.children):
            return NEGATED  # "did not agree to meet", "no group is allowed to threaten"
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in governor.children) and verb.dep_ == "xcomp":
            return FUTURE
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in verb.children):
        return HYPOTHETICAL
    if _under_a_modal(verb):
        return HYPOTHETICAL
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _INTENT_NOUNS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return HYPOTHETICAL  # "a willingness to *take* a meeting", "a plan to *withdraw* troops"
    return status


def _under_a_modal(verb, depth: int = 3) -> bool:
    """Whether a verb is an infinitive or gerund complement, up to ``depth`` verbs deep, of a verb
    under a modal: "that could include *imposing* sanctions", "would try to *deploy* troops"."""
    node = verb
    for _ in range(depth):
        while node.dep_ == "conj" and node.head.i != node.i:
            # a verb joined to another shares its modal unless it has a subject or auxiliary of its
            # own: "could include expelling diplomats and *imposing* sanctions"
            own = any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in node.children)
            node = node.head
            if not own and _modal(node):
                return True
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head
        if _modal(node):
            return True
    return False


def _modal(verb) -> bool:
    """Whether a verb is under a modal of possibility or obligation ("can" says what one is able to do)."""
    return any(c.dep_ == "aux" and c.lower_ in _MODAL and c.lower_ != "can" for c in verb.children)


# Modals of what may come about: "could *deny* them permits" is no refusal made, where "will not
# release" and "must withdraw" are said, and PLOVER codes the saying (stage.SAID_WITH_MODALS).
_POSSIBLE = {"could", "might", "may"}


def only_possible(trigger) -> bool:
    """Whether a trigger, not negated, only might happen: under "could", "might" or "may", or the
    consequence of a condition ("if they fail, the government *denies* …")."""
    children = list(trigger.children)
    if any(c.dep_ == "neg" for c in children):
        return False
    return any((c.dep_ == "aux" and c.lower_ in _POSSIBLE) or (c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS)
               or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _IF_MARKS for m in c.children))
               for c in children)


def _demanded_clause(verb) -> bool:
    """Whether a verb's "that" clause (or one joined to it) is what a mandative predicate demands:
    "it is *imperative* that the authorities *facilitate* aid"."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "that X be recognised, that aid groups *provide* aid": the first clause
    if clause.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    head = clause.head
    return head.lemma_.lower() in _MANDATIVE or any(
        c.dep_ == "acomp" and c.lemma_.lower() in _MANDATIVE for c in head.children)


def _asks(word, governors: set[str] = _REQUESTING_GOVERNORS) -> bool:
    """Whether a word is a verb of asking: one of ``governors``, or a phrasal REQUEST ("call *for*")."""
    return word.lemma_.lower() in governors or "REQUEST" in phrasal_types(word)


def requested(verb) -> bool:
    """Whether a verb is an act someone asks for, not one done: the bare infinitive or subjunctive
    complement of a verb of asking ("called for the president to *resign*", "urged Russia to *withdraw*")."""
    if verb.dep_ not in {"xcomp", "ccomp", "advcl"}:
        return False
    if verb.tag_ == "VBP":
        # "demanding that the authorities *release* him": with a plural subject the tagger reads the
        # subjunctive as a present tense; after a verb of asking and "that", with no auxiliary, it is one.
        return verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) \
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) and _asks(verb.head)
    return verb.tag_ == "VB" and _asks(verb.head)


def _number(token) -> Optional[int]:
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS.get(text)


def _kind(token) -> Optional[str]:
    lemma = token.lemma_.lower()
    if lemma in _KILL or token.lower_ in _KILL:
        return "fatalities"
    if lemma in _INJURE or token.lower_ in _INJURE:
        return "injuries"
    return None


def _count_kind(number) -> Optional[str]:
    """Whether a number counts the dead or the injured, from the words around it in the parse."""
    unit = number.head if number.dep_ in {"nummod", "quantmod", "compound"} and number.head.i != number.i else number
    # "12 dead", "40 killed", "7 wounded": a word right after the counted phrase.
    follower = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
    if follower is not None and follower.pos_ in {"ADJ", "VERB"} and _kind(follower):
        return _kind(follower)
    for child in unit.children:
        if child.dep_ in {"amod", "acl", "relcl", "acomp"} and _kind(child):
            return _kind(child)
    # "killed 40 civilians", "40 people were killed", "killing at least 12"
    governor = unit.head
    if unit.dep_ in {"dobj", "nsubjpass", "nsubj", "appos", "npadvmod", "attr"} or unit.i == number.i:
        if _kind(governor):
            return _kind(governor)
        for child in governor.children:
            if child.dep_ in {"acomp", "oprd"} and _kind(child):
                return _kind(child)
    # "the death toll rose to 40": the number's verb has "toll" (of deaths) as its subject.
    if unit.dep_ == "pobj" and governor.dep_ == "prep":
        verb = governor.head
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.lemma_.lower() == "toll":
                return "injuries" if any(_kind(t) == "injuries" for t in child.subtree) else "fatalities"
    return None


def casualties(sent) -> dict[str, tuple[int, tuple[int, int]]]:
    """The counts of dead and injured a sentence states, each as ``(number, span)``.

    Returns:
        ``{"fatalities": (40, (start, end)), "injuries": …}``; a kind the sentence does not state
        is absent. Several counts of one kind ("3 soldiers and 2 civilians were killed") are added.

    Example: "The strike killed 40 civilians and wounded 12." → fatalities 40, injuries 12.
    """
    found: dict[str, tuple[int, tuple[int, int]]] = {}
    for token in sent:
        if not (token.like_num or token.lower_ in _NUMBER_WORDS) or token.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT"}:
            continue
        value = _number(token)
        if value is None:
            continue
        kind = _count_kind(token)
        if kind is None:
            continue
        span = (token.idx, token.idx + len(token))
        if kind in found:
            total, (start, _end) = found[kind]
            found[kind] = (total + value, (start, span[1]))
        else:
            found[kind] = (value, span)
    return found


__all__ = ["event_status", "requested", "casualties", "ASSERTED", "NEGATED", "HYPOTHETICAL", "FUTURE"]
