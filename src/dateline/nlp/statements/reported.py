"""Reported words the parse does not hang below the cue's clause (stage 4 of :mod:`.attribution`).

The parser often gets the shape of a report wrong while the punctuation tells it plainly:

* a second that-clause or a quotation made a conjunct of the cue instead of the first clause:
  "said that A, and that B", "said he had offers, but “the offers were …”";
* a cue that ends the sentence after a comma, made a conjunct of the clause it reports:
  "People should provide evidence, he told reporters.";
* a cue that opens the sentence before a comma, with the report as its head: "Trump told CNN,
  his policy would be …";
* a cue set off by commas after the first words of what was said, with those words taken for a
  second subject of the cue: "Voters, Clinton suggested, don't have to worry …".

Each helper returns token indices of the content, or an empty set where the shape is not there.
"""
from __future__ import annotations

from .forms import subtree_indices

_CLAUSE_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
# Tags of a finite verb (also read by ``manner``: reported speech has one, an absolute phrase none).
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
# The most words a sentence-final attribution may have ("…, a spokeswoman for the ministry
# told reporters on Tuesday."); a longer tail after the comma is a clause of its own. Twelve
# covers a source with its role, a listener and a time.
MAX_FINAL_ATTRIBUTION = 12


def conjoined_clauses(verb, in_segment: set[int]) -> list:
    """Conjuncts of the cue that go on with what was said: a clause with its own "that" ("said that
    A and that B") or one that opens with a quotation mark ("said A, but “B”")."""
    found = []
    doc = verb.doc
    for child in verb.children:
        if child.dep_ != "conj" or child.i < verb.i or child.i not in in_segment:
            continue
        own_that = any(c.dep_ == "mark" and c.lower_ == "that" and c.i < child.i for c in child.children)
        left = child.left_edge.i
        quoted = doc[left].is_quote and doc[left].is_left_punct
        if own_that or quoted:
            found.append(child)
    return found


def sentence_before(verb, source, in_segment: set[int]) -> set[int]:
    """The words before a sentence-final attribution ("…, he told reporters."), or an empty set.

    The cue has its own subject, before it or after it ("…, said the company's president, Maria
    Lindqvist."), starts right after a comma, and with its subject, listener and time runs to the
    end of the segment; it is not the first verb of a coordination ("…, and he said") and it
    carries no clause of its own.
    """
    doc = verb.doc
    if verb.dep_ not in {"conj", "parataxis", "ccomp", "advcl"} or verb.head.i > verb.i or source is None:
        return set()
    if source.head.i != verb.i or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return set()
    inverted = source.i > verb.i
    if inverted and verb.left_edge.i != verb.i:
        return set()  # an inverted attribution opens with its cue: "…, said the president"
    left, right = (verb.i if inverted else source.left_edge.i), verb.right_edge.i
    if left < 1 or doc[left - 1].text != "," or any(t.dep_ == "cc" for t in doc[left:verb.i]):
        return set()
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) \
            or any(t.pos_ in {"VERB", "AUX"} for c in verb.rights for t in c.subtree):
        return set()  # "…, he should have insisted on getting them out": a clause, no attribution
    ends = [i for i in in_segment if i > right and not (doc[i].is_punct or doc[i].is_space)]
    if ends or right - left + 1 > MAX_FINAL_ATTRIBUTION:
        return set()
    start = min(in_segment)
    words = {i for i in range(start, left - 1) if i in in_segment}
    has_clause = any(doc[i].tag_ in FINITE_TAGS or doc[i].dep_ in _CLAUSE_SUBJECTS for i in words)
    return words if has_clause else set()


def head_after_comma(verb, in_segment: set[int], own: set[int]) -> set[int]:
    """The clause a sentence-opening cue hangs on, after its comma ("Trump told CNN, his policy
    would …"): the head's tree without the cue's; an empty set otherwise."""
    doc = verb.doc
    head = verb.head
    right = verb.right_edge.i
    if verb.dep_ != "parataxis" or head.i < verb.i or head.i not in in_segment or right + 1 >= len(doc):
        return set()
    if doc[right + 1].text != "," or not any(c.dep_ in _CLAUSE_SUBJECTS and c.i > right for c in head.children):
        return set()
    return subtree_indices(head, in_segment, own)


