"""A speaker called by one word of a person's name the article gave in full before.

News names a person in full once ("a report by Ilya Shapiro", "Sylvie Tremblay runs the crane") and
then by the surname ("Shapiro said") or, in features, by the given name ("Sylvie said"). The Gender
Gap Tracker names the speaker in full. Where the full name was only spoken of, not a speaker, the
recogniser may have missed it or taken it for an organisation ("a report by Ilya Shapiro": ORG), so
no PERSON entity holds it; the words before the speaker are read here instead.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Optional

from ...model import Entity
from ..actors.person_names import given_name_gender, is_name_token, looks_like_person_name
from .names import is_title, name_words, title_words

# Types of a word the recogniser reads as a place or a people: "Jordan said" after "Michael Jordan"
# is more often the country, so the word alone is not joined to the person.
_PLACE_TYPES = {"GPE", "LOC", "NORP", "FAC"}


def full_name_before(token) -> Optional[tuple[int, int]]:
    """The character span of the full name ``token`` is the surname or given name of, or None.

    A full name here is two or three capitalised words (a middle initial between) that the text tells
    are a person's (``_told_a_person``: "Sylvie Tremblay", "Dr. Ilya Shapiro"), written before ``token``
    and before the word is first used alone. Only where the article gives one such name with that
    word: with "Anna Berg" and "Erik Berg", "Berg" names neither.

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
    if len(found) != 1:
        return None
    (full, span), = found.items()
    # news names a person in full first: a word used alone before the full name is someone else's
    # ("Twitter" from the first paragraph on, not the "Wilayat Twitter" account named further on)
    return span if _written_first(full, token.text, token.doc.text, _body_start(token.doc.text)) else None


def _told_a_person(words, token) -> bool:
    """Whether the text tells that a run of name words is a person's name: a known given name first
    ("Sylvie Tremblay"), a title before it ("Dr. Ilya Shapiro"), or the recogniser's PERSON on it or
    on the one-word name; two capitalised words alone may be a company ("Goldman Sachs")."""
    first = words[0]
    titled = first.i > 0 and is_title(first.doc[first.i - 1])
    return given_name_gender(" ".join(w.text for w in words)) is not None or titled \
        or token.ent_type_ == "PERSON" or any(w.ent_type_ == "PERSON" for w in words)


# Articles before a run: a person's name takes none, so "the Dow Jones index" or "a Goldman Sachs
# report" names a thing or a body, whichever word the recogniser typed a person ("Jones said").
_ARTICLES = {"the", "a", "an"}


def _names_before(token) -> list[list]:
    """Each run of capitalised proper nouns before ``token`` that may be a person's name: titles left
    out ("Dr. Ilya Shapiro": "Ilya Shapiro"), runs after an article dropped ("the Dow Jones index")."""
    return [run for run in _name_runs(token.doc[:token.i], titles=False)
            if run[0].i == 0 or token.doc[run[0].i - 1].lower_ not in _ARTICLES]


def _name_runs(tokens, titles: bool = True, opening: bool = True) -> list[list]:
    """Each run of capitalised proper nouns among ``tokens``, with or without title words, and with or
    without a sentence's first word opening it (capitalised there whatever it is: "Outside Carrier's
    plant"); dates are no part of a name ("St. Anselm College Saturday")."""
    runs: list[list] = []
    run: list = []
    for word in tokens:
        if word.pos_ == "PROPN" and is_name_token(word) and (titles or not is_title(word)) \
                and word.ent_type_ not in {"DATE", "TIME"} and (opening or run or not word.is_sent_start):
            run.append(word)
            continue
        if run:
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    return runs


