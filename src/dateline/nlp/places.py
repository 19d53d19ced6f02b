"""Places: every toponym in an article, resolved to one GeoNames entry with coordinates.

Three steps, each a function below:

1. ``place_mentions`` finds the spans that name places: the model's GPE, LOC and FAC entities
   (as the actors component grouped and typed them), country demonyms ("Iranian", "Turkish
   troops", "Georgian Interior Ministry"), "X, Y and Z counties" lists, politicians' home tags
   ("D-W. Va."), and capitalised names the model missed or mistyped ("Fargo" as ORG, "Dublin" of
   "Dublin City Council") that the gazetteer knows. Spans are cleaned:
   "northern Afghanistan" names Afghanistan, "Badakhshan province" keeps its feature word, and
   "Alexandria, La." is two mentions.
2. ``resolve`` picks one gazetteer entry per distinct name, scoring each candidate by population,
   feature type and the article's context: the countries and provinces the other names probably
   lie in (jointly: each name holds a probability over its candidates, updated for a few rounds),
   the countries the actors belong to (not those the actors component read off a place name
   itself: "Dublin City Council" as Irish), words that say which country's press wrote it
   (``places/country_cues.tsv``: "sheriff", "township", US phone numbers), other names read as
   countries ("Mexico, China and Japan") or demonyms ("Georgian"), and an "X, Y" pair where Y
   contains X. One name keeps one sense within an article, and a name the model marked as a place
   once is a place in its other mentions too ("Lebanon Police").
3. ``find_places`` groups the mentions by entry into ``analysis.places``.

The scoring weights were set on the first 300 LGL articles and the first 100 GeoVirus articles,
and checked on all of both (``python -m dateline.eval.places``).
"""
from __future__ import annotations

import bisect
import logging
import math
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..model import Analysis, Place
from ..resources.gazetteer import Entry, load_gazetteer, name_key, read_country_extras

log = logging.getLogger(__name__)

