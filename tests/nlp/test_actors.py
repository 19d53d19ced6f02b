"""Actors: the seed article's entities, dictionary corrections, titles, acronyms and dated names."""
from __future__ import annotations

import pytest

from dateline.model import Analysis, Article
from dateline.nlp import actors, dates
from dateline.nlp.actors import actor_key, find_actors
from dateline.nlp.actors.dictionary import load_dictionary
from dateline.nlp.actors.grouping import trim_mention

PLOVER_SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
                  "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "IGO", "NGO"}


@pytest.fixture(scope="module")
def run_actors(nlp):
    """Parse a text and run dates and actors only: ``run_actors(text, published=None) -> (doc, Analysis)``."""
    def run(text: str, published: str | None = None):
        doc = nlp(text)
        analysis = Analysis(Article(text=text, published=published))
        analysis = dates.assign_published(doc, analysis)
        return doc, find_actors(doc, analysis)
    return run


@pytest.fixture(scope="module")
def seed(run_actors, seed_text):
    return run_actors(seed_text)


def _entity(analysis, name):
    for entity in analysis.entities:
        if entity.name == name or name in entity.aliases:
            return entity
    raise AssertionError(f"no entity named {name!r} in {[e.name for e in analysis.entities]}")


def _stands_alone(text, alias, names):
    """Whether ``alias`` occurs in ``text`` other than inside a longer one of ``names``."""
    covered = set()
    for name in (n for n in names if alias in n and n != alias):
        at = text.find(name)
        while at >= 0:
            covered.update(range(at, at + len(name)))
            at = text.find(name, at + 1)
    at = text.find(alias)
    while at >= 0:
        if at not in covered:
            return True
        at = text.find(alias, at + 1)
    return False


def test_seed_has_every_required_entity_with_its_type(seed, seed_gold):
    _, analysis = seed
    for gold in seed_gold["entities"]:
        if gold.get("optional"):
            continue
        entity = _entity(analysis, gold["name"])
        assert entity.type == gold["type"], gold["name"]
        assert entity.country == gold["country"], gold["name"]
        assert entity.sector == gold["sector"], gold["name"]
        names = {entity.name, *entity.aliases}
        seen_aliases = [a for a in gold["aliases"] if _stands_alone(analysis.text, a, [gold["name"], *gold["aliases"]])]
        assert set(seen_aliases) <= names, (gold["name"], seen_aliases, names)


def test_seed_roles_and_affiliation(seed):
    _, analysis = seed
    khatib = _entity(analysis, "Seyyed Ismail Khatib")
    assert khatib.roles == ["Minister of Intelligence"]
    assert {"Ismail Khatib", "Khatib"} <= set(khatib.aliases)
    karimi = _entity(analysis, "Bilal Karimi")
    iea = _entity(analysis, "Islamic Emirate of Afghanistan")
    assert karimi.roles == ["deputy spokesman"]
    assert karimi.affiliation == iea.id


def test_seed_one_entity_per_actor_and_no_wrong_kinds(seed):
    doc, analysis = seed
    names = [e.name for e in analysis.entities]
    assert len(names) == len(set(names))
    # "Daesh" is an organisation and "Khatib" a person, in the record and in the Doc places reads.
    labels = {(ent.text, ent.label_) for ent in doc.ents}
    assert ("Daesh", "GPE") not in labels and ("Daesh", "ORG") in labels
    assert ("Khatib", "ORG") not in labels and ("Khatib", "PERSON") in labels
    assert ("Seyyed Ismail Khatib", "PERSON") in labels
    iran = _entity(analysis, "Iran")
    assert [analysis.text[s:e] for s, e in iran.mentions][:2] == ["Iranian", "Tehran"]
    assert analysis.bad_spans() == []


def test_taliban_name_and_sector_follow_the_article_date(run_actors):
    text = "The Taliban said on Tuesday that they had attacked a police post in Helmand."
    _, before = run_actors(text, published="2010-06-01")
    _, after = run_actors(text, published="2022-06-01")
    old, new = _entity(before, "Taliban"), _entity(after, "Taliban")
    assert (old.name, old.sector, old.country) == ("Taliban", "REB", "AFG")
    assert (new.name, new.sector, new.country) == ("Islamic Emirate of Afghanistan", "GOV", "AFG")
    assert actor_key(old) == actor_key(new) == "org:taliban"