# Days and months: a date the parser made a source ("said Tuesday") is no short name of "Super Tuesday".
_DATE_WORDS = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                         r"August|September|October|November|December")
# Types of a speaker the article may name short: a place or a people ("Canada said", "Democrats said")
# is never the short form of a body of it ("Health Canada", "Senate Democrats").
_SHORTENED_TYPES = {"PERSON", "ORG"}
# Types of a longer name that may be the one meant: the recogniser reads a team or a brand as a
# product or a work ("the Winnipeg Jets" as WORK_OF_ART), but a place's name is no body's.
_FULLER_TYPES = {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT"}


def fuller_name(entity: Entity, entities: Iterable[Entity], text: str, doc=None) -> Optional[str]:
    """The longer name the article gives a source it names short elsewhere: "the Jets" are the
    "Winnipeg Jets" where the story opens with that (a headline names the team short, the story in
    full on first reference, and the recogniser keeps both apart). Only where one longer name ends
    with all of the source's words, and the story writes it before the short name ("Twitter", named
    alone from the start, is not the "Wilayat Twitter" account named further on); with "Winnipeg
    Jets" and "New York Jets" named, "Jets" stays as it is.

    Args:
        entity: the resolved speaker.
        entities: the article's entities.
        text: the article's text.
        doc: the article's spaCy Doc, whose runs of capitalised proper nouns are names too.

    Returns:
        The longer name, or None.
    """
    words = name_words(entity.name)
    if entity.type not in _SHORTENED_TYPES or not words or (entity.type == "PERSON" and len(words) > 1) \
            or _DATE_WORDS.fullmatch(entity.name):
        return None  # a person named with two words is named in full; "Tuesday" names no one
    body = _body_start(text)
    names = [other.name for other in entities if other.type in _FULLER_TYPES and "," not in other.name
             and any(start >= body for start, _ in other.mentions)]
    if doc is not None:  # the recogniser may have found no entity there: "The Halifax Rockets beat …"
        names += [" ".join(t.text for t in run) for run in _name_runs((t for t in doc if t.idx >= body), opening=False)]
    # a person is never named by an organisation's name, nor an organisation by a person's ("Jones said"
    # is no "Dow Jones"), whatever run of capitals repeats that name; a product or a work may be a team
    # the recogniser mistyped ("Winnipeg Jets"), so only the two kinds' own types exclude
    other_type = "ORG" if entity.type == "PERSON" else "PERSON"
    other_kind = {other.name for other in entities if other.type == other_type}
    longer = {name for name in names if name[:1].isupper() and _ends_with(name_words(name), words)
              and name not in other_kind}
    if len(longer) != 1:
        return None
    (name,) = longer
    return name if _written_first(name, entity.name, text, body) else None


def _written_first(longer: str, short: str, text: str, body: int) -> bool:
    """Whether the story writes the longer name before it first writes the short one alone."""
    first_long = text.find(longer, body)
    inside = [(m.start(), m.end()) for m in re.finditer(re.escape(longer), text)]
    alone = [m.start() for m in re.finditer(r"\b" + re.escape(short) + r"\b", text[body:])]
    alone = [at + body for at in alone if not any(s <= at + body < e for s, e in inside)]
    return first_long >= 0 and (not alone or first_long < min(alone))


def _ends_with(longer: list[str], words: list[str]) -> bool:
    """Whether a longer name ends with ``words`` after words that name, not a title ("Prime Minister")."""
    extra = longer[:len(longer) - len(words)]
    return bool(extra) and longer[len(extra):] == words and not any(w in title_words() or w == "the" for w in extra)


def _body_start(text: str) -> int:
    """Where the story starts after its headline, if it has one: a headline's capitals run words
    together that are no name ("Jets Top Flames")."""
    return text.find("\n") + 1


def namesakes(entities: Iterable[Entity], word: str) -> list[Entity]:
    """The different people named in full whose surname is ``word``: "Anna Berg" and "Erik Berg" for
    "Berg"; none where all the names may be one person's (``_may_be_one``)."""
    key = name_words(word)
    people = {e.name: e for e in entities if e.type == "PERSON" and len(key) == 1
              and len(name_words(e.name)) > 1 and name_words(e.name)[-1] == key[0]
              and name_words(e.name)[0] not in title_words()}  # "Gov Fallin" is Mary Fallin, titled
    names = [name_words(name) for name in people]
    return [] if all(_may_be_one(a, b) for a in names for b in names) else list(people.values())


def _may_be_one(one: list[str], other: list[str]) -> bool:
    """Whether two names may be one person's: one ends with the other (the recogniser's "Billionaire
    Donald Trump" or "Gov Fallin"), or a given name is the short form opening the other ("Ken" of
    "Kenneth", "Hillary Rodham Clinton")."""
    shorter, longer = sorted((one, other), key=len)
    return longer[-len(shorter):] == shorter or longer[0].startswith(shorter[0]) or shorter[0].startswith(longer[0])



def namesake_by_gender(shared: list[Entity], gender: Optional[str],
                       gender_of: Callable[[Entity], Optional[str]]) -> Optional[Entity]:
    """Of people sharing a surname, the one whose gender what the surname reports tells ("Berg said
    she would …": Anna Berg, not Peter Berg); None where no pronoun tells or it leaves two."""
    if gender is None or any(gender_of(person) is None for person in shared):
        return None  # a person of untold gender may be the one meant
    fitting = [person for person in shared if gender_of(person) == gender]
    return fitting[0] if len(fitting) == 1 else None


def company_named_by(entities: list[Entity], word: str, start: int, end: int) -> Optional[Entity]:
    """The one organisation named with ``word`` ("Ford Motor Co." for "Ford") where what the word
    reports is a firm's act ("Ford said it would cut jobs": Henry Ford does not say "it"); the mention
    at ``start``-``end`` moves from the namesake person to it. None where the article names no such
    organisation, or several: "Lopez said it would hire" of her own bakery names no company after her."""
    key = set(name_words(word))
    companies = [e for e in entities if e.type == "ORG" and key <= set(name_words(e.name))]
    if len(companies) != 1:
        return None
    for person in entities:
        if person.type == "PERSON" and (start, end) in person.mentions:
            person.mentions.remove((start, end))
    companies[0].mentions = sorted(set(companies[0].mentions) | {(start, end)})
    return companies[0]
