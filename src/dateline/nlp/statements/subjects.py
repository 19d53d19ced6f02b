"""Where a mention sits in its clause: whether it is (in) a subject, and whether that subject is
the sentence's main clause's. Pronoun resolution prefers the subject that goes on speaking."""
from __future__ import annotations

from .cues import load_cues, name_read_with_noun


def is_subject_at(doc, offset: int) -> bool:
    """True when the token at ``offset`` is (in) the subject of its clause."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    for _ in range(4):
        if token.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if token.dep_ not in {"compound", "flat", "appos", "amod", "poss", "conj"} or token.head is token:
            return False
        token = token.head
    return False


# Links inside one name, or from a name to the noun it is set beside ("The owner, Maria Lopez,"):
# a word reached so still names the subject itself, not someone in its phrase ("Maria Lopez's daughter").
_SAME_REFERENT = {"compound", "flat", "appos"}


def is_main_subject_at(doc, offset: int, itself: bool = False) -> bool:
    """True when the token at ``offset`` is in the subject of its sentence's main clause (or of a
    clause joined to it), not of a clause it reports or embeds; with ``itself``, only when its name
    is that subject, not a possessor or an object within it ("A neighbour of John Smith")."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    while token.dep_ not in {"nsubj", "nsubjpass"} and token.head.i != token.i:
        if itself and token.dep_ not in _SAME_REFERENT:
            return False
        token = token.head
    clause = token.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return token.dep_ in {"nsubj", "nsubjpass"} and clause.dep_ == "ROOT"


def _name_head_at(doc, offset: int):
    """The head of the name that starts at ``offset`` ("Robby Mook": "Mook"), or None."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return None
    token = span[0]
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token


def embedded_in_other(doc, offset: int, others) -> bool:
    """True when the mention at ``offset`` sits inside another mention's phrase or clause (at one of
    ``others``): in "When Mook, Clinton's campaign manager, was asked if Clinton would hold a press
    conference, he laughed", the first "Clinton" is a possessor inside Mook's apposition and the
    second the subject of what Mook was asked; "he" goes on with Mook, not with a name inside him."""
    token = _name_head_at(doc, offset)
    if token is None:
        return False
    above = {a.i for a in token.ancestors}
    own_verb = token.head.i if token.dep_ in {"nsubj", "nsubjpass"} else None
    for other in others:
        head = _name_head_at(doc, other) if other != offset else None
        if head is None or head.i == token.i:
            continue
        verb = head.head.i if head.dep_ in {"nsubj", "nsubjpass"} else None
        if head.i in above or (verb is not None and verb != own_verb and verb in above):
            return True
    return False


def names_nobody(head) -> bool:
    """True for a source that is nobody: "No one knows whether …", "Nobody says the deal is dead",
    "None of the officials said …", "no official would say": no one said anything."""
    return head.lower_ in {"nobody", "none", "neither"} \
        or any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in head.children)


# How many sentences before a pronoun's own and the one before it a subject still wins over a
# later mention in another role: "Sanders credited Clinton's victory to … He commanded the party
# to … And then he promised that …" is Sanders, two sentences back, not the possessor "Clinton's".
# Three: about as far as a news paragraph keeps one person as its topic.
FURTHER_SENTENCES = 3


def subject_further_back(candidates: list, pronoun):
    """The latest main-clause subject, else the latest subject, among ``candidates`` (``(offset,
    entity)``, the entity None for an unnamed source) in the ``FURTHER_SENTENCES`` sentences before
    the two the pronoun resolution looked at first; None where no candidate is a subject there (then
    the latest mention is taken)."""
    doc = pronoun.doc
    sentence = pronoun.sent
    for _ in range(1 + FURTHER_SENTENCES):
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
    found = [(at, e) for at, e in candidates if at >= sentence.start_char and is_subject_at(doc, at)]
    # a main clause's subject goes on speaking over a later subject inside what it reported ("Park
    # said, recalling that she and Obama were in the Senate. … she said" is Park), as in the nearer window
    return max(found, key=lambda c: (is_main_subject_at(doc, c[0]), c[0])) if found else None


def adds_to_report(participle, clause) -> bool:
    """Whether a participle cue ("adding", "telling") continues the report whose clause it was hung
    on: "Ortiz said the plan was costly, adding, “…”" (Ortiz adds, not "the plan"). Only a report
    verb before the participle: one after it is inside the quotation the participle gives ("Ortiz
    seemed unmoved, telling reporters, “Many people said …”", parsed with "seemed" a clause of the
    quoted "said"), and Ortiz tells it."""
    report = clause.head
    return participle is not None and clause.i < participle.i and clause.dep_ == "ccomp" \
        and report.lemma_.lower() in load_cues().verbs and report.i < participle.i


def named_after_quotation(verb, subject, quotes):
    """The speaker named between a quotation and its cue when the parser made the quoted words the
    cue's subject: in "“A fine engineer and a friend,” Baird, the city's mayor, said", a quotation
    with no verb of its own, "engineer" is the subject and "Baird" its apposition. The first
    apposition of the subject's phrase after the closing mark, or None where the subject is
    outside every quotation or none follows it."""
    if subject is None or subject.i > verb.i:
        return None
    closing = next((q.outer[1] for q in quotes if q.outer[0] <= subject.idx < q.outer[1] <= verb.idx), None)
    if closing is None:
        return None
    return next((t for t in subject.subtree if t.dep_ == "appos" and closing <= t.idx < verb.idx
                 and t.pos_ in {"PROPN", "NOUN"}), None)


def words_outside_quotations(doc, source, source_idx: set[int], quotes) -> set[int]:
    """The source's words less those inside a quotation, for a source named outside it: the parser
    can hang the quoted words on the name ("“That is a fair worry,” Grant, 54, told reporters" with
    the quotation a clause of "Grant"), and a speaker's name is never part of what was said."""
    def quoted(token) -> bool:
        return any(q.outer[0] <= token.idx < q.outer[1] for q in quotes)

    if quoted(source):
        return source_idx
    return {i for i in source_idx if not quoted(doc[i])}


