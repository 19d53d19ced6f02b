"""Statements: who said what, with every part pointing back to the text.

Stages, for each article:
  1. segments     spaCy sentences, cut again at paragraph breaks (the parser sometimes
                  joins paragraphs, and a statement never spans one without quotes)
  2. quotes       the quotations of the text (``quotes.quotations``)
  3. cues         reporting verbs from ``resources/cues.txt`` ("said", "warned"), other verbs
                  and possessed nouns that the cue model accepts in context ("want",
                  "believe", "the poll found", "Trump's proposal for"; ``cue_model``),
                  "according to", and "X: “…”"; cues inside quotations are the speaker's own
                  words and are skipped, as PolNeAR's guidelines skip nested attributions
  4. parts        for each cue its source (the subject, or the object of "according to")
                  and its content (the complement clause, the rest of the sentence, or the
                  quotation beside it)
  5. quotes left  (``combine``; ``relayed``: "X said …, according to a pool report" is X's alone)
                  a quotation split by its attribution ("“…,” he said. “…”") joins the
                  statement before it; a quote paragraph without a cue is given to the
                  speaker of the paragraph before
  6. speakers     ``speakers.SpeakerResolver`` links each source to an entity

The rules follow the dependency patterns of textacy's ``direct_quotations`` and of
Pareti's attribution relations (Pareti 2016; PolNeAR guidelines, Newell et al. 2018),
extended to indirect speech.
"""
from __future__ import annotations

import logging
from typing import Optional

from ...model import Analysis
from .combine import attach_quotes, drop_credited, drop_nested, drop_passive_reports
from .content import states_proposition
from .credited import with_dash_credited
from .cue_model import as_main_clause, cue_features, load_cue_model, main_clause_before_semicolon
from .cue_source import CONTENT_DEPS, modal, second_report, subject_of
from .cues import CueLexicon, load_cues, noun_read_clause, verb_read_as_noun
from .forms import (
    TOPIC_PREPOSITIONS,
    Candidate,
    Span,
    according_to,
    char_span,
    colon_cue,
    inverted_subject,
    light_verb_subjects,
    name_before,
    noun_cue,
    number_subject,
    passive_cue,
    quote_after_cue,
    quote_before_cue,
    segments,
    source_words,
    stray_subject,
    subject_in_quotation,
    subtree_indices,
)
from .manner import absolute_after_cue
from .participles import repair_participles
from .quotes import Quote, quotation_of_complement, quotation_of_object, quotations
from .records import to_statement
from .relayed import drop_relays
from .reported import (
    after_break,
    as_clause,
    clause_of_medium,
    clause_of_subject,
    conjoined_clauses,
    contrasting_reports,
    for_to_clause,
    fronted_words,
    head_after_comma,
    introduced,
    leading_clause,
    listener_complement,
    predicate_after_parenthesis,
    said_after,
    sentence_before,
    sentence_before_semicolon,
    set_off,
    set_off_advcl,
    setting_before_complement,
)
from .speakers import SpeakerResolver
from .subjects import (
    misparsed_subject,
    named_after_quotation,
    names_nobody,
    words_outside_quotations,
)
from .transcripts import with_turns
from .unsaid import UTTERING, document_finds, drop_headline_colons

log = logging.getLogger(__name__)

def find_statements(doc, analysis: Analysis, gate=None) -> Analysis:
    """Fill ``analysis.statements`` with the statements of the article and their speakers.

    Args:
        doc: the spaCy Doc of ``analysis.text``.
        analysis: the analysis so far (entities from the actors component).
        gate: the decision on each verb candidate (``make_cue_gate``); the packaged cue
            model when None.

    Returns:
        The same analysis, with ``statements`` filled in reading order.

    Example:
        >>> analysis = analyze_text("“We will win,” the senator said.")  # doctest: +SKIP
        >>> analysis.statements[0].kind
        'direct'
    """
    text = analysis.text
    lexicon = load_cues()
    repair_participles(doc, lexicon)  # ", writing, “…”" with "writing" read as a noun
    quotes = quotations(text)
    pieces = segments(doc)
    gate = gate or make_cue_gate()
    candidates: list[Candidate] = []
    doc_text = doc.text  # built by joining every token: once per article, not per cue
    for seg_start, seg_end in pieces:
        candidates.extend(_statements_in_segment(doc, seg_start, seg_end, quotes, lexicon, gate, doc_text))
    candidates = with_turns(doc, text, candidates)
    candidates = with_dash_credited(doc, text, candidates)
    candidates = drop_headline_colons(doc, text, drop_credited(text, candidates))
    candidates = drop_passive_reports(doc, drop_nested(drop_relays(text, candidates)))
    candidates = attach_quotes(doc, text, candidates, quotes, pieces)
    resolver = SpeakerResolver(analysis, quoted=[q.outer for q in quotes])
    for number, cand in enumerate(sorted(candidates, key=lambda c: c.content_span), start=1):
        analysis.statements.append(to_statement(text, f"S{number}", cand, resolver))
    return analysis


