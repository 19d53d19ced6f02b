"""A person called by part of the name given in full: the last words, or the first where one person
alone has them."""
from __future__ import annotations

from dateline.model import Entity
from dateline.nlp.actors.short_names import person_by_part


def _person(number: int, name: str) -> Entity:
    return Entity(id=f"E{number}", name=name, type="PERSON", mentions=[(0, len(name))])


def test_surname_then_unique_first_name():
    people = [_person(1, "Prabowo Subianto"), _person(2, "Anwar Ibrahim"), _person(3, "Anwar Sadat")]
    assert person_by_part(people, "Subianto").id == "E1"
    assert person_by_part(people, "Prabowo").id == "E1"
    assert person_by_part(people, "Ibrahim").id == "E2"
    assert person_by_part(people, "Anwar") is None  # two people open with it: neither is meant for sure
    assert person_by_part(people, "Jokowi") is None


def test_a_speaker_called_by_the_first_name_is_the_person(analyze):
    text = ("Indonesian Finance Minister Sri Wahyuni Hartono met investors in Surabaya on Friday.\n\n"
            "Sri Wahyuni said the budget deficit would stay below three percent of output next year.")
    analysis = analyze(text, published="2025-03-07")
    statement = next(s for s in analysis.statements if s.cue == "said")
    speaker = analysis.entity(statement.speaker)
    assert speaker is not None and speaker.name == "Sri Wahyuni Hartono", (statement.speaker_text, speaker)
