"""A name the recogniser took for a person's where the article calls it an organisation: "the junior
coalition party Civic Centre", "the charity Helping Hands" (fresh11: "Civic Centre" stored as a
person). The nouns are the statements' list (``resources/statements/organisation_nouns.tsv``), so a
speaker and an actor are typed alike."""
from __future__ import annotations

from functools import lru_cache

from ...datafiles import read_table


@lru_cache(maxsize=1)
def organisation_nouns() -> frozenset[str]:
    """Nouns that describe a name as an organisation (``resources/statements/organisation_nouns.tsv``);
    the statements' speakers read them from here too, so that the list has one reader."""
    rows = read_table("statements/organisation_nouns.tsv", header=True)  # the first line names the column
    return frozenset(row[0].strip().lower() for row in rows)


def described_as_organisation(doc, start: int, end: int) -> bool:
    """True when a lower-case organisation noun stands right before tokens ``start:end`` in one phrase
    with them ("party Civic Centre"; the parser may make both subjects of the verb), unless the name is the subject
    of a relative clause on the noun ("the party Anna Berg leads", "the firm Tom Reed founded")."""
    if start == 0:
        return False
    noun = doc[start - 1]
    root = doc[start:end].root
    verb = root.head
    # a relative clause leaves its object to the noun; "The charity X said it had …" misparsed as one does not
    relative = root.dep_ in {"nsubj", "nsubjpass"} and verb.dep_ == "relcl" and verb.head.i == noun.i \
        and not any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr"} for c in verb.children)
    return noun.text.islower() and noun.pos_ == "NOUN" and noun.lemma_.lower() in organisation_nouns() \
        and _one_phrase(noun, root) and not relative


def _one_phrase(noun, name) -> bool:
    """Whether the noun and the name are one phrase: one hangs on the other, or the parser made both
    the same word's dependents ("The charity Helping Hands said"), or the name the subject of a clause
    on the noun (the same words misparsed as a relative clause). Not a noun ending a clause before the
    name's own ("Before joining the union John Smith worked …": Smith is the main clause's subject)."""
    return noun.i in {name.head.i, name.head.head.i} or noun.head.i in {name.i, name.head.i}