def predicate_after_parenthesis(verb, source, in_segment: set[int]) -> set[int]:
    """The subject and predicate around a cue set off by commas that the parser made the root ("These
    ferries, Okafor explained earlier in the hearing, were well built"): the first words hang on the
    cue, and the predicate after the closing comma is a conjunct of the cue with no subject of its
    own. Their tokens; an empty set otherwise."""
    if source is None or verb.dep_ != "ROOT" or source.i > verb.i or source.left_edge.i < 2:
        return set()
    doc = verb.doc
    fronted = [c for c in verb.lefts if c.dep_ in {"dep", "nsubj"} and c is not source and c.i < source.i]
    predicates = [c for c in verb.rights if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
                  and doc[c.left_edge.i - 1].text == ","
                  and not any(g.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for g in c.children)]
    if len(fronted) != 1 or not predicates or doc[source.left_edge.i - 1].text != "," \
            or any(c.dep_ == "cc" for c in verb.rights if c.i < predicates[0].i):
        return set()  # "…, and were …" is the source's own second act
    words = set(range(fronted[0].left_edge.i, source.left_edge.i - 1))
    return {i for i in words | {t.i for t in predicates[0].subtree} if i in in_segment}


def clause_of_subject(verb, in_segment: set[int]):
    """The head a set-off cue interrupts: the cue's head, or the verb of the clause when the parser
    hung the cue on that clause's subject ("The difference now, he told me, is that …": what he
    said is that the difference is …, not "the difference now")."""
    top = verb.head
    if top.pos_ in {"NOUN", "PROPN", "PRON"} and top.dep_ in _CLAUSE_SUBJECTS \
            and top.head.i in in_segment and top.head.i > verb.right_edge.i and top.head.pos_ in {"VERB", "AUX"}:
        return top.head
    return top


def fronted_words(verb, source) -> set[int]:
    """The first words of what was said, parsed as a second subject of a cue set off by commas
    ("Voters, Clinton suggested, don't have to worry"): that other subject's tree."""
    if source is None or verb.dep_ not in {"parataxis", "ROOT"}:
        return set()
    doc = verb.doc
    # as the cue's own clause ("The deficit, the treasurer said, will be gone"), the words are hung on
    # the cue as a subject or an unlabelled dependent
    deps = _CLAUSE_SUBJECTS | ({"dep"} if verb.dep_ == "ROOT" else set())
    others = [c for c in verb.children if c.dep_ in deps and c.i < source.i and c is not source
              and c.ent_type_ not in {"DATE", "TIME"}]
    right = verb.right_edge.i
    after = doc[right].text if doc[right].is_punct else (doc[right + 1].text if right + 1 < len(doc) else "")
    if verb.dep_ == "ROOT":  # the attribution ends before the cue's own clause: ", will be gone"
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        after = doc[clauses[0].left_edge.i - 1].text if clauses else ""
    if not others or doc[source.left_edge.i - 1].text != "," or after != ",":
        return set()
    return {t.i for other in others for t in other.subtree}


# Nouns that carry what others say ("commented on reports that he had quit", "responded to claims
# that …"): their clause is the reports', not the cue's. Written from English grammar (nouns of
# hearsay and allegation), not from a dev set.
HEARSAY_NOUNS = {"report", "claim", "allegation", "rumor", "rumour", "speculation", "accusation", "charge",
                 "suggestion", "assertion", "news"}


def clause_of_medium(verb, in_segment: set[int], source_idx: set[int]) -> set[int]:
    """ "said in a statement that …", "said in a report that …": the that-clause the parser hangs on
    the medium noun; not the clause of a noun of hearsay the verb speaks about ("declined to comment
    *on* reports that …"): only "in" makes a report the medium."""
    for prep in verb.children:
        for medium in (c for c in prep.children if prep.dep_ == "prep" and c.dep_ == "pobj"
                       and (prep.lower_ == "in" or c.lemma_.lower() not in HEARSAY_NOUNS)):
            for clause in medium.rights:
                # "in a letter that any toll would …" is parsed as a relative clause too; "that" as
                # its mark, not its subject, tells it is what the letter said
                if clause.dep_ in {"acl", "ccomp", "relcl"} \
                        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                    return subtree_indices(clause, in_segment, source_idx)
                if prep.lower_ == "in" and medium.lemma_.lower() in MEDIUM_NOUNS and _clause_without_gap(clause):
                    return subtree_indices(clause, in_segment, source_idx)
            if prep.lower_ == "in":
                clause = _complement_read_as_relative(medium)
                if clause is not None:
                    return subtree_indices(clause, in_segment, source_idx) - {clause.left_edge.i}
    return set()


