"""Statements: who said what, with every part pointing back to the text.

Stages, for each article:
  1. segments     spaCy sentences, cut again at paragraph breaks (the parser sometimes
                  joins paragraphs, and a statement never spans one without quotes)
  2. quotes       the quotations of the text (``quotes.quotations``)
  3. cues         reporting verbs from ``resources/cues.txt`` ("said", "warned"), "according
                  to", and "X: “…”"; cues inside quotations are the speaker's own words and
                  are skipped, as PolNeAR's guidelines skip nested attributions
  4. parts        for each cue its source (the subject, or the object of "according to")
                  and its content (the complement clause, the rest of the sentence, or the
                  quotation beside it)
  5. quotes left  a quotation split by its attribution ("“…,” he said. “…”") joins the
                  statement before it; a quote paragraph without a cue is given to the
                  speaker of the paragraph before
  6. speakers     ``speakers.SpeakerResolver`` links each source to an entity

The rules follow the dependency patterns of textacy's ``direct_quotations`` and of
Pareti's attribution relations (Pareti 2016; PolNeAR guidelines, Newell et al. 2018),
extended to indirect speech.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from ..model import Analysis, Statement
from .cues import CueLexicon, load_cues
from .quotes import Quote, quotations
from .speakers import SpeakerResolver

log = logging.getLogger(__name__)

Span = tuple[int, int]
# Dependencies that carry what was said, for a reporting verb.
CONTENT_DEPS = {"ccomp", "xcomp"}
# Dependencies of a verb's subject.
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Words that introduce a complement clause and are not part of what was said.
_MARKS = {"that", "whether", "if"}
# A quotation shorter than this many words, alone, is a scare quote, not a statement.
MIN_QUOTE_WORDS = 4
_RELATIVE = {"who", "that", "which", "whom"}
# Prepositions that introduce what was said ("warned of", "talked about", "called for");
# others ("said at the meeting", "said on Friday") give its circumstances.
TOPIC_PREPOSITIONS = {"about", "of", "on", "for", "against", "over", "to", "that"}


@dataclass
class _Candidate:
    cue_span: Optional[Span]
    source_head: object  # spaCy Token or None
    source_span: Optional[Span]
    content_span: Span
    sentence_span: Span
    kind: str = "indirect"


def find_statements(doc, analysis: Analysis) -> Analysis:
    """Fill ``analysis.statements`` with the statements of the article and their speakers.

    Args:
        doc: the spaCy Doc of ``analysis.text``.
        analysis: the analysis so far (entities from the actors component).

    Returns:
        The same analysis, with ``statements`` filled in reading order.

    Example:
        >>> analysis = analyze_text("“We will win,” the senator said.")  # doctest: +SKIP
        >>> analysis.statements[0].kind
        'direct'
    """
    text = analysis.text
    lexicon = load_cues()
    quotes = quotations(text)
    segments = _segments(doc)
    candidates: list[_Candidate] = []
    for seg_start, seg_end in segments:
        candidates.extend(_statements_in_segment(doc, seg_start, seg_end, quotes, lexicon))
    candidates = _drop_nested(candidates)
    candidates = _attach_quotes(doc, text, candidates, quotes, segments)
    resolver = SpeakerResolver(analysis, quoted=[q.outer for q in quotes])
    for number, cand in enumerate(sorted(candidates, key=lambda c: c.content_span), start=1):
        analysis.statements.append(_to_statement(text, f"S{number}", cand, resolver))
    return analysis


# -- segments --------------------------------------------------------------------------


def _segments(doc) -> list[tuple[int, int]]:
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


def _char_span(doc, indices) -> Optional[Span]:
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


# -- cues and their parts -----------------------------------------------------------------


def _inside(span: Span, quotes: list[Quote]) -> bool:
    return any(q.outer[0] <= span[0] and span[1] <= q.outer[1] for q in quotes)


def _statements_in_segment(doc, seg_start: int, seg_end: int, quotes: list[Quote],
                           lexicon: CueLexicon) -> list[_Candidate]:
    found = []
    segment = doc[seg_start:seg_end]
    words = [t for t in segment if not t.is_space]
    sentence_span = (words[0].idx, words[-1].idx + len(words[-1].text))
    in_segment = set(range(seg_start, seg_end))
    for token in segment:
        if _inside((token.idx, token.idx + 1), quotes):
            continue
        if token.lower_ == "according" and token.i + 1 < seg_end and doc[token.i + 1].lower_ == "to":
            cand = _according_to(doc, token, in_segment, sentence_span)
        elif token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in lexicon.verbs:
            cand = _verb_cue(doc, token, in_segment, sentence_span, quotes, lexicon)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.nouns:
            cand = _noun_cue(doc, token, in_segment, sentence_span)
        elif token.text == ":" and token.i > seg_start:
            cand = _colon_cue(doc, token, seg_start, seg_end, sentence_span, quotes)
        else:
            cand = None
        if cand is not None:
            found.append(cand)
    return found


def _subject_of(verb):
    """The source of a reporting verb, and whether it is an agentless passive.

    Looks through conjunction ("said A and added B"), participles ("…, adding that …")
    and relative clauses ("Smith, who said …").
    """
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        passives = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return verb.head, False
            return (None, False) if subject.lower_ == "there" else (subject, False)
        if agents:
            return agents[0], False
        if passives:
            return passives[0], True
        if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head
            continue
        return None, False
    return None, False


def _subtree_indices(token, allowed: set[int], exclude: set[int] = frozenset()) -> set[int]:
    return {t.i for t in token.subtree if t.i in allowed and t.i not in exclude}


def _verb_cue(doc, verb, in_segment: set[int], sentence_span: Span, quotes: list[Quote],
              lexicon: CueLexicon) -> Optional[_Candidate]:
    source, passive = _subject_of(verb)
    if source is None or source.i not in in_segment:
        return None
    if passive:
        return _passive_cue(doc, verb, source, in_segment, sentence_span, lexicon)
    source_idx = _subtree_indices(source, in_segment)
    if verb.i in source_idx:
        source_idx = {i for i in source_idx if i < verb.i} if source.i < verb.i else {i for i in source_idx if i > verb.i}
    content_idx: set[int] = set()
    for child in verb.children:
        if child.dep_ in CONTENT_DEPS and child.i in in_segment:
            content_idx |= _subtree_indices(child, in_segment, source_idx)
    if not content_idx and verb.dep_ in {"parataxis", "ccomp"} and verb.head.i in in_segment and verb.i > verb.head.i:
        # "“…,” he said" parsed with the quote as the head: the rest of the head's tree
        own = _subtree_indices(verb, in_segment)
        content_idx = _subtree_indices(verb.head, in_segment, own | source_idx)
    if not content_idx:
        # no clause: the object or prepositional phrase ("criticized the plan", "warned of war")
        objects = {"attr", "oprd"} | ({"dobj"} if lexicon.takes_object(verb.lemma_.lower()) else set())
        for child in verb.rights:
            if child.i not in in_segment:
                continue
            if child.dep_ in objects or (child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS
                                         and not any(g.ent_type_ in {"DATE", "TIME"} for g in child.children)):
                content_idx |= _subtree_indices(child, in_segment, source_idx)
    cue_span = (verb.idx, verb.idx + len(verb.text))
    content_span = _char_span(doc, content_idx) if content_idx else None
    kind = "indirect"
    if content_span is None:
        quote = _quote_after_colon(doc, verb, in_segment, quotes)
        if quote is None:
            return None
        content_span, kind = quote.inner, "direct"
    source_span = _char_span(doc, source_idx)
    if source_span is None:
        return None
    return _Candidate(cue_span, source, source_span, content_span, sentence_span, kind)


def _quote_after_colon(doc, verb, in_segment: set[int], quotes: list[Quote]) -> Optional[Quote]:
    """The quotation right after the cue: "X said: “…”" (here or in the next paragraph), "X said, “…”"."""
    after = verb.i + 1
    while after < len(doc) and (doc[after].dep_ in {"prt", "advmod", "npadvmod"} or doc[after].is_space) \
            and after in in_segment:
        after += 1
    if after >= len(doc):
        return None
    mark = doc[after]
    if mark.text in {":", ","}:
        end = mark.idx + 1
    elif mark.is_quote:
        end = mark.idx
    else:
        return None
    for quote in quotes:
        if quote.outer[0] >= end:
            gap = doc.text[end:quote.outer[0]]
            if gap.strip() != "" or ("\n" in gap and mark.text != ":"):
                return None
            return quote
    return None


def _noun_cue(doc, noun, in_segment: set[int], sentence_span: Span) -> Optional[_Candidate]:
    """A nominal cue with a possessive source: "Trump's claim that …", "Smith's criticism of …"."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.i in in_segment]
    if not owners:
        return None
    content_idx: set[int] = set()
    for child in noun.rights:
        if child.i in in_segment and (child.dep_ in {"acl", "ccomp"} or
                                      (child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS)):
            content_idx |= _subtree_indices(child, in_segment)
    if not content_idx:
        return None
    owner = owners[0]
    source_idx = {t.i for t in owner.subtree if t.i in in_segment and t.dep_ != "case"}
    source_span = _char_span(doc, source_idx)
    content_span = _char_span(doc, content_idx)
    if source_span is None or content_span is None:
        return None
    return _Candidate((noun.idx, noun.idx + len(noun.text)), owner, source_span, content_span, sentence_span)


