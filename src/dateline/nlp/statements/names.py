"""Names of sources as the parse writes them: where a name starts and ends, which words before it
are titles, and what describes it as an organisation ("shipping line Maersk", "Canada's Food
Inspection Agency"). ``speakers.SpeakerResolver`` reads sources with these."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...model import Entity
from ..actors.described import organisation_nouns
from ..actors.dictionary import DEMONYM, load_dictionary
from .agreement import noun_gender
from .source_nouns import BUSINESS_NOUNS

# Entity labels that say where a source is from ("Iranian", "Kabul") rather than who it is.
ORIGIN_LABELS = {"NORP", "GPE"}
_NAME_DEPS = {"compound", "flat", "nmod"}


def possessor(token):
    """The token itself when it (or its head chain) is a possessive modifier, else None."""
    if token.dep_ == "poss" or (token.dep_ == "case" and token.head.dep_ == "poss"):
        return token if token.dep_ == "poss" else token.head
    if token.head.dep_ == "poss" and token.dep_ in {"compound", "amod", "det"}:
        return token.head
    return None


def source_name(head):
    """The proper-noun token naming the source: the head itself or a name in apposition."""
    # a name the tagger misread ("Luc Brind'Amour" with the surname as a number) is still a name
    # where the recogniser found a person in it
    appositive = [c for c in head.children if c.dep_ == "appos"
                  and (c.pos_ == "PROPN" or (c.ent_type_ == "PERSON" and c.text[:1].isupper()))
                  and (c.ent_type_ == "PERSON" or is_title(head))] or _name_after_coordinated_title(head)
    if head.pos_ != "PROPN" and head.ent_type_ in {"ORG", "PERSON"} and head.text[:1].isupper() and not appositive:
        return head  # "The CFIA" tagged as a common noun
    if head.pos_ == "PROPN" and not (appositive and head.ent_type_ != "PERSON") and not head.text[:1].islower():
        # "Sweden's Minister of Agriculture, Ann-Christin Nykvist": the name, not "Minister"; a
        # word in lower case the tagger made a proper noun ("the finance *ministry*") names nothing
        return head
    if appositive:
        return appositive[0]
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    hung = _name_hung_on_place(head)
    if hung is not None:
        return hung
    kind_named = _name_before_kind(head) or given_name(head)
    if kind_named is not None:
        return kind_named
    # "spokesman Bilal Karimi" is sometimes parsed with the name as a compound of the role
    names = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
    return names[-1] if names else None


def _name_after_coordinated_title(head) -> list:
    """The name set after a title whose "and" the parser took for the title's own: in "U.N. Chief of
    Peace Operations and Mine Action, Ana Lopes, says", "Mine Action" is made a conjunct of "Chief"
    and the name an apposition of "Mine Action", so the title looked like a bare one with no holder.
    A capitalised conjunct ("and Emergency Relief", "and Chief Engineer") is still the title's
    wording, never a second source ("and his deputy" has a determiner, and is lower case); the name
    must close the source phrase and be a person's."""
    if not is_title(head):
        return []
    last = head.right_edge.i - head.doc[head.right_edge.i].is_punct
    return [name for part in head.rights
            if part.dep_ == "conj" and part.pos_ == "PROPN" and part.text[:1].isupper()
            and not any(c.dep_ in {"det", "poss"} for c in part.children)
            for name in part.rights
            if name.dep_ == "appos" and name.i == last and name.pos_ == "PROPN" and name.ent_type_ == "PERSON"]


def named_in_phrase(head):
    """The name an indefinite source phrase gives after all, or None: "one nurse, who gave her name,
    Joanne," or "A friend from Halifax, Mary Jones," (the parser hangs the name on the place)."""
    return given_name(head) or _name_hung_on_place(head)


# Verbs by which an unnamed person's name is given in a relative clause: "who gave only his first
# name, Curtis", "who identified herself only as Maria", "who is known as Gogo".
_NAMING_VERBS = {"give", "identify", "know", "go", "call"}


