"""What counts as content: a proposition someone stated, not the thing a verb acts on.

A reporting verb can take a clause ("said that the plan failed"), a quotation, or a noun
phrase. Some noun phrases carry a statement ("described the attack as “utterly
reprehensible”", "warned of “a catastrophe that will kill thousands”"); most do not: "claimed
responsibility for the attack", "acknowledged the scale of the defeat", "offered a day",
"hate it". The Gender Gap Tracker (Asr et al. 2021) counts only what was said, so a noun-phrase
content is kept only when it holds a quotation or a clause with its own subject; an infinitive
("to unionize", "to go") only after a verb of the lexicon ("vowed to fight", "called for the
United States to step up") that does not report a decision or a wish ("agreed to reopen talks"),
never after a verb the cue model accepted in context ("voted to unionize", "decided to go"), and
not after a verb whose object is the listener ("urged residents to stay" is a request).
"""
from __future__ import annotations

import re

from .cues import load_cues
from .forms import Candidate
from .reported import HEARSAY_NOUNS

# How a content found through a verb's object or prepositional phrase is named (``Candidate.via``).
NOUN_PHRASE_VIAS = {"dobj", "attr", "oprd"}
# Dependencies of a subject that make a stretch of words a clause ("the rations had not been
# inspected"), as opposed to a noun phrase with a relative clause ("documents which show …").
_CLAUSE_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
_NOT_CLAUSE_HEADS = {"relcl", "acl"}
# Words that, as the object of their clause, make it a noun phrase ("on what it called a depot").
_FREE_RELATIVES = {"what", "whatever", "whoever"}
# Dependencies of a verb phrase inside a noun-phrase content ("of placing …", "Need to do …").
_VERBAL_DEPS = {"pcomp", "ccomp", "xcomp", "ROOT", "dobj"}
# Dependencies of a predicative complement: what a cue says of its object ("called X “crazy”").
_PREDICATIVE = {"oprd", "acomp", "xcomp", "ccomp", "attr"}
_QUOTE_MARKS = set('"“”«»„') | {"''"}
# Verbs of the lexicon that report a view with a clause but a decision or a wish with an infinitive.
# ("hop": en_core_web_sm's lemma of "hopes" and "hoped", which the cue lexicon lists too.)
_INTENDING = {"agree", "hope", "hop", "expect"}


def is_noun_phrase(via: str) -> bool:
    """True when the content was found as an object or prepositional phrase of the cue."""
    return via in NOUN_PHRASE_VIAS or via.startswith("prep_")


def states_proposition(doc, cand: Candidate, in_lexicon: bool, text: str, listener: bool = False) -> bool:
    """Whether a verb candidate's content is something said, not a thing acted on.

    Args:
        doc: the spaCy Doc.
        cand: the candidate, with ``via`` telling how its content was found.
        in_lexicon: whether the cue is a reporting verb of the lexicon.
        text: ``doc.text``, built once per article by the caller (spaCy rebuilds it on each access).
        listener: whether the cue is a verb whose object is the listener ("urge", "ask", "tell").

    Returns:
        False for a bare noun phrase ("the future", "responsibility for the attack"), and
        for an infinitive after a verb outside the lexicon ("voted to unionize"), and for an
        infinitive after a listener verb: "urged residents to stay", "asked the public to help"
        are requests, which the Gender Gap Tracker's manner does not count as quotations (nor
        does our Wikinews gold set; PolNeAR does: about 1% of its train attributions).
    """
    if _withheld(doc, cand) or _question_put(doc, cand) or _free_relative(doc, cand) or _topic_question(doc, cand):
        return False
    if _names_itself(doc, cand):
        return False
    if is_noun_phrase(cand.via):
        start, end = cand.content_span
        if _hearsay(doc, start, end):
            return False  # "commented on reports that he had quit": the reports' clause, quoted or not
        if _mostly_quoted(text, start, end) or _quoted_predicate(doc, start, end):
            return True
        return _has_clause(doc, start, end, verbal=in_lexicon)
    if cand.via == "xcomp":
        if _names_object(doc, cand, text):
            return False
        return in_lexicon and not listener and not _intends(doc, cand) and not _calls_on(doc, cand)
    return True


