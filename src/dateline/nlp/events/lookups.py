"""Look-ups every candidate event of a sentence repeats, made once per sentence.

For each candidate trigger, the events component asks which entity an argument's phrase names
(:func:`.roles.argument_entity`), which parties the sentence holds
(:func:`.party_model.party_candidates`) and which place a word of the trigger's clause names.
Each question walked every mention of the article, though a sentence holds a small share of them.

A :class:`SentenceLookups` keeps the mentions that touch its sentence, in the analysis's order
(so ties break as before), and the sentence's party candidates. It is made when the sentence's
events are coded, after the events of earlier sentences registered their parties, and is used
only while that sentence is coded: :func:`.stage.find_events` registers a sentence's new parties
once all of its events are found, so the entities it sees cannot change under it.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Any, Optional

from ...model import Analysis, Place
from .doc_facts import positions
from .party_model import PartyCandidate, party_candidates
from .roles import MentionList, actor_mentions


class SentenceLookups:
    """The mentions touching one sentence, and its party candidates (computed on first use).

    Args:
        sent: a spaCy sentence Span.
        analysis: the record with entities and places found.
    """

    def __init__(self, sent, analysis: Analysis) -> None:
        self.sent = sent
        self.analysis = analysis
        # Each is made on first use (many sentences open no event and never ask); plain attributes
        # rather than cached_property, whose lock every candidate would take.
        self._actors: Optional[MentionList] = None
        self._places: Optional[list[tuple[Place, int, int]]] = None
        self._place_words: Optional[list[tuple[Any, Place]]] = None
        self._root = None
        self._parties: Optional[list[PartyCandidate]] = None
        # The candidates' blended type beliefs, with the arrays they were made from, kept by
        # :func:`.coding.sentence_events` for the sentence's second pass.
        self.blended: Optional[tuple] = None

    # "Touching" includes mentions that only border the sentence: a superset of those that
    # overlap any span inside it, which is all the look-ups below ask about.

    @property
    def actors(self) -> MentionList:
        """The actor-like entity mentions touching the sentence (:func:`.roles.actor_mentions`)."""
        if self._actors is None:
            self._actors = actor_mentions(self.analysis, self.sent.start_char, self.sent.end_char)
        return self._actors

    @property
    def places(self) -> list[tuple[Place, int, int]]:
        """The place mentions touching the sentence, place by place in the analysis's order."""
        if self._places is None:
            start, end = self.sent.start_char, self.sent.end_char
            self._places = [(place, m_start, m_end) for place in self.analysis.places
                            for m_start, m_end in place.mentions if m_start <= end and m_end >= start]
        return self._places

    @property
    def root(self):
        """The sentence's root word."""
        if self._root is None:
            self._root = self.sent.root
        return self._root

    @property
    def parties(self) -> list[PartyCandidate]:
        """The sentence's parties (:func:`.party_model.party_candidates`), shared by both passes
        of :func:`.stage.find_events` over the sentence."""
        if self._parties is None:
            self._parties = party_candidates(self.sent, self.analysis, self.actors)
        return self._parties

    @property
    def place_words(self) -> list[tuple[Any, Place]]:
        """The sentence's words in an entity that name a place (:meth:`place_at`), in text order."""
        if self._place_words is None:
            sent, named = self.sent, positions(self.sent.doc, "ENT_TYPE")  # (only words in an entity become Tokens)
            self._place_words = [(token, place) for token in (sent.doc[i] for i in named[bisect_left(named, sent.start):
                                                                                          bisect_left(named, sent.end)])
                                 for place in [self.place_at(token.idx, token.idx + len(token))] if place is not None]
        return self._place_words

    def place_at(self, start: int, end: int) -> Optional[Place]:
        """:meth:`Analysis.place_at` for a span inside the sentence: the first place, in the
        analysis's order, with a mention overlapping ``[start, end)``."""
        for place, m_start, m_end in self.places:
            if min(end, m_end) > max(start, m_start):
                return place
        return None


__all__ = ["SentenceLookups"]
