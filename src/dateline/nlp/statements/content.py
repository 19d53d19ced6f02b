"""What counts as content: a proposition someone stated, not the thing a verb acts on.

A reporting verb can take a clause ("said that the plan failed"), a quotation, or a noun
phrase. Most noun phrases carry no statement: "claimed responsibility for the attack",
"acknowledged the scale of the defeat", "offered a day", "hate it", a deed ("accused X of
hiding it", "denied breaking any law"), a label put on the object, quoted or not ("called the
plan “reckless”"). The Gender Gap Tracker (Asr et al. 2021) counts only what was said, so a
noun-phrase content is kept only when it holds a clause with its own subject; an infinitive
("to unionize", "to go") only after a verb of the lexicon ("called for the United States to step
up") that does not report a decision, a wish or a promise ("agreed to reopen talks", "vowed to
fight": what someone will do, not what they said is so),
never after a verb the cue model accepted in context ("voted to unionize", "decided to go"), and
not after a verb whose object is the listener ("urged residents to stay" is a request).
"""
from __future__ import annotations

import re
from typing import Any

from .cues import load_cues
from .forms import Candidate
from .reported import HEARSAY_NOUNS
from .unsaid import says_nothing

# How a content found through a verb's object or prepositional phrase is named (``Candidate.via``).
NOUN_PHRASE_VIAS = {"dobj", "attr", "oprd"}
# Dependencies of a subject that make a stretch of words a clause ("the rations had not been
# inspected"), as opposed to a noun phrase with a relative clause ("documents which show …").
_CLAUSE_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
_NOT_CLAUSE_HEADS = {"relcl", "acl"}
# Words that, as the object of their clause, make it a noun phrase ("on what it called a depot").
_FREE_RELATIVES = {"what", "whatever", "whoever"}
# Dependencies of a verb phrase inside a noun-phrase content ("Need to do …"). Not ``pcomp``: the
# gerund of "accused X of placing …" is a charge against X, a thing done, which the Gender Gap
# Tracker's manner does not count as a quotation (unless quoted: ``_quotation_as_object``).
_VERBAL_DEPS = {"ccomp", "xcomp", "ROOT", "dobj"}
# Verbs of the lexicon that report a view with a clause but a decision, a wish or a promise with an
# infinitive ("vowed that the plant would stay open" states something; "vowed to keep the plant
# open", "threatened to tear it up" commit to a deed, which none of our Gender Gap Tracker-style gold
# sets counts). ("hop": en_core_web_sm's lemma of "hopes" and "hoped", which the cue lexicon lists.)
_INTENDING = {"agree", "hope", "hop", "expect", "vow", "pledge", "promise", "threaten", "swear"}
# The first person and the thought verbs of ``_writer_thinks``.
_FIRST_PERSON = {"i", "we"}
_THINKING = {"think", "believe", "guess", "suppose", "feel"}
# Indefinite subjects and modals of possibility for ``_hypothetical`` (English closed classes).
_INDEFINITE = {"many", "some", "others", "few", "most", "one", "anyone", "someone", "somebody", "anybody"}
_POSSIBLE = {"would", "might", "may", "could", "'d", "’d"}
# Verbs that put a question: with an indirect question ("asked him if …", "wondered whether …") they
# report what someone wanted to know, not a proposition; a question in marks is still quoted.
_ASKING = {"ask", "wonder", "inquire", "enquire", "query"}


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
    if _withheld(doc, cand) or _question_put(doc, cand) or _free_relative(doc, cand) or _topic_question(doc, cand) \
            or _indirect_question(doc, cand, text) or _writer_thinks(cand) or _hypothetical(cand):
        return False
    if _names_itself(doc, cand) or says_nothing(doc, cand, text):
        return False
    if is_noun_phrase(cand.via):
        start, end = cand.content_span
        if _hearsay(doc, start, end):
            return False  # "commented on reports that he had quit": the reports' clause, quoted or not
        if _quotation_as_object(text, start, end):
            return True  # 'she said, “Make no mistake about it, …”': the quotation is what was said
        # A quoted label put on the object ("called the plan “reckless”", "described the attack as
        # “reprehensible”") names the object, as an unquoted one does: the Gender Gap Tracker sets
        # annotated by hand here (polnear_ggt, polnear_ggt2, fresh11, fresh12a) count neither, and
        # storing them cost polnear_ggt2 precision 0.848 -> 0.807 (PolNeAR dev, which counts them,
        # loses R 0.012).
        return _has_clause(doc, start, end, verbal=in_lexicon)
    if cand.via == "xcomp":
        if _names_object(doc, cand, text) or _names_deed(doc, cand, text):
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
        and content[0].lower_ in _FREE_RELATIVES and not _introduced_by_that(content.root)


