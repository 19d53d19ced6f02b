"""The actor dictionary: countries, organisations, people and sector words, read from data files.

The files live in ``dateline/resources/actors/`` (tab-separated, ``#`` comments) and users extend them
without code: ``countries.tsv`` (names, demonyms, seats of government), ``organisations.tsv``
(intergovernmental bodies, agencies, armed and political groups, with the dates each name and sector
holds), ``persons.tsv`` (well-known people), ``peoples.tsv`` (ethnic groups with a home country) and
``titles.tsv`` (titles, group nouns and modifiers that imply a PLOVER sector).

Everything is read once per process; the spaCy PhraseMatchers are built once per vocabulary.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ...datafiles import Row, read_table

log = logging.getLogger(__name__)

RESOURCE_DIR = "actors"

# How a surface form refers to its actor: the actor's own name, its people ("Iranian", "Iranians"), its
# government ("Tehran", "the Kremlin"), or an ethnic group's name.
NAME, DEMONYM, PEOPLE, GOVERNMENT, ETHNIC = "name", "demonym", "people", "government", "ethnic"


@dataclass(frozen=True)
class Period:
    """One dated row of an actor: what it was called and what it was between ``start`` and ``end``."""

    name: str
    country: Optional[str]
    sector: Optional[str]
    start: str = ""  # ISO date, "" = open
    end: str = ""
    affiliation: Optional[str] = None  # dictionary id of the organisation a person acts for


@dataclass
class Actor:
    """A dictionary actor: a country, an organisation, a person or a people."""

    id: str  # "country:IRN", "org:taliban", "person:putin", "people:Yoruba"
    type: str  # the spaCy label its mentions should carry: GPE, ORG, PERSON, NORP
    periods: list[Period] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    function: Optional[str] = None  # for IGOs: the sector of what the body does (NATO: MIL)

    def at(self, date: Optional[str]) -> Period:
        """The row that holds on ``date`` (ISO); without a date, the open-ended or latest row."""
        if date:
            for period in self.periods:
                if (not period.start or period.start <= date) and (not period.end or date <= period.end):
                    return period
        for period in self.periods:
            if not period.end:
                return period
        return max(self.periods, key=lambda p: p.end)

    @property
    def country_code(self) -> Optional[str]:
        return self.periods[0].country


@dataclass
class Lexicon:
    """Sector words from titles.tsv, keyed by lower-cased phrase."""

    titles: dict[str, Optional[str]] = field(default_factory=dict)
    honorifics: set[str] = field(default_factory=set)
    groups: dict[str, Optional[str]] = field(default_factory=dict)
    group_countries: dict[str, str] = field(default_factory=dict)
    modifiers: dict[str, Optional[str]] = field(default_factory=dict)
    portfolios: set[str] = field(default_factory=set)
    title_words: set[str] = field(default_factory=set)  # only for where a speaker's name starts


@dataclass
class Dictionary:
    """All actors, and every surface form that names one."""

    actors: dict[str, Actor] = field(default_factory=dict)
    forms: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (actor id, form kind)
    lexicon: Lexicon = field(default_factory=Lexicon)

    def lookup(self, surface: str) -> Optional[tuple[Actor, str]]:
        """The actor a surface form names, with how it names it, or None."""
        hit = self.forms.get(surface)
        return (self.actors[hit[0]], hit[1]) if hit else None


def _rows(filename: str) -> list[Row]:
    """The data rows of an actor table, read by the column names of its header row."""
    return read_table(f"{RESOURCE_DIR}/{filename}", header=True)


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _add_form(dictionary: Dictionary, surface: str, actor_id: str, kind: str) -> None:
    # First writer wins: countries load first, so "Georgia" stays the country.
    dictionary.forms.setdefault(surface, (actor_id, kind))


def _load_countries(dictionary: Dictionary) -> None:
    for row in _rows("countries.tsv"):
        actor_id = f"country:{row['iso3']}"
        aliases = _split(row["aliases"])
        actor = Actor(actor_id, "GPE", [Period(row["name"], row["iso3"], None)], aliases)
        dictionary.actors[actor_id] = actor
        for surface in [row["name"], *aliases]:
            _add_form(dictionary, surface, actor_id, NAME)
        demonyms = _split(row["demonyms"])
        for surface in demonyms:
            # A plural ("Iranians", "Britons") names the people; the adjective ("Iranian") the country.
            plural = surface.endswith(("s", "men")) and surface not in ("Swiss", "Greenlandic")
            _add_form(dictionary, surface, actor_id, PEOPLE if plural else DEMONYM)
        for surface in _split(row["governments"]):
            _add_form(dictionary, surface, actor_id, GOVERNMENT)


def _load_dated(dictionary: Dictionary, filename: str, prefix: str, label: str, extra: str) -> None:
    for row in _rows(filename):
        actor_id = f"{prefix}:{row['id']}"
        actor = dictionary.actors.get(actor_id)
        if actor is None:
            actor = dictionary.actors[actor_id] = Actor(actor_id, label)
        value = row.get(extra) or None
        affiliation = f"org:{value}" if extra == "affiliation" and value else None
        if extra == "function" and value:
            actor.function = value
        actor.periods.append(Period(row["name"], row["country"] or None, row["sector"] or None,
                                    row["from"], row["until"], affiliation))
        for surface in [row["name"], *_split(row["aliases"])]:
            if surface not in actor.aliases:
                actor.aliases.append(surface)
            _add_form(dictionary, surface, actor_id, NAME)


def _load_peoples(dictionary: Dictionary) -> None:
    for row in _rows("peoples.tsv"):
        actor_id = f"people:{row['name']}"
        forms = _split(row["forms"])
        dictionary.actors[actor_id] = Actor(actor_id, "NORP", [Period(row["name"], row["country"], None)], forms)
        for surface in forms:
            _add_form(dictionary, surface, actor_id, ETHNIC)


def _load_lexicon() -> Lexicon:
    lexicon = Lexicon()
    for row in _rows("titles.tsv"):
        phrase, kind, sector = row["phrase"].lower(), row["kind"], row["sector"] or None
        if kind == "title":
            lexicon.titles.setdefault(phrase, sector)
        elif kind == "honorific":
            lexicon.honorifics.add(phrase)
        elif kind == "group":
            lexicon.groups.setdefault(phrase, sector)
            if row["country"]:
                lexicon.group_countries[phrase] = row["country"]
        elif kind == "modifier":
            lexicon.modifiers.setdefault(phrase, sector)
        elif kind == "portfolio":
            lexicon.portfolios.add(phrase)
        elif kind == "title-word":
            lexicon.title_words.add(phrase)
        else:
            raise row.error(f"unknown kind {kind!r} (use title, honorific, group, modifier, portfolio or title-word)")
    return lexicon


@lru_cache(maxsize=1)
def load_dictionary() -> Dictionary:
    """Read the actor dictionary once per process and return it."""
    dictionary = Dictionary()
    _load_countries(dictionary)
    _load_dated(dictionary, "organisations.tsv", "org", "ORG", "function")
    _load_dated(dictionary, "persons.tsv", "person", "PERSON", "affiliation")
    _load_peoples(dictionary)
    dictionary.lexicon = _load_lexicon()
    log.info("actor dictionary: %d actors, %d surface forms", len(dictionary.actors), len(dictionary.forms))
    return dictionary


def keep_title_abbreviations(nlp) -> None:
    """Make each abbreviated title of the lexicon one token ("Cpl.", "Const.", "Sgt.").

    spaCy's English tokenizer knows "Dr." and "Gen." but splits "Cpl." into "Cpl" and ".", and its
    parser then ends the sentence there: in "“Stay home,” said RCMP Cpl. Jean Tremblay." the speaker
    became "RCMP Cpl" and the name a sentence of its own. Every one-word title of ``titles.tsv`` that
    ends in a full stop is added as a special case, capitalised and in upper case.
    """
    lexicon = load_dictionary().lexicon
    for phrase in [*lexicon.titles, *lexicon.honorifics, *lexicon.title_words]:
        if " " in phrase or not phrase.endswith(".") or len(phrase) < 3:
            continue
        for form in {phrase.capitalize(), phrase.upper()}:
            # one spaCy keeps whole already ("Dr.", "Rep.") keeps its own exception, which sets its
            # norm too; the lower-case form stays split, as the title matcher's patterns are made
            # from it and the actors' grouping was built on their matching as before
            if nlp.make_doc(f"{form} Smith")[0].text != form:
                nlp.tokenizer.add_special_case(form, [{"ORTH": form}])


_MATCHERS: dict[int, tuple] = {}


def build_matchers(nlp) -> None:
    """Build ``(actor_matcher, title_matcher)`` for the pipeline's vocabulary, once per process.

    The actor matcher is case-sensitive (``ORTH``) so that "US" is the country and "us" is not; its
    match ids are the surface forms themselves. The title matcher is case-insensitive (``LOWER``) and
    its match ids are the lower-cased title phrases. The patterns are tokenised by the pipeline's own
    tokenizer so they split as the articles do.
    """
    from spacy.matcher import PhraseMatcher

    if id(nlp.vocab) in _MATCHERS:
        return
    dictionary = load_dictionary()
    actor_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for surface in dictionary.forms:
        actor_matcher.add(surface, [nlp.make_doc(surface)])
    lexicon = dictionary.lexicon
    title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for phrase in list(lexicon.titles) + sorted(lexicon.honorifics):
        title_matcher.add(phrase, [nlp.make_doc(phrase)])
    _MATCHERS[id(nlp.vocab)] = (actor_matcher, title_matcher)


def matchers(vocab) -> tuple:
    """The matchers :func:`build_matchers` made for this vocabulary."""
    try:
        return _MATCHERS[id(vocab)]
    except KeyError:
        raise RuntimeError("the actor matchers are built when the pipeline loads: "
                           "use dateline.nlp.pipeline.load_nlp()") from None
