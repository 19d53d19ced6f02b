"""Train the event-type model on PLV_train (Hu et al. 2024, Zero-Shot-PLOVER) and the PLOVER GSR.

Each PLV sentence marks a source (``<s>``) and a target (``<t>``) and gives the PLOVER root
of the event between them. The trigger of that event is taken to be the nearest candidate
word (a main verb, or a lexicon noun) at or above the target in the dependency tree; it is
a training instance of the gold type, and every other candidate in the sentence is an
instance of ``NONE``. The marks are used only to pick the trigger during training; at run
time dateline sees the plain sentence. The PLOVER gold-standard records (``PLOVER_GSR_dev.json``)
are added to the training data. A sentence-level model (a bag of the sentence's lemmas,
``types.sentence_features``) is trained on the same sentences and shipped in the same file.

    dateline train events [--data ../shared/data] [--out model.npz] [--check]

``eval/events.py`` cross-validates with :func:`fit`, retraining it on each fold.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from ..eval.plover import PloverSentence, read_gsr, read_plv
from ..nlp.events.arguments import standing_for
from ..nlp.events.types import (
    NONE,
    RETRAIN,
    EventTypeModel,
    candidates,
    is_candidate,
    sentence_features,
    train_model,
    trigger_features,
)
from ..nlp.model_files import describe, feature_summary, file_sha256
from .data import Progress, digests, no_progress, require
from .nonevents import NEWS_TEXTS, NONEVENTS, news_digests

log = logging.getLogger(__name__)

MODEL = "events"
DATA = ("plover/PLV_train.tsv", "plover/PLOVER_GSR_dev.json", NEWS_TEXTS)
# Tuned by 5-fold cross-validation on PLV_train (macro-F1); see eval/events.py.
L2 = 3e-4
EPOCHS = 200
LEARNING_RATE = 0.1
# NONE instances outnumber each event type; weighting them down keeps the model willing to
# name a type for the best candidate of a sentence (0.25 best of 1.0 / 0.5 / 0.25 in CV).
# Weighting rare types up (COOPERATE, MOBILIZE, PROTEST: 15-18 sentences) did not raise macro-F1.
NONE_WEIGHT = 0.25
# The sentence-level model's L2 penalty: 3e-5 best of 3e-3 / 1e-3 / 3e-4 / 1e-4 / 3e-5 by mean macro-F1
# over three shuffles of 5-fold CV on PLV_train (+GSR): 0.739 / 0.744 / 0.747 / 0.752 / 0.756.
SENTENCE_L2 = 3e-5
# Loss weight of a no-event sentence in the sentence model: there are about as many of them as
# PLV sentences, and at full weight they pull PLV's rarer types towards NONE.
NONEVENT_WEIGHT = 0.5
# How far up the tree a marked party's head may be from the trigger of its event.
MAX_STEPS = 12


def settings() -> dict:
    """The trainer's hyper-parameters, as the model file records them."""
    return {"l2": L2, "epochs": EPOCHS, "learning_rate": LEARNING_RATE, "optimiser": "adam",
            "none_weight": NONE_WEIGHT, "sentence_l2": SENTENCE_L2, "max_steps": MAX_STEPS,
            "nonevent_weight": NONEVENT_WEIGHT}


def read_sentences(data_dir: Path) -> list[PloverSentence]:
    """PLV_train's sentences, then the PLOVER GSR's, from the data folder.

    Raises:
        ResourceMissing: either file is not in ``data_dir``.
    """
    plv, gsr, _news = require(data_dir, DATA, MODEL)
    return read_plv(plv) + read_gsr(gsr)


def nonevent_docs(data_dir: Path, progress: Progress = no_progress) -> list:
    """Parsed no-event sentences for training (those not held back, :mod:`dateline.train.nonevents`):
    the bundled corpus's, then the judged news articles' from ``data_dir``."""
    from ..nlp.pipeline import parse_texts
    from .nonevents import all_nonevents

    texts = [n.text for n in all_nonevents(data_dir) if not n.held_back]
    return list(progress(parse_texts(texts), len(texts), "parsing no-event sentences"))


