"""Where a title's person is, as ``grouping`` reads titles: a title the recogniser ran into a name or
a company's, and a title that stacks on another further on ("Chief Public Health Officer Theresa
Tam": the person is after "Officer", not "Public Health Officer Theresa Tam" after "Chief")."""
from __future__ import annotations

from .person_names import is_name_token

# How many capitalised words may stand between two titles of one role ("Chief *Public Health* Officer",
# "Chief *Medical* Officer"): a portfolio of one to three words, from the roles of Canadian and US news.
_PORTFOLIO_WORDS = 3


def title_read_into_entity(doc, title_start: int, at: int) -> bool:
    """True when the recogniser ran the title and the name after it into one organisation
    ("Magistrate Ruth Banda" as an ORG; fresh11): the name goes on, whatever the label."""
    title = doc[title_start]
    return title.ent_type_ == "ORG" and title.ent_iob_ == "B" and doc[at].ent_iob_ == "I" \
        and all(doc[t].ent_iob_ == "I" for t in range(title_start + 1, at + 1))


def opens_company_name(doc, span) -> bool:
    """True when the recogniser's organisation is the title and one word after it ("General Motors",
    "General Mills"): a company, no "Motors" titled General; a person it runs in has a full name. Not
    where that word is the surname of a person the story names ("Gen. David Petraeus … General
    Petraeus said"): a title and a surname is how news names that person again."""
    entity = next((e for e in doc.ents if e.start == span.start), None)
    return entity is not None and entity.label_ == "ORG" and entity.end == span.end + 1 \
        and not _surname_of_person(doc, doc[span.end].text)


def _surname_of_person(doc, word: str) -> bool:
    """Whether ``word`` ends a name of two words or more the recogniser read as a person's."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in doc.ents)


def title_further_on(doc, span, title_starts: set[int], role_words) -> bool:
    """True when another title, or a word that ends one (``role_words``: "officer"), stands a few
    capitalised words after this one ("Chief Public Health Officer", "Chief Electoral Officer"): the
    words between are the role's portfolio, not a name."""
    for at in range(span.end, min(span.end + _PORTFOLIO_WORDS + 1, len(doc))):
        if at in title_starts or (doc[at].lower_ in role_words and doc[at].text[:1].isupper()):
            return at > span.end
        if not is_name_token(doc[at]) or doc[at].is_sent_start:
            return False
    return False
