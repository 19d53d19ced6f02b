"""A person named again by a definite description: "The Texas Republican said …", "the senator said".

US political news names a politician once ("Sen. Ted Cruz") and then by office or party ("the
senator", "the Texas Republican", "the New York Democrat"). The Gender Gap Tracker names the
speaker in full, as for "he"; read as a name, "The Texas Republican" became a speaker called
"Republican". An office noun points back to the latest person the article gave that title
("Sen.", "Senator", or the office as a role); a party noun to the latest person named before it
in the last few sentences, as a pronoun would.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from ...model import Analysis, Entity
from ..actors.described import organisation_nouns
from .source_nouns import DOCUMENT_NOUNS, MEDIA_NOUNS
from .subjects import is_main_subject_at, is_subject_at

# Office nouns and the titles that name their holders in front of a name (AP style and spelled out).
OFFICE_TITLES = {
    "senator": ("sen.", "senator"),
    "governor": ("gov.", "governor"),
    "congressman": ("rep.", "congressman", "representative"),
    "congresswoman": ("rep.", "congresswoman", "representative"),
    "congressmen": ("rep.", "congressman"),
    "mayor": ("mayor",),
}
# Party nouns for a member ("the Vermont independent" is left out: "independent" is mostly an adjective).
PARTY_NOUNS = {"republican", "democrat"}
# How far back a party noun looks for its person: the sentence and the three before it (about
# 100 words), as far as a pronoun's antecedent usually lies; a person further back is not meant.
_PARTY_WINDOW_SENTENCES = 3


def describes_person(head) -> bool:
    """True for "the [place] senator", "the [place] Republican", "the 23-year-old winger" or "the
    Texan": an office or party noun, a noun for a person given an age, or one person named by where
    they are from (a demonym in the singular), with "the"."""
    word = head.text.lower()
    return (word in OFFICE_TITLES or word in PARTY_NOUNS or _aged_person(head) or _one_of_a_people(head)) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
        and not any(c.dep_ in {"prep", "appos", "relcl"} for c in head.children)


def _one_of_a_people(head) -> bool:
    """True for "the Texan", "the Canadian": a people's singular noun standing alone for a person
    named before; not "the Texans" (a group) nor "the Canadian government" (a modifier)."""
    return head.ent_type_ == "NORP" and head.tag_ in {"NNP", "NN"} and head.dep_ in {"nsubj", "nsubjpass"}


def _aged_person(head) -> bool:
    """True for a common noun given an age ("the 23-year-old winger", "the 52-year-old"): news names a
    person once and then by age and role or nationality (issue 11, fresh12a's sports news: "the 27-year-old
    Austrian" is no statement of Austria's); an organisation, a document or an outlet so described ("the
    100-year-old company", "the 20-year-old study", "the 150-year-old newspaper") is left out."""
    if _age(head):
        return True  # "the 52-year-old said": the age heads the phrase itself
    return (head.pos_ == "NOUN" or head.ent_type_ == "NORP") and not _names_no_person(head) \
        and any(c.dep_ == "amod" and _age(c) for c in head.children)


def _names_no_person(noun) -> bool:
    """True for a noun of a source that is no person: an organisation, a document or a news outlet."""
    lemma = noun.lemma_.lower()
    return lemma in organisation_nouns() or lemma in DOCUMENT_NOUNS or lemma in MEDIA_NOUNS


def _age(token) -> bool:
    """"31-year-old", which spaCy splits into "31 - year - old": "old" measured in years."""
    return token.lower_ == "old" and any(c.lower_ in ("year", "years") for c in token.children)


def described_person(head, analysis: Analysis, hidden: Callable[[int], bool],
                     speakers: list[tuple[int, Entity]]) -> Optional[Entity]:
    """The person a description points back to, or None (then the source is unnamed).

    Args:
        head: the noun heading the description (``describes_person`` is true of it).
        analysis: the analysis, with the entities found so far.
        hidden: whether a character offset lies in a quotation or a credit, where no antecedent is.
        speakers: ``(offset, entity)`` of the sources resolved so far ("He says …" before "The
            Republican is …"): with the subjects, what a party noun may point back to; a person
            named only as an object or a possessor ("than Clinton’s") is not.
    """
    text = analysis.text
    word = head.text.lower()
    titles = OFFICE_TITLES.get(word)
    people = titles is None and word not in PARTY_NOUNS and _one_of_a_people(head)
    doc = head.doc
    sentence = head.sent
    for _ in range(_PARTY_WINDOW_SENTENCES):
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
        while sentence.start > 0 and not any(t.is_alpha for t in sentence):
            sentence = doc[sentence.start - 1].sent  # a closing mark the parser split off is no sentence
    best: Optional[tuple[int, Entity]] = None
    mentions = [(start, e) for e in analysis.entities if e.type == "PERSON" for start, _ in e.mentions]
    for start, entity in mentions + [(at, e) for at, e in speakers if e.type == "PERSON"]:
        if start >= head.idx or hidden(start):
            continue
        if titles is not None:
            before = text[max(0, start - 40):start].lower().split()
            titled = bool(before) and before[-1] in titles or any(
                word in re.split(r"\W+", role.lower()) for role in entity.roles)
            if not titled:
                continue
        elif start < sentence.start_char or not ((start, entity) in speakers or _subject_of_kind(doc, start, people)):
            continue
        if best is None or start > best[0]:
            best = (start, entity)
    return best[1] if best else None


def _subject_of_kind(doc, start: int, people: bool) -> bool:
    """Whether a person named at ``start`` is a subject a description may point back to: for a party
    noun any subject; for one of a people ("the Texan") the subject of a main clause, so that a
    person only spoken of in what another said ("Perry said Cruz was …") is not meant, but one who
    was the topic before speaking is ("Maria Delgado grew up near Amarillo. The Texan said …"), and
    not one named inside that subject ("Maria Delgado's brother grew up …": the brother)."""
    return is_main_subject_at(doc, start, itself=True) if people else is_subject_at(doc, start)


def title_holder(analysis: Analysis, title) -> Optional[Entity]:
    """The person named earlier with this title ("Health Secretary York Chow" for "the Health
    Secretary"), where the article has one such person."""
    word = title.lower_
    holders = [entity for entity in analysis.entities if entity.type == "PERSON"
               and any(word in role.lower().split() for role in entity.roles)
               and any(start < title.idx for start, _ in entity.mentions)]
    return holders[-1] if len(holders) == 1 else None


def owned_role_holder(analysis: Analysis, head) -> Optional[Entity]:
    """The person an organisation's role points to, named before or after: "its chief executive
    warned …" in a lede, with "chief executive Sandra Whitcombe" three paragraphs on (fresh12a's
    business news). Only where one person in the article holds that role, so "its spokesman" with two
    spokesmen named stays unnamed. Only "its" and "their", an organisation's: "her spokesman" is a
    person's own, not the spokesman of a company named before."""
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in head.children):
        return None
    words = [c.lower_ for c in head.lefts if c.dep_ in {"amod", "compound"}] + [head.lower_]
    role = " ".join(words)
    holders = [entity for entity in analysis.entities if entity.type == "PERSON"
               and any(r.lower() == role or r.lower().endswith(" " + role) for r in entity.roles)]
    return holders[0] if len(holders) == 1 else None