def parse_sentences(items: Sequence[PloverSentence], progress: Progress = no_progress) -> list:
    """spaCy Docs of the sentences, parsed as the pipeline parses them."""
    from ..nlp.pipeline import parse_texts

    return list(progress(parse_texts([item.text for item in items]), len(items), "parsing PLOVER sentences"))


def root_token(doc, span: tuple[int, int]):
    """The syntactic head of the tokens covering a character span."""
    tokens = [t for t in doc if t.idx < span[1] and t.idx + len(t) > span[0]]
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[0]


def gold_trigger(doc, item: PloverSentence):
    """The candidate word that opens the marked event: nearest candidate at or above the target
    (else the source), or None."""
    cands = {t.i for t in candidates(doc[:])}
    for span in (item.target_span, item.source_span):
        if not span:
            continue
        token = root_token(doc, span)
        steps = 0
        while token is not None and steps < MAX_STEPS:
            if token.i in cands:
                return token
            if standing_for(token) is not None:  # a light verb: its event object is the trigger
                return standing_for(token)
            if token.head.i == token.i:
                break
            token = token.head
            steps += 1
    return None


def training_instances(docs: Sequence, items: Sequence[PloverSentence],
                       nonevent_docs: Sequence = ()) -> tuple[list[list[str]], list[str]]:
    """The gold trigger of each sentence as an instance of its type, its other candidates as NONE;
    every candidate of a sentence that reports no event (``nonevent_docs``) as NONE.

    Returns:
        ``(features, labels)``: one sparse feature list and one label per instance.
    """
    features, labels = [], []
    for doc, item in zip(docs, items):
        trigger = gold_trigger(doc, item)
        sentence_tokens = list(candidates(doc[:]))
        if trigger is not None and not is_candidate(trigger):
            sentence_tokens.append(trigger)
        for token in sentence_tokens:
            features.append(trigger_features(token))
            labels.append(item.root if trigger is not None and token.i == trigger.i else NONE)
    for doc in nonevent_docs:
        for token in candidates(doc[:]):
            features.append(trigger_features(token))
            labels.append(NONE)
    return features, labels


def fit(docs: Sequence, items: Sequence[PloverSentence], nonevent_docs: Sequence = ()) -> EventTypeModel:
    """Train an event-type model, with its sentence model, on parsed sentences.

    Sentences that report no political event (``nonevent_docs``, :mod:`dateline.train.nonevents`)
    teach both models to say so: their words are NONE instances, and the sentence model gets a
    NONE class whose probability the calibration reads.
    """
    features, labels = training_instances(docs, items, nonevent_docs)
    model = train_model(features, labels, l2=L2, epochs=EPOCHS, learning_rate=LEARNING_RATE,
                        class_weights={NONE: NONE_WEIGHT})
    sentence_docs = list(docs) + list(nonevent_docs)
    sentence_labels = [item.root for item in items] + [NONE] * len(nonevent_docs)
    model.sentence = train_model([sentence_features(doc[:]) for doc in sentence_docs], sentence_labels,
                                 l2=SENTENCE_L2, epochs=EPOCHS, learning_rate=LEARNING_RATE,
                                 class_weights={NONE: NONEVENT_WEIGHT} if nonevent_docs else None)
    return model


def train(data_dir: Path, out: Path, progress: Progress = no_progress) -> str:
    """Train the event-type model on the PLOVER data in ``data_dir`` and write it to ``out``.

    Returns:
        A one-line summary of what it learned from.

    Raises:
        ResourceMissing: the training data is not in ``data_dir``.
    """
    items = read_sentences(data_dir)
    docs = parse_sentences(items, progress)
    model = fit(docs, items, nonevent_docs(data_dir, progress))
    sentence_vocabulary = model.sentence.features if model.sentence else {}
    about_settings = dict(settings(), nonevents=file_sha256(NONEVENTS), news_judged=news_digests())
    model.about = describe(MODEL, __name__, RETRAIN, digests(data_dir, DATA), about_settings,
                           {"trigger": feature_summary(model.features), "sentence": feature_summary(sentence_vocabulary)})
    model.save(Path(out))
    return (f"{len(items)} sentences: {len(model.features)} trigger features, "
            f"{len(sentence_vocabulary)} sentence features, labels {', '.join(model.labels)}")
