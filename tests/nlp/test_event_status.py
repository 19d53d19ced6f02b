"""What a sentence says of an event (status) and the casualties it states (issue 15)."""
from __future__ import annotations

import pytest

from dateline.nlp.events.status import casualties, event_status


def _token(nlp, text, word):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word, status", [
    ("Police arrested two protesters in the capital.", "arrested", "asserted"),
    ("The army did not attack the camp.", "attack", "negated"),
    ("The rebels denied attacking the convoy.", "attacking", "negated"),
    ("The ministers will meet in Geneva next week.", "meet", "future"),
    ("The president plans to visit Tokyo.", "visit", "future"),
    ("The group could strike again.", "strike", "hypothetical"),
])
def test_event_status(nlp, text, word, status):
    assert event_status(_token(nlp, text, word)) == status


@pytest.mark.parametrize("text, fatalities, injuries", [
    ("A missile strike killed seven people and injured 22 on Saturday.", 7, 22),
    ("The shelling killed 14 civilians and wounded 30.", 14, 30),
    ("At least 12 people were killed in the attack.", 12, None),
    ("Gunmen attacked the village on Monday.", None, None),
])
def test_casualties(nlp, text, fatalities, injuries):
    doc = nlp(text)
    found = casualties(doc[:])
    assert found.get("fatalities", (None,))[0] == fatalities
    assert found.get("injuries", (None,))[0] == injuries
    for _value, (start, end) in found.values():
        assert text[start:end].isdigit() or text[start:end].isalpha()


def test_listing_default_is_the_calibrations():
    from dateline.nlp.events.calibration import load_calibrator
    from dateline.store.queries import DEFAULT_MIN_CONFIDENCE

    calibrator = load_calibrator()
    assert calibrator is not None
    assert calibrator.about["min_confidence"] == DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize("sentence, trigger, status", [
    ("The union will strike until the government honours the agreement.", "honours", "future"),
    ("Talks will resume before the army withdraws its troops.", "withdraws", "future"),
    ("The rebels fought until the army withdrew its troops.", "withdrew", "asserted"),
])
def test_a_clause_that_has_not_happened_yet_is_future(nlp, sentence, trigger, status):
    doc = nlp(sentence)
    assert event_status(next(t for t in doc if t.text == trigger)) == status