def make_cue_gate(model=None):
    """The decision on each verb candidate: ``gate(verb, candidate, in_lexicon) -> bool``.

    Args:
        model: a ``CueModel``; the packaged one when None.
    """
    model = model or load_cue_model()

    def gate(verb, cand: "Candidate", in_lexicon: bool) -> bool:
        if in_lexicon and model.veto <= 0.0:
            return True  # nothing to veto: skip the features
        if document_finds(verb, cand.source_head):
            return True  # "Census records prove that …": a document's finding (issue 11)
        features = cue_features(verb, cand.source_head, cand.via, cand.kind, in_lexicon)
        if main_clause_before_semicolon(verb) or stray_subject(verb) is not None:
            # "The ministry believes that A; however, …", "… and officials believe that B"
            features = as_main_clause(features, verb)
        return model.accepts(features, in_lexicon)

    return gate


def verb_candidates(doc, text: str):
    """Every verb of the text that could be a cue, with its candidate parts (for training).

    Yields:
        ``(verb, candidate, in_lexicon)`` for each verb outside quotations for which a
        source and a content can be found, whether or not it is a cue.
    """
    lexicon = load_cues()
    quotes = quotations(text)
    found = []

    def record(verb, cand, in_lexicon):
        found.append((verb, cand, in_lexicon))
        return False

    doc_text = doc.text
    for seg_start, seg_end in segments(doc):
        _statements_in_segment(doc, seg_start, seg_end, quotes, lexicon, record, doc_text)
    yield from found


# -- cues and their parts -----------------------------------------------------------------


def _inside(span: Span, quotes: list[Quote]) -> bool:
    return any(q.outer[0] <= span[0] and span[1] <= q.outer[1] for q in quotes)


def _statements_in_segment(doc, seg_start: int, seg_end: int, quotes: list[Quote],
                           lexicon: CueLexicon, gate, doc_text: str) -> list[Candidate]:
    found: list[Candidate] = []
    segment = doc[seg_start:seg_end]
    words = [t for t in segment if not t.is_space]
    sentence_span = (words[0].idx, words[-1].idx + len(words[-1].text))
    in_segment = set(range(seg_start, seg_end))
    # Only the quotations that overlap the segment can hold one of its tokens.
    seg_chars = (segment[0].idx, segment[-1].idx + len(segment[-1].text))
    near = [q for q in quotes if q.outer[0] < seg_chars[1] and q.outer[1] > seg_chars[0]]
    # The parser can hang the opening mark of the next sentence's quotation on this one ("… 10
    # years ago. ''The cost …": two apostrophes read as a closing mark); the sentence ends before it,
    # so that the quotation is seen to follow the attribution ("“…,” he said. “…”" is one statement).
    openers = [q.outer[0] for q in near if words[-1].idx <= q.outer[0] and q.outer[1] > sentence_span[1]]
    if openers:
        sentence_span = (sentence_span[0], openers[0])
    for token in segment:
        if near and _inside((token.idx, token.idx + 1), near):
            continue
        if token.lower_ == "according" and token.i + 1 < seg_end and doc[token.i + 1].lower_ == "to":
            cand = according_to(doc, token, in_segment, sentence_span)
        elif token.pos_ in {"VERB", "AUX"} or verb_read_as_noun(token, lexicon):
            lemma = lexicon.cue_lemma(token)
            in_lexicon = lemma in lexicon.verbs
            cand = None if lemma in lexicon.never else _verb_cue(doc, token, in_segment, sentence_span, quotes,
                                                                 lexicon, doc_text)
            if cand is not None and not states_proposition(doc, cand, in_lexicon, doc_text,
                                                           listener=lemma in lexicon.listeners):
                cand = None
            if cand is not None and not gate(token, cand, in_lexicon):
                cand = None
        elif token.pos_ == "NOUN":
            cand = noun_cue(doc, token, in_segment, sentence_span)
            if cand is not None and not states_proposition(doc, cand, True, doc_text):
                cand = None
            if cand is not None and not gate(token, cand, token.lemma_.lower() in lexicon.nouns):
                cand = None
            if cand is None and token.lemma_.lower() in lexicon.nouns:
                cand = _statement_quoted(doc, token, in_segment, sentence_span, quotes, doc_text)
        elif token.text == ":" and token.i > seg_start:
            cand = colon_cue(doc, token, seg_start, seg_end, sentence_span, quotes)
            if cand is not None and cand.via == "colon" and any(c.content_span == cand.content_span for c in found):
                cand = None  # "She said:" took the quotation through its verb
        else:
            cand = None
        if cand is not None:
            found.append(cand)
    return found


