"""The cue model: a logistic regression that decides whether a verb introduces an attribution.

The cue lexicon (``resources/cues.txt``) lists the verbs that nearly always report speech.
Many attributions in news use verbs that do so only in some contexts: "support", "want",
"believe", "find" ("the poll found that …"), "plan". The model scores a verb from what
the parse says about it: its lemma, how its content was found (a ``that`` clause, an
infinitive, an object), who its subject is (a person, a pronoun, an organisation, a poll)
and a few combinations of these. It was trained on PolNeAR's train split (Newell, Margolin
& Ruths 2018) by ``dateline.eval.train_statements``; the weights are plain text in
``resources/statements/cue_weights.tsv`` (a feature name and its weight per line, so no
article text), read once per process.
"""
from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional

from ...errors import ResourceMissing

log = logging.getLogger(__name__)

WEIGHTS_FILE = "cue_weights.tsv"
# Person pronouns and group pronouns, for the subject-type feature.
_PERSON_PRONOUNS = {"i", "he", "she", "we", "you", "who"}
_GROUP_PRONOUNS = {"they", "it", "which", "that"}
_SPEAKER_ENTS = {"PERSON": "person", "ORG": "org", "NORP": "group", "GPE": "gpe"}


def subject_kind(source) -> str:
    """A coarse type for the source of a cue: person, pronoun, org, group, gpe, noun, none."""
    if source is None:
        return "none"
    lower = source.lower_
    if lower in _PERSON_PRONOUNS:
        return "pron_person"
    if lower in _GROUP_PRONOUNS:
        return "pron_group"
    kind = _SPEAKER_ENTS.get(source.ent_type_)
    if kind:
        return kind
    if source.pos_ == "PROPN":
        return "propn"
    return "noun" if source.pos_ == "NOUN" else source.pos_.lower()


def cue_features(verb, source, via: str, kind: str, in_lexicon: bool) -> list[str]:
    """The features of one candidate cue.

    Args:
        verb: the spaCy token of the candidate cue.
        source: the token heading its source, or None (an agentless passive).
        via: how its content was found ("ccomp", "xcomp", "dobj", "prep_about", "head",
            "quote_after", "quote_before", "passive").
        kind: "direct" when the content is a quotation, else "indirect".
        in_lexicon: whether the lemma is in the cue lexicon.

    Returns:
        Feature names; the model's score is the sum of their weights.
    """
    lemma = verb.lemma_.lower()
    subject = subject_kind(source)
    children = {c.dep_ for c in verb.children}
    auxes = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    marks = {g.lower_ for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "mark"}
    features = [
        "bias",
        f"lemma={lemma}",
        f"pos={verb.pos_}",
        f"lemma|pos={lemma}|{verb.pos_}",
        f"via={via}",
        f"lemma|via={lemma}|{via}",
        f"subj={subject}",
        f"lemma|subj={lemma}|{subject}",
        f"via|subj={via}|{subject}",
        f"dep={verb.dep_}",
        f"lemma|dep={lemma}|{verb.dep_}",
        f"tag={verb.tag_}",
        f"kind={kind}",
        f"lex={in_lexicon}",
        f"lex|via={in_lexicon}|{via}",
        f"head={verb.head.lemma_.lower() if verb.head is not verb else 'ROOT'}",
    ]
    if source is not None and source.pos_ == "NOUN":
        features.append(f"subj_lemma={source.lemma_.lower()}")
    if "neg" in children:
        features.append("neg")
    for aux in auxes:
        features.append(f"aux={aux}")
    if "that" in marks:
        features.append("mark=that")
        features.append(f"lemma|that={lemma}")
    if "prt" in children:
        particle = next(c.lower_ for c in verb.children if c.dep_ == "prt")
        features.append(f"lemma|prt={lemma}|{particle}")
    return features


@dataclass(frozen=True)
class CueModel:
    """Feature weights and the decision thresholds.

    Attributes:
        weights: feature name to weight.
        threshold: the probability above which a verb outside the lexicon is a cue.
        veto: the probability below which a lexicon verb is not taken as a cue.
    """

    weights: dict = field(default_factory=dict)
    threshold: float = 0.5
    veto: float = 0.0

    def probability(self, features: list[str]) -> float:
        """The model's probability that the candidate is an attribution cue."""
        get = self.weights.get
        score = sum(get(name, 0.0) for name in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def accepts(self, features: list[str], in_lexicon: bool) -> bool:
        """Whether to keep a candidate: lexicon cues unless vetoed, others above the threshold."""
        if not self.weights:
            return in_lexicon
        probability = self.probability(features)
        return probability >= self.veto if in_lexicon else probability >= self.threshold


def parse_weights(lines) -> CueModel:
    """Build a CueModel from the lines of a weights file (``#threshold``/``#veto`` headers)."""
    weights, threshold, veto = {}, 0.5, 0.0
    for raw in lines:
        line = raw.rstrip("\n")
        if not line:
            continue
        if line.startswith("#"):
            key, _, value = line[1:].partition("\t")
            if key == "threshold":
                threshold = float(value)
            elif key == "veto":
                veto = float(value)
            continue
        name, _, weight = line.rpartition("\t")
        weights[name] = float(weight)
    return CueModel(weights=weights, threshold=threshold, veto=veto)


@lru_cache(maxsize=4)
def load_cue_model(path: Optional[str] = None) -> CueModel:
    """The cue model from ``path`` or the packaged weights (cached); an empty model if absent.

    An empty model accepts exactly the lexicon's verbs, as the component did before the
    model existed, so a checkout without the weights file still works.

    Raises:
        ResourceMissing: ``path`` was given and does not exist.
    """
    if path is not None:
        source = Path(path)
        if not source.exists():
            raise ResourceMissing(f"cue model {path} not found; train one with python -m dateline.eval.train_statements")
        return parse_weights(source.read_text(encoding="utf-8").splitlines())
    packaged = resources.files("dateline.resources").joinpath("statements").joinpath(WEIGHTS_FILE)
    if not packaged.is_file():
        log.warning("no cue model at resources/statements/%s: using the cue lexicon alone", WEIGHTS_FILE)
        return CueModel()
    return parse_weights(packaged.read_text(encoding="utf-8").splitlines())
