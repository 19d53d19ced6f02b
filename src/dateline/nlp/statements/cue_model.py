"""The cue model: a logistic regression that decides whether a verb introduces an attribution.

The cue lexicon (``resources/cues.txt``) lists the verbs that nearly always report speech.
Many attributions in news use verbs that do so only in some contexts: "support", "want",
"believe", "find" ("the poll found that …"), "plan". The model scores a verb from what
the parse says about it: its lemma, how its content was found (a ``that`` clause, an
infinitive, an object), who its subject is (a person, a pronoun, an organisation, a poll)
and a few combinations of these. It was trained on PolNeAR's train split (Newell, Margolin
& Ruths 2018) by ``dateline train statements`` (:mod:`dateline.train.statements`); the weights
are plain text in ``resources/statements/cue_weights.tsv``: ``#key<TAB>JSON`` header lines record
how it was trained and its thresholds, then a feature name and its weight per line (so no
article text). It is read once per process.
"""
from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..model_files import (
    about_lines,
    check_pipeline,
    model_file_error,
    model_path,
    read_about_line,
)

log = logging.getLogger(__name__)

WEIGHTS_FILE = "cue_weights.tsv"
RETRAIN = "dateline train statements"
# Weights are written with this many decimals: the rounding the file format fixes.
DECIMALS = 5
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


def main_clause_before_semicolon(verb) -> bool:
    """True for a verb the parser hung, as a clause, on a verb after a semicolon: "The ministry
    believes that A; however, Suy warns that B". It heads a sentence of its own (a reported clause
    comes after its cue, never before it across a semicolon). Only a verb with a that-clause of its
    own: a report, not any clause a semicolon ends."""
    head = verb.head
    return verb.dep_ == "ccomp" and verb.i < head.i \
        and any(t.text == ";" for t in verb.doc[verb.right_edge.i + 1:head.i]) \
        and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for c in verb.children)


def as_main_clause(features: list[str], verb) -> list[str]:
    """The features ``verb`` would have as the root of its sentence (``main_clause_before_semicolon``):
    the parse is mended before the model decides, as a root verb's head is itself."""
    lemma = verb.lemma_.lower()
    mended = {"dep": "dep=ROOT", "lemma|dep": f"lemma|dep={lemma}|ROOT", "head": f"head={lemma}"}
    return [mended.get(feature.split("=", 1)[0], feature) for feature in features]


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
        about: how the model was trained (:mod:`dateline.nlp.model_files`); its ``settings``
            hold the threshold and veto the file was written with.
    """

    weights: dict = field(default_factory=dict)
    threshold: float = 0.5
    veto: float = 0.0
    about: dict = field(default_factory=dict, compare=False)

    def probability(self, features: list[str]) -> float:
        """The model's probability that the candidate is an attribution cue."""
        get = self.weights.get
        score = sum(get(name, 0.0) for name in features)
        # one candidate at a time: plain math is faster here than numpy's sigmoid
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def accepts(self, features: list[str], in_lexicon: bool) -> bool:
        """Whether to keep a candidate: lexicon cues unless vetoed, others above the threshold."""
        if not self.weights:
            return in_lexicon
        probability = self.probability(features)
        return probability >= self.veto if in_lexicon else probability >= self.threshold


def format_weights(model: CueModel) -> str:
    """The weights file of a model: its ``about`` header lines, then one ``name<TAB>weight`` line
    per feature, sorted, rounded to ``DECIMALS``."""
    lines = about_lines(model.about)
    lines += [f"{name}\t{weight:.{DECIMALS}f}" for name, weight in sorted(model.weights.items())]
    return "\n".join(lines) + "\n"


def parse_weights(lines: Iterable[str], path: Path = Path(WEIGHTS_FILE)) -> CueModel:
    """Build a CueModel from the lines of a weights file (see :func:`format_weights`).

    Raises:
        ResourceMissing: a line is neither a header nor ``name<TAB>number`` (naming ``path`` and the line).
    """
    weights: dict[str, float] = {}
    about: dict[str, Any] = {}
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n")
        if not line:
            continue
        if line.startswith("#"):
            key, value = read_about_line(line, path, number, RETRAIN)
            about[key] = value
            continue
        name, _, weight = line.rpartition("\t")
        try:
            weights[name] = float(weight) if name else float("")
        except ValueError:
            raise model_file_error(path, f"line {number}: expected a feature, a tab and a weight, got {line[:60]!r}",
                                   RETRAIN) from None
    settings = about.get("settings")
    if not isinstance(settings, dict):
        settings = {}
    return CueModel(weights=weights, threshold=float(settings.get("threshold", 0.5)),
                    veto=float(settings.get("veto", 0.0)), about=about)


@lru_cache(maxsize=4)
def load_cue_model(path: str | None = None) -> CueModel:
    """The cue model from ``path``, else ``$DATELINE_MODEL_DIR/cue_weights.tsv`` or the shipped one (cached).

    Warns when it was trained with another spaCy pipeline than the one in use.

    Raises:
        ResourceMissing: the weights file is missing or damaged.
    """
    source = Path(path) if path is not None else model_path("statements", WEIGHTS_FILE)
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise model_file_error(source, "not found", RETRAIN) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise model_file_error(source, f"cannot be read ({type(exc).__name__}: {exc})", RETRAIN) from None
    model = parse_weights(text.splitlines(), source)
    check_pipeline(model.about, source, RETRAIN)
    return model
