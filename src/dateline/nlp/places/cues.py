"""What the words around a capitalised name say about it: a place, a person, or part of a longer name.

Recognition (``mentions``) asks these before it takes a name the model did not mark as a place: a
surname of the article's people ("Jones" after "Tommy Jones"), a title before it ("Mayor
Mullins") or a speech verb after it ("Campbell said"), a company's short form ("Titan" of "Titan
Operating"), half of a hyphenated word ("euro-Atlantic", "Agence France-Presse"), a bare direction
("South"), a word continuing a longer name the gazetteer lacks ("La" of "Shipki La"); and words
that show a name is a place ("of Alexandria", "Alexandria police").
"""
from __future__ import annotations

import re

from ...model import Analysis

# Leading words that narrow a place without naming another one: "northern Afghanistan" -> Afghanistan.
DIRECTION = re.compile(
    r"^(?:(?:north|south|east|west|central|southern|northern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west|upper|lower|greater|"
    r"downtown|rural|mid|metro)\s+)+", re.IGNORECASE)
# Words that make an organisation local to the place its name starts with: "Mansfield Police
# Department", "Douglas County Hospital". LGL marks those places; "Shanghai Cooperation
# Organization" names no place in the reference annotation, and has none of these words; nor do
# buildings ("Hyderabad House") and papers or agencies named after a country ("China Daily").
LOCAL_INSTITUTION_WORDS = {
    "police", "department", "county", "sheriff", "sheriff's", "school", "schools", "council", "city", "hospital",
    "court", "office", "university", "college", "fire", "board", "commission", "airport", "park", "library",
    "jail", "senate", "state", "herald", "times", "news", "post", "tribune", "journal", "chamber",
    "district", "township", "public", "regional", "high", "community", "courthouse", "center", "centre",
    "national", "guard", "highway", "road", "fair", "festival", "transit", "metro", "recreation",
}

# Last words of a building's or a landmark's name: "Planalto Palace", "Hyderabad House", "Windsor
# Castle". The facility is not the town its name opens with, and often lies far from it (the palace
# in Brasília, the house in New Delhi); such a name counts only where the article also names the
# place on its own (see ``mentions``). Local institutions ("Greer City Hall", "Long Beach Airport",
# "Huntsville Fire Station") stay with LOCAL_INSTITUTION_WORDS: LGL marks their towns.
BUILDING_WORDS = {
    "palace", "palacio", "castle", "tower", "towers", "hall", "house", "mansion", "stadium", "arena", "bridge",
    "cathedral", "abbey", "basilica", "church", "chapel", "mosque", "temple", "synagogue", "monastery", "square",
    "plaza", "monument", "memorial", "museum", "gallery", "theatre", "theater", "hotel", "prison", "gate",
}


def facility_name(entity: str) -> bool:
    """True for the name of a building or landmark ("Planalto Palace") that is no local institution."""
    words = [w.casefold() for w in re.findall(r"[\w']+", entity)]
    return len(words) > 1 and words[-1] in BUILDING_WORDS and not set(words) & LOCAL_INSTITUTION_WORDS


# A word right after a name that makes the name a person's: "Campbell said", "Jones did not".
_SPEECH_AFTER = re.compile(r"^,?\s+(?:said|says|told|added|asked|wrote|explained|noted|recalled|"
                           r"replied|testified|argued|agreed|declined|did not|didn't)\b")


def person_words(doc, analysis: Analysis) -> set[str]:
    """Surnames of the article's people ("Tommy Jones" -> Jones): alone, later in the article,
    such a word names that person, not the town that shares it. Only the last word of a name of
    two or three words: a longer "person" is mostly a mislabelled phrase ("Alexandria Police
    Spokeswoman Ashley Hildebrandt") whose first word may well be a town."""
    names = [e.name for e in analysis.entities if e.type == "PERSON"] + [
        alias for e in analysis.entities if e.type == "PERSON" for alias in e.aliases]
    names += [ent.text for ent in doc.ents if ent.label_ == "PERSON"]
    words = set()
    for name in names:
        parts = [w for w in re.findall(r"[\w'’.-]+", name) if w[:1].isupper()]
        if 2 <= len(parts) <= 3:
            words.add(parts[-1].rstrip("."))
    return words