PLACE_TYPES = {"GPE", "LOC", "FAC"}
# Entities of these types are people and groups: a place name inside one is not a place
# ("Jackson" in "Andrew Jackson"), except a country or province ("Afghanistan" in "Islamic
# Emirate of Afghanistan", which the reference annotation counts).
NON_PLACE_TYPES = {"PERSON", "ORG", "NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}

# Words that follow a name and say which kind of place it is: "Badakhshan province", "Rapides Parish".
FEATURE_WORDS = {
    "province": "admin1", "provinces": "admin1", "state": "admin1", "oblast": "admin1", "region": "admin1",
    "governorate": "admin1", "prefecture": "admin1", "territory": "admin1",
    "county": "admin2", "parish": "admin2", "district": "admin2", "borough": "admin2", "municipality": "admin2",
    "city": "city", "town": "city", "village": "city", "township": "city",
}
# Leading words that narrow a place without naming another one: "northern Afghanistan" -> Afghanistan.
DIRECTION = re.compile(
    r"^(?:(?:north|south|east|west|central|southern|northern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west|upper|lower|greater|"
    r"downtown|rural|mid|metro)\s+)+", re.IGNORECASE)
# Words that make an organisation local to the place its name starts with: "Mansfield Police
# Department", "Douglas County Hospital". LGL marks those places; "Shanghai Cooperation
# Organization" names no place in the reference annotation, and has none of these words.
LOCAL_INSTITUTION_WORDS = {
    "police", "department", "county", "sheriff", "sheriff's", "school", "schools", "council", "city", "hospital",
    "court", "office", "university", "college", "fire", "board", "commission", "airport", "park", "library",
    "jail", "house", "senate", "state", "herald", "times", "news", "post", "tribune", "journal", "chamber",
    "district", "township", "public", "regional", "high", "community", "courthouse", "center", "centre",
    "national", "guard", "highway", "road", "fair", "festival", "transit", "metro", "recreation",
}
# Offices whose holder's name the model may take in with the place: "DuPage Sheriff John Zaruba".
LOCAL_OFFICES = {
    "county", "parish", "sheriff", "coroner", "commissioner", "judge", "mayor", "police", "fire", "attorney", "clerk",
    "prosecutor", "superintendent", "councilman", "councilwoman", "selectman", "auditor", "treasurer", "assessor",
}
_CONNECTORS = {"of", "de", "la", "el", "al", "the", "and", "upon", "on", "du", "des", "del", "da"}

# Scoring weights (see the module docstring for how they were set).
FEATURE_PRIOR = {"country": 4.0, "region": 3.0, "admin1": 3.0, "city": 0.0, "admin2": -0.5}
# Provinces of fewer people than this lose part of the province prior (all of it at a tenth).
SMALL_PROVINCE = 1_000_000
MAIN_NAME_BONUS = 1.5  # the name as written is the entry's own name, not one of its alternates
ALTERNATE_NAME_PENALTY = -2.0  # an alternate name of a town must be far bigger to beat a town's own name
CAPITAL_BONUS = 4.5  # "Washington" is the capital before the state, as in LGL (12 of 13)
FEATURE_HINT_BONUS = 5.0  # "X province" and the candidate is a province
SAME_COUNTRY_BONUS = 3.0  # another mention or an actor belongs to the candidate's country
HOME_COUNTRY_BONUS = 3.0  # the country most of the article's places lie in
SAME_ADMIN1_BONUS = 3.0  # another mention names the candidate's province, or lies in it
PAIR_BONUS = 8.0  # "Alexandria, La.": the next name contains the candidate
COUNTRY_PEER_BONUS = 3.0  # other names of the article are countries ("Mexico, China and Japan")
DEMONYM_BONUS = 3.0  # the article also calls something of the candidate country by its demonym
# A town abroad that no other name, actor or cue supports (less than LONE_SUPPORT) loses up to
# LONE_FOREIGN_PENALTY, in proportion to the support for the article's home country (full at
# LONE_HOME_CAP): "Dublin" in a story full of Ohio's places and offices.
LONE_FOREIGN_PENALTY = 3.0
LONE_SUPPORT = 0.5
LONE_HOME_CAP = 4.0
LONE_FEATURES = ("city", "admin2")
# Country cues (``places/country_cues.tsv``): an article's summed cue weight counts this much
# as places in that country, up to CUE_CAP.
CUE_WEIGHT = 0.5
CUE_CAP = 4.0
CUE_MAX_HITS = 3  # matches of one cue that count: a long article repeats its words
# Passes of resolution: the first without context, each next one with the previous one's beliefs.
CONTEXT_ROUNDS = 5
# Softness of a name's belief over its candidates, in score units (a score is about log10 people).
TEMPERATURE = 1.0
# Candidates kept per name, best prior first.
MAX_CANDIDATES = 40
# A name the model did not mark counts this much as context for the others.
WEAK_CONTEXT_WEIGHT = 0.3
# One actor of a country counts this much as a place in it.
ACTOR_WEIGHT = 1.0
# A name the model did not mark as a place must be a country, a province, a big town, or a town
# in a province the article already names: otherwise a capitalised word is too weak a sign.
WEAK_CITY_POPULATION = 100_000
# "Tehran", "Baghdad", "Moscow": a province named after a city that holds this share of its people
# is meant as the city; "New York" (28%) and "Murmansk" (37%) stay provinces, as LGL has them.
NAMESAKE_CITY_SHARE = 0.4


@dataclass
class Mention:
    """One span that names a place, before resolution."""

    start: int
    end: int
    name: str  # the text looked up in the gazetteer (without "province", "northern" …)
    strong: bool  # the model marked it as a place (or it is a demonym)
    hint: Optional[str] = None  # feature word that followed the name
    country: Optional[str] = None  # set for demonyms: the country they stand for
    pair: Optional["Mention"] = None  # the "Y" of "X, Y"
    nested: bool = False  # found inside a person's or an organisation's name ("Dublin City Council")
    local: bool = False  # that name is a local institution's ("Mansfield Police Department")
    person: bool = False  # found as a person's name, or inside one ("Jones", "Andrew Jackson")
    candidates: tuple[Entry, ...] = field(default_factory=tuple)


class _Tables:
    """Per-process lookups built once from the gazetteer: demonyms and ISO3 -> ISO2."""

    def __init__(self):
        from ..resources.gazetteer import _RESOURCES, _data_lines

        self.gazetteer = load_gazetteer()
        rows = [row for row in _data_lines(_RESOURCES / "geonames" / "countryInfo.txt") if row[0] != "ISO"]
        self.iso3_to_iso2 = {row[1]: row[0] for row in rows}
        self.capitals = {(row[0], row[5]) for row in rows if row[5]}
        self.demonyms: dict[str, str] = {}
        self.cues = [(row[0], float(row[1]), re.compile(row[2]))
                     for row in _data_lines(_RESOURCES / "places" / "country_cues.tsv")]
        population = {c.country: c.population for c in self.gazetteer.countries()}
        # A word several countries share ("American") goes to the most populous one.
        extras = sorted(read_country_extras().items(), key=lambda item: -population.get(item[0], 0))
        for iso2, (_lat, _lon, words) in extras:
            for word in words:
                for form in word.split(","):
                    form = form.strip()
                    if form:
                        self.demonyms.setdefault(form, iso2)
                        self.demonyms.setdefault(form + "s", iso2)  # "Americans", "Palestinians"


_TABLES: Optional[_Tables] = None


def _tables() -> _Tables:
    global _TABLES
    if _TABLES is None:
        _TABLES = _Tables()
    return _TABLES


# ---------------------------------------------------------------------------------------------
# 1. mentions


def _clean(text: str, start: int, end: int, gazetteer) -> Optional[tuple[int, int, str, Optional[str]]]:
    """Trim a span to the place name; return (start, end, lookup name, feature hint) or None."""
    surface = text[start:end]
    lead = re.match(r"^(?:the|The|THE)\s+", surface)
    if lead:
        start += lead.end()
    trail = re.search(r"(?:['’]s|['’])$", text[start:end])
    if trail and end - start > len(trail.group()):
        end -= len(trail.group())
    name = text[start:end]
    lookup_start = start
    if not gazetteer.known(name):
        direction = DIRECTION.match(name)
        if direction and gazetteer.known(name[direction.end():]):
            lookup_start = start + direction.end()
            start = lookup_start  # the mention is the place's name, "Afghanistan" of "northern Afghanistan"
            name = text[start:end]
    hint = None
    words = name.split()
    if len(words) > 1 and words[-1].lower() in FEATURE_WORDS:
        hint = FEATURE_WORDS[words[-1].lower()]
        if not gazetteer.known(name):
            name = " ".join(words[:-1])
    if not name.strip():
        return None
    return start, end, name, hint


def _following_feature_word(text: str, end: int) -> Optional[tuple[int, str]]:
    """The end offset and feature of a feature word right after ``end`` ("Badakhshan| province")."""
    match = re.match(r"\s+([A-Za-z]+)\b", text[end:end + 20])
    if match and match.group(1).lower() in FEATURE_WORDS:
        return end + match.end(), FEATURE_WORDS[match.group(1).lower()]
    return None


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
    tables = _tables()
    gazetteer = tables.gazetteer
    text = analysis.text
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []  # spans already claimed by a mention
    blocked: list[tuple[int, int, str, str]] = []  # (start, end, type, canonical name) of non-place entities

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(mention: Mention) -> None:
        mentions.append(mention)
        taken.append((mention.start, mention.end))

    for mention in _listed_districts(text, gazetteer) + _party_homes(text, gazetteer):
        if free(mention.start, mention.end):
            add(mention)
    entity_spans = sorted(set(_entity_spans(doc, analysis)), key=lambda s: (s[0], -s[1]))
    for start, end, label, canonical in entity_spans:
        surface = text[start:end]
        iso2 = tables.demonyms.get(surface)
        if iso2 and label in PLACE_TYPES | {"NORP"}:
            if free(start, end):
                add(_demonym_mention(text, start, end, iso2, gazetteer))
            continue
        if label not in PLACE_TYPES:
            if label in NON_PLACE_TYPES:
                blocked.append((start, end, label, canonical))
            continue
        pieces = _split_pairs(text, start, end)
        previous = None
        for piece_start, piece_end in pieces:
            cleaned = _clean(text, piece_start, piece_end, gazetteer)
            if cleaned is None or not free(cleaned[0], cleaned[1]):
                continue
            m_start, m_end, name, hint = cleaned
            if not gazetteer.known(name):
                # "the Cottonport Fire Station": no place as a whole, maybe one inside it.
                blocked.append((piece_start, piece_end, label, text[piece_start:piece_end]))
                continue
            if hint is None:
                following = _following_feature_word(text, m_end)
                if following:
                    m_end, hint = following
            mention = Mention(m_start, m_end, name, label != "FAC", hint)
            if previous is not None and previous.pair is None:
                previous.pair = mention
            add(mention)
            previous = mention

    _add_gazetteer_names(doc, text, gazetteer, tables, blocked, free, add)
    mentions.sort(key=lambda m: m.start)
    for mention in mentions:
        _drop_city_word(text, mention, gazetteer)
    # "X, Y" written as two entities (or one found by the gazetteer): pair them too.
    for first, second in zip(mentions, mentions[1:]):
        if first.pair is None and re.fullmatch(r",\s*", text[first.end:second.start] or "x"):
            first.pair = second
    return mentions


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


# "Barrow, Jackson and Madison counties": every name of the list is a district.
_NAME = r"[A-Z][\w'.]*(?:[ -][A-Z][\w'.]*){0,2}"
_DISTRICT_LIST = re.compile(rf"({_NAME}(?:(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+){_NAME})*)\s+(counties|parishes)\b")
# "Rep. Nick Rahall, D-W. Va.", "Westrom, R-Elbow Lake": a politician's party and home.
_PARTY_HOME = re.compile(rf"\b[DRI]-({_NAME})")
# Words around a name the model tagged as a person or organisation that show it is a place.
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|from|near|at|outside|of|to|into|across|around|throughout|between|and)\s+(?:the\s+)?"
    r"|\b(?:St|Ave|Rd|Road|Street|Avenue|Drive|Dr|Blvd|Lane|Ln|Hwy|Highway)\.?,\s+)$")
