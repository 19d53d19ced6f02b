"""Events: the two sides of a joint act named together as its subject ("A and B met", "A and B
negotiators agreed"): one is the actor, the other the recipient, never a setting or a party of the
act agreed on."""
from __future__ import annotations

import pytest


def _main(analysis):
    return next(v for v in analysis.events if v.main)


def _name(analysis, entity_id) -> str:
    entity = analysis.entity(entity_id) if entity_id else None
    return entity.name if entity is not None else ""


@pytest.mark.parametrize("text, actor, recipient", [
    ("Peruvian and Chilean navies have agreed to conduct a joint search exercise next month.", "Peru", "Chile"),
    ("Ghana and Togo's defence ministers met in Accra on Friday.", "Ghana", "Togo"),
])
def test_the_partner_in_a_joint_act_is_the_recipient(analyze, text, actor, recipient):
    analysis = analyze(text, published="2024-05-02")
    event = _main(analysis)
    assert (_name(analysis, event.actor), _name(analysis, event.recipient)) == (actor, recipient)


def test_a_party_the_joint_act_is_aimed_at_stays(analyze):
    text = "Brazil and Mexico signed a defence pact with Chile on Monday."
    analysis = analyze(text, published="2024-05-02")
    event = _main(analysis)
    assert _name(analysis, event.recipient) == "Chile"


@pytest.mark.parametrize("text, word, joint", [
    ("Hungary and Poland agreed to coordinate their response to the European Commission.", "agreed", True),
    ("Peruvian and Chilean navies have agreed to conduct a joint search exercise next month.", "agreed", True),
    ("Russia and China vetoed a draft resolution on Syria.", "vetoed", False),
])
def test_the_two_sides_of_a_joint_act_are_read_off_the_parse(nlp, text, word, joint):
    from dateline.nlp.events.roles import find_roles, joint_sides

    trigger = next(t for t in nlp(text) if t.text == word)
    assert joint_sides(find_roles(trigger)) is joint


@pytest.mark.parametrize("text, actor, recipient", [
    ("Ghana and Togo leaders meet in Lome to discuss border security.", "Ghana", "Togo"),
    ("Chile and Peru leaders agree to reopen the border crossing.", "Chile", "Peru"),
])
def test_the_two_countries_of_joint_leaders_are_its_sides(analyze, text, actor, recipient):
    analysis = analyze(text, published="2024-05-02")
    event = _main(analysis)
    assert (_name(analysis, event.actor), _name(analysis, event.recipient)) == (actor, recipient)
