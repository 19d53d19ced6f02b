"""Organisation names the recogniser cuts at their "and": "the *Ethics and* Anti-Corruption
Commission", "the *Truth and* Reconciliation Commission". spaCy's small model often tags only the
part after "and", leaving a capitalised word before it that later stages take for a person or a
second party ("Ethics welcomed …", "Ethics -> Anti-Corruption Commission")."""
from __future__ import annotations

# At most this many capitalised words before the "and": names join two or three subjects
# ("Trade, Industry and …" is already rare).
MAX_WORDS = 3


def joined_start(doc, ent) -> int:
    """The token where an ORG entity's name really starts: before "the X and" when the words
    between "the" and "and" are capitalised words of no entity; otherwise ``ent.start``."""
    if ent.label_ != "ORG" or ent.start < 3 or doc[ent.start - 1].lower_ != "and":
        return ent.start
    i = ent.start - 2
    words = 0
    while i >= 0 and words < MAX_WORDS and doc[i].is_alpha and doc[i].text[:1].isupper() \
            and not doc[i].ent_type_ and doc[i].lower_ != "the":
        i -= 1
        words += 1
    if words and i >= 0 and doc[i].lower_ == "the":
        return i + 1
    return ent.start