_PLACE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:man|woman|men|women|resident|residents|native|natives|police|officers?|teen|teenager|boy|"
    r"girl|couple|family|area|mayor|council|officials|firefighters|detectives|deputies|school|schools|"
    r"neighborhood|neighborhoods|community|grand jury|businesses|taxpayers|voters|city council|city limits)\b")


def _listed_districts(text: str, gazetteer) -> list[Mention]:
    """The names of a "X, Y and Z counties" list, each a district mention."""
    mentions = []
    for match in _DISTRICT_LIST.finditer(text):
        suffix = "County" if match.group(2) == "counties" else "Parish"
        for part in re.finditer(_NAME, match.group(1)):
            name = part.group()
            if name in ("and",) or not gazetteer.known(f"{name} {suffix}"):
                continue
            start = match.start(1) + part.start()
            mentions.append(Mention(start, start + len(name), f"{name} {suffix}", True, "admin2"))
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


def _place_cue(text: str, start: int, end: int) -> bool:
    """True when the words around a span say it names a place ("of Alexandria", "Alexandria police")."""
    return bool(_PLACE_BEFORE.search(text[max(0, start - 20):start]) or _PLACE_AFTER.match(text[end:end + 25]))


def _is_dateline(text: str, start: int, end: int) -> bool:
    """An upper-case place name opening a story or paragraph and followed by a dash."""
    before = text[max(0, start - 3):start]
    return (text[start:end].isupper() and (start == 0 or "\n" in before or before.endswith(". ")
                                           or before.endswith(".  ") or before.endswith(" . "))
            and re.match(r"\s*(?:\(\w+\)\s*)?(?:[—–-]{1,3}|:)", text[end:end + 12]) is not None)


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "D.C."


