"""Actors: the people, organisations and countries an article names, one entity each.

Within an article, mentions come from three sources and are merged, longest and most specific first:

1. the actor dictionary (``actor_dictionary``): country names, demonyms ("Iranian" is a mention of Iran),
   seats of government ("Tehran said"), organisations and their aliases ("IEA", "Islamic Emirate",
   "Taliban"), well-known people. A dictionary match overrides the model's label ("Daesh" is an ORG,
   not a GPE).
2. titles (``titles.tsv``): a capitalised name after a title is a PERSON ("Minister of Intelligence
   Seyyed Ismail Khatib"), and the title is that person's role; a possessive or demonym before the
   title gives the person's affiliation or country ("IEA's deputy spokesman Bilal Karimi").
3. spaCy's named entities, for everything the first two do not cover.

Mentions are then grouped: dictionary mentions by dictionary id; a later bare surname joins the person
it shortens, whatever label the model gave it ("Khatib"); an acronym defined in parentheses joins the
name before it ("... (IEA)"). Each entity gets a canonical name (the dictionary's name for the
article's date, else the longest form), aliases, roles, country (ISO alpha-3), PLOVER sector and
affiliation. The Doc's entity labels are corrected to match, so later components (places) read the
same types.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, cast

from spacy.tokens import Span
from spacy.util import filter_spans

from ...model import Analysis, Entity, normalise_name
from ..credits import in_credit
from .acronyms import parenthesised_acronym, tag_long_forms
from .appositions import read_appositive_roles
from .described import described_as_organisation
from .dictionary import DEMONYM, ETHNIC, GOVERNMENT, PEOPLE, Actor, load_dictionary, matchers
from .joined_names import joined_start
from .org_extents import named_end, named_start
from .person_names import given_name_gender, in_person_name, is_name_token, joins_name_part
from .short_names import add_untagged_surnames
from .title_spans import opens_company_name, title_further_on, title_read_into_entity

# Labels that name actors or places; numbers, dates and quantities are not entities here.
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
# Labels whose span may hold a dictionary name without being that actor ("National Security Council of
# Kazakhstan" is not Kazakhstan).
_CONTAINER_LABELS = {"ORG", "FAC", "PERSON", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "GPE", "LOC"}
# A capital after one of these is a place, not the government acting ("held in Tehran").
_LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "into", "from", "through",
             "within", "throughout", "toward", "towards", "via", "visit", "visited", "visiting"}
# Titles of a city's own offices, which a capital before them names as a city ("Ottawa Mayor").
_LOCAL_TITLES = {"mayor", "deputy mayor", "councillor", "councilor", "councilman", "councilwoman", "coun.",
                 "police chief", "fire chief", "sheriff"}
# Words that may join a title on its left: "deputy spokesman", "Foreign Minister".
_ROLE_PREFIXES = {"deputy", "vice", "acting", "interim", "chief", "senior", "top", "former", "first",
                  "assistant", "associate", "executive", "provincial", "regional", "local", "presidential",
                  "prime", "caretaker", "outgoing", "incoming", "then", "ex", "ousted", "exiled", "army",
                  "police", "military", "rebel", "opposition", "government", "party", "parliament",
                  "parliamentary", "press", "cabinet", "state", "general", "special"}
_NAME_PARTICLES = {"al", "bin", "ibn", "van", "von", "de", "der", "den", "da", "du", "la", "le", "el", "abu", "ul", "bint"}
# Capitalised words that do not continue a name after a title (headlines: "President Of ...").
_NOT_NAMES = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by", "with", "from", "says", "said"}
_POSSESSIVE_TOKENS = {"'s", "’s", "'", "’"}
_NAME_STOP_ENTS = {"DATE", "TIME", "GPE", "ORG", "NORP", "LOC", "CARDINAL", "ORDINAL"}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")


def trim_mention(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a mention span past a leading "the" and a trailing possessive."""
    surface = text[start:end]
    lead = _LEADING_THE.match(surface)
    if lead:
        start += lead.end()
    poss = _POSSESSIVE.search(text[start:end])
    if poss and end - start > len(poss.group()):
        end -= len(poss.group())
    return start, end


@dataclass(eq=False)
class _Mention:
    start: int  # token offsets into the Doc
    end: int
    label: str
    actor: Optional[Actor] = None
    form: str = ""
    role: Optional[str] = None  # the title before a person's name, as written
    role_sector: Optional[str] = None
    role_start: int = -1  # first token of the title
    nested: list["_Mention"] = field(default_factory=list)  # dictionary names inside a model entity
    # Countries, demonyms and organisations that modify a role told in apposition (.appositions).
    role_mentions: list["_Mention"] = field(default_factory=list)
    group: Optional["_Group"] = None
    as_place: bool = False  # a capital named as its city, not its country's government


