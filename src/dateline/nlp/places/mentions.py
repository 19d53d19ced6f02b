"""Recognising place mentions: the spans of an article that name places.

``place_mentions`` takes the model's GPE, LOC and FAC entities (as the actors component grouped and
typed them), country demonyms ("Iranian", "Turkish troops", "Georgian Interior Ministry"), "X, Y and Z
counties" lists, politicians' home tags ("D-W. Va."), and capitalised names the model missed or
mistyped ("Fargo" as ORG, "Dublin" of "Dublin City Council") that the gazetteer knows. Spans are
cleaned: "northern Afghanistan" names Afghanistan, "Badakhshan province" keeps its feature word, and
"Alexandria, La." is two mentions. Capitalised names are looked up whatever the model's label; what
the words around one say (a surname, a title, "said", a hyphen) is read in ``cues``.
"""
from __future__ import annotations

import logging
import re
from typing import Iterable

from spacy.attrs import IDX, IS_ALPHA, LOWER, ORTH, SPACY

from ...model import Analysis
from ..abbreviations import TITLE_ABBREVIATIONS
from ..actors.person_names import NAME_COUNTRIES, looks_like_person_name
from .cues import (
    LOCAL_INSTITUTION_WORDS,
    PUBLICATION,
    acronym,
    bare_direction,
    compound_part,
    disease_name,
    facility_name,
    inside_longer_name,
    institution_part,
    named_person,
    person_words,
    place_cue,
    short_form,
    street_name,
)
from .resolve import MISTYPED_POPULATION
from .spans import FEATURE_WORDS, clean_span, following_feature_word, longer_before, longer_name
from .tables import Mention, place_tables

log = logging.getLogger(__name__)