def _add_gazetteer_names(doc, text, gazetteer, tables, blocked, free, add) -> None:
    """Capitalised names and demonyms the model missed, as weak mentions (longest match first)."""
    tokens = list(doc)
    texts = [t.text for t in tokens]
    lowers = [t.lower_ for t in tokens]
    starts = [t.idx for t in tokens]
    ends = [start + len(word) for start, word in zip(starts, texts)]
    namelike = [t[:1].isupper() or low in _CONNECTORS or t == "." for t, low in zip(texts, lowers)]
    i = 0
    while i < len(tokens):
        word = texts[i]
        if not (word[:1].isupper() and tokens[i].is_alpha or word in tables.demonyms or _INITIALS.fullmatch(word)):
            i += 1
            continue
        token = tokens[i]
        iso2 = tables.demonyms.get(token.text)
        if iso2 and free(token.idx, token.idx + len(token.text)):
            start, end = token.idx, token.idx + len(token.text)
            inside = [(label, s) for s, e, label, _ in blocked if s <= start and end <= e]
            # "Georgian Interior Ministry", "American Electric Power": the country the name opens with.
            if not inside or inside[0][0] == "NORP" or (inside[0][0] in ("ORG", "FAC") and inside[0][1] == start):
                add(_demonym_mention(text, start, end, iso2, gazetteer))
                i += 1
                continue
        matched = False
        # Only runs of name-like tokens can extend a name: the widest a match can be.
        reach = 1
        while reach < 4 and i + reach < len(tokens) and namelike[i + reach]:
            reach += 1
        for width in range(reach, 0, -1):
            last = i + width - 1
            if width > 1 and lowers[last] in _CONNECTORS:
                continue
            if not (texts[last][:1].isupper() or texts[last] == "."):
                continue
            start, end = starts[i], ends[last]
            name = text[start:end]
            if not free(start, end) or not gazetteer.known(name):
                continue
            inside = [(s, e, label, canonical) for s, e, label, canonical in blocked if s < end and start < e]
            candidates = gazetteer.candidates(name)
            top = candidates[0]
            main = any(c.main for c in candidates)
            nested = local = strong = person = False
            if inside:
                _s, _e, label, canonical = inside[0]
                person = label == "PERSON"
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
                    if not (main or district) or not (opens or after):
                        continue
                    nested = True
                    if end == _e and _place_cue(text, start, end):
                        strong = True  # "Steven Sachs of Alexandria", "Alexandria police"
            elif _is_dateline(text, start, end):
                strong = True  # "TORRINGTON — City Council …"
            else:
                if width == 1 and (token.is_stop or token.pos_ not in ("PROPN", "NOUN")):
                    continue  # "We", "May": capitalised ordinary words
                if top.feature in ("city", "admin2") and not main:
                    continue  # an alternate spelling alone is too weak a sign
            hint = None
            following = _following_feature_word(text, end)
            if following:
                end, hint = following
            add(Mention(start, end, name, strong, hint, nested=nested, local=local, person=person))
            i += width
            matched = True
            break
        if not matched:
            i += 1