@dataclass(eq=False)
class _Group:
    key: str
    label: str
    actor: Optional[Actor] = None
    names: list[str] = field(default_factory=list)
    mentions: list[_Mention] = field(default_factory=list)
    entity: Optional[Entity] = None
    place_of: Optional[str] = None  # for a capital named as a place: its country


def _dictionary_mentions(doc, dictionary, actor_matcher) -> list[_Mention]:
    mentions = []
    for span in filter_spans(actor_matcher(doc, as_spans=True)):
        actor, form = dictionary.lookup(span.label_)
        end = span.end
        # "the Daesh group", "the Houthi movement": the noun belongs to the organisation's name.
        if actor.type == "ORG" and end < len(doc) and doc[end].lower_ in ("group", "movement", "organisation", "organization"):
            end += 1
        label = "NORP" if form in (DEMONYM, PEOPLE, ETHNIC) else actor.type
        if label == "GPE" and in_person_name(doc, span.start, end):
            continue  # "Chad Collins", "Health Minister Mark Holland", "Israel Katz": a name, no country
        mentions.append(_Mention(span.start, end, label, actor, form))
    return mentions



def _title_persons(doc, lexicon, title_spans, owner) -> list[_Mention]:
    """PERSON mentions for capitalised names after a title, each with its role."""
    persons = []
    n = len(doc)
    taken_until = 0
    title_starts = {span.start for span in title_spans}
    carried: Optional[int] = None  # where a title stacked before this one began
    for span in title_spans:
        if span.start < taken_until or any(owner[t] is not None for t in range(span.start, span.end)) \
                or opens_company_name(doc, span):
            continue  # inside a dictionary name ("General Assembly"), a name already found, "General Motors"
        phrase = span.label_
        honorific = phrase in lexicon.honorifics and phrase not in lexicon.titles
        role_start, role_end = span.start, span.end
        while (role_start > 0 and span.start - role_start < 3 and owner[role_start - 1] is None
               and (doc[role_start - 1].lower_ in _ROLE_PREFIXES or doc[role_start - 1].lower_ in lexicon.portfolios)
               and doc[role_start - 1].lower_ != "and"):
            role_start -= 1
        if span.end in title_starts or title_further_on(doc, span, title_starts, lexicon.title_words):
            carried = role_start  # "Army spokesman Major General X", "Chief Public Health Officer X": not "Major"
            continue
        role_start, carried = min(role_start, carried if carried is not None else role_start), None
        name_start = role_end
        if name_start < n and doc[name_start].lower_ in ("of", "for") and not honorific:
            k = name_start + 1
            if k < n and doc[k].lower_ == "the":
                k += 1
            p = k
            while p < n and doc[p].lower_ in lexicon.portfolios and owner[p] is None:
                p += 1
            while p > k and doc[p - 1].lower_ == "and":
                p -= 1
            if p > k:
                role_end = name_start = p
        name_end = name_start
        known = None  # a dictionary person named after the title ("President Putin")
        while name_end < n and name_end - name_start < 5:
            token = doc[name_end]
            if name_end > name_start and token.is_sent_start:
                break
            inside = owner[name_end]
            if inside is not None:
                if inside.actor.type != "PERSON" or inside.start < name_start:
                    break
                known, name_end = inside, inside.end
                continue
            if (token.ent_type_ in _NAME_STOP_ENTS and not title_read_into_entity(doc, span.start, name_end)) \
                    or token.lower_ in _NOT_NAMES or token.lower_ in lexicon.titles:
                break
            if is_name_token(token):
                name_end += 1
            elif name_end > name_start and joins_name_part(doc, name_end):
                name_end += 2  # "Lee Jae-myung": a hyphenated given name's second part is lower case
            elif (token.lower_ in _NAME_PARTICLES or token.text == "-") and name_end > name_start \
                    and name_end + 1 < n and is_name_token(doc[name_end + 1]):
                name_end += 1
            else:
                break
        if name_end == name_start:
            continue
        role = None if honorific else doc[role_start:role_end].text
        sector = None if honorific else lexicon.titles.get(phrase)
        for t in range(role_start, span.start):
            sector = lexicon.modifiers.get(doc[t].lower_) if doc[t].lower_ in ("former", "ex", "ousted", "exiled") else sector
        person = _Mention(name_start, name_end, "PERSON", role=role, role_sector=sector, role_start=role_start)
        if known is not None and (known.start, known.end) == (name_start, name_end):
            person.actor, person.form = known.actor, known.form
        persons.append(person)
        taken_until = name_end
    return persons