def _introduced_by_that(verb) -> bool:
    """Whether the clause opens with "that": "suggested that what the members did “may have broken the
    law”" reports a proposition whose subject is a free relative (often misparsed as the object)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i for c in verb.children)


def _object_is_free_relative(verb, before_only: bool = True) -> bool:
    """Whether the verb's object is a "what" (``before_only``: before it, "what the minister *called*
    …"; one after it is a question word, "would now ask: “What? …”")."""
    return any(c.lower_ in _FREE_RELATIVES and c.dep_ in {"dobj", "attr"} and (c.i < verb.i or not before_only)
               for c in verb.children)


def _names_object(doc, cand: Candidate, text: str) -> bool:
    """Whether an ``xcomp`` content is a name put on the object, not an infinitive: "calling Trump a
    racist" parsed with "Trump" the cue's ``xcomp`` (as a noun, or tagged a bare verb). What a cue
    reports through an ``xcomp`` is an infinitive with "to" ("vowed to fight"); a label without it
    is a noun-phrase object, which the Gender Gap Tracker does not count, quoted or not ("calling
    it “a disgrace”"); a quotation the parser made the ``xcomp`` ('said, “Make no mistake …”') is
    what was said."""
    span = doc.char_span(*cand.content_span, alignment_mode="expand")
    if span is None or any(c.dep_ == "aux" and c.lower_ == "to" for c in span.root.children):
        return False
    return span.root.tag_ not in {"VBG", "VBN"} and not _quotation_as_object(text, *cand.content_span)


def _names_deed(doc, cand: Candidate, text: str) -> bool:
    """Whether an ``xcomp`` content is a gerund, a deed and not a proposition: "denied breaking any
    law", "admitted taking the money", "proposed cutting fares" name an act, as "accused X of
    hiding it" does; the Gender Gap Tracker counts a clause ("denied that it had broken any law")
    or a quotation ("denied “breaking any law”"), not these."""
    span = doc.char_span(*cand.content_span, alignment_mode="expand")
    return span is not None and span.root.tag_ == "VBG" and span.root.dep_ == "xcomp" \
        and not _quotation_as_object(text, *cand.content_span)


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
    nobody's statement ("she was asked by reporters whether" names who asked). A participle that
    opens the sentence is sometimes tagged a past tense ("Asked whether …, she said"); with no
    subject of its own and hung on the main verb as an adverbial clause it is the participle. The
    "-ing" form hung so ("wrote to the minister, asking that the talks resume") is no past tense:
    it is the request of the main clause's subject."""
    if cand.cue_span is None:
        return False
    words = doc.char_span(*cand.cue_span, alignment_mode="expand")
    return words is not None and any(t.lemma_.lower() == "ask" and (t.tag_ == "VBN" or (t.tag_ == "VBD" and t.dep_ == "advcl"))
                                     and not any(c.dep_ in {"nsubj", "agent"} for c in t.children)
                                     for t in words)


def _hypothetical(cand: Candidate) -> bool:
    """Whether the cue is what unnamed people might say ("many would likely point out that …", "some
    might say the plan is dead", "others could argue …"): a modal of possibility with an indefinite
    subject is the writer's guess at a report, and nobody said it. The pronoun stands alone: "one of
    the officials would say only that …", "someone at the ministry would say …" pick out a source,
    and "would" is the past of "will" (what they agreed to say)."""
    source: Any = cand.source_head  # a spaCy Token (typed ``object`` in Candidate)
    if source is None or source.lower_ not in _INDEFINITE or source.dep_ != "nsubj":
        return False
    if any(c.dep_ in {"prep", "relcl", "acl", "appos"} for c in source.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in source.head.children)


def _writer_thinks(cand: Candidate) -> bool:
    """Whether the cue is a first-person thought outside any quotation ("I think it is a sure sign
    …", "We believe the council erred"): the writer of a letter, tweet or column printed as such,
    whose own text is no quotation in the Gender Gap Tracker's manner (none of our five gold sets
    has a first-person source). Only thought verbs: dropping every first-person cue cost PolNeAR dev
    loose recall 0.004 for no further gain on those sets; these cost it nothing."""
    source: Any = cand.source_head
    return source is not None and source.lower_ in _FIRST_PERSON and source.head.lemma_.lower() in _THINKING