def _passive_cue(doc, verb, subject, in_segment: set[int], sentence_span: Span,
                 lexicon: CueLexicon) -> Optional[_Candidate]:
    """An agentless passive: "it was reported that …", "concern has been expressed about …".

    The source is not named; the content is the complement clause, or for a nominal subject
    that is itself a cue noun, the clause from that noun on.
    """
    cue_span = (verb.idx, verb.idx + len(verb.text))
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.i in in_segment]
    if clauses:
        content_idx = _subtree_indices(clauses[0], in_segment)
    elif subject.lemma_.lower() in lexicon.nouns:
        content_idx = _subtree_indices(subject, in_segment) | {verb.i}
        for child in verb.children:
            if child.i > subject.i and child.dep_ in {"aux", "auxpass", "prep", "neg"}:
                content_idx |= _subtree_indices(child, in_segment)
        content_idx = set(range(min(content_idx), max(content_idx) + 1)) & in_segment
    else:
        return None
    content_span = _char_span(doc, content_idx)
    if content_span is None:
        return None
    return _Candidate(cue_span, None, None, content_span, sentence_span)


def _according_to(doc, according, in_segment: set[int], sentence_span: Span) -> Optional[_Candidate]:
    to = doc[according.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in according.children if c.dep_ == "pobj"]
    if not objects:
        return None
    source = objects[0]
    source_idx = _subtree_indices(source, in_segment)
    phrase = _subtree_indices(according, in_segment) | {according.i, to.i} | source_idx
    clause = according.head
    while clause.dep_ not in {"ROOT"} and clause.head.i in in_segment and clause.head is not clause \
            and clause.pos_ not in {"VERB", "AUX"}:
        clause = clause.head
    content_idx = _subtree_indices(clause, in_segment, phrase)
    if according.head.i == according.i or not content_idx:
        content_idx = in_segment - phrase
    content_span = _char_span(doc, content_idx)
    source_span = _char_span(doc, source_idx)
    if content_span is None or source_span is None:
        return None
    cue_span = (according.idx, to.idx + len(to.text))
    return _Candidate(cue_span, source, source_span, content_span, sentence_span)


