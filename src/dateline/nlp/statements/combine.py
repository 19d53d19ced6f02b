"""Combining the candidates of an article: credits dropped, nested attributions dropped, and
quotations joined to their statements (stage 5 of :mod:`.attribution`).

A quotation split by its attribution ("“…,” he said. “…”") is one statement with several
content pieces; a quotation that runs on into the next paragraph with no attribution of its own
continues it; a quote paragraph without a cue is given to the speaker of the paragraph before.
"""
from __future__ import annotations

from typing import Any

from ..credits import credit_spans
from .forms import Candidate, Span, char_span
from .quotes import Quote

# A quotation shorter than this many words, alone, is a scare quote, not a statement.
MIN_QUOTE_WORDS = 4


def drop_credited(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Drop candidates whose source is a dateline or an agency credit ("PORT SUDAN, Sudan (Reuters) -"),
    and cut a dateline off the front of a content."""
    credits = credit_spans(text)
    if not credits:
        return candidates
    kept = []
    for cand in candidates:
        # "NAIROBI, Kenya (AP) — Kenya and Ethiopia agreed …, officials said": the parser hangs the
        # dateline on the reported clause, but it is none of what was said
        cand.content_span = _past_credits(text, cand.content_span, credits)
        if cand.source_span is not None and any(s <= cand.source_span[0] and cand.source_span[1] <= e
                                                for s, e in credits):
            if not _past_credit(cand, credits):
                continue
        if cand.source_span is not None:
            cand.source_span = _past_credits(text, cand.source_span, credits)
        kept.append(cand)
    return kept


def _past_credits(text: str, span: Span, credits: list[Span]) -> Span:
    """``span`` without a dateline or credit it opens with (a span all credit stays as it is)."""
    for s, e in credits:
        if s <= span[0] < e < span[1]:
            start = e + len(text[e:span[1]]) - len(text[e:span[1]].lstrip())
            span = (start, span[1])
    return span


def _past_credit(cand: Candidate, credits: list[Span]) -> bool:
    """Give the speaker after a dateline the parser took for the subject, and say whether there was
    one: in "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told …", Mukasey is an
    apposition of CLEVELAND. Done here, after the cue model's decision, so that its training
    candidates (``verb_candidates``) stay as they were."""
    head: Any = cand.source_head  # a spaCy Token
    if head is None:
        return False
    for child in head.rights:
        if child.dep_ == "appos" and child.pos_ in {"PROPN", "NOUN"} \
                and not any(s <= child.idx < e for s, e in credits):
            span = char_span(child.doc, {t.i for t in child.subtree})
            if span is not None:
                cand.source_head, cand.source_span = child, span
                return True
    return False


def drop_nested(candidates: list[Candidate]) -> list[Candidate]:
    """Keep one attribution per stretch of text: drop a candidate whose cue is inside another's content."""
    kept = []
    for cand in candidates:
        cue = cand.cue_span or cand.content_span
        nested = any(other is not cand and other.content_span[0] <= cue[0] and cue[1] <= other.content_span[1]
                     for other in candidates)
        if not nested:
            kept.append(cand)
    return kept


# Verbs of report that take "to be" or "to have" only in the passive ("is *said to be*", "a man
# *believed to have* fled"). Verbs that take an infinitive of their own subject's act are not among
# them: "the governor *vowed to be* tough", "*pledged to have* the road repaired", "*claimed to
# have* won" are what the subject said. Written from English grammar (the verbs of the raising
# passive), not from a dev set.
_PASSIVE_REPORT_VERBS = {"say", "believe", "report", "think", "know", "confirm", "rumor", "rumour", "allege",
                         "understand", "consider", "suspect", "fear", "estimate", "presume", "suppose", "deem",
                         "find", "feel", "show", "see"}


def drop_passive_reports(doc, candidates: list[Candidate]) -> list[Candidate]:
    """Drop a report verb followed by "to be" or "to have" ("a man *said to be* the father of …",
    "horses *confirmed to be* infected", "he is *believed to have* fled"): a passive of report, even
    where the parser reads the verb as active. It says what others say of its subject, who is
    quoted as saying nothing. (Only the verbs of ``_PASSIVE_REPORT_VERBS``: "vowed to be tough" is
    a vow.)"""
    kept = []
    for cand in candidates:
        cue = doc.char_span(*cand.cue_span) if cand.cue_span and cand.kind == "indirect" else None
        after = doc[cue.end:cue.end + 2] if cue is not None else None
        if after is not None and len(after) == 2 and after[0].lower_ == "to" and after[1].lemma_ in ("be", "have") \
                and cue is not None and cue.root.lemma_.lower() in _PASSIVE_REPORT_VERBS:
            continue
        kept.append(cand)
    return kept


def attach_quotes(doc, text: str, candidates: list[Candidate], quotes: list[Quote],
                   segments: list[tuple[int, int]]) -> list[Candidate]:
    """Widen content to the quotes it touches; join split quotes; give cue-less quotes a speaker."""
    for cand in candidates:
        touching = [q for q in quotes if q.inner[0] < cand.content_span[1] and cand.content_span[0] < q.inner[1]]
        if not touching:
            continue
        if cand.via == "turn":
            # '"HOST: …' paragraphs of a quoted transcript read as one quotation over its paragraph
            # breaks: each turn is its own statement, running on to the next turn or the quote's end
            _run_turn_on(text, cand, touching, candidates)
            continue
        start = min([cand.content_span[0]] + [q.inner[0] for q in touching])
        end = max([cand.content_span[1]] + [q.inner[1] for q in touching])
        cand.content_span = (start, end)
        words_outside = _has_words_outside(text, cand.content_span, touching)
        cand.kind = "mixed" if words_outside else "direct"
    for cand in candidates:
        _cut_attribution(text, cand, quotes)
        _quote_before_attribution(text, cand, quotes, candidates)
    ordered = sorted(candidates, key=lambda c: c.sentence_span)
    covered = [c.content_span for c in ordered]
    for quote in quotes:
        if any(s <= quote.inner[0] < e or quote.inner[0] <= s < quote.inner[1] for s, e in covered):
            continue
        words = len(text[quote.inner[0]:quote.inner[1]].split())
        previous = [c for c in ordered if _attribution_end(c) <= quote.outer[0]]
        if not previous:
            continue
        last = max(previous, key=_attribution_end)
        gap = text[_attribution_end(last):quote.outer[0]]
        rest = text[last.sentence_span[1]:quote.outer[0]]
        quote_first = last.cue_span is not None and last.content_span[1] <= last.cue_span[0]
        if _quoted_to_its_end(last, quotes, words) and (("\n" not in gap and gap.strip(" ,.;:—\xa0") == "") or
                                      (quote_first and quote.outer[0] >= last.sentence_span[1]
                                       and "\n" not in rest and _continues(rest, text, quote))
                                      or (quote_first and _attribution_goes_on(gap)
                                          and quote.outer[0] < last.sentence_span[1])):
            # “…,” he said. “…” and “…,” he said at a rally. “…”: the second part continues
            # the same statement, however short ("“They sue,” he said. “Everybody sues, right?”");
            # a quoted title inside the attribution ('told NBC’s “Today”') is no piece of it
            _add_piece(last, quote.inner)
            last.sentence_span = (last.sentence_span[0], quote.outer[1])
            covered.append(last.content_span)
            continue
        if words < MIN_QUOTE_WORDS:
            continue  # alone, a scare quote
        between = text[last.sentence_span[1]:quote.outer[0]]
        if last.kind == "direct" and last.content_span[1] >= _attribution_end(last) - 1 and between.strip() == "" \
                and _opens_segment(text, quote, segments, doc) and last.cue_span is not None:
            # “…” he said: “…” then, in the next paragraph, more of the same quotation with no
            # attribution of its own: one quotation running over the paragraph break
            _add_piece(last, quote.inner)
            last.sentence_span = (last.sentence_span[0], quote.outer[1])
            covered.append(last.content_span)
            continue
        if between.strip() == "" and _opens_segment(text, quote, segments, doc):
            # a quote paragraph right after its speaker's paragraph, with no cue of its own
            cand = Candidate(None, last.source_head, last.source_span, quote.inner,
                              (quote.outer[0], quote.outer[1]), kind="direct")
            ordered.append(cand)
            covered.append(quote.inner)
    return ordered


# The most words an attribution may run on between the two pieces of a quotation it splits
# ("“…,” Okonkwo told the council on Tuesday, “…”"): a clause longer than this is a sentence of
# its own. Eight covers a listener, a time and a place.
MAX_ATTRIBUTION_TAIL = 8


def _run_turn_on(text: str, turn: Candidate, quotes: list[Quote], candidates: list[Candidate]) -> None:
    """Widen a transcript turn over the paragraphs after it, up to the next turn or the end of its quotation."""
    end = max(q.inner[1] for q in quotes)
    later = [c.sentence_span[0] for c in candidates if c.via == "turn" and c.sentence_span[0] > turn.content_span[0]]
    if later:
        end = min(end, min(later))
    while end > turn.content_span[1] and text[end - 1] in _PIECE_EDGE:
        end -= 1
    turn.content_span = (turn.content_span[0], max(end, turn.content_span[1]))


# Conjunctions that open a sentence going on with what the speaker of the sentence before said:
# "“…,” he said. But “…”" (English grammar: the coordinators that can open a sentence).
_GOING_ON = {"", "but", "and", "yet"}


def _continues(rest: str, text: str, quote: Quote) -> bool:
    """Whether a quotation after a direct statement's sentence continues it: nothing between them, or
    a conjunction ("… he said. But “…”") before a quotation that runs to the end of its sentence,
    where "But “experts” disagree" is the writer's."""
    if rest.strip() == "":
        return True
    after = text[quote.outer[1]:quote.outer[1] + 2].strip()
    ends_sentence = any(c in ".!?" for c in text[quote.inner[1] - 1:quote.outer[1]]) and not after[:1].islower()
    return rest.strip().lower() in _GOING_ON and ends_sentence


def _attribution_goes_on(gap: str) -> bool:
    """True for the words between a cue and the second piece of its quotation in one sentence:
    a listener, time or place, ending in a comma ("the council on Tuesday, "); no quote mark."""
    tail = gap.rstrip(" \xa0")
    return "\n" not in gap and tail.endswith(",") and not any(mark in gap for mark in '"“”')  \
        and len(tail.split()) <= MAX_ATTRIBUTION_TAIL


_PIECE_EDGE = " \t\n\xa0,;:—–-\"“”«»„"


def _cut_attribution(text: str, cand: Candidate, quotes: list[Quote]) -> None:
    """Cut the attribution out of a content that runs around it: "“The plan,” Albrecht said, “is to
    wait”" and "The risk, he said, is small" are two pieces, without the source, cue and marks."""
    if cand.pieces or cand.cue_span is None:
        return
    spans = [cand.cue_span] + ([cand.source_span] if cand.source_span else [])
    begin, end = min(s for s, _ in spans), max(e for _, e in spans)
    start, stop = cand.content_span
    if not start < begin or not end < stop or text[start:begin].rstrip()[-1:] not in {",", "”", '"', "—", "–"}:
        return  # not set off: "concern has been expressed about …" is one piece with its cue
    before = [q.inner[1] for q in quotes if start <= q.inner[1] <= begin]
    after = [q.inner[0] for q in quotes if end <= q.inner[0] < stop]
    first_end = max(before) if before else begin
    second_start = min(after) if after else end
    comma = text.find(",", end, stop)
    if not after and comma != -1 and len(text[end:comma].split()) <= MAX_ATTRIBUTION_TAIL \
            and _in_cue_tree(cand, end, comma):
        second_start = comma  # "Voters, Clinton suggested on Tuesday, don't …": the time is the attribution's
    while first_end > start and text[first_end - 1] in _PIECE_EDGE:
        first_end -= 1
    while second_start < stop and text[second_start] in _PIECE_EDGE:
        second_start += 1
    tail = text[end:second_start]
    if first_end > start and second_start < stop and len(tail.split()) <= MAX_ATTRIBUTION_TAIL:
        cand.pieces = [(start, first_end), (second_start, stop)]


def _quote_before_attribution(text: str, cand: Candidate, quotes: list[Quote], candidates: list[Candidate]) -> None:
    """The first piece of "“A,” Hallgren said at the hearing, “B.”" where the cue took only B: the
    quotation that ends right before the attribution, with nothing but a comma between."""
    if cand.kind != "direct" or cand.cue_span is None or cand.content_span[0] < cand.cue_span[1]:
        return
    begin = min(cand.cue_span[0], cand.source_span[0] if cand.source_span else cand.cue_span[0])
    for quote in quotes:
        if quote.outer[1] <= begin and text[quote.outer[1]:begin].strip(" ,\xa0") == "" \
                and not any(o is not cand and o.content_span[0] < quote.inner[1] and quote.inner[0] < o.content_span[1]
                            for o in candidates):
            cand.pieces = [quote.inner] + (cand.pieces or [cand.content_span])
            cand.content_span = (quote.inner[0], cand.content_span[1])
            return


def _in_cue_tree(cand: Candidate, start: int, end: int) -> bool:
    """True when every word in ``[start, end)`` hangs on the cue (its listener, time or place)."""
    head: Any = cand.source_head  # a spaCy Token
    if head is None or cand.cue_span is None or not any(ch.isalnum() for ch in head.doc.text[start:end]):
        return True
    doc = head.doc
    cue = doc.char_span(*cand.cue_span, alignment_mode="expand")
    words = doc.char_span(start, end, alignment_mode="contract")
    if cue is None or words is None:
        return False
    return all(t.is_punct or cue.root in t.ancestors for t in words)


def _add_piece(cand: Candidate, piece: Span) -> None:
    """Extend a statement by one more piece of its quotation (``content_spans``)."""
    cand.pieces = (cand.pieces or [cand.content_span]) + [piece]
    cand.content_span = (cand.content_span[0], piece[1])


def _quoted_to_its_end(cand: Candidate, quotes: list[Quote], next_words: int) -> bool:
    """True when a statement's words end in quotation marks, so that a quotation right after its
    attribution goes on with it: a direct one ("“…,” he said. “…”"), or a mixed one whose last words
    are quoted ("The harbour is “barely afloat,” she said. “We lost …”"). After a mixed statement
    the next quotation must be a sentence, not a scare quote (``MIN_QUOTE_WORDS``)."""
    if cand.kind == "direct":
        return True
    return cand.kind == "mixed" and next_words >= MIN_QUOTE_WORDS \
        and any(q.inner[1] == cand.content_span[1] for q in quotes)


def _attribution_end(cand: Candidate) -> int:
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
        end_char = doc[seg_end - 1].idx + len(doc[seg_end - 1].text)
        if start_char <= quote.outer[0] < end_char:
            # the sentence splitter may leave the opening mark at the end of the sentence before
            # ("… Mr. Hedge said. ''" then "Golf is …''"): a mark with nothing after it in its
            # segment opens the next one
            return text[start_char:quote.outer[0]].strip() == "" or _mark_ends_segment(text, quote, end_char)
    return False


def _mark_ends_segment(text: str, quote: Quote, end_char: int) -> bool:
    """True when nothing but the quotation's opening mark and blank space is left in its segment."""
    return quote.outer[0] < quote.inner[0] <= quote.outer[1] and end_char <= quote.inner[0] \
        and text[quote.outer[0]:end_char].strip(" \xa0\t\n\"“«„'") == ""
