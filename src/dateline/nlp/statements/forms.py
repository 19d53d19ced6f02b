"""Attribution forms: the parts of a candidate statement, and the cues that are not verbs.

``statements`` finds reporting verbs and combines candidates; this module holds what they
share (the ``Candidate`` record, token-to-character spans) and the other forms of cue:
a possessed cue noun ("Trump's claim that …"), an agentless passive ("it was reported
that …", "X is expected to …"), "according to X", and "X: “…”"; and the quotation that goes
with a verb cue when no clause does ("X said: “…”", "“…,” X said").

A headline's "Name: words" with no quotation ("Sanders: Brexit's message could draw Trump
support") is not a statement: the Gender Gap Tracker's manner counts none, and they were false
statements in all three polnear_ggt sets; PolNeAR annotates them (dropping them, session twelve:
polnear_ggt P 0.885 -> 0.908, polnear_ggt2 0.807 -> 0.817, no recall lost on any Gender Gap
Tracker-style set; PolNeAR dev loose R 0.515 -> 0.511).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import AbstractSet, Optional

from .cues import CueLexicon
from .quotes import Quote

Span = tuple[int, int]
# Words that introduce a complement clause and are not part of what was said.
_MARKS = {"that", "whether", "if", "for"}  # "for" of "called for X to do Y"
# Prepositions whose phrase, after a passive cue, carries what is said of the subject
# ("was accused of …", "has been criticized for …").
PASSIVE_PREPOSITIONS = {"of", "for", "as", "to"}
# Verbs whose agentless passive is an impersonal opinion, not a report of what someone said:
# "it is believed that …", "it is estimated that …" quote nobody (the Gender Gap Tracker's
# manner and our Wikinews gold leave them out), while "it was reported that …" reports a source.
IMPERSONAL_PASSIVES = {"believe", "estimate", "expect", "fear", "hope", "think", "know", "suspect",
                       "understand", "assume", "consider", "feel", "predict", "project", "suggest"}
# Verbs that put out a cue noun, whose subject is then its source: "issued a statement that …",
# "made the claim that …", "released a statement saying …"; and those that voice one: "expressed
# concern that …", "voiced fears that …", "raised doubts that …".
LIGHT_VERBS = {"issue", "make", "release", "give", "publish", "send", "put", "express", "voice", "raise"}
# Dashes that end a headline before the source of a colon quote.
_HEADLINE_DASHES = {"-", "–", "—", "--"}
# Prepositions that introduce what was said ("warned of", "talked about", "called for");
# others ("said at the meeting", "said on Friday") give its circumstances.
TOPIC_PREPOSITIONS = {"about", "of", "on", "for", "against", "over", "to", "that"}


@dataclass
class Candidate:
    """A statement found in one sentence, before its speaker is resolved (spans in characters)."""

    cue_span: Optional[Span]
    source_head: object  # spaCy Token or None
    source_span: Optional[Span]
    content_span: Span
    sentence_span: Span
    kind: str = "indirect"
    via: str = ""  # how the content was found: the dependency or form that carried it
    pieces: Optional[list] = None  # the content's pieces when a quotation is interrupted, in order


def subtree_indices(token, allowed: set[int], exclude: AbstractSet[int] = frozenset()) -> set[int]:
    """Indices of the token's subtree that are in ``allowed`` and not in ``exclude``."""
    return {t.i for t in token.subtree if t.i in allowed and t.i not in exclude}


def source_words(doc, source, allowed: set[int]) -> set[int]:
    """Indices of a source's phrase without the clause that describes it: "the Civic Action study
    — which used research from …" is the study, named short; "A spokesman for the delegation, who
    asked not to be named because …" has its clause set off by a comma after a deeper noun; "The
    Fédération … du Québec (FIQ), which represents …" leaves its acronym aside, unless the phrase
    goes on past it ("A spokesperson for the World Health Organization (WHO), Tarik Jasarevic,"
    keeps the name that closes it)."""
    words = _described_source_words(doc, source, allowed)
    aside = next((i for i in sorted(words) if i > source.i and doc[i].text == "("), None)
    if aside is None:
        return words
    close = next((i for i in sorted(words) if i > aside and doc[i].text == ")"), None)
    if close is not None and any(i > close and not doc[i].is_punct for i in words):
        return words
    return {i for i in words if i < aside}