# Verbs that make a medium ("the letter that she wrote", "a statement it posted"): a relative clause
# with one of them describes the medium; with another verb the clause is what the medium said.
_MAKING_MEDIA = {"write", "send", "issue", "post", "publish", "release", "sign", "give", "read", "file",
                 "share", "circulate", "deliver", "submit", "distribute", "receive", "see", "obtain",
                 "mail", "email", "e-mail", "hand", "show", "forward"}


def _complement_read_as_relative(medium):
    """The clause of "said in a letter (to students) that the encampment must end", which the parser
    reads as a relative clause with "that" as the object of "end", on the medium or on the listener
    after it. It is the letter's words when "that" opens it and a subject of its own follows, and its
    verb is none that makes a medium ("in a letter that the dean wrote" describes the letter)."""
    for clause in (t for t in medium.subtree if t.dep_ == "relcl" and t.i > medium.i):
        that = clause.doc[clause.left_edge.i]
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != that.i]
        if that.lower_ == "that" and that.dep_ in {"dobj", "nsubj"} and that.head.i == clause.i \
                and subjects and subjects[0].i > that.i and clause.lemma_.lower() not in _MAKING_MEDIA \
                and clause.right_edge.i == _end_of_report(medium.head.head):
            return clause
    return None


def _end_of_report(verb) -> int:
    """The last word of the cue's own clause, before a clause joined to it ("said in a letter that
    the encampment must end, *and students began to pack*") and its closing mark."""
    return max([c.right_edge.i for c in verb.children if c.dep_ not in {"conj", "cc", "punct"}] + [verb.i])


# Nouns of a medium one speaks or writes in ("said in a release it had approved …").
MEDIUM_NOUNS = {"statement", "release", "interview", "letter", "post", "email", "e-mail", "message", "speech",
                "video", "tweet", "note", "memo", "filing", "briefing", "conference", "address", "podcast",
                "column", "op-ed", "blog", "broadcast", "submission", "declaration", "communique", "communiqué"}
_RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}
_OBJECTS = {"dobj", "ccomp", "attr", "acomp", "xcomp", "dative", "oprd"}


def _clause_without_gap(clause) -> bool:
    """True for a clause the parser hung on a medium noun as a relative clause though it lacks
    "that" and has no gap: "in a release *it had approved the vaccine*" has its subject and its
    object, so it relates nothing to the release; "in a letter *she wrote*" lacks its object (the
    letter) and is a relative clause, as is one whose gap a relative pronoun fills ("in a letter
    *that she wrote to parents*")."""
    finite = clause.tag_ in {"VBD", "VBZ", "VBP", "VBN", "MD"} \
        or (clause.tag_ == "VB" and any(c.tag_ == "MD" for c in clause.children))  # "the plant would close"
    return clause.dep_ == "relcl" and finite \
        and not any(c.lower_ in _RELATIVE_PRONOUNS for c in clause.children) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children) \
        and (any(c.dep_ in _OBJECTS for c in clause.children) or any(c.dep_ == "nsubjpass" for c in clause.children)
             or _no_room_for_medium(clause)) \
        and not _sends_medium(clause)


# Verbs that do something to a medium besides making it ("an interview she did", "a post he later
# deleted", "a video they recorded"): with no object their gap is the medium. English usage of news
# copy about statements, interviews and posts, not a gold set.
_HANDLING_MEDIA = _MAKING_MEDIA | {"do", "make", "record", "film", "tape", "upload", "conduct", "grant", "hold",
                                   "host", "delete", "remove", "edit", "update", "draft", "prepare", "author",
                                   "pen", "compose", "type", "tweet", "retweet", "pin", "air", "broadcast", "sign"}