def _colon_cue(doc, colon, seg_start: int, seg_end: int, sentence_span: Span,
               quotes: list[Quote]) -> Optional[_Candidate]:
    """``X: “…”``: a name, a colon, and a quotation right after it."""
    following = [q for q in quotes if 0 <= q.outer[0] - (colon.idx + 1) <= 2]
    if not following:
        return _headline_colon(doc, colon, seg_start, seg_end, sentence_span)
    before = [t for t in doc[seg_start:colon.i] if not t.is_punct]
    heads = [t for t in before if t.head.i >= colon.i or t.head.i == t.i or t.head.i < seg_start]
    if not before or len(before) > 12 or not heads:
        return None
    head = heads[-1]
    if head.pos_ in {"VERB", "AUX"}:
        return None  # "He said: “…”" is found through its verb
    if head.pos_ not in {"PROPN", "NOUN", "PRON"}:
        return None
    source_span = _char_span(doc, [t.i for t in before])
    quote = following[0]
    return _Candidate((colon.idx, colon.idx + 1), head, source_span, quote.inner,
                      (sentence_span[0], max(sentence_span[1], quote.outer[1])), kind="direct")


def _headline_colon(doc, colon, seg_start: int, seg_end: int, sentence_span: Span) -> Optional[_Candidate]:
    """``Name: words``, the headline form ("Graham: Trump's rhetoric destroying GOP's chance").

    Only a short run of capitalised words before the colon counts as a source, and the
    words after it must hold a verb, so that "Update:" or "Transcript as follows:" do not.
    """
    before = [t for t in doc[seg_start:colon.i]]
    after = [t for t in doc[colon.i + 1:seg_end] if not t.is_space]
    if not before or len(before) > 6 or len(after) < 3:
        return None
    if not all(t.pos_ == "PROPN" or t.is_punct or t.text[:1].isupper() for t in before):
        return None
    if not any(t.pos_ == "PROPN" for t in before) or any(t.pos_ in {"VERB", "AUX"} and t.dep_ == "ROOT" for t in before):
        return None
    if not any(t.pos_ in {"VERB", "AUX"} for t in after):
        return None
    source_span = _char_span(doc, [t.i for t in before])
    content_span = _char_span(doc, [t.i for t in after])
    if source_span is None or content_span is None:
        return None
    head = max((t for t in before if t.pos_ == "PROPN"), key=lambda t: t.i)
    return _Candidate((colon.idx, colon.idx + 1), head, source_span, content_span, sentence_span)