def _described_source_words(doc, source, allowed: set[int]) -> set[int]:
    words = subtree_indices(source, allowed)
    for child in source.rights:
        if child.dep_ in {"relcl", "acl"} or (child.is_punct and child.text in {"—", "–", "--", "("}):
            return words - set(range(child.left_edge.i, source.right_edge.i + 1))
    for token in doc[source.i + 1:source.right_edge.i + 1]:
        if token.dep_ == "relcl" and token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == ",":
            return words - set(range(token.left_edge.i - 1, source.right_edge.i + 1))
    return words


def char_span(doc, indices) -> Optional[Span]:
    """The characters of a set of token indices, trimmed of edge punctuation and marks."""
    ordered = sorted(indices)
    while ordered and _is_edge_junk(doc[ordered[0]], leading=True):
        ordered.pop(0)
    while ordered and _is_edge_junk(doc[ordered[-1]], leading=False):
        ordered.pop()
    if not ordered:
        return None
    first, last = doc[ordered[0]], doc[ordered[-1]]
    return first.idx, last.idx + len(last.text)


def _is_edge_junk(token, leading: bool) -> bool:
    if token.is_space or (token.is_punct and not token.is_quote) or token.dep_ == "cc":
        return True
    if token.is_quote:
        return True
    return leading and token.dep_ == "mark" and token.lower_ in _MARKS


def noun_cue(doc, noun, in_segment: set[int], sentence_span: Span) -> Optional[Candidate]:
    """A nominal cue with a possessive source: "Trump's claim that …", "Smith's criticism of …",
    or put out by its source: "the agency issued a statement that …"."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.i in in_segment] or light_verb_subjects(noun)
    owners = [o for o in owners if o.i in in_segment]
    if not owners:
        return None
    content_idx: set[int] = set()
    via = ""
    for child in noun.rights:  # "a statement saying …" is found through "saying"
        # "Starr's remarks, first reported by the Times, …": a participle without a subject describes
        # the remarks; "claims that he had resigned" is a clause with its own subject
        reduced = child.tag_ == "VBN" and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"}
                                                  for c in child.children)
        if child.i in in_segment and (child.dep_ == "ccomp" or (child.dep_ == "acl" and child.tag_ != "VBG"
                                                                and not reduced) or
                                      (child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS)):
            content_idx |= subtree_indices(child, in_segment)
            via = via or (child.dep_ if child.dep_ != "prep" else f"prep_{child.lower_}")
    if not content_idx:
        return None
    owner = owners[0]
    source_idx = {t.i for t in owner.subtree if t.i in in_segment and t.dep_ != "case"}
    source_span = char_span(doc, source_idx)
    content_span = char_span(doc, content_idx)
    if source_span is None or content_span is None:
        return None
    return Candidate((noun.idx, noun.idx + len(noun.text)), owner, source_span, content_span, sentence_span,
                      via=via)


def light_verb_subjects(noun) -> list:
    """The subject of a light verb whose object is the noun: "The WHO issued a statement"."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in LIGHT_VERBS:
        return []
    return [c for c in noun.head.children if c.dep_ == "nsubj"]


def passive_cue(doc, verb, subject, in_segment: set[int], sentence_span: Span,
                 lexicon: CueLexicon) -> Optional[Candidate]:
    """An agentless passive: "it was reported that …", "concern has been expressed about …".

    The source is not named; the content is the complement clause, or for a nominal subject
    that is itself a cue noun, the clause from that noun on.
    """
    cue_span = (verb.idx, verb.idx + len(verb.text))
    if verb.lemma_.lower() in IMPERSONAL_PASSIVES:
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.i in in_segment]
    complements = [c for c in verb.children if c.i > verb.i and c.i in in_segment and
                   (c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in PASSIVE_PREPOSITIONS))]
    via = "passive"
    if clauses:
        content_idx = subtree_indices(clauses[0], in_segment)
    elif subject.lemma_.lower() in lexicon.nouns or complements:
        # "concern has been expressed about …", and PolNeAR's reading of "X is expected to …",
        # "X was accused of …": the clause from the subject on, cue included
        via = "passive" if subject.lemma_.lower() in lexicon.nouns else f"passive_{complements[0].lower_}"
        content_idx = subtree_indices(subject, in_segment) | {verb.i}
        for child in verb.children:
            if child.i > subject.i and child.dep_ in {"aux", "auxpass", "prep", "neg", "xcomp"}:
                content_idx |= subtree_indices(child, in_segment)
        content_idx = set(range(min(content_idx), max(content_idx) + 1)) & in_segment
    else:
        return None
    content_span = char_span(doc, content_idx)
    if content_span is None:
        return None
    return Candidate(cue_span, None, None, content_span, sentence_span, via=via)