def _trailing_report(verb, clause) -> bool:
    """True for a reporting verb hung on the reported clause that makes a report of its own: with
    no subject, the speaker's next report ("insisted that he has won, claiming that …", "noted
    that X and quoted Reagan"); with its subject and clause, another source's ("…, while the WHO
    says that …"). Neither is part of what the first one says."""
    that_clause = any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                      for c in verb.children)
    if not (verb.i > clause.i and verb.dep_ in {"advcl", "conj"}
            and (verb.lemma_.lower() in load_cues().verbs
                 or (that_clause and any(c.dep_ == "nsubj" for c in verb.children)))):
        # "said that A and officials believe that B": a verb outside the lexicon with its own
        # subject and that-clause is another source's report (the cue model decides whether it is one)
        return False
    if any(c.dep_ == "nsubj" for c in verb.children):
        # "said that A, while the WHO says that B": another source's report with its own content
        return any(c.dep_ == "ccomp" for c in verb.children)
    return (verb.tag_ == "VBG" or verb.dep_ == "conj") \
        and not any(c.dep_ in {"nsubjpass", "mark"} for c in verb.children) and not modal(verb)


def _verb_cue(doc, verb, in_segment: set[int], sentence_span: Span, quotes: list[Quote],
              lexicon: CueLexicon, doc_text: str) -> Optional[Candidate]:
    source, passive = subject_of(verb)
    source = named_after_quotation(verb, source, quotes) or source
    if (source is None or subject_in_quotation(source, verb, quotes)) and verb.lemma_.lower() in lexicon.verbs:
        source = inverted_subject(doc, verb, in_segment) or source
    if source is None:
        source = stray_subject(verb) or misparsed_subject(verb)  # ", writing “…”", "Trump claims that"
    if source is None and verb.lemma_.lower() in lexicon.verbs:
        source = name_before(doc, verb, in_segment) or number_subject(verb, in_segment)
    if source is None or source.i not in in_segment or names_nobody(source):
        return None
    if passive:
        cand = passive_cue(doc, verb, source, in_segment, sentence_span, lexicon)
        # an agentless passive names no speaker: "it was reported that …" and "concern has been
        # expressed about …" report speech; "X is expected to …", "Citizens are urged to …",
        # "X was accused of …" say what was done to X
        return cand if cand is not None and cand.via == "passive" else None
    source_idx = words_outside_quotations(doc, source, source_words(doc, source, in_segment), quotes)
    if verb.i in source_idx:
        source_idx = {i for i in source_idx if i < verb.i} if source.i < verb.i else {i for i in source_idx if i > verb.i}
    content_idx: set[int] = set()
    via = ""
    clauses = [c for c in verb.children if (c.dep_ in CONTENT_DEPS or for_to_clause(c) or noun_read_clause(verb, c)
                                            or setting_before_complement(c, verb)) and c.i in in_segment
               and not main_clause_before_semicolon(c)]  # "A argues B; C said D": not B for "said"
    if any(c.i > verb.i and any(m.dep_ == "mark" and m.lower_ in {"that", "whether", "if"} for m in c.children)
           for c in clauses):
        # "The ministry believes A; however, Suy warns that B", parsed with A as a second clause
        # of "warns": the that-clause after the cue is what it reports ("“A,” says Suy, “B”" keeps both)
        clauses = [c for c in clauses if c.i > verb.i]
    if any(c.i > verb.i for c in clauses):
        # "Drone strikes hit power stations; Kyiv says Moscow is targeting the grid": a clause
        # that a semicolon ends before the cue is a sentence of its own, not what the cue reports.
        clauses = [c for c in clauses if c.i > verb.i
                   or not any(t.text == ";" for t in doc[c.right_edge.i + 1:verb.i])]
    if any(c.i > verb.i for c in clauses):
        # "The bill was filed by the party, whose leader, X, said B", parsed with the main clause as a
        # clause of "said" before it: a clause that holds the source is not what the source said
        clauses = [c for c in clauses if c.i > verb.i or not source_idx & subtree_indices(c, in_segment)]
    clauses = [c for c in clauses if not sentence_before_semicolon(c, source)]
    if not clauses and verb.lemma_.lower() in lexicon.listeners:
        clauses = listener_complement(verb, in_segment)  # "told a meeting of leaders that few …"
    strays = [c for c in clauses if stray_subject(c) is not None]
    clauses = [c for c in clauses if c not in strays]  # "… and officials believe that B": their report
    if clauses:
        clauses += conjoined_clauses(verb, in_segment)  # "said that A, and that B"; "said A, but “B”"
    for child in clauses:
        # a report of its own follows its cue: in "A and pledged to “…,” the paper reported" the
        # conjunct is part of what the paper reports
        reports = [c for c in child.children if c.i > verb.i and (second_report(c) or _trailing_report(c, child))]
        exclude = source_idx.union(*(subtree_indices(r, in_segment) for r in reports))
        for stray in strays:
            subject = stray_subject(stray)
            exclude |= subtree_indices(subject, in_segment) | {subject.i - 1}
        exclude |= {c.i for r in reports for c in child.children if c.dep_ == "cc" and c.i < r.i}
        exclude = exclude.union(*(said_after(r, child, in_segment) for r in reports))  # "…, explaining, “…”"
        setting = setting_before_complement(child, verb)  # "said after the meeting he would …"
        content_idx |= subtree_indices(child, in_segment, exclude | setting)
        via = via or ("ccomp" if setting else "xcomp" if child.dep_ == "advcl" else child.dep_)
    if via == "xcomp" and any(c.dep_ == "ccomp" for c in clauses):
        via = "ccomp"  # "says, win or lose, he is staying": the clause, not the bare verb, is the report
    if content_idx and verb.dep_ == "ROOT" and min(content_idx) > verb.i:
        content_idx |= {i for i in fronted_words(verb, source) if i in in_segment}  # "The deficit, X said, will …"
    if not content_idx:
        content_idx = clause_of_medium(verb, in_segment, source_idx)
        via = "ccomp" if content_idx else via
    fronted = fronted_words(verb, source) if not content_idx else set()
    if not content_idx and (verb.dep_ in {"parataxis", "ccomp"} or set_off_advcl(doc, verb, source)) \
            and verb.head.i in in_segment \
            and ((verb.i > verb.head.i and after_break(doc, verb)) or set_off(doc, verb, source) or fronted) \
            and not introduced(verb) or as_clause(verb, in_segment):
        # "“…,” he said" parsed with the quote as the head, or "The risk, he said, is …"
        # with the cue set off by commas inside it: the rest of the head's tree. Not "Ramos said
        # Trump has not replied": a verb inside a reported clause runs on from its cue, no break.
        # "As Clyburn noted, those voters will …": the clause the as-clause hangs on
        # "Voters, Clinton suggested, don't …" and "If A, the mayor suggested, B": not the cue's words
        own = subtree_indices(verb, in_segment) - fronted - leading_clause(verb, source)
        top = clause_of_subject(verb, in_segment)
        if verb.dep_ == "parataxis" and set_off(doc, verb):
            # "Though A was seamless, he said, B would be acrimonious": the cue hangs on the
            # subordinate clause; what was said runs to the end of the sentence it belongs to
            while top.dep_ == "advcl" and top.i < top.head.i and top.head.i in in_segment:
                top = top.head
        content_idx = subtree_indices(top, in_segment, own | source_idx)
        via = "head"
    if not content_idx and verb.lemma_.lower() in lexicon.verbs:
        # "People should show evidence, he told reporters." and "Trump told CNN, his policy would …"
        content_idx = sentence_before(verb, source, in_segment) \
            or head_after_comma(verb, in_segment, subtree_indices(verb, in_segment)) \
            or predicate_after_parenthesis(verb, source, in_segment)
        via = "head" if content_idx else via
    # only for the verb's own subject ("“…,” Trump told the crowd, reciting …" has one attribution)
    # and a quotation that opens its sentence ('Bemoaning the "phony system," Trump accused …')
    quoted_before = None if content_idx or source.head.i != verb.i \
        else quote_before_cue(doc, verb, source_idx, quotes, doc_text)
    if quoted_before is not None and doc_text[:quoted_before.outer[0]].rstrip()[-1:] not in {"", ".", "!", "?", "”", '"', ":"}:
        quoted_before = None
    if not content_idx and quoted_before is None:
        # no clause: the object or prepositional phrase ("criticized the plan", "warned of war");
        # after a quotation that ends right before the attribution ("“…!” Ruiz shouted to the
        # crowd."), the quotation is what was said and "to the crowd" only the listener
        objects = {"attr", "oprd"} | ({"dobj"} if lexicon.takes_object(verb.lemma_.lower()) else set())
        for child in verb.rights:
            if child.i not in in_segment:
                continue
            if child.dep_ in objects or (child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS
                                         and not any(g.ent_type_ in {"DATE", "TIME"} for g in child.children)):
                content_idx |= subtree_indices(child, in_segment, source_idx)
                via = via or (child.dep_ if child.dep_ != "prep" else f"prep_{child.lower_}")
    content_idx -= contrasting_reports(doc, content_idx, verb, in_segment, lexicon.verbs)  # "… while X says …"
    manner = absolute_after_cue(doc, verb, in_segment)  # "“…,” Toor said, her voice breaking."
    if content_idx & manner:
        content_idx -= manner
        if not content_idx and source.head.i == verb.i:
            quoted_before = quote_before_cue(doc, verb, source_idx, quotes, doc_text)
    cue_span = (verb.idx, verb.idx + len(verb.text))
    content_span = char_span(doc, content_idx) if content_idx else None
    kind = "indirect"
    quoted = quotation_of_complement(via, verb.idx + len(verb.text), content_span, quotes, doc_text)
    if quoted is not None:  # 'as saying “Need to …”', 'said, “What does it say …?”': the quotation, not a clause
        content_span, kind, via = quoted.inner, "direct", "quote_after"
    quoted_object = _quoted_words_cut(doc, verb, via, content_idx, content_span, quotes, doc_text)
    if quoted_object is not None:  # 'writing “Proud of these boys” on Instagram': the words end at their mark
        content_span, kind = quoted_object.inner, "direct"
    if content_span is None:
        quote, via = quoted_before, "quote_before"
        if quote is None:
            quote, via = quote_after_cue(doc, verb, in_segment, quotes, doc_text), "quote_after"
        if quote is None:
            quote, via = quote_before_cue(doc, verb, source_idx, quotes, doc_text), "quote_before"
        if quote is None:
            return None
        content_span, kind = quote.inner, "direct"
    source_span = char_span(doc, source_idx)
    if source_span is None:
        return None
    return Candidate(cue_span, source, source_span, content_span, sentence_span, kind, via)