def _model_mentions(doc, text: str, owner, person_owner) -> list[_Mention]:
    """spaCy's entities that no dictionary name or titled person already covers."""
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        last = doc[named_end(doc, ent) - 1]
        first = min(joined_start(doc, ent), named_start(doc, ent))
        start, end = trim_mention(text, doc[first].idx, last.idx + len(last.text))
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or not len(span):
            continue
        tokens = range(span.start, span.end)
        if any(person_owner[t] for t in range(ent.start, ent.end)):
            continue
        covered = {owner[t] for t in tokens}
        if None not in covered:
            continue  # the dictionary has it, with the right type
        inside = [m for m in covered if m is not None]
        if inside:
            contained = all(m.start >= span.start and m.end <= span.end for m in inside)
            if not contained or ent.label_ not in _CONTAINER_LABELS:
                continue  # partial overlap: trust the dictionary
        label = "ORG" if ent.label_ == "PERSON" and described_as_organisation(doc, span.start, span.end) \
            and given_name_gender(span.text) is None else ent.label_  # "crane operator Sylvie Tremblay" is a person
        mention = _Mention(span.start, span.end, label)
        mention.nested = sorted(inside, key=lambda m: m.start)
        mentions.append(mention)
    return mentions


def _is_short_form(short: list[str], full: list[str]) -> bool:
    n = len(short)
    return 0 < n < len(full) and (full[-n:] == short or full[:n] == short)