def according_to(doc, according, in_segment: set[int], sentence_span: Span) -> Optional[Candidate]:
    """"According to X, …": X is the source, the clause it modifies (or the sentence) the content."""
    to = doc[according.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in according.children if c.dep_ == "pobj"]
    if not objects:
        return None
    source = objects[0]
    source_idx = subtree_indices(source, in_segment)
    phrase = subtree_indices(according, in_segment) | {according.i, to.i} | source_idx
    clause = according.head
    while clause.dep_ not in {"ROOT"} and clause.head.i in in_segment and clause.head is not clause \
            and clause.pos_ not in {"VERB", "AUX"}:
        clause = clause.head
    content_idx = subtree_indices(clause, in_segment, phrase)
    if not any(i > max(phrase) and not doc[i].is_punct for i in in_segment):
        # "…, according to officials." closing its sentence credits all that comes before it, however
        # the parser hung the phrase (on a clause inside it, "…, *killing* two drivers, according to …")
        before = [i for i in sorted(in_segment) if i < according.i]
        while before and doc[before[-1]].is_punct:
            before.pop()
        content_idx = set(before) or content_idx
    if according.head.i == according.i or not content_idx:
        content_idx = in_segment - phrase
    content_span = char_span(doc, content_idx)
    source_span = char_span(doc, source_idx)
    if content_span is None or source_span is None:
        return None
    cue_span = (according.idx, to.idx + len(to.text))
    return Candidate(cue_span, source, source_span, content_span, sentence_span)


def colon_cue(doc, colon, seg_start: int, seg_end: int, sentence_span: Span,
               quotes: list[Quote]) -> Optional[Candidate]:
    """``X: “…”``: a name, a colon, and a quotation right after it."""
    following = [q for q in quotes if 0 <= q.outer[0] - (colon.idx + 1) <= 2]
    if not following:
        return None  # a headline's "Name: words" (see the module's docstring)
    dashes = [t.i for t in doc[seg_start:colon.i] if t.text in _HEADLINE_DASHES]
    if dashes:
        seg_start = dashes[-1] + 1  # "IOWA POLLS NOT WRONG - Mark Blumenthal: “…”": a headline, then the source
    before = [t for t in doc[seg_start:colon.i] if not t.is_punct]
    heads = [t for t in before if t.head.i >= colon.i or t.head.i == t.i or t.head.i < seg_start]
    if not before or len(before) > 12 or not heads:
        return None
    head = heads[-1]
    if head.pos_ in {"VERB", "AUX"}:
        # "He said: “…”" is found through its verb; "Cruz put it this way:" before a quoted paragraph
        # has no reporting verb, and the quotation is still Cruz's
        return _introduced_quote(doc, head, colon, following[0], sentence_span)
    if head.pos_ not in {"PROPN", "NOUN", "PRON"}:
        return None
    source_span = char_span(doc, [t.i for t in before])
    quote = following[0]
    return Candidate((colon.idx, colon.idx + 1), head, source_span, quote.inner,
                      (sentence_span[0], max(sentence_span[1], quote.outer[1])), kind="direct")


# Subjects that can speak a quotation they introduce: a named person or organisation, or a
# pronoun for one ("She put it bluntly:").
_SPEAKING_PRONOUNS = {"he", "she", "they", "we", "i"}


