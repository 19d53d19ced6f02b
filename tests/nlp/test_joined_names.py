"""Organisation names the recogniser cuts at their "and" (nlp/actors/joined_names.py), and who a
pronoun names when the sentence before reports someone else's deed. Sentences of our own."""
from __future__ import annotations


def test_an_organisation_named_with_and_is_one_entity(analyze):
    text = "The Ethics and Anti-Corruption Commission said it was investigating six officials."
    analysis = analyze(text)
    names = [e.name for e in analysis.entities]
    assert "Ethics and Anti-Corruption Commission" in names, names
    assert "Ethics" not in names, names
    speakers = [s.speaker_name for s in analysis.statements]
    assert speakers == ["Ethics and Anti-Corruption Commission"], speakers


def test_two_parties_joined_by_and_stay_two(analyze):
    text = "Officials from Kenya and Uganda met in Nairobi with the World Bank."
    names = [e.name for e in analyze(text).entities]
    assert "Kenya" in names and "Uganda" in names, names


def test_she_is_the_speaker_who_goes_on_not_the_one_she_reported(analyze):
    text = ('Judge Mary Wambui said the evidence showed Kariuki had received $2.4 million. '
            '"The accused betrayed the trust of the Kenyan people," she said.')
    analysis = analyze(text)
    quoted = [s for s in analysis.statements if s.content.startswith("The accused")]
    assert quoted and quoted[0].speaker_name == "Mary Wambui", [(s.speaker_name, s.content) for s in analysis.statements]