def _group_mentions(doc, text: str, mentions: list[_Mention]) -> list[_Group]:
    """Group mentions into entities, in order of first mention."""
    groups: dict[str, _Group] = {}
    order: list[_Group] = []

    def join(mention: _Mention, key: str, label: str, actor: Optional[Actor] = None) -> None:
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(key, label, actor)
            order.append(group)
        surface = doc[mention.start:mention.end].text
        if surface not in group.names:
            group.names.append(surface)
        group.mentions.append(mention)
        mention.group = group

    deferred = []
    # Full names first, longest first, so that "Ismail Khatib" joins "Seyyed Ismail Khatib".
    full_persons = sorted((m for m in mentions if m.actor is None and m.label == "PERSON" and m.end - m.start > 1),
                          key=lambda m: (m.start - m.end, m.start))
    for mention in full_persons:
        words = normalise_name(doc[mention.start:mention.end].text).split()
        target = next((g for g in order if any(_is_short_form(words, normalise_name(n).split()) for n in g.names)), None)
        join(mention, target.key if target else f"PERSON:{' '.join(words)}", "PERSON")
    for mention in mentions:
        surface = doc[mention.start:mention.end].text
        actor = mention.actor
        if mention.group is not None:
            continue
        if actor is not None:
            if mention.form == GOVERNMENT and (mention.as_place or mention.start > 0
                                               and doc[mention.start - 1].lower_ in _LOCATIVE):
                join(mention, f"GPE:{normalise_name(surface)}", "GPE")  # the city as a place
                cast(_Group, mention.group).place_of = actor.country_code  # join() has just set it
            else:
                join(mention, actor.id, actor.type, actor)
        elif mention.label == "ORG" and len(surface.split()) > 2:
            join(mention, f"ORG:{normalise_name(surface)}", "ORG")
        else:
            deferred.append(mention)

    acronyms: dict[str, _Group] = {}
    for mention in mentions:
        if mention.group is not None and mention.group.label in ("ORG", "GPE"):
            acronym = parenthesised_acronym(doc, mention.end)
            if acronym:
                acronyms.setdefault(acronym, mention.group)

    persons = [g for g in order if g.label == "PERSON"]
    orgs = [g for g in order if g.label == "ORG" and g.actor is None]
    for mention in deferred:
        surface = doc[mention.start:mention.end].text
        words = normalise_name(surface).split()
        target = acronyms.get(surface)
        if target is None and mention.label in ("PERSON", "ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "LOC", "FAC"):
            # A bare surname of a person named in full is that person, whatever the model called it
            # ("Mukwena, 47, who leads …" as a PRODUCT; fresh11).
            target = next((g for g in persons if any(_is_short_form(words, normalise_name(n).split()) for n in g.names)), None)
        if target is None and mention.label == "ORG" and len(words) > 1:
            target = next((g for g in orgs if any(_is_short_form(words, normalise_name(n).split()) for n in g.names)), None)
        if target is not None:
            join(mention, target.key, target.label, target.actor)
        else:
            join(mention, f"{mention.label}:{normalise_name(surface)}", mention.label)
    _find_acronym_repeats(doc, text, acronyms, mentions, join)
    return sorted(order, key=lambda g: min(m.start for m in g.mentions))


def _find_acronym_repeats(doc, text, acronyms, mentions, join) -> None:
    """Later uses of an acronym defined in the article that the model did not tag."""
    if not acronyms:
        return
    seen = {(m.start, m.end) for m in mentions}
    covered = {t for m in mentions for t in range(m.start, m.end)}
    for acronym, group in acronyms.items():
        at = text.find(acronym)
        while at >= 0:
            span = doc.char_span(at, at + len(acronym))
            if span is not None and (span.start, span.end) not in seen and span.start not in covered:
                mention = _Mention(span.start, span.end, group.label, group.actor)
                mentions.append(mention)
                join(mention, group.key, group.label, group.actor)
            at = text.find(acronym, at + len(acronym))


def _mention_before(doc, token_index: int, by_end: dict[int, _Mention]) -> tuple[Optional[_Mention], bool]:
    """The mention that ends just before a token, skipping a possessive; and whether there was one."""
    i = token_index - 1
    possessive = i >= 0 and doc[i].text in _POSSESSIVE_TOKENS
    if possessive:
        i -= 1
    return by_end.get(i), possessive


def _org_name_sector(doc, mention: _Mention, lexicon) -> Optional[str]:
    """The sector a model-found organisation's name implies ("National Security Council" -> GOV)."""
    sector = None
    for token in doc[mention.start:mention.end]:
        if token.lower_ in ("of", "for", "in", "on"):
            break
        sector = lexicon.groups.get(token.lower_, sector)
    return sector


def _describe(doc, group: _Group, lexicon, date: Optional[str], by_end: dict[int, _Mention]) -> dict:
    """Canonical name, country, sector, roles and affiliation of one group."""
    actor = group.actor
    roles: list[str] = []
    country = sector = None
    affiliation: Optional[_Group] = None
    if actor is not None:
        period = actor.at(date)
        name, country, sector = period.name, period.country, period.sector
        if actor.type == "GPE" and sector is None:
            # A country acts as its government when its capital speaks for it or it is a subject.
            if any(m.form == GOVERNMENT or (m.form not in (DEMONYM, PEOPLE) and doc[m.start:m.end].root.dep_ == "nsubj")
                   for m in group.mentions):
                sector = "GOV"
    else:
        name = max(group.names, key=lambda s: (len(s.split()), len(s)))
        country = group.place_of
    for mention in group.mentions:
        if mention.role and mention.role not in roles:
            roles.append(mention.role)
        if mention.role_sector:
            sector = mention.role_sector if (actor is None or mention.role_sector == "ELI") else sector
        if mention.role_start >= 0:
            before, _ = _mention_before(doc, mention.role_start, by_end)
            if before is not None and before.group is not None and before.group is not group:
                if before.group.label == "ORG":
                    affiliation = affiliation or before.group
                elif before.actor is not None and before.actor.type in ("GPE", "NORP") and not before.as_place:
                    country = country or before.actor.country_code
        for related in mention.role_mentions:
            if related.group is not None and related.group.label == "ORG" and related.group is not group:
                affiliation = affiliation or related.group
            elif related.actor is not None and related.actor.type in ("GPE", "NORP"):
                country = country or related.actor.country_code
        for nested in mention.nested:
            if nested.actor is not None and nested.actor.type in ("GPE", "NORP"):
                country = country or nested.actor.country_code
    if actor is None and group.label == "ORG":
        sector = sector or next((s for m in group.mentions if (s := _org_name_sector(doc, m, lexicon))), None)
        # "*Ethiopia's* Foreign Ministry": the country whose institution it is (the phrase names none).
        owners = (_mention_before(doc, m.start, by_end) for m in group.mentions)
        country = country or next((before.actor.country_code for before, possessive in owners if possessive and before
                                   and before.actor is not None and before.actor.type == "GPE"), None)
    return {"name": name, "roles": roles, "country": country, "sector": sector, "affiliation": affiliation}


def find_actors(doc, analysis: Analysis) -> Analysis:
    """Find the article's actors and add them to ``analysis.entities``.

    Args:
        doc: the spaCy Doc of ``analysis.article.text``; its entity labels are corrected in place.
        analysis: the record so far; ``article.published`` picks the dated dictionary names
            (the Taliban are the "Islamic Emirate of Afghanistan", GOV, from 2021-08-15).

    Returns:
        The same analysis with one Entity per actor, mentions in text order.

    Example:
        >>> analysis = analyze_text("Iranian Minister of Intelligence Seyyed Ismail Khatib says ...")
        >>> [(e.name, e.type, e.country, e.sector) for e in analysis.entities][:2]
        [('Iran', 'GPE', 'IRN', None), ('Seyyed Ismail Khatib', 'PERSON', 'IRN', 'GOV')]
    """
    text = analysis.text
    tag_long_forms(doc)  # "the Fédération … du Québec (FIQ)": one organisation, not the model's pieces
    dictionary = load_dictionary()
    lexicon = dictionary.lexicon
    actor_matcher, title_matcher = matchers(doc.vocab)
    n = len(doc)

    found = _dictionary_mentions(doc, dictionary, actor_matcher)
    owner: list[Optional[_Mention]] = [None] * n
    for mention in found:
        for t in range(mention.start, mention.end):
            owner[t] = mention
    title_spans = filter_spans(title_matcher(doc, as_spans=True))
    persons = _title_persons(doc, lexicon, title_spans, owner)
    # "London head coach Dale Hunter", "Ottawa Mayor Mark Sutcliffe": a capital before a role of no
    # sector or a local one is the city, not its country's government ("Washington's envoy")
    local_roles = {s.start for s in title_spans if not lexicon.titles.get(s.label_) or s.label_ in _LOCAL_TITLES}
    for mention in found:
        mention.as_place = mention.form == GOVERNMENT and mention.end in local_roles
    person_owner = [False] * n
    for mention in persons:
        for t in range(mention.role_start, mention.end):
            person_owner[t] = True
    model = _model_mentions(doc, text, owner, person_owner)
    nested_ids = {id(x) for m in model for x in m.nested}
    nested_ids.update(id(m) for m in found if person_owner[m.start])
    mentions = sorted([m for m in found if id(m) not in nested_ids] + persons + model, key=lambda m: m.start)
    # "ROTTERDAM, Netherlands (Reuters) -": the town and agency that filed the story are no actors in it.
    mentions = [m for m in mentions if not in_credit(text, doc[m.start].idx)]
    read_appositive_roles(doc, mentions, title_spans, lexicon)

    groups = _group_mentions(doc, text, mentions)
    mentions.sort(key=lambda m: m.start)
    by_end = {m.end - 1: m for m in mentions}
    date = analysis.article.published
    base = len(analysis.entities)
    described = []
    for number, group in enumerate(groups, start=base + 1):
        facts = _describe(doc, group, lexicon, date, by_end)
        seen = [s for s in group.names if s != facts["name"]]
        if group.label == "PERSON" and group.actor is None and len(facts["name"].split()) > 1:
            surname = facts["name"].split()[-1]  # "what did Karimi say" finds "Bilal Karimi"
            if surname not in seen:
                seen.append(surname)
        extra = [a for a in (group.actor.aliases if group.actor else []) if a != facts["name"] and a not in seen]
        group.entity = Entity(
            id=f"E{number}", name=facts["name"], type=group.label, aliases=seen + extra, roles=facts["roles"],
            country=facts["country"], sector=facts["sector"],
            mentions=sorted((doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])) for m in group.mentions))
        described.append((group, facts))
    for group, facts in described:
        assert group.entity is not None  # set for every group in the loop above
        related = facts["affiliation"]
        if related is None and group.actor is not None:
            org_id = group.actor.at(date).affiliation
            related = next((g for g, _ in described if g.actor is not None and g.actor.id == org_id), None)
        if related is not None and related is not group:
            group.entity.affiliation = related.entity.id
            if group.entity.country is None:
                group.entity.country = related.entity.country
            if group.entity.sector is None and related.entity.sector not in (None, "IGO"):
                group.entity.sector = related.entity.sector
        analysis.entities.append(group.entity)
    _correct_doc_ents(doc, mentions)
    add_untagged_surnames(doc, analysis.entities[base:])
    return analysis


def _correct_doc_ents(doc, mentions: list[_Mention]) -> None:
    """Give the Doc the entity spans and labels found here, keeping its other entities (dates, numbers)."""
    spans = []
    covered = [False] * len(doc)
    for mention in mentions:
        label = mention.label if mention.form in (DEMONYM, PEOPLE, ETHNIC) else cast(_Group, mention.group).label
        spans.append(Span(doc, mention.start, mention.end, label=label))
        for t in range(mention.start, mention.end):
            covered[t] = True
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS and not any(covered[t] for t in range(ent.start, ent.end)):
            spans.append(ent)
    doc.ents = filter_spans(spans)
