"""Organisation names the recogniser cuts short at either end.

spaCy's small model often tags only part of a public body's proper name: "the *Public Health Agency*
of Canada" (the country after "of" left as a place), "the Ottawa-Carleton *District School Board*"
(the place-name words before it left untagged). The speaker is then named by the part ("Public Health
Agency", "District School Board"), where the Gender Gap Tracker names the body in full (issue 11,
fresh12a's local and health news). The missing part is read back only where the language marks it as
the name's: capitalised words joined to a head noun that names a kind of body.
"""
from __future__ import annotations

# Nouns that head a body's proper name and take an "of"/"for" phrase inside it ("Agency of Canada",
# "Centre for Addiction and Mental Health", "Society of Canada"). Written for dateline from the forms
# of public and civic bodies' names; companies ("Bank of America") the recogniser already tags whole.
NAME_HEADS = frozenset({
    "academy", "agency", "alliance", "association", "authority", "board", "bureau", "centre", "center",
    "coalition", "college", "commission", "committee", "council", "department", "federation",
    "foundation", "institute", "league", "ministry", "office", "organisation", "organization",
    "service", "society", "union", "university"})
# Words that may stand inside the tail of a name after its first capitalised word ("Agency for Toxic
# Substances and Disease Registry", "Ministry of the Environment").
_TAIL_JOINERS = frozenset({"and", "&", "the", "of"})
# At most this many words after "of"/"for": names of bodies rarely run longer ("for Toxic Substances
# and Disease Registry" is five); past it, capitalised words are more likely a new phrase.
MAX_TAIL_WORDS = 6


def _capitalised_word(token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start


def named_end(doc, ent) -> int:
    """The token after an ORG entity's real last word: past "of"/"for" and the capitalised words after
    it when the entity ends in a capitalised name head ("Agency" + "of Canada"); else ``ent.end``."""
    last = doc[ent.end - 1]
    if ent.label_ != "ORG" or ent.end + 1 >= len(doc):
        return ent.end
    headed = last.lower_ in NAME_HEADS and last.text[:1].isupper() and doc[ent.end].lower_ in ("of", "for")
    if not headed and not _tail_goes_on(doc, ent):
        return ent.end
    end = ent.end + 1
    best = ent.end
    while end < len(doc) and end - ent.end <= MAX_TAIL_WORDS:
        token = doc[end]
        if _capitalised_word(token):
            best = end + 1
        elif token.lower_ not in _TAIL_JOINERS or best == ent.end and token.lower_ != "the":
            break
        end += 1
    return best


def _tail_goes_on(doc, ent) -> bool:
    """True when an ORG entity already holds a name head's "of"/"for" tail and the recogniser stopped it
    before "in" or "on" and a capitalised word that is no place ("Canadian Centre for Ethics" + "in
    Sport", "Institute for Research" + "on Public Policy"); "the Centre for Ethics in Toronto" ends at
    "Ethics"."""
    heads = [t.i for t in ent[:-1] if t.lower_ in NAME_HEADS and t.text[:1].isupper()
             and doc[t.i + 1].lower_ in ("of", "for")]
    after = doc[ent.end + 1]
    return bool(heads) and doc[ent.end].lower_ in ("in", "on") and _capitalised_word(after) \
        and after.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "NORP"}


def named_start(doc, ent) -> int:
    """The token where an ORG entity's name really starts: before capitalised words of no entity that
    the parser joins to its head as compounds ("Ottawa-Carleton" + "District School Board"), with the
    hyphens written tight between them; else ``ent.start``."""
    if ent.label_ != "ORG":
        return ent.start
    start = ent.start
    i = ent.start - 1
    while i >= 0 and not doc[i].ent_type_:
        token = doc[i]
        tight_hyphen = token.text == "-" and i > 0 and not doc[i - 1].whitespace_ and not token.whitespace_
        if tight_hyphen:
            i -= 1
            continue
        if not (_capitalised_word(token) and token.pos_ == "PROPN" and token.dep_ == "compound"
                and start <= token.head.i < ent.end):  # on the name or a word already taken into it
            break
        start = i
        i -= 1
    return start