# ---------------------------------------------------------------------------------------------
# 2. resolution


def _prior(entry: Entry, mention: Mention) -> float:
    """How likely ``entry`` is meant by ``mention`` before the rest of the article is read."""
    score = math.log10(entry.population + 10) + FEATURE_PRIOR.get(entry.feature, -1.0)
    if entry.feature == "admin1" and entry.population < SMALL_PROVINCE:
        # A parish of Jamaica or Antigua is no likelier than a town of the same people.
        # The prior fades from all at SMALL_PROVINCE people to none at a tenth of that.
        fade = min(1.0, math.log10(SMALL_PROVINCE / (entry.population + 10)))
        score -= FEATURE_PRIOR["admin1"] * fade
    if entry.feature == "admin1" and mention.hint != "admin1" and (
            _namesake_city(entry, mention.candidates)
            or any(c.feature == "country" and c.country == entry.country for c in mention.candidates[:3])):
        # "Tehran" the city, "Mexico" the country: not the province named after them.
        score -= FEATURE_PRIOR["admin1"] + 1.0
    if entry.main:
        score += MAIN_NAME_BONUS
        if entry.feature == "city" and (entry.country, entry.name) in _tables().capitals:
            score += CAPITAL_BONUS
    elif entry.feature in ("city", "admin2"):
        score += ALTERNATE_NAME_PENALTY
    if mention.hint and mention.hint == entry.feature:
        score += FEATURE_HINT_BONUS
    return score