def _free_relative(doc, cand: Candidate) -> bool:
    """Whether the cue or its content is a free relative, a noun phrase and not a proposition: in
    "lamented what the writers described as “missed chances”" the content names a thing (and the
    quoted words are the writers'), and in "what the minister called “a fair deal”" the cue names
    its object; the Gender Gap Tracker counts neither. "What" as a subject ("said what happened was
    wrong") heads a clause, and a direct quotation that opens with it ("“What he did is …”") is
    kept."""
    if cand.cue_span is None:
        return False
    words = doc.char_span(*cand.cue_span, alignment_mode="expand")
    if words is not None and _object_is_free_relative(words.root):
        return True
    content = doc.char_span(*cand.content_span, alignment_mode="expand")
    return cand.kind != "direct" and content is not None and _object_is_free_relative(content.root) \
        and content[0].lower_ in _FREE_RELATIVES


def _object_is_free_relative(verb, before_only: bool = True) -> bool:
    """Whether the verb's object is a "what" (``before_only``: before it, "what the minister *called*
    …"; one after it is a question word, "would now ask: “What? …”")."""
    return any(c.lower_ in _FREE_RELATIVES and c.dep_ in {"dobj", "attr"} and (c.i < verb.i or not before_only)
               for c in verb.children)


def _names_object(doc, cand: Candidate, text: str) -> bool:
    """Whether an ``xcomp`` content is a name put on the object, not an infinitive: "calling Trump a
    racist" parsed with "Trump" the cue's ``xcomp`` (as a noun, or tagged a bare verb). What a cue
    reports through an ``xcomp`` is an infinitive with "to" ("vowed to fight"); a label without it
    is a noun-phrase object, which the Gender Gap Tracker does not count, unless it is quoted
    ("calling it “a disgrace”": what was said of the object)."""
    span = doc.char_span(*cand.content_span, alignment_mode="expand")
    if span is None or any(c.dep_ == "aux" and c.lower_ == "to" for c in span.root.children):
        return False
    return span.root.tag_ not in {"VBG", "VBN"} and not _mostly_quoted(text, *cand.content_span)


def _calls_on(doc, cand: Candidate) -> bool:
    """Whether the cue is "called on" (or "upon") someone: with an infinitive, a request like "urged
    X to" ("called on Tunisia to respect the right to a fair trial"), the listener in a preposition."""
    if cand.cue_span is None:
        return False
    words = doc.char_span(*cand.cue_span, alignment_mode="expand")
    return words is not None and any(t.lemma_.lower() == "call" and any(
        c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in t.children) for t in words)


def _question_put(doc, cand: Candidate) -> bool:
    """Whether the cue is a question put by nobody named: "(When) *asked* whether the province would
    follow, Calandra said …", "She was *asked* if the cuts …" hold a reporter's question, which is
    nobody's statement ("she was asked by reporters whether" names who asked)."""
    if cand.cue_span is None:
        return False
    words = doc.char_span(*cand.cue_span, alignment_mode="expand")
    return words is not None and any(t.lemma_.lower() == "ask" and t.tag_ == "VBN"
                                     and not any(c.dep_ in {"nsubj", "agent"} for c in t.children)
                                     for t in words)


# Verbs that, with an infinitive, withhold what follows: "declined to say whether …".
_WITHHOLDING = {"decline", "refuse"}


