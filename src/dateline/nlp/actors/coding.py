"""PLOVER codes for an actor phrase: a country code and a sector, the way event coders code actors.

An event's actor is often a phrase, not a name: "Rwandan rebels", "Montenegro's prime minister",
"Doctors from two American aid groups". Its country comes from the first actor named in it (a country,
a demonym, a person or organisation with a country; intergovernmental bodies are coded "IGO"); its
sector from the words around the name, in this order:

1. a modifier that makes an official a former one ("ousted", "former") -> ELI, as PLOVER defines ELI;
2. the last group noun of the phrase's head ("rebels" -> REB, "government" -> GOV; bigrams first);
3. a title ("prime minister" -> GOV), then a modifier ("civilian advisers" -> CVL);
4. the named actor: a person's or organisation's sector (an IGO's function: NATO -> MIL), a seat of
   government ("Berlin") -> GOV, a people ("Palestinians", "ethnic Albanians") -> CVL; a bare country
   name has no sector.

"Ethnic X" names a minority where it lives, so its country is the first other country in the sentence
("ethnic Albanians demonstrated in Serbia" -> SRB).
"""
from __future__ import annotations

from typing import Optional

from ...model import Analysis, Entity
from .dictionary import ETHNIC, GOVERNMENT, PEOPLE, load_dictionary

# Words that end the head of an actor phrase: "rebels in Darfur", "Doctors from ... aid groups".
_HEAD_END = {"of", "from", "in", "near", "at", "with", "on", "for", "who", "that", "which", ","}
_ELI = {"former", "ousted", "exiled", "deposed", "ex"}


def _mentions_in(analysis: Analysis, start: int, end: int) -> list[tuple[int, int, Entity]]:
    """Entity mentions overlapping ``[start, end)``, in text order."""
    found = []
    for entity in analysis.entities:
        for m_start, m_end in entity.mentions:
            if m_start < end and m_end > start:
                found.append((m_start, m_end, entity))
    return sorted(found, key=lambda item: item[0])


def _entity_code(entity: Entity) -> Optional[str]:
    if entity.sector == "IGO":
        return "IGO"
    return entity.country


def _entity_sector(entity: Entity, surface: str) -> Optional[str]:
    dictionary = load_dictionary()
    hit = dictionary.lookup(surface)
    if hit is not None:
        actor, form = hit
        if form == GOVERNMENT:
            return "GOV"
        if form in (PEOPLE, ETHNIC) and (form == PEOPLE or surface.endswith("s")):
            return "CVL"
        if actor.type == "GPE":
            return None
        if entity.sector == "IGO":
            return actor.function
    if entity.type == "GPE":
        return None
    return None if entity.sector == "IGO" else entity.sector


def _sentence_countries(doc, analysis: Analysis, start: int) -> list[str]:
    sentence = doc.char_span(start, start + 1, alignment_mode="expand")
    if sentence is None:
        return []
    sent = sentence.sent
    return [e.country for _, _, e in _mentions_in(analysis, sent.start_char, sent.end_char) if e.country]


def code_actor_phrase(doc, analysis: Analysis, start: int, end: int) -> tuple[Optional[str], Optional[str]]:
    """The PLOVER country code and sector of the actor phrase at ``[start, end)``.

    Args:
        doc: the Doc that ``find_actors`` ran on.
        analysis: its record, with ``entities`` filled.
        start, end: character offsets of the phrase in the article text.

    Returns:
        ``(country, sector)``: an ISO alpha-3 code or "IGO", and a PLOVER sector; either may be None.

    Example:
        >>> code_actor_phrase(doc, analysis, *span_of("Rwandan rebels"))
        ('RWA', 'REB')
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None, None
    lexicon = load_dictionary().lexicon
    text = analysis.text
    mentions = _mentions_in(analysis, span.start_char, span.end_char)
    in_mention: set[int] = set()
    for m_start, m_end, _ in mentions:
        in_mention.update(range(m_start, m_end))

    head_end = span.end
    for token in span:
        if token.lower_ in _HEAD_END and token.idx not in in_mention and token.i > span.start:
            head_end = token.i
            break
    head = [t for t in doc[span.start:head_end] if t.idx not in in_mention]

    eli = any(t.lower_ in _ELI for t in head)
    group_sector = title_sector = modifier_sector = group_country = None
    words = [t.lower_ for t in head]
    for i, word in enumerate(words):
        bigram = f"{word} {words[i + 1]}" if i + 1 < len(words) else None
        for phrase in (bigram, word):
            if phrase and phrase in lexicon.groups:
                group_sector = lexicon.groups[phrase] or group_sector
                group_country = lexicon.group_countries.get(phrase, group_country)
                break
        if word in lexicon.titles or (bigram and bigram in lexicon.titles):
            title_sector = lexicon.titles.get(bigram or "") or lexicon.titles.get(word) or title_sector
        if word in lexicon.modifiers and word not in _ELI:
            modifier_sector = modifier_sector or lexicon.modifiers[word]

    country = None
    ethnic = any(t.lower_ == "ethnic" for t in head)
    if ethnic and mentions:
        own = mentions[0][2].country
        others = [c for c in _sentence_countries(doc, analysis, span.start_char) if c != own]
        country = others[0] if others else own
    for _start, _end, entity in mentions:
        if country is None:
            country = _entity_code(entity)
    country = country or group_country

    sector = "ELI" if eli else (group_sector or title_sector or modifier_sector)
    if sector is None:
        for m_start, m_end, entity in mentions:
            sector = _entity_sector(entity, text[m_start:m_end])
            if sector:
                break
    return country, sector