def _namesake_city(province: Entry, candidates: tuple[Entry, ...]) -> bool:
    """True when a city of the same name holds most of this province's people."""
    return any(c.feature == "city" and c.main and c.admin1_code == province.admin1_code
               and c.population >= NAMESAKE_CITY_SHARE * max(province.population, 1) for c in candidates)


def _accept(entry: Entry, mention: Mention, admin1s: dict[str, float]) -> bool:
    """Whether a weak mention's best entry is likely enough to be a place.

    ``admin1s`` counts only what the model-marked mentions resolved to: weak names ("March",
    "Street") would otherwise vouch for each other.
    """
    if mention.strong or entry.feature in ("country", "region") or (entry.feature == "admin1" and not mention.nested):
        return True
    if mention.hint or mention.pair is not None:
        return True
    in_context = bool(entry.admin1_code and admin1s.get(entry.admin1_code, 0) >= 0.5)
    if mention.nested:
        # "Education Minnesota", "Shanghai Cooperation Organization": a name inside a name is a
        # place only where the article's own places are, or for a local institution.
        return in_context or mention.local
    if entry.feature == "city" and entry.population >= WEAK_CITY_POPULATION:
        return True
    return in_context


@dataclass
class _Name:
    """One distinct name of the article with its candidates and their current probabilities."""

    key: str
    mentions: list[Mention]
    entries: list[Entry]
    prior: list[float]
    weight: float  # how much this name's places count as context for the others
    probs: list[float] = field(default_factory=list)

    def nations(self) -> float:
        """Probability that this name is a country."""
        return sum(p for entry, p in zip(self.entries, self.probs) if entry.feature == "country")

    def shares(self) -> tuple[dict[str, float], dict[str, float]]:
        """Probability mass per country and per province."""
        countries: dict[str, float] = {}
        admin1s: dict[str, float] = {}
        for entry, p in zip(self.entries, self.probs):
            if entry.country:
                countries[entry.country] = countries.get(entry.country, 0.0) + p
            if entry.admin1_code:
                admin1s[entry.admin1_code] = admin1s.get(entry.admin1_code, 0.0) + p
        return countries, admin1s


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    weights = [math.exp((s - top) / TEMPERATURE) for s in scores]
    total = sum(weights)
    return [w / total for w in weights]


def _context_score(entry: Entry, countries: dict[str, float], admin1s: dict[str, float], home: Optional[str],
                   pair: Optional[_Name]) -> float:
    """What the article's other places say for ``entry``: shared country, shared province, "X, Y"."""
    score = 0.0
    support = countries.get(entry.country or "", 0.0)
    if support:
        score += SAME_COUNTRY_BONUS * min(support, 3.0) / 3.0 + SAME_COUNTRY_BONUS / 2 * min(support, 1.0)
    if home and entry.country == home and entry.feature != "country":
        score += HOME_COUNTRY_BONUS
    elif home and support < LONE_SUPPORT and entry.feature in LONE_FEATURES:
        # A town abroad that nothing else in the article points to (see LONE_FOREIGN_PENALTY).
        score -= LONE_FOREIGN_PENALTY * min(countries[home], LONE_HOME_CAP) / LONE_HOME_CAP
    if entry.admin1_code:
        score += SAME_ADMIN1_BONUS * min(admin1s.get(entry.admin1_code, 0.0), 2.0) / 2.0 * (
            2.0 if entry.feature in ("city", "admin2") else 1.0)
    if pair is not None:
        pair_countries, pair_admin1s = pair.shares()
        if entry.feature != "admin1" and entry.admin1_code:
            score += PAIR_BONUS * sum(p for e, p in zip(pair.entries, pair.probs)
                                      if e.feature == "admin1" and e.admin1_code == entry.admin1_code)
        if entry.feature != "country" and entry.country:
            score += PAIR_BONUS * sum(p for e, p in zip(pair.entries, pair.probs)
                                      if e.feature == "country" and e.country == entry.country)
    return score