def _quoted_words_cut(doc, verb, via: str, content_idx: set[int], content_span, quotes: list[Quote],
                      doc_text: str) -> Optional[Quote]:
    """The quotation that holds the head of the object of a verb that utters it, whose words the
    parser ran on past the closing mark (``quotes.quotation_of_object``). Not a noun phrase quoted in
    part after another verb ('reported “2,521 shooting incidents” in the city'), which goes on, nor a
    clause: a quoted clause runs on past its mark as often ('said “we should have seen'' it coming'),
    and cutting clauses lost 11 strict matches on PolNeAR train."""
    if not content_idx or via != "dobj" or verb.lemma_.lower() not in UTTERING:
        return None
    # a phrase of place or time the cue took as well ('writing “…” on Facebook') is no head of the words
    heads = [doc[i].idx for i in content_idx if doc[i].head.i not in content_idx and doc[i].dep_ != "prep"]
    return quotation_of_object(via, verb.idx + len(verb.text), content_span, heads, quotes, doc_text)


def _statement_quoted(doc, noun, in_segment: set[int], sentence_span: Span, quotes: list[Quote],
                      doc_text: str) -> Optional[Candidate]:
    """ "The group made a statement: “…”": a cue noun put out by its source, then the quotation."""
    sources = [s for s in light_verb_subjects(noun) if s.i in in_segment]
    quote = quote_after_cue(doc, noun, in_segment, quotes, doc_text) if sources else None
    if quote is None:
        return None
    source_span = char_span(doc, subtree_indices(sources[0], in_segment))
    if source_span is None:
        return None
    return Candidate((noun.idx, noun.idx + len(noun.text)), sources[0], source_span, quote.inner,
                     sentence_span, kind="direct", via="quote_after")