def _no_room_for_medium(clause) -> bool:
    """True for a clause whose verb has no object and none of the medium's verbs
    (``_HANDLING_MEDIA``), with no preposition left without its object: "in a statement *the suspect
    had fled*", "in a letter *the plant would close in March*" have no gap the medium could fill."""
    return clause.lemma_.lower() not in _HANDLING_MEDIA \
        and not any(c.dep_ == "prt" or (c.dep_ == "prep" and not any(g.dep_ in {"pobj", "pcomp"} for g in c.children))
                    for c in clause.children)


# Verbs of giving among them, the only ones whose lone object can be the recipient ("a letter it sent
# shareholders", "a speech she gave the graduates"); "issued the bonds", "received an offer",
# "filed the lawsuit" name the thing itself (English double-object verbs, Levin 1993).
_GIVING_MEDIA = {"send", "give", "hand", "show", "mail", "email", "e-mail", "forward", "write", "read"}


def _sends_medium(clause) -> bool:
    """True for a verb that sends a medium (``_GIVING_MEDIA``) with one object and no "to":
    in "in a letter *it sent shareholders*", "in a speech *she gave the graduates*" that object is
    the recipient and the medium is the gap; "it gave the province more time" (two objects) and "it
    had sent the records to police" have none, nor has a verb that takes no recipient ("in a release
    *it had issued the bonds*").
    A lone object that is the thing sent ("in a statement it had sent the records") reads the same,
    and is given up: the recipient reading is the relative clause's usual one."""
    return clause.lemma_.lower() in _GIVING_MEDIA and not any(
        c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in clause.children)


