"""The cue lexicon: the words that introduce what someone said, read from ``resources/cues.txt``.

The file is plain text, one lemma per line under ``[section]`` headers, so users can add
their own reporting verbs without touching code. It is read once per process.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ...datafiles import DataFileError, data_file, read_words
from ...errors import ResourceMissing

SECTIONS = ("verbs", "listener", "nouns", "never")


@dataclass(frozen=True)
class CueLexicon:
    """Cue lemmas by kind.

    Attributes:
        verbs: reporting verb lemmas ("say", "warn").
        listeners: verbs whose direct object is the listener ("tell", "urge").
        nouns: nominal cues ("statement", "concern").
        never: lemmas that report no speech or thought ("hate", "vote", "decide"): never a cue,
            whatever the cue model makes of the context.
    """

    verbs: frozenset[str] = field(default_factory=frozenset)
    listeners: frozenset[str] = field(default_factory=frozenset)
    nouns: frozenset[str] = field(default_factory=frozenset)
    never: frozenset[str] = field(default_factory=frozenset)

    def cue_lemma(self, verb) -> str:
        """The verb's lemma, with its particle or "it" where the lexicon lists the pair ("point out",
        "put it")."""
        lemma = verb.lemma_.lower()
        for child in verb.children:
            if child.dep_ == "prt" and f"{lemma} {child.lower_}" in self.verbs:
                return f"{lemma} {child.lower_}"
            if child.dep_ == "dobj" and child.lower_ == "it" and f"{lemma} it" in self.verbs:
                return f"{lemma} it"  # "as one analyst put it, …"
        return lemma

    def takes_object(self, lemma: str) -> bool:
        """True when the verb's direct object can carry the content ("criticized the plan")."""
        return lemma not in self.listeners


def parse_cues(lines, where: str = "the cue file") -> CueLexicon:
    """Build a CueLexicon from the lines of a cue file.

    Args:
        lines: an iterable of lines in the ``cues.txt`` format, or of ``(line number, entry)``
            pairs as :func:`dateline.datafiles.read_words` gives them.
        where: the file's name, for error messages.

    Raises:
        DataFileError: a line names an unknown section.
    """
    sections: dict[str, set] = {name: set() for name in SECTIONS}
    current = "verbs"
    for number, raw in (item if isinstance(item, tuple) else (n, item) for n, item in enumerate(lines, start=1)):
        line = raw.split("#", 1)[0].strip().lower()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            if current not in sections:
                raise DataFileError(f"{where}:{number}: unknown section [{current}]; valid: {', '.join(SECTIONS)}")
            continue
        sections[current].add(line)
    return CueLexicon(verbs=frozenset(sections["verbs"] | sections["listener"]),
                      listeners=frozenset(sections["listener"]), nouns=frozenset(sections["nouns"]),
                      never=frozenset(sections["never"]))


@lru_cache(maxsize=4)
def load_cues(path: Optional[str] = None) -> CueLexicon:
    """The cue lexicon from ``path``, or from the packaged ``resources/cues.txt`` (cached)."""
    if path is not None and not Path(path).exists():
        raise ResourceMissing(f"cue file {path} not found")
    source = Path(path) if path is not None else data_file("cues.txt")
    return parse_cues(read_words(source), where=str(source))


def verb_read_as_noun(token, lexicon: CueLexicon) -> bool:
    """True for a reporting verb in "-s" that the tagger read as a plural noun: "But Trump claims that
    he …", "…, the candidate's former doctor maintains." A noun has no subject of its own, so one
    with a subject before it and no determiner or possessor is the verb of its clause."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or not token.lower_.endswith("s"):
        return False
    lemma = token.lemma_.lower()
    return lemma in lexicon.verbs and lemma not in lexicon.never \
        and (any(c.dep_ == "nsubj" and c.i < token.i for c in token.children) or name_read_with_noun(token) is not None) \
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in token.children)


def name_read_with_noun(token):
    """The name before a reporting verb in "-s" that the tagger read as a noun with it ("Trump claims
    that …" as the object "claims" of the noun "Trump", or "Trump predicts that …" as a compound): a
    plural noun with a that-clause of its own and only a capitalised name before it is a verb (the
    noun has its determiner: "the claims that …"). The name's token; None otherwise."""
    doc = token.doc
    if token.i < 1:
        return None
    name = doc[token.i - 1]
    linked = (name.dep_ == "compound" and name.head.i == token.i) \
        or (name.dep_ == "ROOT" and token.head.i == name.i and token.dep_ == "dobj")
    # the noun's clause is an acl to the parser ("Trump predicts that the audit will fail"), or a ccomp
    that_clause = any(c.dep_ in {"ccomp", "acl"} and _that_clause(token, c) for c in token.children)
    if not linked or not that_clause or not name.text[:1].isupper() or name.pos_ not in {"NOUN", "PROPN"} \
            or any(c.dep_ in {"det", "poss"} for word in (name, token) for c in word.children):
        return None
    return name


def _that_clause(token, clause) -> bool:
    """Whether a clause after the token opens with "that" as its conjunction (no relative "that")."""
    return clause.i > token.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def noun_read_clause(token, clause) -> bool:
    """Whether a clause is the that-clause of a verb in "-s" read as a noun after a name, which the
    parser hangs on it as a noun's clause (acl): "Trump predicts *that the audit will fail*"."""
    return token.pos_ == "NOUN" and clause.dep_ == "acl" and _that_clause(token, clause) \
        and name_read_with_noun(token) is not None