# Words of a description that tell nothing of the office: "the former secretary of state" is matched
# on "former", "secretary" and "state".
_LINKING_WORDS = {"the", "a", "an", "of", "for", "'s", "’s"}


def office_holder(analysis: Analysis, head, hidden: Callable[[int], bool]) -> Optional[Entity]:
    """The one person named before whom the article gave the office a description names: "the
    Indiana governor" after "Mike Pence, the governor of Indiana,", "The Republican nominee" after
    "Donald Trump, the Republican nominee,", "the former secretary of state" after "Former Secretary
    of State Hillary Clinton". Every word of the description must be in the title before the name or
    the apposition after it; with no such person, or two, None (the source stays unnamed).

    Args:
        analysis: the analysis, with the entities found so far.
        head: the noun heading the description, with "the".
        hidden: whether a character offset lies in a quotation or a credit, where no holder is named.
    """
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or _names_no_person(head) \
            or any(c.dep_ in {"relcl", "acl", "appos"} for c in head.children):
        return None  # "the official who spoke", "a governor", "the union": defined in place, no one, no person
    wanted = _office_words(t.text for t in head.subtree if not t.is_punct)
    holders = {entity.id: entity for entity in analysis.entities if entity.type == "PERSON"
               for start, end in entity.mentions if start < head.idx and not hidden(start)
               and any(_gives_office(title, wanted, head.lower_) for title in _titles_of(head.doc, start, end, entity))}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _gives_office(title: list[str], wanted: set[str], noun: str) -> bool:
    """Whether a title has every word of a description and its noun ahead of any "of": "governor of
    Indiana" gives "the Indiana governor", "a member of the church" gives no "the church"."""
    lowered = [word.lower() for word in title]
    ahead = lowered[:lowered.index("of")] if "of" in lowered else lowered
    return wanted <= _office_words(title) and noun in ahead


def _office_words(words) -> set[str]:
    """The words of an office phrase, lowercased, without articles, linking words and stops."""
    lowered = {word.lower().strip(".,") for word in words}
    return {word for word in lowered if word and word not in _LINKING_WORDS}


def _titles_of(doc, start: int, end: int, entity: Entity) -> list[list[str]]:
    """The titles, as words, that give a person named at ``start``-``end`` an office: the recorded
    roles, the words before the name in its noun phrase ("Former Secretary of State Hillary Clinton"),
    and an apposition on either side ("Mike Pence, the governor of Indiana," / "the governor, Mike Pence")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    name = span.root
    phrases = [list(doc[name.left_edge.i:span.start])]
    phrases += [list(c.subtree) for c in name.children if c.dep_ == "appos"]
    if name.dep_ == "appos":
        phrases.append(list(doc[name.head.left_edge.i:name.head.i + 1]))
    return [role.split() for role in entity.roles] + [[t.text for t in phrase] for phrase in phrases]