# -- combining -------------------------------------------------------------------------------


def _drop_nested(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep one attribution per stretch of text: drop a candidate whose cue is inside another's content."""
    kept = []
    for cand in candidates:
        cue = cand.cue_span or cand.content_span
        nested = any(other is not cand and other.content_span[0] <= cue[0] and cue[1] <= other.content_span[1]
                     for other in candidates)
        if not nested:
            kept.append(cand)
    return kept


def _attach_quotes(doc, text: str, candidates: list[_Candidate], quotes: list[Quote],
                   segments: list[tuple[int, int]]) -> list[_Candidate]:
    """Widen content to the quotes it touches; join split quotes; give cue-less quotes a speaker."""
    for cand in candidates:
        touching = [q for q in quotes if q.inner[0] < cand.content_span[1] and cand.content_span[0] < q.inner[1]]
        if not touching:
            continue
        start = min([cand.content_span[0]] + [q.inner[0] for q in touching])
        end = max([cand.content_span[1]] + [q.inner[1] for q in touching])
        cand.content_span = (start, end)
        words_outside = _has_words_outside(text, cand.content_span, touching)
        cand.kind = "mixed" if words_outside else "direct"
    ordered = sorted(candidates, key=lambda c: c.sentence_span)
    covered = [c.content_span for c in ordered]
    for quote in quotes:
        if any(s <= quote.inner[0] < e or quote.inner[0] <= s < quote.inner[1] for s, e in covered):
            continue
        words = len(text[quote.inner[0]:quote.inner[1]].split())
        if words < MIN_QUOTE_WORDS:
            continue
        previous = [c for c in ordered if _attribution_end(c) <= quote.outer[0]]
        if not previous:
            continue
        last = max(previous, key=_attribution_end)
        gap = text[_attribution_end(last):quote.outer[0]]
        if last.kind == "direct" and "\n" not in gap and gap.strip(" ,.;:—") == "":
            # “…,” he said. “…”: the second part continues the same statement
            last.content_span = (last.content_span[0], quote.inner[1])
            last.sentence_span = (last.sentence_span[0], quote.outer[1])
            covered.append(last.content_span)
            continue
        if text[last.sentence_span[1]:quote.outer[0]].strip() == "" and _opens_segment(text, quote, segments, doc):
            # a quote paragraph right after its speaker's paragraph, with no cue of its own
            cand = _Candidate(None, last.source_head, last.source_span, quote.inner,
                              (quote.outer[0], quote.outer[1]), kind="direct")
            ordered.append(cand)
            covered.append(quote.inner)
    return ordered


def _attribution_end(cand: _Candidate) -> int:
    """Where the words of a statement's attribution end: its content, cue or source."""
    ends = [cand.content_span[1]] + [span[1] for span in (cand.cue_span, cand.source_span) if span]
    return max(ends)


def _has_words_outside(text: str, span: Span, quotes: list[Quote]) -> bool:
    chars = [True] * (span[1] - span[0])
    for q in quotes:
        for i in range(max(q.outer[0], span[0]), min(q.outer[1], span[1])):
            chars[i - span[0]] = False
    return any(flag and text[span[0] + i].isalnum() for i, flag in enumerate(chars))


def _opens_segment(text: str, quote: Quote, segments, doc) -> bool:
    """True when the quote starts a sentence or paragraph (only blank text before it there)."""
    for seg_start, seg_end in segments:
        start_char = doc[seg_start].idx
        if start_char <= quote.outer[0] < doc[seg_end - 1].idx + len(doc[seg_end - 1].text):
            return text[start_char:quote.outer[0]].strip() == ""
    return False


# -- records -------------------------------------------------------------------------------


def _to_statement(text: str, statement_id: str, cand: _Candidate, resolver: SpeakerResolver) -> Statement:
    speaker = None
    if cand.source_head is not None and cand.source_span is not None:
        resolved = resolver.resolve(cand.source_head, cand.source_span)
        speaker = resolved.entity
    span = cand.source_span
    return Statement(
        id=statement_id,
        speaker=speaker.id if speaker else None,
        speaker_name=speaker.name if speaker else None,
        speaker_text=text[span[0]:span[1]] if span else None,
        speaker_span=span,
        cue=text[cand.cue_span[0]:cand.cue_span[1]] if cand.cue_span else None,
        cue_span=cand.cue_span,
        content=text[cand.content_span[0]:cand.content_span[1]],
        content_span=cand.content_span,
        kind=cand.kind,
        sentence_span=cand.sentence_span,
    )