def _withheld(doc, cand: Candidate) -> bool:
    """Whether the cue says that nothing was said: "would not say whether evacuations were planned",
    "declined to say if she supported it", "declined to comment on reports that he had quit" (the
    clause is the reports', and nobody's words here). After a negation only a whether- or if-clause,
    or a clause through a preposition, is withheld; "did not say that X" is rare, and "denied that
    X" states X's negation, which is a statement."""
    if cand.cue_span is None:
        return False
    words = doc.char_span(*cand.cue_span, alignment_mode="expand")
    content = doc.char_span(*cand.content_span, alignment_mode="expand")
    if words is None or content is None:
        return False
    verb = words.root
    declined = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WITHHOLDING
    negated = declined or any(c.dep_ == "neg" for c in verb.children)
    if negated and cand.via.startswith("prep_"):
        return True  # "would not comment on claims that …", "declined to comment on reports that …"
    return negated and _asks(doc, content)


# Words that open an indirect question: "whether", "if", and the wh-words of "would not say when
# the talks resume", "did not explain why", "do not know how many".
_QUESTION_OPENERS = {"whether", "if", "how", "why", "when", "where", "what", "who", "which"}


def _asks(doc, content) -> bool:
    """Whether the content is an indirect question: opened by a question word, its own first word
    or the one before it ("say *whether* …" leaves the mark outside the content)."""
    opener = content[0] if content[0].lower_ in _QUESTION_OPENERS else doc[content.start - 1] if content.start else None
    return opener is not None and opener.lower_ in _QUESTION_OPENERS and not _opens_adverbial(opener, content.root)


def _opens_adverbial(word, root) -> bool:
    """Whether a question word opens an adverbial clause inside a statement, not the question itself: in
    "did not dispute that *when* the dam broke, homes were flooded" "when" hangs on an ``advcl`` of
    the clause's verb; in "did not say *when* the plant would reopen" it hangs on that verb."""
    while word.i != root.i and word.head.i != word.i:
        if word.dep_ == "advcl":
            return True
        word = word.head
    return False


def _topic_question(doc, cand: Candidate) -> bool:
    """Whether a prepositional content is a question, the topic of talk and not a proposition:
    "argued over whether the library should close", "changed on whether to count visitors"."""
    if not cand.via.startswith("prep_"):
        return False
    content = doc.char_span(*cand.content_span, alignment_mode="expand")
    return content is not None and len(content) > 1 and content[0].dep_ == "prep" and _asks(doc, content[1:])


def _hearsay(doc, start: int, end: int) -> bool:
    """True when the content is a noun of hearsay with its clause ("reports that the coach had quit",
    "claims that …"): what others say, which the cue only speaks about."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    noun = span.root
    if noun.dep_ == "prep" or noun.pos_ == "ADP":  # "on reports that …": the preposition's object
        noun = next((c for c in noun.children if c.dep_ == "pobj"), noun)
    return noun.lemma_.lower() in HEARSAY_NOUNS and any(c.dep_ in {"acl", "ccomp", "relcl"} for c in noun.children)


def _intends(doc, cand: Candidate) -> bool:
    """Whether the cue of an infinitive content is a decision or a wish ("agreed to reopen talks",
    "hopes to win", "is expected to resign"): what someone will do, not what they said. With a
    clause these verbs still report a view ("agreed that the plan failed")."""
    if cand.cue_span is None:
        return False
    words = doc.char_span(*cand.cue_span, alignment_mode="expand")
    return words is not None and any(t.lemma_.lower() in _INTENDING for t in words)


def _mostly_quoted(text: str, start: int, end: int) -> bool:
    """True when quoted words make up at least half of the words of a noun-phrase content.

    "called the plan “baseless”" and "described the attack as “utterly reprehensible”" quote
    what was said; "declared a “flu emergency” for the city" quotes a name inside a noun phrase
    that reports an act. The marks of a content that is all quotation lie just outside it.
    Half was chosen from the Wikinews dev split's quoted noun-phrase contents, not tuned further.
    """
    lo, hi = max(0, start - 1), min(len(text), end + 1)
    quoted = words = 0
    inside = False
    for match in re.finditer(r"[\w’']+|[\"“”«»„]", text[lo:hi]):
        if match.group() in _QUOTE_MARKS:
            inside = not inside
        else:
            words += 1
            quoted += inside
    return words > 0 and quoted * 2 >= words


def _quoted_predicate(doc, start: int, end: int) -> bool:
    """True when a quotation inside the content is what the cue predicates of its object.

    "called the political system “rotten to the core”", "hailed the vote as “fantastic”": the
    quoted words head a predicative complement (``oprd``, ``acomp``, ``xcomp``, or the object of
    "as"), so they are what was said of the object; a quoted name inside a noun phrase
    ("declared a “flu emergency”") is not.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    inside, quoted = False, set()
    for token in span:
        if token.is_quote:
            inside = not inside
        elif inside:
            quoted.add(token.i)
    for i in quoted:
        token = doc[i]
        if token.head.i not in quoted and not _in_relative(token, start, end) \
                and (token.dep_ in _PREDICATIVE or (token.dep_ == "pobj" and token.head.lower_ == "as")):
            return True
    return False