def named_person(text: str, start: int, end: int, titles: set[str]) -> bool:
    """True when the words around a one-word name make it a person's: a title before it
    ("Mayor Mullins", "Mr Holloway") or a speech verb after it ("Campbell said", but not "a
    Republican from Florence, said")."""
    before = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, start - 25):start])
    if before and before.group(1).casefold() in titles:
        return True
    return bool(_SPEECH_AFTER.match(text[end:end + 25])) and not PLACE_BEFORE.search(text[max(0, start - 20):start])


# A word after a country's name that makes the two a paper's or an agency's name ("China Daily").
PUBLICATION = re.compile(r"\s+(?:Daily|Times|Post|Herald|Tribune|Telegraph|Today|News|Press|Gazette|Observer)\b")


def inside_longer_name(previous, start: int, name: str, top, gazetteer, titles: set[str]) -> bool:
    """True when a name continues a capitalised word that is no place, title or direction, so that
    the two are one name the gazetteer lacks: "La" of "Shipki La", "Delta" of "Danube Delta",
    "Manchester" of "John Manchester". Countries and provinces stay ("Decatur Georgia")."""
    word = previous.text
    if not word[:1].isupper() or previous.is_stop or previous.is_sent_start or previous.idx + len(word) + 1 != start:
        return False
    if top.feature in ("country", "admin1") and len(name.rstrip(".")) > 3:
        return False
    return not (gazetteer.known(word) or word.casefold().rstrip(".") in titles or bare_direction(word)
                or word.casefold() in _QUALIFIERS)


# Capitalised words before a place's name that do not make a new name: "Metropolitan Atlanta".
_QUALIFIERS = {"metropolitan", "greater", "downtown", "suburban", "rural", "historic", "old", "new", "fort", "port",
               "mount", "lake", "saint", "st", "san", "santa", "el", "al", "metro"}


def bare_direction(name: str) -> bool:
    """"South", "Northern": a direction alone names no place."""
    match = DIRECTION.match(name + " ")
    return match is not None and match.end() == len(name) + 1


def short_form(name: str, canonical: str, label: str) -> bool:
    """True when ``name`` is the short form of a longer entity name: a person's surname ("Jones" of
    "Tommy Jones") or a company's first word ("Titan" of "Titan Operating"); not of a local
    institution ("Harwinton" of "Harwinton Senior Center"), which names the place."""
    words = canonical.split()
    if label == "PERSON":
        return 2 <= len(words) <= 3 and words[-1] == name
    return (label == "ORG" and len(words) > 1 and words[0] == name
            and not {w.casefold() for w in words[1:]} & LOCAL_INSTITUTION_WORDS)


def compound_part(text: str, start: int, end: int, gazetteer) -> bool:
    """True for a name inside a hyphenated word that is no place: after a lower-case prefix
    ("euro-Atlantic", "trans-Pacific") or before a capitalised word that is no place ("Agence
    France-Presse"). "Columbia-based", "US-China" and "DFL-Chisholm" keep their place."""
    before = re.search(r"\b([a-z]+)-$", text[max(0, start - 30):start])
    after = re.match(r"^-([A-Z][a-z]{3,})\b", text[end:end + 30])
    return before is not None or (after is not None and not gazetteer.known(after.group(1)))

# Words around a name the model tagged as a person or organisation that show it is a place.
PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|from|near|at|outside|of|to|into|across|around|throughout|between|and)\s+(?:the\s+)?"
    r"|\b(?:St|Ave|Rd|Road|Street|Avenue|Drive|Dr|Blvd|Lane|Ln|Hwy|Highway)\.?,\s+)$")
PLACE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:man|woman|men|women|resident|residents|native|natives|police|officers?|teen|teenager|boy|"
    r"girl|couple|family|area|mayor|council|officials|firefighters|detectives|deputies|school|schools|"
    r"neighborhood|neighborhoods|community|grand jury|businesses|taxpayers|voters|city council|city limits)\b")

def place_cue(text: str, start: int, end: int) -> bool:
    """True when the words around a span say it names a place ("of Alexandria", "Alexandria police")."""
    return bool(PLACE_BEFORE.search(text[max(0, start - 20):start]) or PLACE_AFTER.match(text[end:end + 25]))


# A street type right after a name: "5600 Post Road", "1300 Commerce Dr.", "Cooper Street", "Superior
# Court". The name is the street's (or the court's), not the town that shares it: in the first 300 LGL
# articles, 19 of the 402 place mentions that matched no gold toponym were such names, and one gold
# toponym ("North Druid Hills Road"). Streets are often named after the towns they lead to, though
# ("Lone Oak Road" near Paris, Tennessee), so such a name still counts as context (``Mention.street``).
# "Lebanon Street Superintendent" is the town's office, "Kentucky Court of Appeals" the state's.
_STREET_AFTER = re.compile(r"^\s+(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Boulevard|Blvd|Lane|Ln|Court|Ct|Parkway|"
                           r"Pkwy|Pike|Terrace|Circle)\b\.?(?!\s+(?:Department|Superintendent|Commissioner|Division|Crew)\b)")
