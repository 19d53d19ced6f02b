"""Reporting participles the tagger read as nouns (issue 11).

"He thanked voters, writing, “We did this together …”": en_core_web_sm tags "writing" as a noun
(a common noun too: "her writing"), while its parser hangs it on the main verb as an adverbial clause
with the quotation as its clause. A noun heads no adverbial clause; set off by a comma, it is the
participle of a reporting verb, and the statement rules, which read verbs, must see it as one.
"""
from __future__ import annotations

from .cues import CueLexicon

# Dependencies of a clause on the word: a noun with one of them is a verb the tagger misread.
_CLAUSE_DEPS = {"ccomp", "dobj", "xcomp"}


def participle_lemma(word: str, lexicon: CueLexicon) -> str:
    """The reporting verb of an "-ing" form ("writing" → "write", "admitting" → "admit",
    "saying" → "say"), or "" where none of its stems is a cue verb. English spelling: the stem
    drops a silent "e" and doubles a final consonant before "-ing"."""
    if not word.endswith("ing") or len(word) < 6:
        return ""
    stem = word[:-3]
    stems = [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return next((s for s in stems if s in lexicon.verbs and s not in lexicon.never), "")


def repair_participles(doc, lexicon: CueLexicon) -> None:
    """Retag as participles the reporting "-ing" words read as nouns that head an adverbial clause
    after a comma with a clause or a quotation of their own: ", writing, “…”", ", noting that …".
    A noun with a determiner or a possessor ("her writing") stays a noun."""
    for token in doc:
        if token.tag_ != "NN" or token.dep_ != "advcl" or token.i < 1 or doc[token.i - 1].text != ",":
            continue
        lemma = participle_lemma(token.lower_, lexicon)
        if not lemma or any(c.dep_ in {"det", "poss", "amod"} for c in token.children):
            continue
        if any(c.dep_ in _CLAUSE_DEPS and c.i > token.i for c in token.children) or _opens_quotation(token):
            token.tag_, token.pos_, token.lemma_ = "VBG", "VERB", lemma


def _opens_quotation(token) -> bool:
    """Whether an opening mark follows the word, past a comma or a colon (", writing, “…”"), where the
    parser hung the quoted clause on the verb before or made it the sentence's root."""
    doc = token.doc
    after = token.i + 1
    while after < len(doc) and doc[after].text in {",", ":"}:
        after += 1
    return after < len(doc) and doc[after].is_quote and doc[after].tag_ == "``"  # the tag of an opening mark
