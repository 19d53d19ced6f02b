"""What the events stage keeps of a Doc while it codes it (doc_facts) is what spaCy's own walks give."""
from __future__ import annotations

import pytest
from spacy import symbols

from dateline.model import Analysis, Article
from dateline.nlp.events import find_events
from dateline.nlp.events.doc_facts import depth, mention_span, positions, reading

# Deep clauses (a relative clause inside a reported one), names, nouns and a paragraph break.
TEXT = ("Officials in Nairobi said on Tuesday that police had arrested two men who were suspected "
        "of smuggling ivory across the border with Tanzania.\n\n"
        "The Kenya Wildlife Service welcomed the arrests and promised a full inquiry.")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_depths_are_the_ancestor_counts(doc):
    alone = [depth(token) for token in doc]
    with reading(doc):
        kept = [depth(token) for token in doc]
    assert alone == kept == [sum(1 for _ in token.ancestors) for token in doc]
    assert max(kept) >= 4  # the relative clause sits deep under the root


def test_mention_spans_are_the_expanded_char_spans(doc):
    spans = [(0, 9), (13, 18), (20, 22), (len(TEXT) - 8, len(TEXT) - 1), (12, 12)]  # "Officials", a part word, ...
    with reading(doc):
        kept = [mention_span(doc, span) for span in spans]
        again = [mention_span(doc, span) for span in spans]
    alone = [mention_span(doc, span) for span in spans]
    for span, k, a, b in zip(spans, kept, again, alone):
        expected = doc.char_span(span[0], span[1], alignment_mode="expand")
        if expected is None or not len(expected):
            assert k is None and a is None and b is None
        else:
            assert (k.start, k.end) == (b.start, b.end) == (expected.start, expected.end)
            assert a is k  # the same span object while the Doc is read
    assert mention_span(doc, None) is None


def test_positions_are_the_tokens_with_the_attribute(doc):
    nouns = frozenset({symbols.NOUN, symbols.PROPN})
    with reading(doc):
        assert positions(doc, "POS", nouns) == [t.i for t in doc if t.pos_ in {"NOUN", "PROPN"}]
        assert positions(doc, "ENT_TYPE") == [t.i for t in doc if t.ent_type_]
    assert positions(doc, "POS", nouns) == [t.i for t in doc if t.pos_ in {"NOUN", "PROPN"}]


def test_nothing_is_kept_after_the_events_stage(nlp):
    doc = nlp(TEXT)
    analysis = Analysis(article=Article(text=TEXT))
    find_events(doc, analysis)
    assert not any(isinstance(key, str) and key.startswith("dateline.events") for key in doc.user_data)