def given_name(head):
    """The name a person goes by, given in the source phrase's relative clause: "Her neighbour, who
    gave only his first name, Curtis, said", "a shopper who identified herself only as Maria". The
    name stands in apposition to the noun "name" or after "as"; a name the clause speaks of in
    another role ("who met Curtis") is not the speaker's."""
    if head.pos_ != "NOUN":
        return None
    for clause in (c for c in head.rights if c.dep_ == "relcl" and _naming_clause(c)):
        for token in clause.subtree:
            if is_given_name(token):
                return token
    return None


def _naming_clause(verb) -> bool:
    """A relative clause about a person that gives a name: "who" is its subject, active or passive ("who
    gave his name", "who is known as Gogo"; people are "who", a band or a company "which": "the group,
    known as the Coalition, said" names an organisation)."""
    return verb.lemma_.lower() in _NAMING_VERBS \
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who" for c in verb.children)


def is_given_name(token) -> bool:
    """Whether a proper noun is the name a person is given by in a "who" clause: in apposition to the
    noun "name" ("who gave his first name, Curtis") or after "as" or "by" ("who identified herself
    only as Maria")."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    if token.dep_ == "appos" and token.head.lemma_.lower() == "name":
        return _naming_clause(token.head.head)
    # "by" of a passive is its agent ("who was identified by Constable Amy Lee"), not the name
    return token.dep_ == "pobj" and token.head.lower_ in {"as", "by"} and token.head.dep_ != "agent" \
        and _naming_clause(token.head.head)


def _name_before_kind(head):
    """The name before a noun of an organisation's kind: "the Parks Canada agency", "the Halifax Water
    utility", "the Alberta Wildfire agency" (which the recogniser may take for a person). A place or
    people alone says whose the organisation is ("the Alberta agency", "the Canadian regulator"),
    and one word needs the recogniser's ORG ("the Reuters agency") to count as a name. A country or
    body of the actor dictionary before the noun is the one the organisation belongs to ("the United
    Nations agency" is one of its agencies, unnamed)."""
    if not is_organisation_noun(head) or head.i == 0:
        return None
    last = head.doc[head.i - 1]
    if last.dep_ != "compound" or last.head.i != head.i or last.pos_ != "PROPN" or not last.text[:1].isupper():
        return None
    words = [t for t in head.doc[last.left_edge.i:head.i] if t.pos_ == "PROPN"]
    if all(t.ent_type_ in ORIGIN_LABELS for t in words) or (len(words) < 2 and last.ent_type_ != "ORG"):
        return None
    if load_dictionary().lookup(head.doc[words[0].i:last.i + 1].text) is not None:
        return None  # "the United Nations agency": an actor of the dictionary is the body it belongs to
    return last


# Prepositions that tie a role to where it is held ("her editor at Maple Leaf House", "a lawyer for the
# family"); "of" is the title's own ("the mayor of Kharkiv").
_ROLE_PREPOSITIONS = {"at", "for", "with", "from", "in"}


def _name_hung_on_place(head):
    """The name in apposition to a role that the parser hangs on the place or organisation after it:
    "The mayor of Kharkiv, Ihor Terekhov, said", "Her editor at Maple Leaf House, Judith Brennan,
    said". The name must close the source phrase; after a title ("mayor of") any proper noun
    will do, after another role ("her lawyer at …") only a name the recogniser took for a person's,
    so that "the director of Jones, Lang and Co" stays a company."""
    last = head.right_edge.i - head.doc[head.right_edge.i].is_punct
    title = is_title(head)
    for prep in (c for c in head.rights if c.dep_ == "prep"
                 and (c.lower_ == "of" and title or c.lower_ in _ROLE_PREPOSITIONS and head.pos_ == "NOUN")):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            names = [c for c in place.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == last
                     and (title or c.ent_type_ == "PERSON") and place.ent_type_ != "PERSON"]
            if names:
                return names[0]
    return None


# Nouns for a body of people that end the name of one ("the General Staff", "the General Assembly",
# "the National Guard", "the Joint Chiefs"): a title word before them is part of the name, and the
# name is an organisation's (issue 11: "The General Staff" had been stored as a person, "Staff").
# Written for dateline from the example and the bodies news quotes, not tuned.
# "police" closes the name of a force ("Ontario Provincial Police", "Royal Canadian Mounted Police"), spk13.
BODY_HEADS = frozenset({"staff", "command", "assembly", "chiefs", "guard", "corps", "council", "court",
                        "committee", "commission", "senate", "cabinet", "ministry", "office", "secretariat",
                        "directorate", "service", "services", "authority", "board", "police"})


def names_a_body(name_head) -> bool:
    """True for the head of a name that is a body's ("the General Staff"), not a person's: the
    recogniser found no person there ("Margaret Court"), or took the title before it for a
    person's ("General")."""
    before = name_head.doc[name_head.i - 1] if name_head.i > 0 else None
    return name_head.lower_ in BODY_HEADS and (name_head.ent_type_ != "PERSON" or (
        before is not None and before.pos_ == "PROPN" and is_title(before)))


def name_span(name_head) -> tuple[int, int]:
    """The characters of a proper name: the head and the proper nouns compounded to its left."""
    start_i = name_head.i
    doc = name_head.doc
    while start_i > 0:
        prev = doc[start_i - 1]
        if prev.pos_ == "PROPN" and prev.dep_ in _NAME_DEPS and prev.ent_type_ not in ORIGIN_LABELS \
                and not (_ends_title(prev, name_head) and name_head.ent_type_ not in {"ORG", "FAC"}
                         and not names_a_body(name_head)) \
                and not _hyphened_role(prev):
            start_i -= 1
        else:
            break
    holder = [c for c in name_head.lefts if c.dep_ == "poss" and is_title(c) and c.i == start_i - 2]
    if holder and names_a_body(name_head):  # "The Prime Minister's Office": the office-holder names it
        start_i = holder[0].left_edge.i + (holder[0].left_edge.dep_ == "det")
    return doc[start_i].idx, name_head.idx + len(name_head.text)


def _hyphened_role(token) -> bool:
    """Whether a word the tagger made a proper noun is the lower-case end of a hyphened role before
    the name ("Singer-songwriter Maya Rousseau", "co-founder"); "von" or "bin" inside a name is no
    hyphen's end."""
    return token.text[:1].islower() and token.i > 0 and token.nbor(-1).text in {"-", "–"}


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Words that stand before a name as a title: the actor dictionary's one-word titles and
    honorifics ("minister", "gen.", "mr."), the first words of its longer titles ("prime", "deputy",
    "vice"), its modifiers ("former") and its title words ("acting"), so the two components share one
    list (``actors/titles.tsv``)."""
    lexicon = load_dictionary().lexicon
    phrases = [*lexicon.titles, *lexicon.honorifics, *lexicon.modifiers, *lexicon.title_words]
    return frozenset(phrase.split()[0] for phrase in phrases)


def is_title(token) -> bool:
    return token.lower_ in title_words()


@lru_cache(maxsize=1)
def _whole_titles() -> frozenset[str]:
    """The one-word titles, honorifics, modifiers and title words, without the first words of longer ones."""
    lexicon = load_dictionary().lexicon
    return frozenset(p for p in [*lexicon.titles, *lexicon.honorifics, *lexicon.modifiers, *lexicon.title_words]
                     if " " not in p)


def _ends_title(token, name_head) -> bool:
    """Whether a word before a name ends the name as a title: a title by itself ("Minister", "Gen."), or
    the first word of a longer one before a person's name ("Public Advocate Trish James"); before no
    person's, it is part of the name ("*Public* Health Ontario", though "public prosecutor" is a title)."""
    return token.lower_ in _whole_titles() or (is_title(token) and name_head.ent_type_ == "PERSON")


def spelled_in_text(name: str, text: str) -> Optional[str]:
    """The article's spelling of a dictionary name that differs only in word endings
    ("World Health Organisation" for "World Health Organization"), if the text has one."""
    words = name.split()
    if len(words) < 2:
        return None
    # each word's stem: its first half, at least four letters ("Organi" for "Organization")
    pattern = r"\s+".join(re.escape(w[:max(4, len(w) // 2)]) + r"\w*" for w in words)
    found = re.search(r"\b" + pattern + r"\b", text)
    return found.group() if found else None


def is_bare_title(name_head) -> bool:
    """True when a capitalised source is a title with no name: its head is a title word and the
    recogniser did not take it for a person ("Health Secretary", "the Commissioner")."""
    return is_title(name_head) and name_head.ent_type_ != "PERSON" \
        and not any(c.dep_ in {"appos", "flat"} for c in name_head.children)


def name_words(name: str) -> list[str]:
    return re.sub(r"[^\w\s]", " ", name).casefold().split()


def titled(name_head) -> bool:
    """True when a person's title stands in apposition to the name or right before it
    ("Minister of Agriculture, Ann-Christin Nykvist", "Spokesman Bilal Karimi")."""
    holder = name_head.head
    if name_head.dep_ == "appos" and holder.dep_ == "pobj" and holder.head.lower_ == "of":
        holder = holder.head.head  # "The mayor of Kharkiv, Ihor Terekhov": the name is the mayor's
    if name_head.dep_ == "appos" and is_title(holder) and holder.lower_ not in organisation_nouns():
        return True
    doc = name_head.doc
    left = name_head.left_edge.i
    return left > 0 and is_title(doc[left - 1]) and doc[left - 1].head.i == name_head.i \
        and doc[left - 1].lower_ not in organisation_nouns()


def country_owner(name_head, start: int):
    """The first word of the country that owns an organisation's name right before it ("Canada's"
    in "Canada's Food Inspection Agency"; "South", not "Korea", in "South Korea's Joint Chiefs of
    Staff"), or None."""
    for child in name_head.children:
        if child.dep_ == "poss" and child.ent_type_ == "GPE" and child.pos_ == "PROPN" and child.i + 2 < len(child.doc):
            after = child.doc[child.i + 1]
            if after.dep_ == "case" and after.idx + len(after.text) <= start \
                    and child.doc.text[after.idx + len(after.text):start].strip() == "":
                first = child.i
                while first > 0 and child.doc[first].ent_iob_ == "I":
                    first -= 1
                return child.doc[first]
    return None


def descriptor_word(word: str) -> bool:
    """True for a describing noun that is never the first word of a company's own name ("Carmaker",
    "Retailer"); "Union" or "Bank" may be ("Union Pacific", "Bank of America")."""
    lower = word.lower()
    return lower.endswith("maker") or (lower in organisation_nouns() and lower.endswith(("er", "or")))


def is_organisation_noun(token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in organisation_nouns() or lemma.endswith("maker"))


def described_as_organisation(name_head, start: int) -> bool:
    """True when a common noun right before the name, or in apposition to it, calls it an
    organisation: "shipping line Maersk", "the retailer Ahold", "Maersk, the shipping line,"."""
    doc = name_head.doc
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is not None and first[0].i > 0:
        before = doc[first[0].i - 1]
        if is_organisation_noun(before) and before.head.i == name_head.i and before.dep_ in {"compound", "nmod", "appos"}:
            return True
    if any(c.dep_ == "appos" and is_organisation_noun(c) for c in name_head.children):
        return True
    if name_head.dep_ == "compound" and is_organisation_noun(name_head.head):
        return True  # "the Parks Canada agency"
    return name_head.dep_ == "appos" and is_organisation_noun(name_head.head)


# Endings of nouns for a person's occupation ("hydrologist", "analyst", "physician"): a name right
# after one in lower case is a person's, whatever the recogniser tagged (issue 11's fresh articles:
# "hydrologist Maja Petek" as an ORG). No organisation noun of organisation_nouns.tsv ends so.
_OCCUPATION_ENDINGS = ("ist", "yst", "ian")


def occupation_before(start: int, doc) -> bool:
    """True when a lower-case occupation noun stands right before the name starting at ``start``."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or first[0].i == 0:
        return False
    before = doc[first[0].i - 1]
    return before.text.islower() and before.lower_.endswith(_OCCUPATION_ENDINGS) \
        and before.lower_ not in organisation_nouns() and len(before.text) > 4


def mistyped_person(label: str, name_head, start: int, organisation: bool) -> bool:
    """Whether the recogniser's organisation or place is the person a source phrase names: a titled
    person ("Minister of Agriculture, Ann-Christin Nykvist"), a name after an occupation, or the name
    a noun for a person stands beside ("Ghannouchi's daughter, *Yusra*", read as a town)."""
    if label in {"ORG", "GPE", "LOC", "NORP"} and is_given_name(name_head):
        return True  # "who gave only his first name, Curtis": the name a person goes by
    if label == "ORG":
        return not organisation and (titled(name_head) or occupation_before(start, name_head.doc))
    return label in {"GPE", "LOC", "NORP"} and name_head.dep_ == "appos" and noun_gender(name_head.head.lower_) is not None


def is_demonym(token) -> bool:
    """True for a country's adjective ("Emirati", "Cambodian"), whatever the recogniser tagged it
    (it took "Emirati" for an organisation)."""
    found = load_dictionary().lookup(token.text)
    return found is not None and found[1] == DEMONYM


# Bodies a country has one of, so that "the U.S. embassy" names one as "Canada's army" does, where "the
# Alberta agency" does not say which (English usage; issue 11, fresh11: "The United States embassy").
ONE_PER_COUNTRY = frozenset({"embassy", "consulate", "army", "military", "navy", "government", "parliament",
                             "presidency", "cabinet", "junta"})


def owned_organisation(head):
    """The country that owns an unnamed organisation, "Ukraine's" in "Ukraine's energy ministry said"
    or "Emirati" in "the Emirati foreign ministry said" (the first word after the determiner), or None.
    Only describing words may stand between: "Slovenia's environment agency", not "Ukraine's largest
    bank" (a superlative picks one out; it does not name it)."""
    # a lower-case singular noun ("police" is plural in form); the tagger may call it a proper one
    # ("Germany's foreign ministry")
    if head.pos_ not in {"NOUN", "PROPN"} or (head.tag_ not in {"NN", "NNP"} and head.lower_ != "police") \
            or not head.text.islower():
        return None
    first = [c for c in head.lefts if c.dep_ != "det"][:1]
    owners = [c for c in head.children if c.dep_ == "poss" and c.ent_type_ == "GPE" and c.pos_ == "PROPN"] \
        or [c for c in first if c.dep_ != "poss" and is_demonym(c)] \
        or [c for c in first if _place_compound(c) and (head.lemma_.lower() in ONE_PER_COUNTRY
                                                         or not any(d.dep_ == "det" for d in head.children))]
    if not owners:
        return None
    between = head.doc[owners[0].right_edge.i + 1:head.i]
    if any(t.dep_ not in {"compound", "amod"} or t.tag_ in {"JJS", "JJR"} or not t.is_alpha for t in between):
        return None
    return owners[0]


def seat_end(head) -> int:
    """Where an owned body's name ends: after its seat for a mission abroad ("the U.S. embassy *in
    Lusaka*": a country has one there, and the Gender Gap Tracker names it so), else after its noun."""
    if head.lemma_.lower() in {"embassy", "consulate"}:
        for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "in" and c.i == head.i + 1):
            seat = [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"]
            if seat:
                return seat[0].idx + len(seat[0].text)
    return head.idx + len(head.text)


def _place_compound(token) -> bool:
    """True for a place's name written before a body's noun: "*Ottawa* police" (issue 11, fresh12a's
    local news: the force of a city, named so, is a speaker). The caller leaves out a noun with "the":
    "the U.S. agency said" points back to an agency named before."""
    return token.dep_ == "compound" and token.ent_type_ == "GPE" and token.pos_ == "PROPN"


def named_police(entities: list[Entity], offset: int) -> Optional[Entity]:
    """The police force a bare "police" refers back to ("…, police said"): the latest one named before
    ``offset`` ("Ottawa police", "Toronto Police Service"), or None where the article names none."""
    best = None
    for entity in entities:
        if entity.type == "ORG" and _names_police_force(entity.name):
            starts = [s for s, _ in entity.mentions if s < offset]
            if starts and (best is None or max(starts) > best[0]):
                best = (max(starts), entity)
    return best[1] if best else None


# Last words of a police force's name ("Ontario Provincial Police", "Toronto Police Service", "New York
# Police Department"); a body of police with another noun last is no force ("Toronto Police
# Association", a union; "Toronto Police Services Board", its overseer). English usage, not tuned.
_FORCE_ENDS = {"police", "service", "services", "department", "force", "constabulary"}


def _names_police_force(name: str) -> bool:
    """True for the name of a police force, not of a union or board of its officers."""
    words = name_words(name)
    return "police" in words and words[-1] in _FORCE_ENDS


def owner_start(owner) -> int:
    """The first token of an owning country's phrase, less its determiner ("the *United* States'")."""
    first = owner.left_edge.i
    return first + (owner.doc[first].dep_ == "det")


def owned_codes(owner, head) -> tuple[Optional[str], Optional[str]]:
    """The country code and PLOVER sector of an unnamed body owned by a country: "Mali's government"
    is MLI, GOV; "the Emirati foreign ministry" ARE, GOV (the owner's country, the noun's sector in
    ``actors/titles.tsv``), so that an actor named so keeps its codes."""
    dictionary = load_dictionary()
    found = dictionary.lookup(owner.text) or dictionary.lookup(owner.doc[owner_start(owner):owner.i + 1].text)
    country = found[0].country_code if found is not None else None
    return country, dictionary.lexicon.groups.get(head.lemma_.lower())


def owned_subjects(tokens, nouns) -> list:
    """``(subject, owner)`` for each subject among ``tokens`` that is an unnamed organisation owned by
    a country (``owned_organisation``) and headed by one of ``nouns``: "It" after "Cambodia's defence
    ministry gave a different account." points back to the ministry, though it has said nothing yet."""
    return [(t, owner) for t in tokens if t.dep_ in {"nsubj", "nsubjpass"} and t.lemma_.lower() in nouns
            and (owner := owned_organisation(t)) is not None]


def listed_with(entity, surface: str) -> bool:
    """True when the recogniser ran the name together with the words before its comma ("Kharkiv,
    Ihor Terekhov" for the mayor of Kharkiv): that entity is not the speaker named."""
    return "," in entity.name and "," not in surface and entity.name.endswith(surface)


# Kinds of organisation, by the nouns that name them: "the company" never points back to the
# "Harbour Workers Union" named last, nor "the union" to "Marlow Bank" (found on a fresh article of
# our own, issue 11). Written for dateline, not tuned.
# Words naming a union: English and the French of Canadian unions ("Confédération des syndicats
# nationaux"), whom "the union" means.
_UNION_WORDS = {"union", "syndicat", "syndicats", "guild", "brotherhood", "teamsters", "unifor"}
# Words naming a federation, of unions ("Fédération interprofessionnelle de la santé du Québec") as
# often as of businesses or sports ("Canadian Federation of Independent Business"): "the union" may
# mean one, but they set no kind against "the group" (so they are in no kind of ``_ORG_KINDS``).
_FEDERATION_WORDS = {"federation", "fédération", "confederation", "confédération"}
_ORG_KINDS = ({"company", "firm", "group", "bank", "fund", "corporation", "corp", "inc", "ltd", "co", *BUSINESS_NOUNS},
              _UNION_WORDS,
              {"agency", "department", "ministry", "office", "bureau", "commission", "council", "administration",
               "authority", "board", "committee"},
              {"university", "institute", "hospital", "centre", "center"},
              {"party"})


def of_kind(name: str, noun: str) -> bool:
    """True when an organisation's name says it is a ``noun`` ("Health Ministry" a ministry, the
    "Fédération … du Québec" a union)."""
    return noun in name.lower() or (noun == "union" and bool((_UNION_WORDS | _FEDERATION_WORDS) & set(name_words(name))))


def of_other_kind(name: str, noun: str) -> bool:
    """True when an organisation's name says it is of another kind than ``noun`` ("the company")."""
    own = next((kind for kind in _ORG_KINDS if noun in kind), None)
    if own is None:
        return False
    words = set(name_words(name))
    return any(words & kind for kind in _ORG_KINDS if kind is not own)


def overlaps_most(entity, start: int, end: int) -> bool:
    """True when one of the entity's mentions covers at least half of ``[start, end)``."""
    best = max((min(end, e) - max(start, s) for s, e in entity.mentions), default=0)
    return best * 2 >= end - start