def _introduced_quote(doc, verb, colon, quote: Quote, sentence_span: Span) -> Optional[Candidate]:
    """``Subject VERB …:`` closing a paragraph, and a paragraph that opens with a quotation: the
    subject's words, whatever the verb ("Cruz called them on it:", "She put it this way:"); where
    a reporting verb took the quotation already, the caller drops this one. A colon inside the
    paragraph may list things, so the quotation must open the next paragraph."""
    if "\n" not in doc.text[colon.idx + 1:quote.outer[0]]:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects:
        return None
    subject = subjects[0]
    if not (subject.lower_ in _SPEAKING_PRONOUNS or subject.pos_ == "PROPN" and subject.ent_type_ in {"PERSON", "ORG"}):
        return None
    source_span = char_span(doc, [t.i for t in subject.subtree if t.i < verb.i])
    if source_span is None:
        return None
    return Candidate((verb.idx, colon.idx + 1), subject, source_span, quote.inner,
                     (sentence_span[0], max(sentence_span[1], quote.outer[1])), kind="direct", via="colon")


def inverted_subject(doc, verb, in_segment: set[int]):
    """The name right after a cue with no subject: "…,” stated Mcfeely." (parsed as an adverb)."""
    after = verb.i + 1
    if after not in in_segment or after >= len(doc):
        return None
    token = doc[after]
    if token.dep_ in {"advmod", "npadvmod", "dobj", "attr", "oprd"} and token.text[:1].isupper() \
            and (token.pos_ == "PROPN" or token.ent_type_ in {"PERSON", "ORG"}):
        return token
    return _inverted_noun_phrase(doc, verb, in_segment)


def subject_in_quotation(source, verb, quotes: list[Quote]) -> bool:
    """Whether the parser found the cue's subject inside a quotation that closes before the cue:
    "“… with the agencies [CDC] and state agencies to find the cause,” added the statement", with
    the sentence broken at the bracket and "agencies" made the subject of "added". Nobody is the
    source of words they are quoted in (``subjects.words_outside_quotations``), so the source is
    looked for after the cue."""
    return source is not None and any(q.outer[0] <= source.idx < q.outer[1] <= verb.idx for q in quotes)


# Marks that close a quotation, as the tokenizer splits them off.
_CLOSING_MARKS = {'"', "\u201d", "''"}


def _inverted_noun_phrase(doc, verb, in_segment: set[int]):
    """The noun phrase after a cue that follows a closing quotation mark: "“…,” added the statement."
    English inverts subject and reporting verb only there, so the parser's object ("statement" as
    what was added) is the source; the phrase must end the sentence, but for the cue's own phrases of
    time or place ("“…,” added the engineer on Tuesday"); "“…,” he added the phrase" has a subject and
    is not asked about."""
    if verb.i < 2 or doc[verb.i - 1].text not in _CLOSING_MARKS or doc[verb.i - 2].text not in {",", "?", "!"}:
        return None
    nouns = [c for c in verb.rights if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i in in_segment]
    if not nouns or doc[verb.i + 1].dep_ != "det":
        return None
    noun = nouns[0]
    end = noun.right_edge.i + 1
    settings = {t.i for c in verb.rights if c.i >= end and c.dep_ in _SETTING_DEPS for t in c.subtree}
    while end < len(doc) and end in settings and not doc[end].is_sent_start:
        end += 1  # past "on Tuesday", "in a statement"
    return noun if end >= len(doc) or doc[end].is_sent_end or doc[end].text in {".", ";"} else None


# Links of a cue's phrases of time, place or manner that may follow an inverted source.
_SETTING_DEPS = {"prep", "npadvmod", "advmod"}


