"""A speaker called by one word of a person's name the article gave in full before.

News names a person in full once ("a report by Ilya Shapiro", "Sylvie Tremblay runs the crane") and
then by the surname ("Shapiro said") or, in features, by the given name ("Sylvie said"). The Gender
Gap Tracker names the speaker in full. Where the full name was only spoken of, not a speaker, the
recogniser may have missed it or taken it for an organisation ("a report by Ilya Shapiro": ORG), so
no PERSON entity holds it; the words before the speaker are read here instead.
"""
from __future__ import annotations

from typing import Optional

from ..actors.person_names import given_name_gender, is_name_token, looks_like_person_name
from .names import is_title

# Types of a word the recogniser reads as a place or a people: "Jordan said" after "Michael Jordan"
# is more often the country, so the word alone is not joined to the person.
_PLACE_TYPES = {"GPE", "LOC", "NORP", "FAC"}


def full_name_before(token) -> Optional[tuple[int, int]]:
    """The character span of the full name ``token`` is the surname or given name of, or None.

    A full name here is two or three capitalised words (a middle initial between) that the text tells
    are a person's (``_told_a_person``: "Sylvie Tremblay", "Dr. Ilya Shapiro"), written before ``token``. Only where the
    article gives one such name with that word: with "Anna Berg" and "Erik Berg", "Berg" names
    neither.

    Args:
        token: the spaCy token of a one-word name heading a source ("Shapiro", "Sylvie").

    Returns:
        The span of the full name's first mention, or None.
    """
    if not token.text[:1].isupper() or token.ent_type_ in _PLACE_TYPES or not is_name_token(token):
        return None
    found: dict[str, tuple[int, int]] = {}
    for words in _names_before(token):
        texts = [w.text for w in words]
        if token.text not in (texts[0], texts[-1]) or not looks_like_person_name(texts):
            continue
        if _told_a_person(words, token):
            found.setdefault(" ".join(texts), (words[0].idx, words[-1].idx + len(words[-1].text)))
    return next(iter(found.values())) if len(found) == 1 else None


def _told_a_person(words, token) -> bool:
    """Whether the text tells that a run of name words is a person's name: a known given name first
    ("Sylvie Tremblay"), a title before it ("Dr. Ilya Shapiro"), or the recogniser's PERSON on it or
    on the one-word name; two capitalised words alone may be a company ("Goldman Sachs")."""
    first = words[0]
    titled = first.i > 0 and is_title(first.doc[first.i - 1])
    return given_name_gender(" ".join(w.text for w in words)) is not None or titled \
        or token.ent_type_ == "PERSON" or any(w.ent_type_ == "PERSON" for w in words)


def _names_before(token) -> list[list]:
    """Each run of capitalised proper nouns before ``token``, titles left out ("Dr. Ilya Shapiro":
    "Ilya Shapiro")."""
    runs: list[list] = []
    run: list = []
    for word in token.doc[:token.i]:
        if word.pos_ == "PROPN" and is_name_token(word) and not is_title(word):
            run.append(word)
            continue
        if run:
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    return runs