PLACE_TYPES = {"GPE", "LOC", "FAC"}
# Entities of these types are people and groups: a place name inside one is not a place
# ("Jackson" in "Andrew Jackson"), except a country or province ("Afghanistan" in "Islamic
# Emirate of Afghanistan", which the reference annotation counts).
NON_PLACE_TYPES = {"PERSON", "ORG", "NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
# A name inside a date is a month or a season ("since March", "in Spring 2002"), never a town.
TIME_TYPES = {"DATE", "TIME"}

# Offices whose holder's name the model may take in with the place: "DuPage Sheriff John Zaruba".
LOCAL_OFFICES = {
    "county", "parish", "sheriff", "coroner", "commissioner", "judge", "mayor", "police", "fire", "attorney", "clerk",
    "prosecutor", "superintendent", "councilman", "councilwoman", "selectman", "auditor", "treasurer", "assessor",
}
_CONNECTORS = {"of", "de", "la", "el", "al", "the", "and", "upon", "on", "du", "des", "del", "da"}


def _entity_spans(doc, analysis: Analysis) -> Iterable[tuple[int, int, str, str]]:
    """(start, end, type, canonical name) of every entity mention, from the actors component when it ran."""
    if analysis.entities:
        for entity in analysis.entities:
            for start, end in entity.mentions:
                yield start, end, entity.type, entity.name
    else:
        for ent in doc.ents:
            yield ent.start_char, ent.end_char, ent.label_, ent.text


def _split_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"Alexandria, La." -> the two spans; any other span unchanged."""
    parts, cursor = [], start
    for match in re.finditer(r",\s*", text[start:end]):
        parts.append((cursor, start + match.start()))
        cursor = start + match.end()
    parts.append((cursor, end))
    return [(s, e) for s, e in parts if e > s]


def _joined(text: str, spans: list[tuple[int, int, str, str]], gazetteer) -> list[tuple[int, int, str, str]]:
    """Two place entities joined by "and" that are one name together ("Newfoundland| and |Labrador",
    "Trinidad and Tobago") become one span: the model splits them, and "Labrador" alone is a town."""
    joined: list[tuple[int, int, str, str]] = []
    for span in spans:
        if joined:
            start, end, label, _ = joined[-1]
            whole = text[start:span[1]]
            if (label in PLACE_TYPES and span[2] in PLACE_TYPES and re.fullmatch(r"\s+(?:and|&)\s+", text[end:span[0]])
                    and any(c.main for c in gazetteer.candidates(whole))):
                joined[-1] = (start, span[1], label, whole)
                continue
        joined.append(span)
    return joined


def _demonym_mention(text: str, start: int, end: int, iso2: str, gazetteer) -> Mention:
    """A demonym as a mention of its country; the span is the country's name where the word
    starts with it ("Iran" of "Iranian"), else the whole word ("Turkish")."""
    country = gazetteer.country(iso2)
    word = text[start:end]
    if country and word.startswith(country.name) and len(country.name) < len(word):
        end = start + len(country.name)
    return Mention(start, end, country.name if country else word, True, "country", iso2)


def place_mentions(doc, analysis: Analysis) -> list[Mention]:
    """Spans in the article that name places, in text order, without overlaps.

    Args:
        doc: the spaCy Doc of ``analysis.article.text``.
        analysis: the record so far; its entities (types and countries) guide recognition.

    Returns:
        Mentions with their lookup names, not yet resolved.
    """
    tables = place_tables()
    gazetteer = tables.gazetteer
    text = analysis.text
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []  # spans already claimed by a mention
    blocked: list[tuple[int, int, str, str]] = []  # (start, end, type, canonical name) of non-place entities

    # The characters the taken spans cover: asked for every capitalised word of the article,
    # ``free`` looks there instead of comparing with every span taken so far.
    covered = bytearray(len(text) + 1)
    empty: list[int] = []  # where a taken span is empty (covers no character)

    def free(start: int, end: int) -> bool:
        if start >= end:
            return all(end <= s or start >= e for s, e in taken)
        return covered.find(1, start, end) == -1 and not any(start < s < end for s in empty)

    def add(mention: Mention) -> None:
        mentions.append(mention)
        taken.append((mention.start, mention.end))
        if mention.end > mention.start:
            covered[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
        else:
            empty.append(mention.start)

    for mention in _listed_districts(text, gazetteer) + _party_homes(text, gazetteer):
        if free(mention.start, mention.end):
            add(mention)
    nationalities = {(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "NORP"}
    entity_spans = _joined(text, sorted(set(_entity_spans(doc, analysis)), key=lambda s: (s[0], -s[1])), gazetteer)
    for start, end, label, canonical in entity_spans:
        surface = text[start:end]
        if surface in TITLE_ABBREVIATIONS:
            continue  # "Brig. Gen. Kurt Stein" with "Brig." read as a place: a rank, no town Brig
        iso2 = tables.demonyms.get(surface)
        if iso2 and label in PLACE_TYPES | {"NORP"}:
            if free(start, end):
                add(_demonym_mention(text, start, end, iso2, gazetteer))
            continue
        if (start, end) in nationalities and not _land(gazetteer, surface):
            # The model read a nationality ("Argentine") that the actors component filed under its
            # country; without the country in the tables, better no place than a town so spelled.
            blocked.append((start, end, "NORP", canonical))
            continue
        if label not in PLACE_TYPES and not (label == "NORP" and _land(gazetteer, surface)):
            # A people named after its land is the land, as a country's demonym is the country:
            # "South Ossetian officials", "Abkhazia" read as a nationality.
            if label in NON_PLACE_TYPES | TIME_TYPES:
                blocked.append((start, end, label, canonical))
            continue
        pieces = _split_pairs(text, start, end)
        previous = None
        for piece_start, piece_end in pieces:
            cleaned = clean_span(text, piece_start, piece_end, gazetteer)
            if cleaned is None or not free(cleaned[0], cleaned[1]):
                continue
            m_start, m_end, name, hint = cleaned
            if disease_name(text, m_end):
                continue  # "Marburg virus": the disease, not the town
            if hint is None and len(pieces) == 1:
                m_end, name = longer_name(text, m_start, m_end, name, gazetteer)
                m_start, name = longer_before(text, m_start, m_end, name, gazetteer)
                if not free(m_start, m_end):
                    continue
            if not gazetteer.known(name):
                # "the Cottonport Fire Station": no place as a whole, maybe one inside it.
                blocked.append((piece_start, piece_end, label, text[piece_start:piece_end]))
                continue
            if street_name(text, m_start, m_end, _province(gazetteer, name)):
                add(Mention(m_start, m_end, name, False, street=True))
                continue
            if hint is None:
                following = following_feature_word(text, m_end)
                if following:
                    m_end, hint = following
            mention = Mention(m_start, m_end, name, label != "FAC", hint)
            if previous is not None and previous.pair is None:
                previous.pair = mention
            add(mention)
            previous = mention

    _add_gazetteer_names(doc, text, gazetteer, tables, blocked, free, add, person_words(doc, analysis))
    # "Planalto Palace", "Hyderabad House": a building is no town, and the one its name opens with
    # may lie far away; the town counts only where the article also names it on its own.
    alone = {m.name for m in mentions if not m.facility}
    # "The White House said", "the Kremlin": a seat of government stands for the government (the
    # actors component has it), never for the hamlet that shares its name.
    mentions = sorted((m for m in mentions if (not m.facility or m.name in alone) and m.name not in tables.seats),
                      key=lambda m: m.start)
    for mention in mentions:
        _drop_city_word(text, mention, gazetteer)
        mention.definite = text[max(0, mention.start - 4):mention.start].casefold() == "the "
        mention.common = _common_word(text, mention)
        if mention.hint is None and not mention.country:
            feature_of = _FEATURE_OF.search(text[max(0, mention.start - 25):mention.start])
            if feature_of:  # "the city of Sao Paulo", "the state of Washington"
                mention.hint = FEATURE_WORDS[feature_of.group(1).casefold()]
        if mention.hint is None and not mention.country and _OFFICE_OF.search(text[max(0, mention.start - 40):mention.start]) \
                and any(c.feature == "country" for c in gazetteer.candidates(mention.name)[:3]):
            mention.hint = "country"
    # "X, Y" written as two entities (or one found by the gazetteer): pair them too.
    for first, second in zip(mentions, mentions[1:]):
        if first.pair is None and re.fullmatch(r",\s*", text[first.end:second.start] or "x"):
            first.pair = second
    _mark_lists(text, mentions, gazetteer)
    return mentions


# What joins the names of a list: "Georgia, Oklahoma, Pennsylvania and Wisconsin".
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+")
LIST_MIN = 3  # "Washington, Pennsylvania" alone is a town and its state; "Oregon and Washington" is a list


def _mark_lists(text: str, mentions: list[Mention], gazetteer) -> None:
    """Names in a list of LIST_MIN or more that could each be a country or a province ("Washington,
    Pennsylvania and California", "Niger, Nigeria and Togo") are read as a list, not as "X, Y"
    pairs: each learns the list's other names (``Mention.listed``) and loses its pair."""
    runs: list[list[Mention]] = []
    for mention in mentions:
        if runs and _LIST_GAP.fullmatch(text[runs[-1][-1].end:mention.start]):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    for run in runs:
        joined = len(run) == 2 and not re.fullmatch(r"\s*,\s*", text[run[0].end:run[1].start])
        if (len(run) < LIST_MIN and not joined) or not all(m.country or any(
                c.main and c.feature in ("country", "admin1") for c in gazetteer.candidates(m.name)) for m in run):
            continue
        for mention in run:
            mention.pair = None
            mention.listed = [other for other in run if other is not mention]


def _common_word(text: str, mention: Mention) -> bool:
    """True for a one-word name the article also writes in lower case: "Council adjourned" and "the
    council", "Street" and "the street"; a word of the language more than a town's name here."""
    word = text[mention.start:mention.end]
    if " " in word or not word.isalpha() or not word[:1].isupper() or mention.country:
        return False
    lower = word.lower()
    if lower not in text:  # most names: no need to compile and run a pattern over the whole text
        return False
    return re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", text) is not None


def _drop_city_word(text: str, mention: Mention, gazetteer) -> None:
    """"Dublin City" (of "Dublin City Council") names Dublin, unless a town has that whole name
    ("Kansas City", "Quebec City"): one name, one sense, with the article's other "Dublin"s."""
    words = mention.name.split()
    if mention.country or len(words) < 2 or words[-1].casefold() not in ("city", "town"):
        return
    base = " ".join(words[:-1])
    if not gazetteer.known(base) or any(c.main and c.feature == "city" for c in gazetteer.candidates(mention.name)):
        return
    mention.name, mention.hint = base, mention.hint or "city"
    if text.startswith(base, mention.start):
        mention.end = mention.start + len(base)


# "Barrow, Jackson and Madison counties": every name of the list is a district. A list of two names
# at least: "Indiana counties" and "Ohio counties" are the counties of a state.
_NAME = r"[A-Z][\w'.]*(?:[ -][A-Z][\w'.]*){0,2}"
_DISTRICT_LIST = re.compile(rf"({_NAME}(?:(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+){_NAME})+)\s+(counties|parishes)\b")
# "Poltava, Sumy and Odesa regions", "Kunar and Nangarhar provinces": every name is a province.
_PROVINCE_LIST = re.compile(rf"({_NAME}(?:(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+){_NAME})+)\s+"
                            r"(regions|provinces|oblasts|states|governorates|prefectures)\b")
# "the city of Sao Paulo", "the state of Washington": the words before a name that say which kind of
# place it is, as "Badakhshan province" does after it.
_FEATURE_OF = re.compile(r"\b(city|town|village|state|province|prefecture|governorate|oblast|county)\s+of\s+$",
                         re.IGNORECASE)
# Offices and bodies of a state: "the Prime Minister of Georgia", "the government of Jordan" name
# the country, not the US state or the town that shares its name.
_OFFICE_OF = re.compile(r"\b(?:[Pp]rime [Mm]inister|[Pp]resident|[Ff]oreign [Mm]inister|[Mm]inister|[Gg]overnment|"
                        r"[Pp]arliament|[Ee]mbassy|[Aa]mbassador|[Kk]ing|[Qq]ueen|[Ee]mir|[Pp]eople|[Aa]rmed [Ff]orces|"
                        r"[Rr]epublic|[Kk]ingdom|[Cc]itizens?)\s+of\s+(?:the\s+)?$")
# "Rep. Nick Rahall, D-W. Va.", "Westrom, R-Elbow Lake": a politician's party and home.
_PARTY_HOME = re.compile(rf"\b[DRI]-({_NAME})")
def _listed_districts(text: str, gazetteer) -> list[Mention]:
    """The names of a "X, Y and Z counties" list, each a district mention, and of a "X, Y and Z
    regions" list, each a province."""
    mentions = []
    for match in _DISTRICT_LIST.finditer(text):
        suffix = "County" if match.group(2) == "counties" else "Parish"
        for part in re.finditer(_NAME, match.group(1)):
            name = part.group()
            if name in ("and",) or not gazetteer.known(f"{name} {suffix}"):
                continue
            start = match.start(1) + part.start()
            mentions.append(Mention(start, start + len(name), f"{name} {suffix}", True, "admin2"))
    for match in _PROVINCE_LIST.finditer(text):
        for part in re.finditer(_NAME, match.group(1)):
            name = part.group()
            if name == "and" or not gazetteer.known(name):
                continue
            start = match.start(1) + part.start()
            mentions.append(Mention(start, start + len(name), name, True, "admin1"))
    return mentions


def _party_homes(text: str, gazetteer) -> list[Mention]:
    """The home of a politician's "D-Charleston" tag: the longest known name after the dash."""
    mentions = []
    for match in _PARTY_HOME.finditer(text):
        words = match.group(1).split()
        for width in range(len(words), 0, -1):
            name = " ".join(words[:width]).rstrip(",;")
            if gazetteer.known(name):
                start = match.start(1)
                mentions.append(Mention(start, start + len(name), name, True))
                break
    return mentions


def _land(gazetteer, name: str) -> bool:
    """True when a nationality's name is its land's: a country, a province or a region ("Abkhazia",
    "South Ossetian"); not a direction alone ("Western countries", "Southern" of a province's name)."""
    return not bare_direction(name) and _province(gazetteer, name, ("country", "admin1", "region"))


def _province(gazetteer, name: str, features: tuple[str, ...] = ("country", "admin1")) -> bool:
    """True when the name's likeliest sense is a country or a province ("Kentucky"), or one of ``features``."""
    candidates = gazetteer.candidates(name)
    return bool(candidates) and candidates[0].feature in features


def _is_dateline(text: str, start: int, end: int) -> bool:
    """An upper-case place name opening a story or paragraph and followed by a dash."""
    before = text[max(0, start - 3):start]
    return (text[start:end].isupper() and (start == 0 or "\n" in before or before.endswith(". ")
                                           or before.endswith(".  ") or before.endswith(" . "))
            and re.match(r"\s*(?:\(\w+\)\s*)?(?:[—–-]{1,3}|:)", text[end:end + 12]) is not None)


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "D.C."


def _add_gazetteer_names(doc, text, gazetteer, tables, blocked, free, add, persons: set[str]) -> None:
    """Capitalised names and demonyms the model missed or mislabelled, whatever their label, as weak
    mentions (longest match first). A name is left out when its context says it is something else:
    a word of a person's name in the article ("Jones" after "Tommy Jones"), a name after a title or
    before "said", the short form of an organisation ("Titan" of "Titan Operating"), half of a
    hyphenated word ("euro-Atlantic"), a bare direction ("South"), an abbreviation inside a longer
    name ("La" of "Shipki La"), or a country opening the name of a paper or a building ("China Daily")."""
    # Read per token from arrays, not Token objects: this loop visits every token of the article.
    strings = doc.vocab.strings
    orths, lower_ids, starts, alphas, spaces = doc.to_array([ORTH, LOWER, IDX, IS_ALPHA, SPACY]).T.tolist()
    texts = [strings[orth] for orth in orths]
    lowers = [strings[lower] for lower in lower_ids]
    ends = [start + len(word) for start, word in zip(starts, texts)]
    namelike = [t[:1].isupper() or low in _CONNECTORS or t == "." for t, low in zip(texts, lowers)]
    for k in range(1, len(texts) - 1):  # "KwaZulu-Natal", "Saxony-Anhalt": a hyphen inside a name
        if texts[k] == "-" and not spaces[k - 1] and not spaces[k] and texts[k + 1][:1].isupper():
            namelike[k] = True
    i = 0
    while i < len(texts):
        word = texts[i]
        capital = word[:1].isupper()  # "U.S." too: initials open with a capital
        if not (capital and alphas[i] or word in tables.demonyms or capital and _INITIALS.fullmatch(word)):
            i += 1
            continue
        iso2 = tables.demonyms.get(word)
        # "Saudi Arabia", "Cape Verdean": a longer known name wins over the demonym inside it.
        longer = i + 1 < len(texts) and gazetteer.known(text[starts[i]:ends[i + 1]])
        if iso2 and not longer and free(starts[i], ends[i]):
            start, end = starts[i], ends[i]
            around = [(label, s) for s, e, label, _ in blocked if s <= start and end <= e]
            # "Georgian Interior Ministry", "American Electric Power": the country the name opens with.
            if not around or around[0][0] == "NORP" or (around[0][0] in ("ORG", "FAC") and around[0][1] == start):
                add(_demonym_mention(text, start, end, iso2, gazetteer))
                i += 1
                continue
        matched = False
        # Only runs of name-like tokens can extend a name: the widest a match can be.
        reach = 1
        while reach < 4 and i + reach < len(texts) and namelike[i + reach]:
            reach += 1
        for width in range(reach, 0, -1):
            last = i + width - 1
            if width > 1 and lowers[last] in _CONNECTORS and not texts[last][:1].isupper():
                continue  # a name does not end on "of" or "la"; it may on "La" ("Shipki La", "Nathu La")
            if not (texts[last][:1].isupper() or texts[last] == "." and width > 1 and len(texts[last - 1]) <= 4):
                continue  # a full stop after a word ends the sentence, not the name ("in KwaZulu-Natal.")
            start, end = starts[i], ends[last]
            name = text[start:end]
            if not free(start, end) or not gazetteer.known(name):
                continue
            if compound_part(text, start, end, gazetteer) or bare_direction(name) or (
                    width == 1 and name in tables.demonyms and not _province(gazetteer, name)):
                continue  # a demonym names its country or nothing, never a town ("Argentine President")
            candidates = gazetteer.candidates(name)
            top = candidates[0]
            if disease_name(text, end) or acronym(name, top) and not (
                    _is_dateline(text, start, end) or start == 0 or "\n" in text[max(0, start - 2):start]):
                continue  # "Marburg virus", "the UN"; a line may open with a town in capitals ("TROY, Ohio —")
            if street_name(text, start, end, _province(gazetteer, name)):
                add(Mention(start, end, name, False, street=True))
                i += width
                matched = True
                break
            if i > 0 and inside_longer_name(doc[i - 1], starts[i], name, top, gazetteer, tables.titles):
                continue
            if width == 1 and text[start:end] in TITLE_ABBREVIATIONS:
                continue  # a rank ("Brig. Gen."), no town Brig
            if width == 1 and (name.rstrip(".") in persons or (
                    top.feature != "country" and named_person(text, start, end, tables.titles))):
                continue
            inside = [(s, e, label, canonical) for s, e, label, canonical in blocked if s < end and start < e]
            main = any(c.main for c in candidates)
            nested = local = strong = person = mistyped = facility = False
            if _is_dateline(text, start, end):
                # "TORRINGTON — City Council …", "ISLE OF PALMS —": whatever the model made of the
                # words (an ORG "CROMWELL", a PERSON "DANIELSVILLE - Madison County").
                strong = True
            elif inside:
                _s, _e, label, canonical = inside[0]
                if label in TIME_TYPES:
                    continue
                person = label == "PERSON"
                whole = start == _s and end == _e
                if whole and label == "ORG" and f"({text[start:end]})" in text and top.feature in ("city", "admin2"):
                    continue  # "ALMA", an acronym the article defines, is no town "Alma" ("NSW" stays a state)
                if person and top.feature == "country" and not whole and text[start:end].casefold() in NAME_COUNTRIES \
                        and (start == _s or end == _e) and looks_like_person_name(text[_s:_e].split()):
                    continue  # "Chad Collins", "Israel Katz": a given name or surname, no country
                if whole and short_form(name, canonical, label):
                    continue  # "Titan" of "Titan Operating", "Campbell" of "Sharon Campbell"
                if top.feature == "country" and label in ("ORG", "FAC") and PUBLICATION.match(text[end:end + 12]):
                    # "China Daily", "Egypt Today": a paper named after its country stands for the paper.
                    # A country in other names stays ("Sudan Liberation Army", "Islamic Emirate of
                    # Afghanistan"): LGL and the reference annotation count those.
                    continue
                if label == "NORP" and whole and top.feature not in ("country", "admin1") and (
                        not main or name.endswith("ns") or top.population < MISTYPED_POPULATION):
                    # A nationality the tables lack ("Kosovar") or a people in the plural ("Romans"):
                    # no town of that spelling. A big town's own name read as a people ("Palmdale",
                    # "Augusta" as NORP) is a mistyped place (see ``mistyped`` below); a small one's
                    # is too weak a sign, as for other mistyped names (resolve.MISTYPED_POPULATION).
                    continue
                if width == 1 and label in ("ORG", "FAC") and institution_part(text, (_s, _e), (start, end), top):
                    continue  # "University" of "University of Calgary", "Justice" of "Department of Justice"
                if top.feature != "country":
                    # A town's own name as the whole entity ("Fargo" tagged ORG, "Alexandria" tagged
                    # PERSON), opening it ("Dublin City Council") or after "in"/"of" inside it
                    # ("Sheldon Peck Homestead in Lombard"): a place when the article's other places
                    # vouch for its province (see ``_accept``).
                    # "McMinn County Sheriff Steve Frisbie": a person named by a local office.
                    next_word = re.match(r"\s*([A-Za-z']+)", text[end:end + 20])
                    titled = label == "PERSON" and next_word is not None and next_word.group(1).casefold() in LOCAL_OFFICES
                    opens = start == _s and (end == _e or label != "PERSON" or titled)
                    after = re.search(r"\b(?:in|of|at)\s+$", text[_s:start]) is not None
                    words = {w.casefold() for w in re.findall(r"[\w']+", text[_s:_e])}
                    local = bool(words & LOCAL_INSTITUTION_WORDS) and (label != "PERSON" or titled)
                    # A district's short name ("Pointe Coupee", "DuPage") is an alternate name,
                    # but a sure one at the head of its sheriff's office or its schools.
                    district = local and opens and any(c.feature == "admin2" for c in candidates[:3])
                    # A long spelling of a town's name ("Kostiantynivka") is as sure a sign as its own name
                    # when the model's entity is that name alone.
                    spelling = whole and len(name) >= 8 and label != "PERSON"
                    if not (main or district or spelling) or not (opens or after):
                        continue
                    nested = True
                    facility = start == _s and top.feature in ("city", "admin2") and facility_name(text[_s:_e])
                    # The model's whole entity is the name under a label for no place: "Kursk" as
                    # PRODUCT, "Kostiantynivka" as ORG, "Adre" as PERSON; a place where the article is.
                    mistyped = whole and (main or spelling)
                    if end == _e and place_cue(text, start, end):
                        strong = True  # "Steven Sachs of Alexandria", "Alexandria police"
            else:
                if width == 1 and (doc[i].is_stop or doc[i].pos_ not in ("PROPN", "NOUN")):
                    continue  # "We", "May": capitalised ordinary words
                if top.feature in ("city", "admin2") and not main:
                    continue  # an alternate spelling alone is too weak a sign
            hint = None
            following = following_feature_word(text, end)
            if following:
                end, hint = following
            add(Mention(start, end, name, strong, hint, nested=nested, local=local, person=person,
                        mistyped=mistyped, facility=facility))
            i += width
            matched = True
            break
        if not matched:
            i += 1