def _has_clause(doc, start: int, end: int, verbal: bool = False) -> bool:
    """True when a verb inside ``[start, end)`` has its own subject and heads no relative clause.

    With ``verbal`` (a reporting verb of the lexicon), a verb phrase inside the noun phrase counts
    too: "accused Republicans of placing the NRA first" states that they did.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    # a noun's relative clause describes it; a quantifier read as the object ("said many of the
    # examples that critics cite failed to …") is a misparsed clause, whose verbs still count
    thing = span.root.pos_ in {"NOUN", "PROPN"}
    for token in span:
        if verbal and token.pos_ == "VERB" and token.dep_ in _VERBAL_DEPS \
                and (token.dep_ != "pcomp" or token.head.lower_ == "of") \
                and any(c.dep_ in {"dobj", "prep", "ccomp", "xcomp", "attr"} for c in token.children) \
                and not _in_relative(token, start, end, thing):
            return True  # "of placing …" states a deed; "responsibility for sending …" does not
        if token.dep_ in _CLAUSE_SUBJECTS and token.head.pos_ in {"VERB", "AUX"} \
                and start <= token.head.idx < end and token.head.dep_ not in _NOT_CLAUSE_HEADS \
                and token.lower_ not in {"which", "who", "that"} and not _in_relative(token.head, start, end, thing):
            return True
    return False


def _in_relative(verb, start: int, end: int, thing: bool = True) -> bool:
    """True when the verb sits inside a relative clause of the noun phrase: in "echoed those of the
    Institute, which said that any pause would reward …", the clause is the Institute's report, a
    statement of its own, not what "echoed" says; in "disclosed a cache of documents that compelled
    the bureau to admit …" and "recalling a bill that failed when she was in the Senate" it describes
    the object, a thing and not a proposition ("bemoaned the climate in which people “hate each
    other”" is kept by its quotation); in "claimed responsibility for a strike on what it called a
    depot", "what it called" is a free relative, a noun phrase. Without ``thing`` (the content's head
    is no noun, a sign of a misparsed clause) only a relative clause of a report verb counts."""
    for clause in (verb, *verb.ancestors):
        if not start <= clause.idx < end:
            return False
        if (clause is not verb and clause.dep_ == "relcl" and (thing or clause.lemma_.lower() in load_cues().verbs)) \
                or _object_is_free_relative(clause, before_only=False):
            return True
    return False


# Reflexive objects: "calls itself “Northern Static”" gives a name, not words said of anything.
_REFLEXIVES = {"itself", "himself", "herself", "themselves", "themself"}


def _names_itself(doc, cand: Candidate) -> bool:
    """Whether the content is the name a source gives itself: "the band, which calls itself
    “Northern Static,”", "He calls himself “the last honest man in Ottawa”". The quoted words are a
    name or a self-description, which the Gender Gap Tracker does not count as a quotation."""
    content = doc.char_span(*cand.content_span, alignment_mode="expand")
    return content is not None and is_noun_phrase(cand.via) and content[0].lower_ in _REFLEXIVES \
        and content[0].dep_ == "dobj"
