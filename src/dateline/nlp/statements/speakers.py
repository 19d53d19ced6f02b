"""Speakers: from the words that name a statement's source to an entity of the analysis.

A source is written in many ways: a full name with its titles ("Iranian Minister of
Intelligence Seyyed Ismail Khatib"), a short name ("Khatib"), a pronoun ("he", "him"), a
role ("the minister") or an unnamed group ("experts"). ``SpeakerResolver`` keeps what the
article has said so far, so that each form resolves to the entity it points back to, and
records on that entity the titles (``roles``) and the organisation (``affiliation``) that
the source phrase gives it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

from ...model import Analysis, Entity
from ..actors.person_names import given_name_gender
from ..actors.short_names import person_by_part
from ..credits import credit_spans, in_spans
from .agreement import (
    ORG_PRONOUN_TYPES,
    gender_near,
    noun_gender,
    own_clause_gender,
    own_clause_subject,
    pronoun_gender,
    reports_corporate_act,
    thing_subject,
)
from .cataphora import named_next
from .descriptions import described_person, describes_person, office_holder, owned_role_holder, title_holder
from .display_names import display_name
from .full_names import company_named_by, full_name_before, namesake_by_gender, namesakes
from .led_bodies import LED_BODY_NOUNS, leader_name
from .names import (
    ORIGIN_LABELS,
    country_owner,
    described_as_organisation,
    is_bare_title,
    listed_with,
    mistyped_person,
    name_span,
    name_words,
    named_in_phrase,
    named_police,
    names_a_body,
    of_kind,
    of_other_kind,
    overlaps_most,
    owned_codes,
    owned_organisation,
    owned_subjects,
    owner_start,
    possessor,
    seat_end,
    source_name,
    titled,
)
from .source_nouns import BODY_NOUNS, DOCUMENT_NOUNS, MEDIA_NOUNS, ORG_NOUNS, name_read_as_pronoun, speaker_kind
from .subjects import embedded_in_other, is_main_subject_at, is_subject_at, subject_further_back
from .unnamed import appositive_organisation, is_anonymous, names_members, outlet_before

# Pronouns that point back to a person, and to an organisation or group.
PERSON_PRONOUNS = {"he", "him", "she", "her", "his", "hers"}
GROUP_PRONOUNS = {"they", "them", "it"}
# Entity types that can speak.
SPEAKER_TYPES = {"PERSON", "ORG", "NORP", "GPE"}
@dataclass
class Speaker:
    """What a source phrase resolved to: an entity, or None for an unnamed source."""

    entity: Optional[Entity]
    name_span: Optional[tuple[int, int]] = None
    kind: str = "unnamed"  # person, organisation, document or unnamed (``Statement.speaker_type``)
    name: Optional[str] = None  # the full name as this source phrase writes it, where it says more


@dataclass
class SpeakerResolver:
    """Resolve source phrases of one article, in reading order.

    Args:
        analysis: the analysis being filled; entities may be added to it for names the
            entity recogniser missed, and roles and affiliations are recorded on them.
        quoted: character spans inside quotation marks (mentions there are not antecedents).
    """

    analysis: Analysis
    quoted: list[tuple[int, int]] = field(default_factory=list)
    _recent: list[tuple[int, Entity]] = field(default_factory=list)  # (offset, entity) of resolved speakers
    # (offset, gender or None, plural) of unnamed sources ("a spokesman", "officials"): a pronoun after
    # one may point back to it, and then it names nobody either
    _unnamed: list[tuple[int, Optional[str], bool]] = field(default_factory=list)
    _unnamed_phrases: list[tuple[int, int]] = field(default_factory=list)  # "Senate Republicans": no name there is meant
    _created: set[str] = field(default_factory=set)
    _gender: dict[str, str] = field(default_factory=dict)  # entity id -> "f" / "m", from the text
    _credits: Optional[list[tuple[int, int]]] = None
    doc: object = None  # the spaCy Doc, set by the first ``resolve``

    def resolve(self, head, span: tuple[int, int]) -> Speaker:
        """Resolve the source whose syntactic head is ``head`` and whose words are ``span``.

        Args:
            head: the spaCy token heading the source phrase.
            span: the character span of the whole source phrase.

        Returns:
            The Speaker; its entity is None for unnamed sources ("experts", "a source").
        """
        lower = head.lower_
        if self._credits is None:
            self._credits = credit_spans(self.analysis.text)
            self.doc = head.doc
        if lower in PERSON_PRONOUNS | GROUP_PRONOUNS or (head.pos_ == "PRON" and not name_read_as_pronoun(head)):
            entity = self._antecedent(head)
            speaker = Speaker(entity, None)
            gender = pronoun_gender(lower)
            if entity is not None and gender and entity.id not in self._gender:
                self._gender[entity.id] = gender  # "she" resolved to X: X is a woman from here on
        elif head.pos_ == "PRON":
            speaker = self._named(head)  # a name read as a pronoun: "“…,” Brind'Amour said"
        elif is_anonymous(head) and named_in_phrase(head) is None:  # "one nurse, who gave her name, Joanne,"
            speaker = Speaker(None, None)
        elif describes_person(head):  # "The Texas Republican said": the person named before
            speaker = Speaker(described_person(head, self.analysis, lambda at: self._in_quote(at)
                                               or in_spans(at, self._credits or []), self._recent), None)
        elif (named := appositive_organisation(head)) is not None:
            speaker = self._named(named)  # "A Lithuanian business group, the Confederation of Industrialists,"
        elif (leader := leader_name(head, self.analysis.entities)) is not None:
            speaker = self._owned(head, leader)  # "The Joe Biden administration said": not Joe Biden
        elif head.lemma_.lower() in ORG_NOUNS | BODY_NOUNS and owned_organisation(head) is not None:
            # before names: the tagger makes "ministry" a proper noun in "Germany's foreign ministry"
            speaker = self._owned(head, owned_organisation(head))
        else:
            name_token = source_name(head)
            surnamed = self._titled_surname(name_token) if name_token is not None else None
            if surnamed is not None:
                speaker = Speaker(surnamed, (name_token.idx, name_token.idx + len(name_token.text)))
            elif name_token is not None and is_bare_title(name_token) and not names_a_body(name_token):
                # "the Health Secretary said", "Commissioner said": a title, not a name; its holder
                # where the article named one with that title, else an unnamed source
                speaker = Speaker(title_holder(self.analysis, name_token), None)
            elif name_token is not None:
                speaker = self._named(name_token)
            else:
                speaker = self._name_as_noun(head) or self._covering_organisation(head, span) \
                    or Speaker(self._role_holder(head), None)
        if speaker.entity is not None:
            self._recent.append((head.idx, speaker.entity))
        elif (head.pos_ == "NOUN" or names_members(head)) \
                and (head.lemma_.lower() not in DOCUMENT_NOUNS | ORG_NOUNS or head.tag_ == "NNS"):  # "the groups"
            self._unnamed.append((head.idx, noun_gender(head.lower_), head.tag_ in {"NNS", "NNPS"}))
            if names_members(head):
                self._unnamed_phrases.append(span)
        speaker.kind = speaker_kind(head, speaker.entity)
        self._record_roles(head, span, speaker)
        return speaker

    def display_name(self, entity: Entity) -> str:
        """The entity's full name as the article writes it (``display_names.display_name``)."""
        return display_name(entity, self.analysis, self.doc)

    # -- named sources -------------------------------------------------------------------

    def _named(self, name_head) -> Speaker:
        start, end = name_span(name_head)
        text = self.analysis.text
        surface = text[start:end]
        chosen = self._namesake(surface, start, end, name_head) if " " not in surface else None
        if chosen is not None:
            return Speaker(chosen, (start, end))  # "Berg said she …": Anna Berg, not Peter Berg
        company = company_named_by(self.analysis.entities, surface, start, end) if " " not in surface \
            and reports_corporate_act(name_head.doc, start, end) else None
        if company is not None:
            return Speaker(company, (start, end))  # "Ford said it would cut jobs": the firm, not Henry Ford
        joined = self._full_name_of(name_head) if " " not in surface else None
        if joined is not None:
            return Speaker(joined, (start, end))  # "Shapiro said" after "a report by Ilya Shapiro"
        # "crane operator Sylvie Tremblay": a given name makes it a person whatever noun stands before it
        organisation = (described_as_organisation(name_head, start) or names_a_body(name_head)) \
            and given_name_gender(surface) is None
        entity = self._person_by_name(surface) if name_head.ent_type_ != "ORG" and not organisation \
            or " " not in surface else None
        if entity is not None and organisation and entity.type == "PERSON":
            entity = None  # "the retailer Ahold" is no person of that name
        if entity is None:
            covering = self.analysis.entity_at(start, end)
            if covering is not None and covering.type in SPEAKER_TYPES and overlaps_most(covering, start, end) \
                    and not listed_with(covering, surface):
                entity = covering
        if entity is not None and organisation and entity.type == "PERSON":
            entity.type = "ORG"  # the recogniser took the company for a person
        elif entity is not None and mistyped_person(entity.type, name_head, start, organisation):
            entity.type = "PERSON"  # "Minister of Agriculture, Ann-Christin Nykvist": a titled person
        if entity is None and not organisation:
            entity = self._person_by_name(surface)
        if entity is None and not organisation:
            entity = self._longer_name_of(surface, start, end)
        if entity is None and described_as_organisation(name_head, start):
            # "shipping line Maersk": the recogniser's PRODUCT or PERSON is an organisation here
            covering = self.analysis.entity_at(start, end)
            if covering is not None and overlaps_most(covering, start, end):
                covering.type = "ORG"
                entity = covering
        if entity is None:
            entity = self._add_entity(surface, start, end, name_head)
        elif entity.id in self._created and (start, end) not in entity.mentions:
            entity.mentions.append((start, end))
            if surface != entity.name and surface not in entity.aliases:
                entity.aliases.append(surface)
        speaker = Speaker(entity, (start, end))
        owner = country_owner(name_head, start)
        if owner is not None and entity.type == "ORG":
            # "Canada's Food Inspection Agency": the country is part of the name the article gives
            speaker.name = f"{text[owner.idx:start].strip()} {self.display_name(entity)}"
        return speaker

    def _namesake(self, surface: str, start: int, end: int, name_head) -> Optional[Entity]:
        """Of people with one surname, the one "Berg said she would …" tells (``namesake_by_gender``)."""
        pronoun = own_clause_subject(name_head.doc, start, end)  # reported, not quoted: "she" in a quote is another
        gender = pronoun_gender(pronoun.lower_) if pronoun is not None and not self._in_quote(pronoun.idx) else None
        chosen = namesake_by_gender(namesakes(self.analysis.entities, surface), gender,
                                    lambda e: self._gender.get(e.id) or given_name_gender(e.name))
        if chosen is not None:
            chosen.mentions = sorted(set(chosen.mentions) | {(start, end)})
        return chosen

    def _full_name_of(self, name_head) -> Optional[Entity]:
        """The person a one-word name stands for, named in full before it where no PERSON entity has
        the full name (``full_name_before``); the entity of that name made a person, or a new one."""
        known = self._person_by_name(name_head.text)
        full = full_name_before(name_head) if known is None or " " not in known.name else None
        if full is None:
            return None
        name = self.analysis.text[slice(*full)]
        entity = self.analysis.entity_at(*full)
        if entity is None or name_words(entity.name) != name_words(name):  # not a "Natalia" of "Natalia Ruiz"
            entity = self._add_entity(name, *full, name_head)
        entity.type = "PERSON"  # a given name and a surname: the recogniser's ORG was wrong
        mention = (name_head.idx, name_head.idx + len(name_head.text))
        entity.mentions = sorted(set(entity.mentions) | {mention})
        return entity

    def _owned(self, head, owner) -> Speaker:
        """"Ukraine's energy ministry": the organisation named so before ("Ministry of Energy"), else
        a new one named by the phrase; "the ministry" and "it" may then point back to it."""
        text, doc = self.analysis.text, head.doc
        start, end = doc[owner_start(owner)].idx, seat_end(head)  # "the U.S. embassy in Lusaka"
        words = set(name_words(text[doc[owner.right_edge.i].idx + len(doc[owner.right_edge.i].text):
                                    head.idx + len(head.text)]))
        allowed = words | set(name_words(owner.text)) | {"of", "the", "for", "and"}
        for known in self.analysis.entities:
            named = set(name_words(known.name))
            if known.type == "ORG" and words <= named and named <= allowed and named != words:  # not "defence ministry"
                return Speaker(known, (start, end))
        surface = text[start:end]
        entity = next((e for e in self.analysis.entities if e.id in self._created and e.name == surface), None)
        if entity is None:
            entity = self._add_entity(surface, start, end, head)
            entity.type, (entity.country, entity.sector) = "ORG", owned_codes(owner, head)
        elif (start, end) not in entity.mentions:
            entity.mentions.append((start, end))
        return Speaker(entity, (start, end))

    def _titled_surname(self, name_token) -> Optional[Entity]:
        """The person whose surname is a title word ("Cardinal said" after "Darlene Cardinal", "Bishop
        told" after "Ruth Bishop"): one person of the article named in full with it, and no article
        before it ("the Bishop said" is a title)."""
        if not name_token.text[:1].isupper() or any(c.dep_ == "det" for c in name_token.children) \
                or not is_bare_title(name_token):
            return None
        people = [e for e in self.analysis.entities if e.type == "PERSON" and len(e.name.split()) > 1
                  and e.name.split()[-1] == name_token.text]
        return people[0] if len(people) == 1 else None

    def _name_as_noun(self, head) -> Optional[Speaker]:
        """A surname the tagger took for a common noun ("Okonkwo: “…”" in a headline): the person the
        article names in full."""
        if head.pos_ != "NOUN" or not head.text[:1].isupper() or head.text.isupper() \
                or any(c.dep_ == "det" for c in head.children):
            return None
        entity = self._person_by_name(head.text)
        return Speaker(entity, (head.idx, head.idx + len(head.text))) if entity is not None else None

    def _covering_organisation(self, head, span: tuple[int, int]) -> Optional[Speaker]:
        """The organisation whose name is most of the source phrase and holds its head, where the parser
        broke the name up and left no name word as the head ("The Fédération des travailleurs du rail
        (FTR) said", "travailleurs" read as a verb); not "The deputy of the National Security Council"."""
        entity = self.analysis.entity_at(*span)
        if entity is None or entity.type != "ORG" or not overlaps_most(entity, *span) \
                or not any(s <= head.idx < e for s, e in entity.mentions):
            return None
        return Speaker(entity, span)

    def _person_by_name(self, surface: str) -> Optional[Entity]:
        """A PERSON entity named ``surface`` or of which it is a short form ("Khatib", "Prabowo")."""
        return person_by_part(self.analysis.entities, surface)

    def _longer_name_of(self, surface: str, start: int, end: int) -> Optional[Entity]:
        """A PERSON entity whose name is a short form of ``surface``, renamed to the full name.

        The recogniser can miss the first words of a name ("Seyyed Ismail Khatib" tagged as
        "Ismail Khatib" later on): the longest form is the canonical name, as in ``actors``.
        """
        key = name_words(surface)
        for entity in self.analysis.entities:
            tokens = name_words(entity.name)
            if entity.type == "PERSON" and tokens and len(tokens) < len(key) and key[-len(tokens):] == tokens:
                entity.aliases = [entity.name] + [a for a in entity.aliases if a != surface]
                entity.name = surface
                entity.mentions = sorted(set(entity.mentions) | {(start, end)})
                return entity
        return None

    def _add_entity(self, surface: str, start: int, end: int, name_head) -> Entity:
        label = name_head.ent_type_ if name_head.ent_type_ in SPEAKER_TYPES and not titled(name_head) else "PERSON"
        if described_as_organisation(name_head, start) or names_a_body(name_head):
            label = "ORG"  # "shipping line Maersk", "the General Staff"
        numbers = [int(e.id[1:]) for e in self.analysis.entities if re.fullmatch(r"E\d+", e.id)]
        entity = Entity(id=f"E{max(numbers, default=0) + 1}", name=surface, type=label, mentions=[(start, end)])
        self.analysis.entities.append(entity)
        self._created.add(entity.id)
        return entity

    # -- pronouns and roles --------------------------------------------------------------

    def _antecedent(self, pronoun) -> Optional[Entity]:
        """The entity a pronoun points back to, agreeing in gender, number and animacy.

        Candidates are the speakers resolved so far and the entity mentions before the pronoun,
        outside quotations and credits. "he" and "she" take a person of the same gender (or of
        none known); "it" an organisation; "they" an organisation or group. Among agreeing
        candidates the subject of the pronoun's sentence or the one before wins over a later
        mention in another role ("Smith met Jones. He said …" is Smith); otherwise the latest.
        """
        lower, offset = pronoun.lower_, pronoun.idx
        gender = pronoun_gender(lower)
        if gender is not None:
            wanted = {"PERSON"}
        elif lower in ORG_PRONOUN_TYPES:
            wanted = ORG_PRONOUN_TYPES[lower]
        else:
            return None  # "we", "I", "you", "who": no antecedent outside the quotation
        named: list[tuple[int, Entity]] = [(at, e) for at, e in self._recent if at < offset]
        for entity in self.analysis.entities:  # "Senate Republicans say …": no name there is the source
            named += [(start, entity) for start, _ in entity.mentions if start < offset
                      and not in_spans(start, self._unnamed_phrases)
                      and not self._in_quote(start) and not in_spans(start, self._credits or [])]
        candidates: list[tuple[int, Optional[Entity]]] = [
            (at, e) for at, e in named if e.type in wanted and self._agrees(e, gender) and ", " not in e.name]
        # an unnamed source agrees as a person ("a spokesman": he) or a group ("officials": they)
        candidates += [(at, None) for at, noun, plural in self._unnamed
                       if at < offset and (plural if gender is None else not plural and noun in {None, gender})]
        doc = pronoun.doc
        sentence = pronoun.sent
        earlier = doc[sentence.start - 1].sent if sentence.start > 0 else sentence
        window_start = earlier.start_char
        if gender is None:
            # "The city has been hit every night. It said …": a thing or place that is the subject just
            # before agrees too, and then the pronoun names no one
            candidates += [(t.idx, None) for t in doc[earlier.start:pronoun.i] if thing_subject(t, lower)
                           and not self._in_quote(t.idx)]
            candidates += [(t.idx, self._owned(t, owner).entity) for t, owner in  # "Cambodia's army …. It said"
                           owned_subjects(doc[earlier.start:pronoun.i], ORG_NOUNS | BODY_NOUNS) if not self._in_quote(t.idx)]
        if not candidates:  # "“…,” she said. Maria Lopez has lived …": the person named next
            return named_next(pronoun, self.analysis.entities, lambda e, at: self._agrees(e, gender)
                              and not self._in_quote(at)) if gender is not None else None
        # the source of a statement just before goes on as a subject does ("…, according to X. She said")
        subjects = [(at, e) for at, e in candidates if at >= window_start and (is_subject_at(doc, at) or (at, e) in self._recent)]
        if subjects:
            # The subject of a sentence's main clause ("*Judge Mary Wambui* said the evidence showed
            # Kariuki had …") over a later subject inside what was reported: the speaker goes on.
            # A subject inside a clause another one's verb embeds (what was asked or said) goes after it.
            starts = [at for at, _ in subjects]
            return max(subjects, key=lambda c: (is_main_subject_at(doc, c[0]) or c in self._recent,
                                                not embedded_in_other(doc, c[0], starts), c[0]))[1]
        return (subject_further_back(candidates, pronoun) or max(candidates, key=lambda c: c[0]))[1]

    def _agrees(self, entity: Entity, gender: Optional[str]) -> bool:
        if gender is None:
            return True
        if entity.id not in self._gender:
            for start, end in entity.mentions:
                found = (gender_near(self.doc, start, end) or own_clause_gender(self.doc, start, end)) \
                    if self.doc is not None else None
                if found:
                    self._gender[entity.id] = found
                    break
            else:
                named = given_name_gender(entity.name) if entity.type == "PERSON" else None
                if named:
                    self._gender[entity.id] = named  # "Hillary Clinton" is no "he"
        known = self._gender.get(entity.id)
        return known is None or known == gender

    def _in_quote(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.quoted)

    def _name_forces_before(self, head) -> None:
        """Make an organisation of each city's force named before ``head`` outside quotations, not
        only of those that spoke: "Toronto police arrested a man …, police said"."""
        for token in head.doc[:head.i]:
            if token.lower_ == "police" and not self._in_quote(token.idx):
                owner = owned_organisation(token)
                if owner is not None:
                    self._owned(token, owner)

    def _role_holder(self, head) -> Optional[Entity]:
        """The entity that holds the role named by a common noun ("the minister"), if any."""
        # a bare "police" only: "Police in Toronto said" defines its force in place, as "the deputy of …"
        if head.lower_ == "police" and not any(c.dep_ in {"det", "compound", "amod", "poss", "prep"} for c in head.children):
            self._name_forces_before(head)
            return named_police(self.analysis.entities, head.idx)  # "…, police said": the force named before
        if head.pos_ not in {"NOUN", "PROPN"} or not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in head.children):
            return owned_role_holder(self.analysis, head) if head.pos_ == "NOUN" else None
        lemma = head.lemma_.lower()
        holder = office_holder(self.analysis, head, lambda at: self._in_quote(at) or in_spans(at, self._credits or []))
        if holder is not None:
            return holder  # "the former secretary of state said" after "Hillary Clinton, the former …"
        if any(c.dep_ == "prep" for c in head.children):
            return None  # "the deputy of the Council": a role defined in place, not a back-reference
        if lemma in MEDIA_NOUNS:
            return outlet_before(self._recent, head.idx, self.analysis.text, self.analysis.entities)
        if lemma in ORG_NOUNS and head.tag_ in {"NNS", "NNPS"}:
            return None  # "the groups who wrote to her say": several organisations, none of them named one
        if lemma in ORG_NOUNS:
            # "the local business association" describes an organisation the article has not named:
            # only one whose name has the noun and a describing word is meant ("the interior ministry" is
            # not "Armenia's defence ministry"); a bare "the agency" may be the latest one
            described = [c for c in head.lefts if c.dep_ in {"amod", "compound", "nmod"}]
            return self._organisation_before(head.idx, lemma, described=described or None)
        if lemma in LED_BODY_NOUNS:  # "The campaign added" after "The Clinton campaign said"; the noun
            return self._organisation_before(head.idx, lemma, described=[head])  # as the describing word
        for entity in reversed(self.analysis.entities):
            if any(lemma in role.lower().split() for role in entity.roles):
                return entity
        return None

    def _organisation_before(self, offset: int, noun: str, described: Optional[list] = None) -> Optional[Entity]:
        """The organisation "the agency" refers back to: the latest one before it whose name has the
        noun ("the ministry" → "Health Ministry") and one of the ``described`` words if any ("the
        health ministry"; an origin says whose, not which: "the U.S. agency"), else (for a bare noun)
        the latest organisation."""
        words = {c.lower_ for c in described or [] if c.ent_type_ not in ORIGIN_LABELS}
        best: Optional[tuple[int, Entity]] = None
        named: Optional[tuple[int, Entity]] = None
        for entity in self.analysis.entities:
            if entity.type != "ORG" and not (entity.type == "PERSON" and self._described_as_organisation(entity)):
                continue
            for start, _ in entity.mentions:
                if start < offset and not self._in_quote(start) and not in_spans(start, self._credits or []):
                    if (best is None or start > best[0]) and not of_other_kind(entity.name, noun):
                        best = (start, entity)
                    if of_kind(entity.name, noun) and (named is None or start > named[0]) \
                            and (not words or words & set(name_words(entity.name))):
                        named = (start, entity)
        chosen = named or (None if described else best)
        return chosen[1] if chosen else None

    def _described_as_organisation(self, entity: Entity) -> bool:
        """True for a "person" the article calls an organisation where it names it ("the operator,
        Crestline Transport"): the recogniser's type is wrong, and "the company" may point to it."""
        doc: Any = self.doc  # a spaCy Doc once a source was resolved
        spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in entity.mentions] if doc is not None else []
        return any(span is not None and described_as_organisation(span.root, span.start_char) for span in spans)

    def _record_roles(self, head, span: tuple[int, int], speaker: Speaker) -> None:
        """Put the titles and the organisation the source phrase gives on the entity."""
        entity = speaker.entity
        if entity is None or entity.type != "PERSON" or speaker.name_span is None:
            return
        name_start, _ = speaker.name_span
        doc = head.doc
        role_tokens, affiliation = [], None
        for token in doc[head.left_edge.i:head.i + 1]:
            if token.idx >= name_start or token.idx < span[0]:
                continue
            owner = possessor(token)
            if owner is not None:
                found = self.analysis.entity_at(owner.idx, owner.idx + len(owner.text))
                if found is not None and found.type in {"ORG", "GPE"}:
                    affiliation = affiliation or found
                continue
            if token.is_punct or token.pos_ in {"DET", "PART"} or token.ent_type_ in ORIGIN_LABELS:
                continue
            role_tokens.append(token)
        if role_tokens and role_tokens[0].pos_ not in {"ADP", "NUM", "PRON"}:  # not "One" of "One of the rebels, X"
            role = " ".join(t.text for t in role_tokens).strip()
            if role and role not in entity.roles and role.lower() != entity.name.lower():
                entity.roles.append(role)
        if affiliation is not None and entity.affiliation is None and affiliation.id != entity.id:
            entity.affiliation = affiliation.id