def _indirect_question(doc, cand: Candidate, text: str) -> bool:
    """Whether the cue asks and its content is an indirect question in the writer's words: "asked the
    mayor if the plant would close", "We asked our readers what they thought", "when asked by a
    reporter whether that was still his view" report a question, which states nothing (the Gender
    Gap Tracker counts "ask" only with the question quoted: "“Why now?” she asked")."""
    if cand.cue_span is None or cand.kind == "direct" or _quotation_as_object(text, *cand.content_span):
        return False
    words = doc.char_span(*cand.cue_span, alignment_mode="expand")
    content = doc.char_span(*cand.content_span, alignment_mode="expand")
    return words is not None and content is not None \
        and any(t.lemma_.lower() in _ASKING for t in words) and _asks(doc, content)


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


_QUOTE_MARKS = set('"“”«»„')
# Prepositions that put what was said after a cue ("warned of", "spoke about"; forms.TOPIC_PREPOSITIONS).
_TOPIC_WORDS = {"about", "of", "on", "against", "over"}


def _quotation_as_object(text: str, start: int, end: int) -> bool:
    """True when a noun-phrase content is a quotation itself: its first word is quoted, and quoted
    words make up at least half of it ('said, “Make no mistake about it, …”'), not an unquoted
    object with a quoted label ("called the plan “a disaster”", "calling them “frijoleros”"). The
    marks of a content that is all quotation lie just outside it. Half was the rule for quoted
    noun-phrase contents chosen on the Wikinews dev split; the first word is what tells a label."""
    lo, hi = max(0, start - 1), min(len(text), end + 1)
    quoted = words = 0
    inside = first_quoted = False
    for match in re.finditer(r"[\w’']+|[\"“”«»„]", text[lo:hi]):
        if match.group() in _QUOTE_MARKS:
            inside = not inside
        elif words == 0 and not inside and match.group().lower() in _TOPIC_WORDS:
            continue  # "warned of “a catastrophe …”": the quotation is the preposition's object
        else:
            first_quoted = first_quoted or (words == 0 and inside)
            words += 1
            quoted += inside
    return first_quoted and quoted * 2 >= words


def _has_clause(doc, start: int, end: int, verbal: bool = False) -> bool:
    """True when a verb inside ``[start, end)`` has its own subject and heads no relative clause.

    With ``verbal`` (a reporting verb of the lexicon), a verb phrase inside the noun phrase counts
    too ("warned “Need to do more”"), but not a gerund after a preposition: "accused Republicans of
    placing the NRA first" names a charge, not a proposition.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    # a noun's relative clause describes it; a quantifier read as the object ("said many of the
    # examples that critics cite failed to …") is a misparsed clause, whose verbs still count
    thing = span.root.pos_ in {"NOUN", "PROPN"}
    for token in span:
        if verbal and token.pos_ == "VERB" and token.dep_ in _VERBAL_DEPS \
                and any(c.dep_ in {"dobj", "prep", "ccomp", "xcomp", "attr"} for c in token.children) \
                and not _in_relative(token, start, end, thing) and not _infinitive(token):
            return True
        if token.dep_ in _CLAUSE_SUBJECTS and token.head.pos_ in {"VERB", "AUX"} \
                and start <= token.head.idx < end and token.head.dep_ not in _NOT_CLAUSE_HEADS \
                and not _circumstance(token.head) and not _topic_of_noun(token.head) \
                and token.lower_ not in {"which", "who", "that"} and not _in_relative(token.head, start, end, thing) \
                and not _infinitive(token.head):
            return True
    return False


def _topic_of_noun(verb) -> bool:
    """True for a clause that is the object of a preposition on a noun: in "alleges negligence by the
    city over its statements about whether the bridge was safe" the clause says what the statements
    were about, a topic inside a noun phrase, not what the lawsuit alleges (the Gender Gap Tracker
    counts no noun-phrase object). A clause of the cue's own preposition ("complained about how the
    city handled it") is left to ``_topic_question``."""
    return verb.dep_ in {"pcomp", "pobj"} and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"NOUN", "PROPN"}


def _circumstance(verb) -> bool:
    """True for an adverbial clause the parser hung on a noun: in "reported a 12 per cent drop in
    profit as it set aside more money" (fresh12a's business news) it tells the circumstance of a deed
    reported as a noun phrase, not what was said. One on a verb ("the benefit held after the team
    accounted for age", a clause misread as a noun and its modifier) is kept."""
    return verb.dep_ == "advcl" and verb.head.pos_ in {"NOUN", "PROPN"}


def _infinitive(verb) -> bool:
    """True for a verb with "to" and no tense: "allowing Clinton *to go*", "forcing the council *to
    repay*". Its subject is the object of the verb before it, and the clause states no proposition."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


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