def _actor_countries(analysis: Analysis, mentions: list[Mention]) -> dict[str, float]:
    """Weight per country of the article's actors, as context for its places.

    An actor one of whose mentions holds a place name is left out: the actors component reads
    "Dublin City Council" as Irish and "London" as Britain's government from the name alone, so
    counting it would only echo the most famous sense of the name being resolved.
    """
    tables = _tables()
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in spans]
    weights: dict[str, float] = {}
    for entity in analysis.entities:
        iso2 = tables.iso3_to_iso2.get(entity.country or "")
        if not iso2:
            continue
        echo = False
        for start, end in entity.mentions:
            i = bisect.bisect_left(starts, end)
            if any(s < end and start < e for s, e in spans[max(0, i - 8):i]):
                echo = True
                break
        if not echo:
            weights[iso2] = weights.get(iso2, 0.0) + ACTOR_WEIGHT
    return weights


def _cue_countries(text: str) -> dict[str, float]:
    """Evidence per country from the article's words (``places/country_cues.tsv``), in place units."""
    evidence: dict[str, float] = {}
    for iso2, weight, pattern in _tables().cues:
        hits = 0
        for hits, _match in enumerate(pattern.finditer(text), 1):
            if hits >= CUE_MAX_HITS:
                break
        if hits:
            evidence[iso2] = evidence.get(iso2, 0.0) + weight * hits
    return {iso2: CUE_WEIGHT * min(total, CUE_CAP) for iso2, total in evidence.items()}