def number_subject(verb, in_segment: set[int]):
    """The share of a poll that the parser hung on the cue as a number: "About 4 in 10 say they
    want …" parsed with "10" a ``nummod`` of "say" and no subject. The number speaks (unnamed)."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
        return None
    numbers = [c for c in verb.lefts if c.dep_ in {"nummod", "npadvmod"} and c.pos_ == "NUM" and c.i in in_segment]
    return numbers[-1] if numbers else None


def has_as_saying(verb) -> bool:
    """True when the reporting verb has "as saying" under it ("quoted Kandun as saying")."""
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


# The most tokens between a cue and the colon or comma before its quotation ("told the crowd at a
# rally in Concord:"); the same eight words as an attribution's tail between two quote pieces
# (``combine.MAX_ATTRIBUTION_TAIL``).
MAX_CUE_TAIL = 8


def quote_after_cue(doc, verb, in_segment: set[int], quotes: list[Quote], doc_text: str) -> Optional[Quote]:
    """The quotation right after the cue: "X said: “…”" (here or in the next paragraph), "X said, “…”",
    also after a short tail of the cue's own words: "He told the crowd: “…”", "Kelly replied, with a
    smile: “…”", "telling Breitbart London: “…”"."""
    after = verb.i + 1
    comma = -1  # where the last comma of the tail is: "Kelly replied, with a smile, “…”"
    while after < len(doc) and after in in_segment and after - verb.i <= MAX_CUE_TAIL:
        token = doc[after]
        if token.is_space or (token.dep_ in {"prt", "advmod", "npadvmod"} and not token.is_punct):
            pass
        elif token.text == "," and after > verb.i + 1:
            comma = after
        elif token.is_punct or token.is_quote or token.pos_ in {"VERB", "AUX"} or verb not in token.ancestors:
            break
        after += 1
    if after >= len(doc) or after not in in_segment:
        return None
    mark = doc[after]
    if mark.text in {":", ","}:
        end = mark.idx + 1
    elif mark.is_quote:
        end = mark.idx
        if after > verb.i + 1 and after - 1 != comma and not doc[after - 1].is_space:
            return None  # "called it “a disgrace”": a quoted object, not a quotation after the cue
    else:
        return None
    for quote in quotes:
        if quote.outer[0] >= end:
            gap = doc_text[end:quote.outer[0]]
            if gap.strip() != "" or ("\n" in gap and mark.text != ":"):
                return None
            return quote
    return None


def quote_before_cue(doc, verb, source_idx: set[int], quotes: list[Quote], doc_text: str) -> Optional[Quote]:
    """The quotation that ends right before the attribution: "“…,” Sexton said." parsed flat."""
    first = min(i for i in source_idx | {verb.i} if not doc[i].is_punct or i == verb.i)  # the closing mark may hang on the name
    start = doc[first].idx
    for quote in reversed(quotes):
        if quote.outer[1] <= start:
            return quote if doc_text[quote.outer[1]:start].strip(" ,") == "" else None
    return None


# Entity types of a name that can speak.
_SPEAKING_ENTS = {"PERSON", "ORG", "NORP"}


def name_before(doc, verb, in_segment: set[int]):
    """The speaker right before a finite reporting verb that the parser gave no subject, or None.

    "a man yelled “Stay there!”" parsed as a noun with a clause ("yelled" an ``acl`` of "man"), and
    "In a statement to the paper, her adviser, Jake Sullivan, said: “…”" with the name hung on
    "paper": the noun, or the person's or organisation's name, just before the verb speaks.
    """
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i < 1:
        return None
    before = doc[verb.i - 1]
    if verb.dep_ == "acl" and before.i == verb.head.i and before.pos_ in {"NOUN", "PROPN"}:
        return before
    if before.text == "," and verb.i >= 2:
        before = doc[verb.i - 2]
    if before.i in in_segment and before.head.i != verb.i and before.dep_ in {"appos", "pobj", "conj", "dobj"} \
            and before.pos_ == "PROPN" and before.ent_type_ in _SPEAKING_ENTS:
        return before
    return None


def segments(doc) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)``: sentences cut at paragraph breaks, blank tokens dropped."""
    segments = []
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if "\n" in token.text:
                if token.i > start:
                    segments.append((start, token.i))
                start = token.i + 1
        if sent.end > start:
            segments.append((start, sent.end))
    return [(s, e) for s, e in segments if any(not t.is_space for t in doc[s:e])]


def stray_subject(verb):
    """The subject the parser gave to the clause before: "X stated that A had flu and officials
    believe that B", with "officials" a conjunct of "flu" and "believe" a second clause of
    "stated". A verb with a that-clause and no subject, right after "and NOUN", reports what
    that noun says; None otherwise."""
    doc = verb.doc
    if verb.i < 3 or verb.dep_ not in {"ccomp", "conj"} or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in verb.children if c.i > verb.i):
        return None
    noun = doc[verb.i - 1]
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ != "conj" or noun.head.i >= noun.i:
        return None
    before = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return noun if before is not None and before.dep_ == "cc" and before.lower_ == "and" else None