def misparsed_subject(verb):
    """The speaker of a cue the parser gave no subject because it misread the words around it: a
    participle made the subject of a quotation (``participle_read_as_subject``) or a verb in "-s" read
    as a noun after the name (``cues.name_read_with_noun``); None otherwise."""
    if verb.pos_ == "NOUN":
        return name_read_with_noun(verb)
    return participle_read_as_subject(verb)


def participle_read_as_subject(verb):
    """The speaker of a reporting participle that the parser made the subject of the quotation after it
    ("Flea shared the news last week, writing “Feels great to …”", with "writing" the subject of
    "Feels"): set off by a comma and followed by the opening mark, the participle goes with the clause
    before it, whose subject writes. That subject's token; None otherwise."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ not in {"nsubj", "csubj"} or verb.i < 2 or verb.i + 1 >= len(doc) \
            or doc[verb.i - 1].text != "," or not doc[verb.i + 1].is_quote \
            or verb.lemma_.lower() not in load_cues().verbs:
        return None
    for clause in (a for a in verb.ancestors if a.i < verb.i):
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
        if subjects:
            return subjects[0]
    return None


# Verbs that put someone to an act: most entail that it was done ("led them to conclude" means they
# concluded; English implicative causatives, Karttunen 1971: lead, prompt, force, cause, compel,
# oblige); "push", "drive", "spur", "move" and "inspire" only make it likely, but whoever acts is
# still their object, never their subject (a scandal does not say). Requests and wishes ("asked the
# company to confirm", "urged them to say", "wanted him to explain") do not: whether it was said is
# open, so those keep the old reading. Written from English grammar, not from any one sentence.
_CAUSATIVES = {"lead", "prompt", "force", "cause", "drive", "compel", "spur", "oblige", "push", "move", "inspire"}


def object_controller(infinitive):
    """Who does the act of an infinitive cue hung on a verb of causing with an object: "The data *led
    the scientists* to conclude that …", "A review *prompted the auditors* to warn that …", "The
    flood *forced the mayor* to admit that …". The object is the infinitive's subject (object
    control), so it is the source, not the verb's own subject (the data, a review). None where the
    cue is no such infinitive. The parser reads the infinitive either as the verb's complement or as a
    purpose clause ("pushed the minister *to say* that …" as an advcl); after a verb of causing with
    an object it is the complement either way."""
    if not caused_infinitive(infinitive):
        return None
    head = infinitive.head
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < infinitive.i]
    return objects[-1] if objects else None


def caused_infinitive(infinitive) -> bool:
    """Whether a cue is a to-infinitive hung on a verb of causing ("led … *to conclude*", "was forced
    *to admit*")."""
    return infinitive.dep_ in {"xcomp", "advcl"} and infinitive.head.lemma_.lower() in _CAUSATIVES \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