def resolve(mentions: list[Mention], analysis: Analysis) -> list[tuple[Mention, Entry]]:
    """Pick one gazetteer entry per mention using the whole article as context.

    Every distinct name holds a probability over its candidates, first from its prior alone;
    then, for a few rounds, each name's candidates are rescored by the countries and provinces
    the *other* names probably lie in (their probability mass, not only their current best
    choice, so one wrong early pick does not drag the rest along), the actors' countries and an
    "X, Y" partner. Every mention of the same name gets the same entry.

    Returns:
        (mention, entry) pairs for the mentions that resolved, in text order.
    """
    tables = _tables()
    gazetteer = tables.gazetteer
    actor_countries = _actor_countries(analysis, mentions)
    for iso2, evidence in _cue_countries(analysis.text).items():
        actor_countries[iso2] = actor_countries.get(iso2, 0.0) + evidence
    for mention in mentions:
        if mention.country:
            country = gazetteer.country(mention.country)
            mention.candidates = (country,) if country else ()
        else:
            mention.candidates = gazetteer.candidates(mention.name)

    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.candidates:
            groups.setdefault(_key_of(mention), []).append(mention)
    names: dict[str, _Name] = {}
    for key, group in groups.items():
        pool = {e.geonameid: e for m in group for e in m.candidates[:200]}
        scored = sorted(((max(_prior(e, m) for m in group), e) for e in pool.values()), key=lambda x: -x[0])
        scored = scored[:MAX_CANDIDATES]
        weight = 1.0 if any(m.strong for m in group) else WEAK_CONTEXT_WEIGHT
        names[key] = _Name(key, group, [e for _, e in scored], [s for s, _ in scored], weight)
        names[key].probs = _softmax(names[key].prior)

    # Countries the article names by a demonym: "Georgian authorities" settles "Georgia".
    demonyms = {key.rsplit("|", 1)[1] for key in names if not key.endswith("|")}
    for _ in range(CONTEXT_ROUNDS):
        shares = {key: name.shares() for key, name in names.items()}
        total_c: dict[str, float] = dict(actor_countries)
        total_a: dict[str, float] = {}
        total_nations = 0.0
        for key, (countries, admin1s) in shares.items():
            w = names[key].weight
            total_nations += w * names[key].nations()
            for code, p in countries.items():
                total_c[code] = total_c.get(code, 0.0) + w * p
            for code, p in admin1s.items():
                total_a[code] = total_a.get(code, 0.0) + w * p
        updated = {}
        for key, name in names.items():
            own_c, own_a = shares[key]
            own_n = name.nations()
            countries = {c: v - name.weight * own_c.get(c, 0.0) for c, v in total_c.items()}
            admin1s = {a: v - name.weight * own_a.get(a, 0.0) for a, v in total_a.items()}
            countries = {c: v for c, v in countries.items() if v > 1e-6}
            admin1s = {a: v for a, v in admin1s.items() if v > 1e-6}
            # Other names read as countries: "Mexico, China, Japan and Brazil" are countries, not
            # the towns of Maine that share their names.
            peers = total_nations - name.weight * own_n
            home = max(countries, key=countries.get) if countries else None
            pair_mention = next((m.pair for m in name.mentions if m.pair is not None), None)
            pair = names.get(_key_of(pair_mention)) if pair_mention is not None else None
            if pair is name:
                pair = None
            scores = [prior + _context_score(entry, countries, admin1s, home, pair)
                      + (COUNTRY_PEER_BONUS * min(peers, 2.0) / 2.0 if entry.feature == "country" else 0.0)
                      + (DEMONYM_BONUS if entry.feature == "country" and entry.country in demonyms else 0.0)
                      for entry, prior in zip(name.entries, name.prior)]
            updated[key] = _softmax(scores)
        for key, probs in updated.items():
            names[key].probs = probs

    chosen = {key: name.entries[max(range(len(name.probs)), key=name.probs.__getitem__)]
              for key, name in names.items()}
    strong_admin1s: dict[str, float] = {}
    for key, name in names.items():
        if any(m.strong for m in name.mentions) and chosen[key].admin1_code:
            code = chosen[key].admin1_code
            strong_admin1s[code] = strong_admin1s.get(code, 0) + 1
    resolved = []
    for key, name in names.items():
        entry = chosen[key]
        admin1s = dict(strong_admin1s)
        if any(m.strong for m in name.mentions) and entry.admin1_code:
            admin1s[entry.admin1_code] -= 1
        # A name the model marked as a place somewhere is a place everywhere in the article:
        # "Lebanon Police", "the Gainesville sewer system".
        anywhere = any(m.strong for m in name.mentions) and _accept(entry, next(m for m in name.mentions if m.strong), admin1s)
        for mention in name.mentions:
            if (anywhere and not mention.person) or _accept(entry, mention, admin1s):
                resolved.append((mention, entry))
    resolved.sort(key=lambda pair: pair[0].start)
    return resolved


def _key_of(mention: Optional[Mention]) -> str:
    if mention is None:
        return ""
    return name_key(mention.name) + "|" + (mention.country or "")


# ---------------------------------------------------------------------------------------------
# 3. records


def find_places(doc, analysis: Analysis) -> Analysis:
    """Fill ``analysis.places`` with every place the article names, resolved to GeoNames.

    Args:
        doc: the spaCy Doc of ``analysis.article.text``.
        analysis: the record so far (entities from the actors component guide recognition).

    Returns:
        The same analysis, with one Place per distinct entry, ordered by first mention, each
        with all its mention spans.

    Example:
        >>> analysis = analyze_text("Daesh is settled in Badakhshan province.")  # doctest: +SKIP
        >>> analysis.places[0].geonames_id, analysis.places[0].feature
        (1147745, 'admin1')
    """
    mentions = place_mentions(doc, analysis)
    places: dict[int, Place] = {}
    for mention, entry in resolve(mentions, analysis):
        place = places.get(entry.geonameid)
        if place is None:
            place = Place(id=f"P{len(places) + 1}", name=entry.name, geonames_id=entry.geonameid,
                          lat=entry.lat, lon=entry.lon, country=entry.country, admin1=entry.admin1,
                          feature=entry.feature if entry.feature in ("country", "admin1", "admin2", "city",
                                                                     "region") else "other")
            places[entry.geonameid] = place
        place.mentions.append((mention.start, mention.end))
    analysis.places = list(places.values())
    return analysis
