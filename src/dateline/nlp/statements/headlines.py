"""The headline form of a statement: ``Name: words`` ("Sanders: Brexit's message could draw Trump
support", "Clinton camp: Trump's Islamophobia threatens security", "Former AG Mukasey at RNC: …").

A short run of capitalised words names the source, optionally followed by where or to whom it
spoke ("at RNC", "to Planned Parenthood", "on trade"); the words after the colon must hold a
verb, so that a label ("Update:", "Transcript as follows:") or a title without a claim does
not count. The source must be someone: a proper name, a name the recogniser tags elsewhere in
the article (a title-case headline leaves "Sanders" a common noun), or a document noun ("Poll:",
"Report:", which PolNeAR annotates as sources).
"""
from __future__ import annotations

from typing import Any, Optional

# Words that head a label, not a source, before a colon in news copy (written for dateline
# from the labels of wire and web news: "Update:", "Watch:", "Editor's note:", "Q:").
_LABELS = {"update", "updated", "note", "editor", "photo", "photos", "video", "watch", "read", "related",
           "correction", "transcript", "live", "breaking", "exclusive", "opinion", "analysis", "review",
           "question", "q", "a", "answer", "source", "sources", "credit", "listen", "see", "also", "more",
           "warning", "advisory", "timeline", "factbox", "explainer", "graphic", "here", "subscribe"}
# Document nouns that PolNeAR takes as the source of a headline claim ("Poll: Trump leads").
_DOCUMENTS = {"poll", "report", "survey", "study", "newspaper", "paper", "documents", "filing", "audit"}
# Prepositions that may follow the source's name: where or to whom it spoke, or on what.
_SETTINGS = {"at", "to", "on", "in", "about"}
# Most words a headline source may have before the colon, its setting included: a headline
# source is a name with a title at most ("Former AG Mukasey at RNC": 5); longer runs were
# sentences with a colon in PolNeAR train.
_MOST_WORDS = 6


def _someone(head, doc) -> bool:
    lower = head.lower_
    if lower in _DOCUMENTS:
        return True
    if lower in _LABELS or head.ent_type_ in {"GPE", "LOC"} and head.text.isupper():
        return False  # a label, or a dateline ("NEW DELHI: The government said …")
    if head.pos_ == "PROPN" or head.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return True
    # "Sanders" tagged a noun in a title-case headline: a name the recogniser tags elsewhere
    return any(t.text == head.text and t.ent_type_ in {"PERSON", "ORG"} for t in doc if t.i != head.i)


def headline_colon(doc, colon, seg_start: int, seg_end: int, sentence_span, make, char_span) -> Optional[Any]:
    """The candidate of ``Name: words`` at this colon, or None. ``make`` builds the Candidate from
    (cue_span, source head, source span, content span, sentence span), and ``char_span`` gives the
    characters of token indices (both from ``forms``, which calls this)."""
    before = [t for t in doc[seg_start:colon.i] if not t.is_space]
    after = [t for t in doc[colon.i + 1:seg_end] if not t.is_space]
    if not before or len(before) > _MOST_WORDS or len(after) < 3:
        return None
    setting = next((k for k, t in enumerate(before) if k > 0 and t.lower_ in _SETTINGS), len(before))
    name = before[:setting]
    # capitalised words, the last one excepted after a name ("Clinton camp")
    if not all(t.is_punct or t.text[:1].isupper() for t in name[:-1] or name) or any(t.is_punct for t in name[:1]):
        return None
    if setting < len(before) and not any(t.text[:1].isupper() for t in before[setting + 1:]) \
            and before[setting].lower_ not in {"on", "about"}:
        return None  # "at RNC", "to Planned Parenthood": a named place or listener
    words = [t for t in name if not t.is_punct]
    if not words or any(t.pos_ in {"VERB", "AUX"} and t.dep_ == "ROOT" for t in words):
        return None
    if words[0].lower_ in _LABELS and len(words) == 1:
        return None
    # the last word names the source, unless it is a lower-case noun after a name ("Clinton camp")
    head = words[-1]
    if not _someone(head, doc) and not (head.text.islower() and len(words) > 1 and _someone(words[-2], doc)):
        return None
    if not any(t.pos_ in {"VERB", "AUX"} or t.tag_.startswith("VB") for t in after):
        return None
    source_span = char_span(doc, [t.i for t in words])
    content_span = char_span(doc, [t.i for t in after])
    if source_span is None or content_span is None:
        return None
    return make((colon.idx, colon.idx + 1), head, source_span, content_span, sentence_span)