_DISTRICT_NAME = re.compile(r"\b(?:County|Parish|Borough)$")


def street_name(text: str, start: int, end: int, province: bool = False) -> bool:
    """True when the name at [start, end) is a street's or a court's ("Post Road", "Superior Court");
    "Douglas County Court" keeps its district and a ``province`` its court ("Kentucky Court")."""
    match = _STREET_AFTER.match(text[end:end + 40])
    if match is None or _DISTRICT_NAME.search(text[start:end]):
        return False
    return not (province and match.group().strip().rstrip(".") in ("Court", "Ct"))


# "Marburg virus", "Reston ebolavirus", "Lassa fever", "Lyme disease": a disease named after the place
# where it was first found stands for the disease. GeoVirus marks 1 of its 95 such names as a toponym
# (the town named is seldom where the story is), LGL none of its one.
_DISEASE_AFTER = re.compile(r"\s+(?:virus|viruses|ebolavirus|fever|hemorrhagic|haemorrhagic|disease)\b", re.IGNORECASE)


def disease_name(text: str, end: int) -> bool:
    """True when the name ending at ``end`` is the first word of a disease's or a virus's name."""
    return _DISEASE_AFTER.match(text, end) is not None


def acronym(word: str, top) -> bool:
    """True for an upper-case abbreviation ("UN", "NATO", "EST", "SOS") that spells a town's own name
    in capitals ("Un", Gujarat; "Nato", Bicol): an organisation or a time zone, not the town. An
    abbreviation of a place ("US", "UK", "LA") is an alias of an entry with a longer name and stays."""
    return 2 <= len(word) <= 4 and word.isupper() and word.isalpha() and top.name.upper() == word


# "University of Calgary", "Center for Disease Control", "Church of Scientology": a word that opens an
# organisation's name and is followed by "of" or "for" is the organisation's head noun, not a place
# ("University", Florida; "Center", Texas); the place, if any, comes after it.
_HEAD_OF = re.compile(r"\s+(?:of|for)\s")
# "Department of Justice", "Ministry of Health", "Secretary of Commerce", "Chamber of Commerce": a portfolio, not a town.
_PORTFOLIO_OF = re.compile(r"\b(?:Department|Ministry|Minister|Secretary|Secretariat|Bureau|Office|Commissioner|Chamber|Board)"
                           r"\s+(?:of|for)\s+(?:the\s+)?$")


def institution_word(text: str, entity_start: int, entity_end: int, start: int, end: int) -> bool:
    """True when a one-word name inside an organisation's name is one of its common nouns: the head
    before "of"/"for" ("University of Rouen") or the portfolio after "Department of" ("Justice")."""
    if start == entity_start and end < entity_end and _HEAD_OF.match(text, end):
        return True
    return _PORTFOLIO_OF.search(text, entity_start, start) is not None


# Generic last words of a province's two-word name ("Federal District", "Capital Region", "Central
# Region"): GeoNames keeps the first word alone as an alternate name, an everyday adjective that opens
# organisations' names ("the 7th *Federal* Court", "*Capital* Police"), not the province.
_PROVINCE_HEADS = {"district", "region", "province", "territory"}


def _province_half(name: str, top) -> bool:
    """True when a one-word name is only the first half of a province's name whose second word is
    generic ("Federal" of Brazil's "Federal District")."""
    words = top.name.casefold().split()
    return top.feature == "admin1" and len(words) == 2 and words[0] == name.casefold() and words[1] in _PROVINCE_HEADS


def institution_part(text: str, entity: tuple[int, int], word: tuple[int, int], top) -> bool:
    """True when a one-word name inside an organisation's name is a word of the organisation, not a
    place: one of its common nouns (:func:`institution_word`, for a name whose best candidate is a
    town) or the generic-less half of a province's name ("the 7th *Federal* Court").

    Args:
        text: the article's text.
        entity: the organisation's span; word: the name's span inside it.
        top: the gazetteer's best candidate for the name.
    """
    if _province_half(text[word[0]:word[1]], top):
        return True
    return top.feature not in ("country", "admin1") and institution_word(text, *entity, *word)
