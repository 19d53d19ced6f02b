"""A document's sentences scored at once give each sentence the figures it gets alone."""
from __future__ import annotations

import numpy as np
import pytest

from dateline.nlp.events import coding
from dateline.nlp.events.lookups import SentenceLookups
from dateline.nlp.events.scoring import (
    CLAUSE_DISCOUNT,
    blended_rows,
    score_sentences,
    sentence_distributions,
    sentence_views,
)
from dateline.nlp.events.types import NONE, blend_types, load_model, sentence_distribution

# Sentences of several kinds: events with nouns and verbs, one without any candidate word, a
# lexicon noun ("talks") and a phrasal verb ("called for").
TEXT = ("The foreign ministers of Chile and Peru held talks in Lima on Monday. "
        "Rain. "
        "Police arrested dozens of protesters who had blocked the main road to the port, officials said. "
        "The opposition called for new elections and accused the government of fraud. "
        "Both sides agreed to meet again next month.")


@pytest.fixture(scope="module")
def sents(nlp):
    return list(nlp(TEXT).sents)


def test_scores_of_all_sentences_are_those_of_each_alone(sents):
    model = load_model()
    together = score_sentences(sents, model)
    assert len(together) == len(sents)
    assert any(not tokens for tokens, _, _ in together)  # "Rain." has no candidate
    for sent, (tokens, beliefs, labels) in zip(sents, together):
        alone_tokens, alone_beliefs, alone_labels = coding.score_candidates(sent, model)
        assert [t.i for t in tokens] == [t.i for t in alone_tokens]
        assert labels == alone_labels
        assert np.array_equal(beliefs, alone_beliefs)


def test_sentence_distributions_and_blends_are_those_of_each_alone(sents):
    model = load_model()
    scored = score_sentences(sents, model)
    probs = sentence_distributions(sents, scored, model)
    blends = blended_rows(scored, probs)
    for sent, (tokens, beliefs, labels), sentence_probs, blend in zip(sents, scored, probs, blends):
        if not tokens:
            assert sentence_probs is None and blend is None
            continue
        alone = sentence_distribution(sent, model, labels)
        assert sentence_probs.dtype == alone.dtype and np.array_equal(sentence_probs, alone)
        rows = coding._blend_with_sentence(beliefs, alone)
        assert np.array_equal(blend[0], rows)
        assert np.array_equal(blend[1], rows.sum(axis=1)) and np.array_equal(blend[2], rows.argmax(axis=1))


def test_events_of_a_sentence_are_the_same_with_the_blend_made_beforehand(sents):
    from dateline.model import Analysis, Article

    model = load_model()
    scored = score_sentences(sents, model)
    probs = sentence_distributions(sents, scored, model)
    blends = blended_rows(scored, probs)
    analysis = Analysis(article=Article(text=TEXT))
    for sent, sent_scored, sentence_probs, blend in zip(sents, scored, probs, blends):
        made = SentenceLookups(sent, analysis)
        made.blended = (sent_scored[1], sentence_probs, blend) if blend is not None else None
        kept = coding.sentence_events(sent, analysis, model, scored=sent_scored, sentence_probs=sentence_probs,
                                      lookups=made)
        fresh = coding.sentence_events(sent, analysis, model, scored=sent_scored, sentence_probs=sentence_probs)
        assert [(c.type, c.trigger.i, c.confidence) for c in kept] == [(c.type, c.trigger.i, c.confidence) for c in fresh]


def test_sentence_views_are_those_of_each_sentence_alone(sents):
    model = load_model()
    scored = score_sentences(sents, model)
    probs = sentence_distributions(sents, scored, model)
    views = sentence_views(scored, probs, model)
    for (tokens, beliefs, labels), sentence_probs, view in zip(scored, probs, views):
        if not tokens:
            assert view == (None, None, 0.0, 1.0)
            continue
        # The one-sentence computation: discounted beliefs summed, blended with the sentence model.
        depths = np.array([sum(1 for _ in token.ancestors) for token in tokens])
        summed = np.add.reduce(beliefs * np.power(CLAUSE_DISCOUNT, depths)[:, None], axis=0)
        scores = blend_types(summed, sentence_probs, labels)
        best = int(scores.argmax())
        shares = np.exp(scores - scores[best])
        order = (-beliefs[:, best]).argsort(kind="stable")
        trigger = next(tokens[int(k)] for k in order if not coding.other_sense(tokens[int(k)], labels[best]))
        main, word, share, none = view
        assert main == labels[best] and word.i == trigger.i
        assert share == float(shares[best] / np.add.reduce(shares))
        assert none == float(sentence_probs[labels.index(NONE)])


def test_type_model_scores_each_candidate_as_its_own_weights_summed(sents):
    from dateline.nlp.events.types import candidates, trigger_features
    from dateline.nlp.learning import known_columns, softmax

    model = load_model()
    instances = [trigger_features(token) for sent in sents for token in candidates(sent)] + [["no such feature"]]
    together = model.scores(instances)
    for row, feats in enumerate(instances):
        logits = model.bias.copy()
        index = known_columns(model.features, feats)
        if index:
            logits += np.add.reduce(model.weights.take(index, axis=0), axis=0)
        assert np.array_equal(together[row], softmax(logits[None, :])[0])
