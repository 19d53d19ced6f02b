"""The words of a person's name: a name word ("Haddad", "W."), a hyphenated given name's lower-case
part ("Lee Jae-myung"), and a country's name that is a given name or surname ("Chad Collins",
"Israel Katz", "Health Minister Mark Holland"), which the actors dictionary would read as a country;
and the gender a given name tells ("Hillary Clinton")."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...datafiles import read_table

_APOSTROPHE_NAME = re.compile(r"^[A-Z][a-z]*['’][A-Z][a-z]+$")


def is_name_token(token) -> bool:
    """A capitalised word, not all capitals unless one letter, or an initial ("W.")."""
    text = token.text
    if not text[:1].isupper():
        return False
    if token.is_alpha:
        return not token.is_upper or len(text) == 1
    if _APOSTROPHE_NAME.match(text):
        return True  # "O'Brien", "Brind'Amour": one token with its apostrophe
    return len(text) <= 3 and text.endswith(".") and text[0].isalpha()  # initials: "W."


def joins_name_part(doc, i: int) -> bool:
    """Whether doc[i] is a hyphen written tight between a name and a lower-case name part ("Lee
    Jae-myung"), not a word that makes the name a modifier of the noun after it ("Obama-backed
    rules", "Trump-era tariffs")."""
    if doc[i].text != "-" or i == 0 or i + 1 >= len(doc) or doc[i - 1].whitespace_ or doc[i].whitespace_:
        return False
    part = doc[i + 1]
    modifies = part.dep_ in {"amod", "compound", "nmod"} and part.head.i > part.i
    return part.is_alpha and part.is_lower and not modifies


# Countries whose names are also English given names or surnames ("Chad Collins", "Israel Katz",
# "Mark Holland", "Jordan Peterson"); written for dateline from common names, not from a gold set.
# Other countries ("Keep Britain Tidy" read as a person) stay countries.
NAME_COUNTRIES = frozenset({"chad", "israel", "jordan", "georgia", "india", "kenya", "cuba", "holland", "england",
                            "france", "ireland", "wales", "chile", "jamaica", "china"})


def looks_like_person_name(words: list[str]) -> bool:
    """A given name and a surname, with at most a middle initial between: "Chad Collins", "Mark
    J. Holland"; not "Jordan Elementary School" (a school the model took for a person)."""
    middle = words[1:-1]
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and all(len(w.rstrip(".")) == 1 for w in middle)


def in_person_name(doc, start: int, end: int) -> bool:
    """Whether a country's name is part of a person's name the recogniser found, as its given name
    or surname: a name of ``NAME_COUNTRIES``, first or last in a PERSON entity that looks like a
    person's name."""
    if end - start != 1 or doc[start].lower_ not in NAME_COUNTRIES or doc[start].ent_type_ != "PERSON":
        return False
    entity = next((e for e in doc.ents if e.start <= start < e.end), None)
    return entity is not None and entity.label_ == "PERSON" and start in (entity.start, entity.end - 1) \
        and all(is_name_token(t) for t in entity) and looks_like_person_name([t.text for t in entity])


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """Lower-cased given name to "f" or "m" (``resources/actors/given_names.tsv``)."""
    rows = read_table("actors/given_names.tsv", min_cells=2, header=True)  # the first line names the columns
    return {row[0].strip().lower(): row[1].strip() for row in rows}


def given_name_gender(full_name: str) -> Optional[str]:
    """The gender a person's given name tells ("Hillary Clinton": "f"), where the name has a given name
    and a surname and the given name is in the table; else None."""
    words = full_name.split()
    return _given_names().get(words[0].lower()) if len(words) >= 2 else None