def test_same_actor_gets_the_same_key_across_articles(run_actors):
    _, first = run_actors("The IEA rejected the report on Monday.", published="2023-01-10")
    _, second = run_actors("A spokesman for the Islamic Emirate denied the claims.", published="2023-02-11")
    assert actor_key(first.entities[0]) == actor_key(_entity(second, "Islamic Emirate")) == "org:taliban"
    _, third = run_actors("Officials in Kabul met Human Rights Watch researchers.")
    assert actor_key(_entity(third, "Human Rights Watch")) == "org:hrw"


def test_capital_speaks_for_government_but_not_as_a_place(run_actors):
    _, analysis = run_actors("Tehran said on Monday it would send a delegation. The talks were held in Moscow.")
    iran = _entity(analysis, "Iran")
    assert iran.sector == "GOV" and iran.country == "IRN"
    moscow = _entity(analysis, "Moscow")
    assert (moscow.type, moscow.country, moscow.sector) == ("GPE", "RUS", None)
    assert actor_key(moscow) == "GPE:moscow"


def test_title_before_name_makes_a_person_with_role_and_country(run_actors):
    _, analysis = run_actors("German Foreign Minister Annalena Baerbock arrived in Kyiv, and Baerbock met "
                             "Ukrainian officials.", published="2023-05-01")
    person = _entity(analysis, "Annalena Baerbock")
    assert person.type == "PERSON"
    assert person.roles == ["Foreign Minister"]
    assert (person.country, person.sector) == ("DEU", "GOV")
    assert "Baerbock" in person.aliases


def test_former_official_is_eli(run_actors):
    _, analysis = run_actors("Former President Ashraf Ghani left the country in August.", published="2021-09-01")
    ghani = _entity(analysis, "Ashraf Ghani")
    assert ghani.sector == "ELI" and ghani.country == "AFG"


def test_acronym_defined_in_parentheses_joins_its_name(run_actors):
    text = ("The Afghanistan Independent Human Rights Commission (AIHRC) published a report. "
            "AIHRC researchers interviewed 300 families.")
    _, analysis = run_actors(text)
    commission = _entity(analysis, "Afghanistan Independent Human Rights Commission")
    assert "AIHRC" in commission.aliases
    assert len(commission.mentions) >= 2


def test_dictionary_groups_are_organisations(run_actors):
    doc, analysis = run_actors("Al-Shabaab fighters attacked a base near Mogadishu, and Boko Haram "
                               "kidnapped students in Nigeria.", published="2019-03-01")
    shabaab = _entity(analysis, "al-Shabaab")
    assert (shabaab.type, shabaab.country, shabaab.sector) == ("ORG", "SOM", "REB")
    assert _entity(analysis, "Boko Haram").type == "ORG"
    assert not any(ent.label_ == "GPE" and "Shabaab" in ent.text for ent in doc.ents)


def test_lowercase_us_is_not_the_united_states(run_actors):
    _, analysis = run_actors("They cooperated well with us, the US envoy said.")
    usa = _entity(analysis, "United States")
    assert [analysis.text[s:e] for s, e in usa.mentions] == ["US"]


def test_trim_mention_drops_leading_the_and_possessive():
    text = "the Islamic Emirate’s spokesman"
    assert trim_mention(text, 0, 21) == (4, 19)
    assert text[4:19] == "Islamic Emirate"


def test_dictionary_files_are_well_formed():
    dictionary = load_dictionary()
    iran = dictionary.actors["country:IRN"]
    assert dictionary.lookup("Iranian") == (iran, "demonym")
    assert dictionary.lookup("Tehran") == (iran, "government")
    for actor in dictionary.actors.values():
        for period in actor.periods:
            assert period.sector is None or period.sector in PLOVER_SECTORS, (actor.id, period.sector)
            assert period.country is None or (len(period.country) == 3 and period.country.isupper()), actor.id
    assert len([a for a in dictionary.actors if a.startswith("country:")]) > 240


def test_actors_keeps_the_pipeline_signature():
    assert actors.find_actors.__code__.co_argcount == 2
