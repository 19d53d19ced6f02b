"""How the words were said, which is no part of them: an absolute phrase after the cue.

Interview-heavy news describes the speaker as they speak: "“…,” Toor said, *her voice
breaking*. “…”", "the widow told the court, *his hands shaking*". The phrase is the writer's
description of the speaker, not the speaker's words; the parser hangs it on the cue as a clause
(an ``xcomp`` or ``advcl`` with its own subject), so it was stored as the content, or joined to
the quotation before it. An absolute phrase has a subject and a participle but no finite verb,
which tells it from reported speech after a comma ("told Reuters, his policy would …").
"""
from __future__ import annotations

from .reported import FINITE_TAGS

# Possessive pronouns that open an absolute phrase about the speaker ("her voice breaking").
_POSSESSIVES = {"his", "her", "their", "its", "my", "our"}
# Longest absolute phrase, in tokens: "her voice breaking" (3) to "his eyes fixed on the floor of
# the courtroom" (8); a longer run after the cue is more likely a clause the tagger misread.
_MOST_TOKENS = 8
# Marks that close a set-off phrase before the sentence goes on.
_SET_OFF_ENDS = {",", ":", ";"}


def absolute_after_cue(doc, verb, in_segment: set[int]) -> set[int]:
    """Token indices of an absolute phrase that ends the cue's sentence after a comma, or none.

    Args:
        doc: the spaCy Doc.
        verb: the cue verb.
        in_segment: indices of the tokens the cue may take its content from.

    Returns:
        The phrase's tokens ("her voice breaking" in "“…,” Toor said, her voice breaking.") where
        it opens with a possessive pronoun or a bare noun and its participle ("tears streaming down
        her face"), holds a participle and no finite verb nor quotation mark; else an empty set.

    Example:
        In "“We are out of rice,” Marchand said, her hands trembling." the phrase is the three
        words after the comma.
    """
    sentence = verb.sent
    comma = next((t for t in doc[verb.i + 1:sentence.end] if t.text == ","), None)
    if comma is None:
        return set()
    # the phrase is set off: it ends at the next comma or colon ("said, her voice breaking, that …")
    close = next((t.i for t in doc[comma.i + 1:sentence.end] if t.text in _SET_OFF_ENDS), sentence.end)
    phrase = [t for t in doc[comma.i + 1:close] if not (t.is_punct or t.is_space)]
    if not phrase or len(phrase) > _MOST_TOKENS or not _opens_absolute(phrase):
        return set()
    if any(t.is_quote for t in doc[comma.i + 1:close]) or any(t.tag_ in FINITE_TAGS for t in phrase):
        return set()
    if any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.i >= close for t in phrase):
        return set()  # "said, his ruling party, facing defeat, would resign": the subject of what was said
    if not any(t.tag_ in {"VBG", "VBN"} or t.lower_.endswith("ing") for t in phrase[1:]):
        return set()
    return {t.i for t in phrase + _circumstance_of(phrase) if t.i in in_segment}


def _opens_absolute(phrase) -> bool:
    """Whether the phrase opens as an absolute one: a possessive ("her voice breaking") or a bare noun
    right before its participle ("tears streaming down her face", "hands shaking")."""
    if phrase[0].lower_ in _POSSESSIVES:
        return True
    return len(phrase) > 1 and phrase[0].pos_ == "NOUN" and phrase[1].tag_ in {"VBG", "VBN"}


def _circumstance_of(phrase) -> list:
    """Tokens of an adverbial clause the parser hung on the phrase ("her voice breaking, *as she left
    the courthouse*"): when the words were said, not what was said. Only one a subordinator opens:
    a that-clause, or one with no mark ("…, the family would never forget him"), is what was said."""
    inside = {t.i for t in phrase}
    clauses = [c for t in phrase for c in t.children if c.i not in inside and c.dep_ == "advcl"
               and [m.lower_ for m in c.children if m.dep_ == "mark"] not in ([], ["that"])]
    return [t for clause in clauses for t in clause.subtree]
