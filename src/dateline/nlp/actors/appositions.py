"""A person's role told beside the name, between commas, as news writes it on first mention.

"Andrii Sybiha, Ukraine's foreign minister, said" and "Ukraine's foreign minister, Andrii Sybiha,
said" name the same role as "Ukrainian Foreign Minister Andrii Sybiha said", which the titles
before a name already give (:func:`.grouping._title_persons`). The parser links the name and the
role noun as appositions; from the role noun's own modifiers this reads:

- the role, where the noun is a title of ``titles.tsv`` ("foreign minister", "spokeswoman"),
  with that title's sector;
- the country, from a country or demonym that modifies the noun ("*Ukraine's* foreign minister",
  "the *Ukrainian* envoy", "his *German* counterpart", "a farmer from *Kenya*");
- the affiliation, from an organisation the noun is "of", "for" or "at" ("a spokeswoman *for the
  Red Cross*").

Only the noun's direct modifiers count: in "X, the man behind the deal with Russia," Russia is
no country of X's.
"""
from __future__ import annotations

from typing import Optional

# Prepositions after a role noun that name whom the person serves ("minister *of* Ukraine",
# "spokesman *for* Hamas", "professor *at* Oxford"), unlike "the deal *with* Russia".
_SERVES = {"of", "for", "from", "at"}
# Modifiers of the role noun that may be a country, demonym or organisation mention.
_MODIFIER_DEPS = {"poss", "amod", "compound", "nmod"}
_FORMER = ("former", "ex")
# Sectors a bare title implies because it usually means a state office ("president", "secretary").
_STATE_SECTORS = {"GOV", "ELI"}


def _role_noun_bounds(doc, noun, person_root) -> tuple[int, int]:
    """The role phrase's first and last token: the noun's subtree less the person's own."""
    lo, hi = noun.left_edge.i, noun.right_edge.i
    if person_root.head.i == noun.i:  # "Ukraine's foreign minister, Andrii Sybiha": the name is inside
        hi = min(hi, person_root.left_edge.i - 1)
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    return lo, hi


def _modifier_heads(noun) -> list:
    """The objects of the role noun's serving prepositions, then the tokens that modify it directly
    (the explicit "spokeswoman *for the Red Cross*" before a "*House* editor")."""
    heads: list = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _SERVES:
            heads.extend(c for c in prep.children if c.dep_ == "pobj")
    return heads + [c for c in noun.children if c.dep_ in _MODIFIER_DEPS]


def _names_a_country(mention) -> bool:
    return (mention.actor is not None and mention.actor.type in ("GPE", "NORP")) or mention.label in ("GPE", "LOC")


def read_appositive_roles(doc, mentions: list, title_spans: list, lexicon) -> None:
    """Give each person mention without a role the role, sector and related mentions of its apposition.

    Args:
        doc: the spaCy Doc.
        mentions: the article's mentions (:class:`.grouping._Mention`); a person's is changed in place:
            ``role``, ``role_sector`` and ``role_mentions`` (the country, demonym or organisation
            mentions that modify the role noun, read by :func:`.grouping._describe`).
        title_spans: the title matcher's spans (``label_`` is the title's key in ``lexicon.titles``).
        lexicon: the titles lexicon.
    """
    title_ending_at = {span.end - 1: span for span in title_spans}
    mention_of = {t: m for m in mentions for t in range(m.start, m.end)}
    for person in mentions:
        if person.label != "PERSON" or person.role or person.actor is not None:
            continue
        root = doc[person.start:person.end].root
        nouns = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            nouns.append(root.head)
        for noun in nouns:
            if noun.pos_ != "NOUN" or noun.tag_ in ("NNS", "NNPS") or person.start <= noun.i < person.end \
                    or noun.i in mention_of:
                continue
            lo, hi = _role_noun_bounds(doc, noun, root)
            if any(m.label == "PERSON" for t in range(lo, hi + 1) if (m := mention_of.get(t)) is not None):
                continue  # "X, the wife of Y": a relation, not a role
            related = []
            for head in _modifier_heads(noun):
                mention = mention_of.get(head.i)
                if mention is None or mention in related or not (lo <= mention.start and mention.end <= hi + 1):
                    continue
                if head.dep_ == "compound" and _names_a_country(mention):
                    continue  # "a *Vietnam* veteran" served no country; "*Vietnamese*" or "*Vietnam's*" tell one
                related.append(mention)
            title = title_ending_at.get(noun.i)
            if title is None and not related:
                continue
            person.role_mentions = related
            if title is not None and title.start >= lo:
                start = title.start  # with the words that narrow it: "*foreign* minister", "*deputy* envoy"
                while start - 1 >= lo and doc[start - 1].dep_ in ("amod", "compound") and doc[start - 1].is_alpha \
                        and start - 1 not in mention_of:
                    start -= 1
                person.role = doc[start:title.end].text
                person.role_sector = lexicon.titles.get(title.label_)
                if person.role_sector in _STATE_SECTORS and any(not _names_a_country(m) for m in related):
                    # "president of the NAACP": a title that means the state's office only where no
                    # organisation is named; the organisation's own sector applies (grouping).
                    person.role_sector = None
                former: Optional[str] = next((c.lower_ for c in noun.children if c.lower_ in _FORMER), None)
                if former is not None:
                    person.role_sector = lexicon.modifiers.get(former)
            break
