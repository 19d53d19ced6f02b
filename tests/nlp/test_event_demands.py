"""Demands and refusals said in so many words: "Y must withdraw" asked by the speaker, "will not accept"
stated (issue 15: PLOVER codes the REQUEST and the REJECT, not the act asked for or refused)."""
from __future__ import annotations

import pytest

from dateline.nlp.events.parsed_parties import obliged, self_obliged
from dateline.nlp.events.types import sentence_features, trigger_features


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word, wanted", [
    ("The minister said the rebels must leave the city.", "leave", {"MUST", "MUST+DEP=ccomp"}),
    ("Officials said the port should reopen soon.", "reopen", {"MUST"}),
    ("The union said it will not accept the offer.", "accept", {"NEG", "FUT", "NEG+FUT"}),
])
def test_trigger_features_see_obligation_and_refusal(nlp, text, word, wanted):
    assert wanted <= set(trigger_features(_token(nlp(text), word)))


@pytest.mark.parametrize("text, word", [
    ("The rebels left the city on Monday.", "left"),
    ("The union did not accept the offer.", "accept"),  # a plain negation is no stated refusal
])
def test_plain_verbs_carry_neither(nlp, text, word):
    feats = set(trigger_features(_token(nlp(text), word)))
    assert not feats & {"MUST", "NEG+FUT"}


def test_sentence_features_see_modals_and_negation(nlp):
    assert {"MUSTSENT"} <= set(sentence_features(nlp("The minister said the rebels must leave the city.")[:]))
    assert {"NEGSENT", "NEGFUTSENT"} <= set(sentence_features(nlp("The union said it will not accept the offer.")[:]))
    plain = set(sentence_features(nlp("The rebels left the city on Monday.")[:]))
    assert not plain & {"MUSTSENT", "NEGSENT", "NEGFUTSENT"}


def test_obliged(nlp):
    assert obliged(_token(nlp("Chile said Peru must withdraw its troops."), "withdraw"))
    assert not obliged(_token(nlp("Peru withdrew its troops."), "withdrew"))


def test_a_resolve_for_ones_own_side_is_no_request(nlp):
    assert self_obliged(_token(nlp("\"We must act quickly,\" the minister said."), "act"))
    assert not self_obliged(_token(nlp("The minister said the rebels must act quickly."), "act"))
