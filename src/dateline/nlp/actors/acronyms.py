"""Names defined by an acronym in parentheses: "the Fédération interprofessionnelle de la santé du
Québec (FIQ)", "the Canada Border Services Agency (CBSA)".

The English model often cuts a long name it does not know into pieces of the wrong type (a French
union's "de la" as a person), which leaves the acronym alone as the organisation's name. The
acronym right after it says where the name starts: its letters are the initials of the name's
words, in order, the first letter that of the name's first word (after Schwartz and Hearst's
abbreviation rule, 2003). The span found is tagged an organisation before the actors are read.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span
from spacy.util import filter_spans

from .dictionary import load_dictionary

# An acronym as written in parentheses after a name: capitals, with digits and joiners ("G-20",
# "U.N.", "AT&T"), at most ten characters (longer capitals are shouted words, not acronyms).
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")
# One whose letters can spell a long form's initials: capitals and "&" only, two to eight letters.
_INITIALS = re.compile(r"^[A-Z][A-Z&]{1,7}$")
# A long form has at most this many words more than its acronym has letters: Schwartz and Hearst's
# bound of min(|A| + 5, 2|A|) without the second term, which French names with their articles
# ("de la santé du", four unmatched words for a three-letter acronym) go past.
_EXTRA_WORDS = 5
# Words that may sit inside a long form: name words, and the joining punctuation of names.
_JOINERS = {"-", "'", "’", "&"}
# Labels the model's entities keep over most of a long form: "the Democratic Republic of Congo (DRC)"
# and "the United Arab Emirates (UAE)" are places, which the places stage reads from these labels;
# so is a place of two words or more inside one ("The North East Texas Regional Water Planning Group
# (NETRWPG)", where places reads "North East" and "Texas"); one word of a French union's name read
# as a place ("Syndicat") is the model's error.
_KEPT_LABELS = {"GPE", "LOC", "FAC", "NORP"}


def defined_long_forms(doc) -> list[tuple[int, int]]:
    """Token spans ``(start, end)`` of the names that an acronym in parentheses right after them defines."""
    found = []
    for i in range(1, len(doc) - 2):
        acronym = parenthesised_acronym(doc, i)
        if acronym is None or not _INITIALS.match(acronym):
            continue
        start = _long_form_start(doc, i, acronym.replace("&", ""))
        if start is not None:
            found.append((start, i))
    return found


def parenthesised_acronym(doc, i: int) -> Optional[str]:
    """The acronym written in parentheses from token ``i`` on ("(", "CBSA", ")"), or None."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and _ACRONYM.match(doc[i + 1].text):
        return doc[i + 1].text
    return None


def _long_form_start(doc, end: int, acronym: str):
    """The first token of the long form ending before token ``end`` whose initials spell ``acronym``."""
    letters = list(acronym.lower())
    first = max(doc[end].sent.start, end - len(letters) - _EXTRA_WORDS)
    k = end - 1
    while k >= first and letters:
        token = doc[k]
        if token.is_punct and token.text not in _JOINERS:
            return None
        if token.text[:1].lower() == letters[-1]:
            letters.pop()
            if not letters:
                return k if token.text[:1].isupper() and end - k >= 2 else None
        k -= 1
    return None


def tag_long_forms(doc) -> None:
    """Tag each defined long form an organisation in ``doc.ents`` (unless the model saw a place in
    it, or it names a role: its acronym or its first word is a title of the lexicon), replacing the
    pieces the model made of it."""
    spans = []
    titles = load_dictionary().lexicon.titles
    for start, end in defined_long_forms(doc):
        if doc[start].lower_ in titles or doc[end + 1].lower_ in titles:
            continue  # a role, not a body: "Chief Executive Officer (CEO)", "Member of Parliament (MP)"
        name = Span(doc, start, end, label="ORG")
        if not any(e.label_ in _KEPT_LABELS and (2 * _shared(e, name) >= len(name) or _shared(e, name) >= 2)
                   for e in doc.ents):
            # the acronym itself is the organisation too ("(ALMA)" is no town of that name)
            spans += [name, Span(doc, end + 1, end + 2, label="ORG")]
    if not spans:
        return
    kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    doc.ents = filter_spans(kept + spans)


def _shared(a: Span, b: Span) -> int:
    """How many tokens two spans share."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))
