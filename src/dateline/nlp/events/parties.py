"""Event parties named by common nouns: "police", "two protesters", "a Turkish man", "an army camp".

News often names who acted, or whom an act was aimed at, without a name: "Police arrested two
protesters". Such a phrase is still the event's party, so when the actor or recipient of an event
has no named entity, its phrase becomes an entity of its own, with a spaCy-style label:

- plural people ("protesters", "two Syrian journalists") -> NORP, a group of people;
- one person ("a Turkish man", "the prime minister") -> PERSON;
- institutions ("police", "the government", "the court") -> ORG;
- places that are targets ("an army camp", "the embassy") -> FAC;
- a capitalised word the entity recogniser missed ("Gulen", "ICE") -> PERSON, or ORG when in capitals.

Party nouns come from ``resources/events/party_nouns.tsv`` and the actor dictionary's group nouns
and titles (``resources/actors/titles.tsv``); country and sector come from
:func:`~dateline.nlp.actors.coding.code_actor_phrase`, so "Turkish police" is coded TUR / COP.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ...datafiles import read_word_classes
from ...model import ACTOR_LABELS, Analysis, Entity
from ..actors.coding import code_actor_phrase
from ..actors.dictionary import load_dictionary
from ..actors.short_names import person_by_part
from .doc_facts import per_token
from .lexicon import lexicon_types

# Entity labels that can act (as in event_roles); numbers and dates never do.
_PLURAL_TAGS = {"NNS", "NNPS"}
# Sectors whose group nouns name one institution rather than its members ("the government").
_INSTITUTION_SECTORS = {"GOV", "LEG", "JUD", "PTY", "BUS", "NGO", "JRN", "EDU", "REL", "MED", "SOC", "LAB", "SPY"}
# A mention keeps its words as written ("the police"), minus leading punctuation and conjunctions.
_SKIP_LEFT = {"punct", "cc"}


@lru_cache(maxsize=None)
def party_nouns() -> dict[str, str]:
    """Lemma -> label from ``party_nouns.tsv``, loaded once."""
    return read_word_classes("events/party_nouns.tsv", ACTOR_LABELS, "label")


# Words that count or gather people: the party is who is counted ("*thousands* of teachers marched",
# "a *crowd* of protesters", "*dozens* of students", "a *convoy* of rebels"), and the phrase runs to
# them. What is gathered must itself be a party: "a convoy of trucks" names none.
QUANTITY_HEADS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions", "score",
                  "scores", "ten", "tens", "crowd", "group", "number", "handful", "couple", "band", "busload",
                  "convoy", "column", "squad", "unit", "gang", "mob", "contingent"}


# Numbers that, counting nothing named, count people when they protest ("*hundreds* marched"; not
# "*hundreds* died", whose subject suffers, nor "spent *millions*").
CROWDS = {"thousand", "hundred", "dozen", "million", "score"}


def counted(token):
    """The noun a quantity word counts ("*thousands* of teachers" -> teachers; "tens of thousands
    of people" -> people), or None when ``token`` is no quantity word with an "of" phrase."""
    if token.lemma_.lower() not in QUANTITY_HEADS and token.lower_ not in QUANTITY_HEADS:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ in {"NOUN", "PROPN"}:
                    return counted(noun) or noun
    return None


def modifies_party_noun(token) -> bool:
    """Whether a name is a modifier of a common-noun party ("*Riot* police", the recogniser's PERSON
    at a sentence's start; "*Mondlane* supporters"): the party is the people the noun names. (Not
    an organisation's name: "*Hamas* fighters" are Hamas's, as PLV marks them.)"""
    return token.dep_ == "compound" and token.head.i > token.i and token.head.pos_ == "NOUN" \
        and party_label(token.head) is not None


def party_label(token) -> Optional[str]:
    """The label a common-noun party phrase headed by ``token`` gets, or None when the word
    does not name a party ("the decision", "a proposal", "$1.7 billion")."""
    return per_token(token, "party_label", _party_label)  # (the rules ask it of a word many times per event)


def _party_label(token) -> Optional[str]:
    people = counted(token)
    if people is not None:
        label = party_label(people)
        return "NORP" if label == "PERSON" else label
    if token.dep_ == "nsubj" and token.lemma_.lower() in CROWDS and "PROTEST" in lexicon_types(token.head):
        return "NORP"  # "*Thousands* marched through the capital", "tens of *thousands* rallied": a crowd
    if token.ent_type_ and token.ent_type_ not in ACTOR_LABELS:
        return None  # "Thursday", "Senate Bill 2770", "$1.7 billion"
    if any(child.dep_ == "mark" or child.pos_ == "SCONJ" for child in token.children):
        return None  # "blockades *that deprived drivers* of fuel" parsed as a noun: a clause, no party's name
    if token.lemma_.lower() in THINGS:
        return None  # "deployed *helicopters*": a machine is no party (its operator may be, :func:`operator`)
    if token.pos_ == "PROPN" and token.text[:1].isupper():
        return "ORG" if token.text.isupper() and len(token.text) > 1 else "PERSON"
    if token.pos_ != "NOUN":
        return None
    lemma, lower = token.lemma_.lower(), token.lower_
    plural = token.tag_ in _PLURAL_TAGS
    label = party_nouns().get(lemma)
    lexicon = load_dictionary().lexicon
    if label is None:
        if lower in lexicon.titles or lemma in lexicon.titles:
            label = "PERSON"
        elif lower in lexicon.groups or lemma in lexicon.groups:
            sector = lexicon.groups.get(lower) or lexicon.groups.get(lemma)
            if plural and sector not in _INSTITUTION_SECTORS:
                return "NORP"
            label = "ORG"
    if label is None and missed_surname(token):
        return "PERSON"
    if label == "PERSON" and plural:
        return "NORP"
    return label


# Parts of speech that prose writes in lower case: one of them capitalised past a sentence's first word
# makes it a title-case headline ("Police Fire Tear Gas *At* Strikers"), where a capital says nothing
# of a name.
_LOWER_CASE_POS = {"ADP", "DET", "AUX", "VERB", "CCONJ", "PART"}


def missed_surname(token) -> bool:
    """Whether a capitalised word inside a sentence of prose, which the tagger took for a common noun
    and no party noun names, is a name the recogniser missed: surnames ending in -s read as plurals
    ("arrested *Tavares*", "questioned *Soares*")."""
    word = token.text
    if token.pos_ != "NOUN" or not (word.isalpha() and len(word) > 2 and word[0].isupper() and word[1:].islower()) \
            or token.is_sent_start or token.ent_type_ or _known_noun(word.lower()):
        return False
    doc = token.doc
    # A capitalised neighbour makes it part of a longer name ("Security *Forces*", "Marcos Tavares").
    if any(0 <= i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha for i in (token.i - 1, token.i + 1)):
        return False
    return not any(t.pos_ in _LOWER_CASE_POS and t.text[:1].isupper() for t in token.sent[1:])


def _known_noun(lower: str) -> bool:
    """Whether a word, or its singular, is a party noun, a title or a group noun ("Fighters", "Presidents")."""
    lexicon = load_dictionary().lexicon
    forms = {lower, lower[:-1], lower[:-2]} if lower.endswith("s") else {lower}
    return any(form in party_nouns() or form in lexicon.titles or form in lexicon.groups for form in forms)


# Sectors whose members act for their state: "*Russian* troops", "*Indonesian* officials" are the country's.
_STATE_SECTORS = {"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "ELI"}


def private_people(token) -> bool:
    """Whether a plural common noun names private people, whom a demonym before it only places
    ("*Indonesian* fishermen complained", "*French* farmers blocked"): the party is the phrase, a
    group of that country, not its government (unlike "Russian troops", "the Indonesian president")."""
    if token.pos_ != "NOUN" or token.tag_ not in _PLURAL_TAGS:
        return False
    lemma, lower = token.lemma_.lower(), token.lower_
    lexicon = load_dictionary().lexicon
    if lower in lexicon.titles or lemma in lexicon.titles:
        return False
    compounds = " ".join(c.lower_ for c in token.lefts if c.dep_ == "compound")
    # "Pakistani *aid groups*", "Kenyan rights groups": the list's two-word groups too
    sector = lexicon.groups.get(lower) or lexicon.groups.get(lemma) or (
        compounds and (lexicon.groups.get(f"{compounds} {lower}") or lexicon.groups.get(f"{compounds} {lemma}")))
    if sector:
        return sector not in _STATE_SECTORS
    return party_nouns().get(lemma) == "PERSON"


def is_named(token) -> bool:
    """Whether a named entity sits on the token or among its left modifiers ("Iraqi forces")."""
    if token is None:
        return False
    return token.ent_type_ in ACTOR_LABELS or any(t.ent_type_ in ACTOR_LABELS for t in token.lefts)


def is_party(token) -> bool:
    """Whether an argument token names someone who can act or be acted on: a named entity on its
    head or among its left modifiers ("Iraqi forces"), or a party noun."""
    if token is None:
        return False
    return is_named(token) or party_label(token) is not None


_DASHES = {"—", "–", "--"}  # and a hyphen between spaces, not in "Pro-government"


def party_span(token) -> tuple[int, int]:
    """Character bounds of a party phrase: the head and the words before it ("two Syrian
    journalists"), not what follows ("in Ankara")."""
    left = token.left_edge
    doc = token.doc
    for i in range(token.i - 1, left.i - 1, -1):
        if doc[i].text in _DASHES or doc[i].text == "-" and i > 0 and doc[i].whitespace_ and doc[i - 1].whitespace_:
            left = doc[i + 1]  # "MAPUTO, Mozambique — Police in …": the parse may hang the dateline on the party
            break
    while left.i < token.i and (left.dep_ in _SKIP_LEFT or left.is_punct):
        left = left.doc[left.i + 1]
    last = counted(token) or token  # "thousands of teachers", not "thousands"
    return left.idx, last.idx + len(last)


# Head nouns of weapons and products: a name that modifies one names a thing, not a party. (Not
# "fighter": "*Hamas* fighters" are people; a "fighter jet" is headed by "jet".)
THINGS = {"system", "missile", "rocket", "drone", "jet", "tank", "rifle", "gun", "plane", "aircraft", "helicopter",
          "bomb", "launcher", "battery", "vehicle", "truck", "car", "app", "phone", "vaccine", "product",
          "device", "platform", "software", "satellite", "warship", "submarine", "munition", "shell",
          "bus", "van", "boat", "ship", "vessel", "warplane", "cannon", "bulldozer", "tanker", "freighter",
          "ferry", "destroyer", "frigate"}


def is_force(token) -> bool:
    """Whether a word names a body of people that operates machines: a party noun ("police",
    "troops") or a group of the actor dictionary, also capitalised ("the *Army*")."""
    if token.pos_ == "NOUN" and party_label(token) is not None:
        return True
    lower = token.lower_
    return lower in party_nouns() or lower in load_dictionary().lexicon.groups


def operator(token):
    """The party a vehicle or weapon stands for, named as its modifier ("300 *police* buses blocked",
    "*army* helicopters fired"), or None: the machine does not act, its operator does."""
    if token is None:
        return None
    token = counted(token) or token  # "dozens of *police* vans"
    if token.lemma_.lower() not in THINGS:
        return None
    for child in token.children:
        if child.dep_ in {"compound", "amod", "nmod"} and child.i < token.i and is_force(child):
            return child
    return None


def party_entity(doc, analysis: Analysis, token) -> tuple[Optional[Entity], Optional[tuple[int, int]]]:
    """A new, unregistered entity for a common-noun party phrase (id left empty), and its span.

    Returns ``(None, None)`` when the token does not name a party. :func:`register` gives the
    entity an id and adds it to the analysis once its event is kept.
    """
    if token is None:
        return None, None
    label = party_label(token)
    if label is None:
        return None, None
    start, end = party_span(token)
    country, sector = code_actor_phrase(doc, analysis, start, end)
    # The mention leaves out a leading article so that its text is the entity's name ("the
    # president" is a mention of "president"), as for every other entity.
    mention_start = start
    for prefix in ("the ", "The ", "a ", "A ", "an ", "An "):
        if analysis.text.startswith(prefix, start) and end - start > len(prefix):
            mention_start = start + len(prefix)
            break
    name = " ".join(analysis.text[mention_start:end].split())
    entity = Entity(id="", name=name, type=label, country=country, sector=sector, mentions=[(mention_start, end)])
    return entity, (start, end)


def register(analysis: Analysis, entity: Entity) -> Entity:
    """Add an entity made by :func:`party_entity` to the analysis, once: a second mention of the
    same phrase ("police" … "police") joins the first entity."""
    if entity.id:
        return entity
    named = None
    if entity.type == "PERSON" and entity.name[:1].isupper() and not _is_title(entity.name):
        # a name the recogniser missed ("Prabowo said …") of a person named in full; only proper
        # names: "Senator" is no part of a party phrase "Democratic senator"
        named = person_by_part((e for e in analysis.entities if e.name.istitle()), entity.name)
    if named is not None:
        if entity.mentions[0] not in named.mentions:
            named.mentions = sorted(named.mentions + entity.mentions[:1])
        if entity.name != named.name and entity.name not in named.aliases:
            named.aliases.append(entity.name)
        return named
    key = entity.name.casefold()
    for known in analysis.entities:
        if known.type == entity.type and known.name.casefold() == key and not known.roles:
            for mention in entity.mentions:
                if mention not in known.mentions:
                    known.mentions.append(mention)
            known.mentions.sort()
            if entity.name != known.name and entity.name not in known.aliases:
                known.aliases.append(entity.name)  # "bank" joining "Bank": each mention's text is a form
            return known
    entity.id = _next_id(analysis)
    analysis.entities.append(entity)
    return entity


def _is_title(word: str) -> bool:
    titles = load_dictionary().lexicon.titles
    return word.lower() in titles


def _next_id(analysis: Analysis) -> str:
    taken = {e.id for e in analysis.entities}
    number = len(analysis.entities) + 1
    while f"E{number}" in taken:
        number += 1
    return f"E{number}"