def for_to_clause(clause) -> bool:
    """True for "for X to do Y" under a cue ("called for the United States to step up"): the
    parser makes it an adverbial clause with "for" as its mark; what X is asked to do is said."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
        and any(c.dep_ == "nsubj" for c in clause.children)


# Prepositions of time or place that may stand between a cue and its clause ("said after the
# meeting he would …"); English grammar, not a dev set.
_SETTING_BEFORE_CLAUSE = {"after", "before", "during", "on", "at", "in"}


def setting_before_complement(clause, verb) -> set[int]:
    """The words of a phrase of time or place that the parser took for the opening of an adverbial
    clause right after a cue ("said after the meeting he would not accept", with "after" read as the
    clause's conjunction): the clause, with its own subject and a finite verb and no conjunction,
    is what was said. The phrase's tokens; an empty set when the clause is not of that shape.
    So is the medium of "said in a statement it had filed a complaint" that the parser hung on the
    reported clause (``medium_before_subject``)."""
    if clause.dep_ == "ccomp":
        return medium_before_subject(clause, verb)
    if clause.dep_ != "advcl" or clause.i < verb.i or any(c.dep_ == "mark" for c in clause.children):
        return set()
    preps = [c for c in clause.children if c.dep_ == "prep" and c.i == verb.i + 1
             and c.lower_ in _SETTING_BEFORE_CLAUSE]
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
    finite = clause.tag_ in FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in clause.children)
    if not preps or not subjects or not finite or subjects[0].i <= preps[0].right_edge.i:
        return set()
    return {t.i for t in preps[0].subtree}


def medium_before_subject(clause, verb) -> set[int]:
    """The tokens of "in a statement" right after the cue that the parser hung on the clause after it
    ("Trump's campaign said in a statement it had filed a complaint"): where the statement was made,
    not part of what it says, as when the parser hangs it on the cue. An empty set otherwise."""
    subjects = [c for c in clause.children if c.dep_ in _CLAUSE_SUBJECTS and c.i > verb.i]
    for prep in clause.children:
        media = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in MEDIUM_NOUNS]
        if prep.dep_ == "prep" and prep.lower_ == "in" and media and verb.i < prep.i == prep.left_edge.i \
                and subjects and prep.right_edge.i < subjects[0].left_edge.i \
                and all(t.dep_ == "npadvmod" or t.is_punct for t in verb.doc[verb.i + 1:prep.i]):
            return {t.i for t in prep.subtree}
    return set()


def as_clause(verb, in_segment: set[int]) -> bool:
    """True for "as X noted, …" and "…, as police have said": a cue in an as-clause with no content of
    its own, before its head verb or set off by a comma after it."""
    trailing = verb.i > verb.head.i and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ","
    after = [t for t in verb.doc[verb.right_edge.i + 1:verb.right_edge.i + 3] if t.text != ","]
    if any(t.is_quote for t in verb.subtree if t.i > verb.i) or (trailing and after and after[0].is_quote):
        return False  # "seen, as The New Yorker put it, “the operator.”": the quotation is what it says
    return verb.dep_ == "advcl" and (verb.i < verb.head.i or trailing) and verb.head.i in in_segment \
        and verb.head.pos_ in {"VERB", "AUX"} \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
        and (_puts_it(verb) or not any(c.dep_ in {"dobj", "ccomp", "xcomp"} or _topic_phrase(c) for c in verb.children))


# Prepositions that name where or when something was said ("as she noted in a column", "as he said
# at the hearing"), not what about: such a phrase leaves an as-clause without content of its own.
# Written from English grammar (place, medium and time), not from a dev set.
_SETTING_PREPOSITIONS = {"in", "at", "during"}


def _topic_phrase(child) -> bool:
    """True for a prepositional phrase that could be what a cue is about ("as he said of the plan")."""
    return child.dep_ == "prep" and child.lower_ not in _SETTING_PREPOSITIONS


def _puts_it(verb) -> bool:
    """True for "put it" ("as Ms. Ortiz put it in a letter to the board, …"): "it" is what was said,
    and a phrase of place or medium may follow."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) \
        and not any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children)


def after_break(doc, verb) -> bool:
    """True when punctuation (a comma, dash, colon or quote mark) comes right before the cue's clause."""
    left = verb.left_edge.i
    return left > 0 and (doc[left - 1].is_punct or doc[left - 1].is_quote or doc[left].is_punct)


def set_off(doc, verb, source=None) -> bool:
    """True when the cue's clause is a parenthetical between commas ("…, he said, …").

    A source the parser hung elsewhere but that stands right before the cue belongs to the
    parenthetical: in "To understand the case, Chief Justice Roberts said, one should …" the name
    was read as an apposition of "the case"."""
    left, right = verb.left_edge.i, verb.right_edge.i
    if leading_clause(verb, source):
        left = source.left_edge.i  # "If A, the mayor suggested, B": the parenthetical starts at its source
    if source is not None and source.right_edge.i == left - 1 and source.i not in {t.i for t in verb.subtree}:
        left = source.left_edge.i
    before = doc[left].text if doc[left].is_punct else (doc[left - 1].text if left > 0 else "")
    after = doc[right].text if doc[right].is_punct else (doc[right + 1].text if right + 1 < len(doc) else "")
    return before == "," and after in {",", "."}


def leading_clause(verb, source) -> set[int]:
    """The words that open the sentence and that the parser hung on a cue set off after them ("If
    the bridge opens, the mayor suggested, the ferries will stop"; "In a county hit hard, the
    organisers argued, turnout would rise"): a condition or setting of what was said, not of the
    saying. Their tokens, up to the comma before the source; an empty set otherwise."""
    if source is None or source.i > verb.i or source.left_edge.i < 1:
        return set()
    doc = verb.doc
    before = [c for c in verb.lefts if c.i < source.left_edge.i]
    if doc[source.left_edge.i - 1].text != "," or not any(c.dep_ in _LEADING for c in before) \
            or not all(c.dep_ in _LEADING | {"cc", "advmod", "punct"} for c in before):
        return set()
    return set(range(verb.left_edge.i, source.left_edge.i))


# What may open a sentence before a parenthetical cue: a subordinate clause or a phrase of setting.
_LEADING = {"advcl", "prep"}


def set_off_advcl(doc, verb, source) -> bool:
    """True for a cue set off by commas before its head that the parser made an adverbial clause ("But
    with each passing week, these farmers acknowledge, it becomes harder …"): no conjunction of its
    own ("when", "because"), so it is a parenthetical that reports the rest of the sentence."""
    return verb.dep_ == "advcl" and verb.i < verb.head.i and source is not None and source.i < verb.i \
        and not any(c.dep_ == "mark" for c in verb.children) and set_off(doc, verb, source)


def introduced(verb) -> bool:
    """True for a clause that "that", "whether" or "if" introduces: it is what another verb reports
    ('told MSNBC's "Morning Joe" that nobody would question …'), never a cue set off inside it."""
    return any(c.dep_ == "mark" and c.lower_ in {"that", "whether", "if"} and c.i < verb.i for c in verb.children)


def listener_complement(verb, in_segment: set[int]) -> list:
    """The that-clause of "told X that …" that the parser hung on the listener as a relative clause
    ("told a meeting of island leaders that few people understood …"): "that" marked as a conjunction,
    not a pronoun, opens a complement, which is what was told. So does a clause right after the
    listener with no "that" and a personal pronoun for subject ("told councillors he pays half his
    salary in rent"): a relative clause on the listener would leave a gap where the listener goes,
    and "the councillors he pays" with an object of its own has none."""
    found = []
    for listener in (c for c in verb.children if c.dep_ == "dobj"):
        for clause in listener.subtree:
            if clause.dep_ != "relcl" or clause.i not in in_segment:
                continue
            if any(m.dep_ == "mark" and m.lower_ == "that" and m.i < clause.i for m in clause.children) \
                    or _bare_complement(clause, listener):
                found.append(clause)
    return found[:1]


# Subjects that open a clause of their own after a listener: a relative clause would start with a
# relative word or leave the listener's place empty, a personal pronoun does neither.
_PERSONAL_SUBJECTS = {"he", "she", "they", "we", "i", "you"}


def _bare_complement(clause, listener) -> bool:
    """True for "told reporters she had waited an hour": a clause right after the listener, with a
    personal pronoun as subject, no relative word, and its object's place filled (or no place:
    "told them they were safe"); "the man he works with" leaves a preposition without its object."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < clause.i]
    if clause.head.i != listener.i or not subjects or subjects[0].lower_ not in _PERSONAL_SUBJECTS \
            or subjects[0].i != listener.i + 1:
        return False
    filled = any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp", "dative"} for c in clause.children) \
        or any(c.dep_ == "prep" and any(g.dep_ in {"pobj", "pcomp"} for g in c.children) for c in clause.children) \
        or any(c.dep_ in {"nsubjpass", "auxpass"} for c in clause.children)
    return filled


# Marks of a clause set against the one before: what follows is another side's account.
_CONTRAST_MARKS = {"while", "whereas"}


def contrasting_reports(doc, content_idx: set[int], verb, in_segment: set[int], verbs) -> set[int]:
    """Tokens of another source's report inside a content: "Clinton accuses Sanders of a smear
    while Sanders suggests she is a captive of the establishment" (the parser hangs the while-clause
    inside the first report). A contrast clause with its own subject, a reporting verb of the
    lexicon (``verbs``) and its own clause is a statement of its own, not part of the first."""
    cut: set[int] = set()
    for i in content_idx:
        token = doc[i]
        if token.dep_ == "advcl" and i != verb.i and token.lemma_.lower() in verbs \
                and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in token.children) \
                and any(c.dep_ == "nsubj" for c in token.children) \
                and any(c.dep_ == "ccomp" for c in token.children):
            cut |= subtree_indices(token, in_segment)
    return cut


def said_after(report, clause, in_segment: set[int]) -> set[int]:
    """The clause the parser hangs beside a trailing participle that has none of its own: in "Starr
    said the case reminds him of a book, explaining, “because what could have been …”", the
    quotation is a sibling of "explaining" under "reminds", right after it; it is what was explained,
    not part of what was said first. Its tokens; none where the participle has its own clause or
    nothing follows it."""
    if any(c.dep_ in {"ccomp", "xcomp"} for c in report.children):
        return set()
    beside = next((c for c in clause.children if c.i > report.i and c.left_edge.i == report.right_edge.i + 1
                   and c.dep_ in {"advcl", "ccomp", "conj", "parataxis"} and c.pos_ in {"VERB", "AUX"}), None)
    return subtree_indices(beside, in_segment) if beside is not None else set()


def sentence_before_semicolon(clause, source) -> bool:
    """True for a clause before a semicolon that the cue's own clause follows, its subject first:
    in "A is the first lender to report; its rivals report next week" (fresh12a's business news) A is
    a sentence of its own, not what the rivals report. Not "A; B, the minister said", where the cue
    comes last and A and B may both be the minister's."""
    first = source.left_edge.i
    return clause.i < first and first > 0 and clause.doc[first - 1].text == ";" and clause.right_edge.i < first
