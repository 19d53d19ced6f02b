"""Common nouns that name a source of a kind: documents, organisations and news outlets.

Data apart from the rules that use it (``speakers``, ``unnamed``); written for dateline from
English news usage, not tuned to a gold set.
"""
from __future__ import annotations

from typing import Optional

from ...model import Entity

# Nouns that name a document: its words are a statement, but no person or organisation speaks.
DOCUMENT_NOUNS = {"report", "study", "statement", "release", "survey", "poll", "figure", "data", "analysis",
                  "document", "letter", "paper", "memo", "filing", "review", "audit", "assessment", "research",
                  "bulletin", "note", "communique", "communiqué", "notice", "website", "record", "estimate",
                  # court papers and messages ("The lawsuit contends", "One message said"): issue 11
                  "lawsuit", "suit", "complaint", "indictment", "petition", "affidavit", "ruling", "message",
                  "article"}
# Nouns for a business by its trade, which say it is a company ("the airline" is no union).
BUSINESS_NOUNS = {"airline", "carrier", "retailer", "automaker", "carmaker", "insurer", "lender", "manufacturer",
                  "utility", "railway", "railroad", "grocer", "startup", "corporation", "miner", "brewer"}
# Nouns that refer back to an organisation named before ("the agency", "the ministry").
ORG_NOUNS = {"agency", "department", "ministry", "organisation", "organization", "company", "firm", "institute",
             "university", "hospital", "office", "bureau", "commission", "council", "administration", "union",
             "association", "authority", "board", "committee", "centre", "center", "group", "party", "bank", "fund",
             # businesses named by their trade, and bodies of sport, regulation and charity ("The airline
             # added …" after "Air Canada said …", "Alberta's energy regulator", "the privacy watchdog"):
             # written for dateline from business, sports and provincial news copy
             *BUSINESS_NOUNS, "regulator", "watchdog", "club", "team", "foundation", "charity", "unit"}
# Nouns of news outlets, which refer back to the outlet that reported before ("…, the Orlando Sentinel
# reported. The newspaper reported that …"). "paper" is left out: it is as often a study (a document).
MEDIA_NOUNS = {"newspaper", "magazine", "broadcaster", "network", "tabloid", "daily", "weekly"}
# Nouns of bodies that speak as one, though they do not refer back to a name ("the Sudanese army
# said", "her campaign said"): organisations when their kind of source is told.
BODY_NOUNS = {"army", "military", "navy", "police", "government", "campaign", "court", "parliament", "cabinet",
              "embassy", "presidency", "junta", "coalition", "alliance", "militia", "movement", "club", "team"}


def name_read_as_pronoun(token) -> bool:
    """True for a name the tagger calls a pronoun ("Rod Brind'Amour said", the apostrophe read as in
    "y'all"): capitalised inside its sentence, or part of a name the recogniser found."""
    capitalised = token.text[:1].isupper() and token.text.lower() != "i" and not token.is_sent_start
    return capitalised or token.ent_type_ in {"PERSON", "ORG"}


def speaker_kind(head, entity: Optional[Entity]) -> str:
    """person, organisation, document or unnamed: what kind of source a statement has."""
    if entity is not None:
        return "person" if entity.type == "PERSON" else "organisation"
    if head.lemma_.lower() in DOCUMENT_NOUNS or head.lower_ in DOCUMENT_NOUNS:
        return "document"  # the text too: en_core_web_sm lemmatises "data" as "datum"
    if head.lemma_.lower() in ORG_NOUNS | BODY_NOUNS or head.ent_type_ == "ORG":
        return "organisation"  # "the provincial ministry", "the Sudanese army": an organisation, though unnamed
    return "unnamed"
