"""Resolving place mentions: one gazetteer entry per distinct name, chosen with the article's context.

``resolve`` scores each candidate by population, feature type and the article's context: the countries
and provinces the other names probably lie in (jointly: each name holds a probability over its
candidates, updated for a few rounds), the countries the actors belong to (not those the actors
component read off a place name itself: "Dublin City Council" as Irish), words that say which
country's press wrote it (``places/country_cues.tsv``: "sheriff", "township", US phone numbers), other
names read as countries ("Mexico, China and Japan") or demonyms ("Georgian"), the other names' towns
and districts that lie near a candidate (a local story's neighbouring towns), and an "X, Y" pair where
Y contains X. One name keeps one sense within an article, and a name the model marked as a place
once is a place in its other mentions too ("Lebanon Police").

The scoring weights were set on the first 300 LGL articles and the first 100 GeoVirus articles,
and checked on all of both (``dateline eval places``).
"""
from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from typing import Optional

from ...gazetteer import Entry, name_key
from ...model import Analysis
from .evidence import NEAR_KM, actor_countries, area_code_provinces, cue_countries, neighbours
from .tables import Mention, place_tables

log = logging.getLogger(__name__)

# Scoring weights (see the module docstring for how they were set).
FEATURE_PRIOR = {"country": 4.0, "region": 3.0, "admin1": 3.0, "city": 0.0, "admin2": -0.5, "physical": 0.0}
# "the Pacific", "the Balkans": a name written with "the" is a sea, a range or a region far more
# often than a town.
DEFINITE_FEATURE_BONUS = 2.0
# Provinces of fewer people than this lose part of the province prior (all of it at a tenth).
SMALL_PROVINCE = 1_000_000
MAIN_NAME_BONUS = 1.5  # the name as written is the entry's own name, not one of its alternates
ALTERNATE_NAME_PENALTY = -2.0  # an alternate name of a town must be far bigger to beat a town's own name
CAPITAL_BONUS = 4.5  # "Washington" is the capital before the state, as in LGL (12 of 13)
FEATURE_HINT_BONUS = 5.0  # "X province" and the candidate is a province
SAME_COUNTRY_BONUS = 3.0  # another mention or an actor belongs to the candidate's country
HOME_COUNTRY_BONUS = 3.0  # the country most of the article's places lie in
# The home country's bonus is full when the rest of the article gives it this much support (two
# places' or actors' worth), less in proportion below: one foreign street or hamlet among weak names
# made its country "home" ("Hungerford St." turned Hartford police into Hartford, England). Set on
# LGL 0-299 (1.0, 2.0, 3.0 tried: 2.0 and 3.0 gain 4 and 5 toponyms; GeoVirus unchanged).
HOME_FULL = 2.0
SAME_ADMIN1_BONUS = 3.0  # another mention names the candidate's province, or lies in it
PAIR_BONUS = 8.0  # "Alexandria, La.": the next name contains the candidate
COUNTRY_PEER_BONUS = 3.0  # other names of the article are countries ("Mexico, China and Japan")
# ... per two such names, up to this many: a story naming eight countries ("Italy" among "Russia",
# "China", "Japan") is about the world, whatever small towns of one state it also names. Set on LGL
# 0-299 and GeoVirus (2, 3, 4, 6 tried: 4 and 6 gain one toponym on each; 2 was the cap before).
PEERS_FULL = 4.0
DEMONYM_BONUS = 3.0
# A name in a list of provinces or countries ("Washington, Pennsylvania and California") is one too:
# this much times the share of the list's other names read as that kind of place.
LIST_BONUS = 3.0  # the article also calls something of the candidate country by its demonym
# A town, district or province abroad (LONE_FEATURES) that no other name, actor or cue supports
# (less than LONE_SUPPORT) loses up to LONE_FOREIGN_PENALTY, in proportion to the support for the
# article's home country (full at LONE_HOME_CAP): "Dublin" in a story full of Ohio's places and
# offices, "Washington" (the state) in a story about Thailand.
LONE_FOREIGN_PENALTY = 3.0
LONE_SUPPORT = 0.5
LONE_HOME_CAP = 4.0
LONE_FEATURES = ("city", "admin2", "admin1")
# A candidate gains NEAR_BONUS for each other name with a town or district candidate within
# evidence.NEAR_KM, up to NEAR_CAP names (weights set on LGL 0-299 and GeoVirus).
NEAR_BONUS = 1.0
NEAR_CAP = 3.0
# Passes of resolution: the first without context, each next one with the previous one's beliefs.
# Every name is updated at once from the others' last beliefs, so two names that vouch for each other
# can swap at every pass ("London" and "Toronto": one in Ontario while the other is in Ohio, then the
# reverse) and the answer depended on whether the count of passes was odd (5 and 6 passes differed by
# 3 toponyms on LGL 0-299). Each pass keeps DAMPING of the name's previous belief, which settles them:
# with 0.5, 8, 10 and 12 passes give the same figures on LGL 0-299 and GeoVirus (0.3 too).
CONTEXT_ROUNDS = 8
DAMPING = 0.5
# Softness of a name's belief over its candidates, in score units (a score is about log10 people).
TEMPERATURE = 1.0
# Candidates kept per name, best prior first.
MAX_CANDIDATES = 40
# A name the model did not mark counts this much as context for the others.
WEAK_CONTEXT_WEIGHT = 0.3
# A name the model did not mark as a place must be a country, a province, a big town, or a town
# in a province the article already names: otherwise a capitalised word is too weak a sign.
WEAK_CITY_POPULATION = 100_000
# A place the model labelled as something else as a whole ("Kursk" as PRODUCT) needs this much
# support for its country from the rest of the article (about one other place or actor there).
MISTYPED_SUPPORT = 1.0
# ... and must be a town of this many people: a hamlet's name is far more often a surname or a
# brand ("Clinton", "Dodge" as PERSON and PRODUCT in LGL's US news).
MISTYPED_POPULATION = 20_000
# "X region" where GeoNames has no province called X: the province of a town X of this many people.
NAMESAKE_PROVINCE_TOWN = 50_000
# "Tehran", "Baghdad", "Sao Paulo" (22%), "Hamburg" (36%): a province named after a city that holds
# this share of its people is meant as the city, unless the text says "state"/"province" ("the state
# of Sao Paulo"). A province far bigger than its namesake town stays the province: "Quebec" (5%),
# "Donetsk" (14%), "Oaxaca" (9%). "New York" stays the state whatever the share: the city's own name
# is "New York City", as LGL and GeoVirus mostly mean the state.
NAMESAKE_CITY_SHARE = 0.2


def _prior(entry: Entry, mention: Mention, why: Optional[list] = None) -> float:
    """How likely ``entry`` is meant by ``mention`` before the rest of the article is read.

    ``why``, when given, receives (reason, score) for each part of the score.
    """
    explain = why is not None  # reasons are written only for ``why``: formatting them costs more than the sums
    parts = [(explain and f"population {entry.population:,}", math.log10(entry.population + 10)),
             (explain and f"feature {entry.feature}", FEATURE_PRIOR.get(entry.feature, -1.0))]
    if entry.feature == "admin1" and entry.population < SMALL_PROVINCE:
        # A parish of Jamaica or Antigua is no likelier than a town of the same people.
        # The prior fades from all at SMALL_PROVINCE people to none at a tenth of that.
        fade = min(1.0, math.log10(SMALL_PROVINCE / (entry.population + 10)))
        parts.append(("small province", -FEATURE_PRIOR["admin1"] * fade))
    if entry.feature == "admin1" and mention.hint != "admin1" and (
            _namesake_city(entry, mention.candidates)
            or any(c.feature == "country" and c.country == entry.country for c in mention.candidates[:3])):
        # "Tehran" the city, "Mexico" the country: not the province named after them.
        parts.append(("province named after its city or country", -FEATURE_PRIOR["admin1"] - 1.0))
    if entry.main:
        parts.append(("the entry's own name", MAIN_NAME_BONUS))
        if entry.feature == "city" and _capital(entry, mention.candidates):
            parts.append(("capital", CAPITAL_BONUS))
    elif entry.feature in ("city", "admin2"):
        parts.append(("an alternate name only", ALTERNATE_NAME_PENALTY))
    if mention.definite and entry.feature in ("physical", "region"):
        parts.append(("written with 'the'", DEFINITE_FEATURE_BONUS))
    if mention.hint and mention.hint == entry.feature:
        parts.append((explain and f"the text says {mention.hint}", FEATURE_HINT_BONUS))
    if why is not None:
        why.extend(parts)
    return sum(value for _, value in parts)


def _capital(entry: Entry, candidates: tuple[Entry, ...]) -> bool:
    """True when ``entry`` is its country's capital: GeoNames names the capital of a country, not
    its entry, so of the towns of that name in the country the most populous is taken (Washington,
    D.C., not the 25 other Washingtons of the US)."""
    if (entry.country, entry.name) not in place_tables().capitals:
        return False
    return not any(c.feature == "city" and c.country == entry.country and c.name == entry.name
                   and c.population > entry.population for c in candidates)


def _namesake_provinces(candidates: tuple[Entry, ...], gazetteer) -> tuple[Entry, ...]:
    """The provinces of the big towns among ``candidates``: "Poltava region" and "Odesa region" are
    the oblasts of those cities, though GeoNames spells them "Poltava Oblast" and "Odessa"."""
    provinces = []
    for city in candidates:
        if city.feature == "city" and city.admin1_code and city.population >= NAMESAKE_PROVINCE_TOWN:
            province = gazetteer.province(city.admin1_code)
            if province is not None and province not in provinces:
                provinces.append(province)
    return tuple(provinces)


def _namesake_city(province: Entry, candidates: tuple[Entry, ...]) -> bool:
    """True when a city of the same name holds most of this province's people."""
    return any(c.feature == "city" and c.main and c.admin1_code == province.admin1_code
               and c.population >= NAMESAKE_CITY_SHARE * max(province.population, 1) for c in candidates)


def _namesake_abroad(entry: Entry) -> bool:
    """Whether an entry is too slight to stand abroad on its own: a town known only by an alternate
    spelling, or a town or district of no recorded people (GeoNames' placeholder districts)."""
    return entry.feature == "city" and not entry.main or entry.feature in ("city", "admin2") and entry.population == 0


def _accept(entry: Entry, mention: Mention, admin1s: dict[str, float], countries: dict[str, float]) -> bool:
    """Whether a mention's best entry is likely enough to be a place.

    ``admin1s`` counts only what the model-marked mentions resolved to: weak names ("March",
    "Street") would otherwise vouch for each other. ``countries`` is the article's support per
    country (its other places, actors and cues).
    """
    if mention.street or (mention.definite and entry.feature == "admin2" and not entry.main and not mention.hint):
        # A street's name; or "the Gulf", "the Red River": a county's name without its "County"
        # after "the" is a sea's, a river's or a region's the gazetteer lacks, not the county's.
        return False
    support = countries.get(entry.country or "", 0.0)
    home = max(countries, key=countries.__getitem__) if countries else None
    if (_namesake_abroad(entry) and support < LONE_SUPPORT and home is not None
            and countries[home] >= 1.0 and not mention.pair and not mention.hint):
        # "Tawila" in a story about Sudan, "Bangu" (a Rio district) in a story about Brazil: only a
        # namesake in a country the article never mentions; better no place than a wrong one.
        return False
    if (mention.common and entry.feature in ("city", "admin2") and entry.population < WEAK_CITY_POPULATION
            and not mention.hint and mention.pair is None):
        # "Council", "March", "Street": the article uses the word as a word.
        return False
    if mention.strong or entry.feature in ("country", "region") or (entry.feature == "admin1" and not mention.nested):
        return True
    if mention.hint or mention.pair is not None:
        return True
    in_context = bool(entry.admin1_code and admin1s.get(entry.admin1_code, 0) >= 0.5)
    if mention.nested:
        # "Education Minnesota", "Shanghai Cooperation Organization": a name inside a name is a
        # place only where the article's own places are, or for a local institution; a place the
        # model mislabelled as a whole ("Kursk" as PRODUCT) where the article's country is.
        # A sea, a pass or a range lies in no country; its whole name is sign enough ("Shipki La"
        # as WORK_OF_ART).
        return in_context or mention.local or mention.mistyped and (
            entry.feature in ("physical", "region") and entry.country is None
            or support >= MISTYPED_SUPPORT and entry.population >= MISTYPED_POPULATION)
    if entry.feature == "city" and entry.population >= WEAK_CITY_POPULATION:
        return True
    return in_context


@dataclass
class _Name:
    """One distinct name of the article with its candidates and their current probabilities."""

    key: str
    mentions: list[Mention]
    entries: list[Entry]
    prior: list[float]
    weight: float  # how much this name's places count as context for the others
    probs: list[float] = field(default_factory=list)
    context: Optional["_Context"] = None  # what the other names said in the last round

    def nations(self) -> float:
        """Probability that this name is a country."""
        return sum(p for entry, p in zip(self.entries, self.probs) if entry.feature == "country")

    def shares(self) -> tuple[dict[str, float], dict[str, float]]:
        """Probability mass per country and per province."""
        countries: dict[str, float] = {}
        admin1s: dict[str, float] = {}
        for entry, p in zip(self.entries, self.probs):
            if entry.country:
                countries[entry.country] = countries.get(entry.country, 0.0) + p
            if entry.admin1_code:
                admin1s[entry.admin1_code] = admin1s.get(entry.admin1_code, 0.0) + p
        return countries, admin1s


@dataclass
class _Context:
    """What the rest of the article says when one name is resolved."""

    countries: dict[str, float]
    admin1s: dict[str, float]
    home: Optional[str]
    pair: Optional[_Name]
    peers: float  # how many other names are countries
    demonyms: set[str]
    near: dict[int, float] = field(default_factory=dict)  # per candidate id: weight of the names near it
    listed: list["_Name"] = field(default_factory=list)  # the other names of a list it stands in
    pair_of: Optional["_Name"] = None  # the "X" of "X, Y" when this name is the "Y"


def _article_score(entry: Entry, context: _Context, why: Optional[list] = None) -> float:
    """The context part of a candidate's score (see ``_context_score``), with countries' peers and demonyms."""
    score = _context_score(entry, context.countries, context.admin1s, context.home, context.pair, why)
    explain = why is not None
    parts = []
    if entry.feature == "country" and context.peers:
        parts.append((explain and f"other names are countries ({context.peers:.1f})",
                      COUNTRY_PEER_BONUS * min(context.peers, PEERS_FULL) / 2.0))
    if entry.feature == "country" and entry.country in context.demonyms:
        parts.append(("the article uses its demonym", DEMONYM_BONUS))
    if entry.feature in ("country", "admin1") and context.listed:
        share = sum(p for other in context.listed for e, p in zip(other.entries, other.probs)
                    if e.feature == entry.feature) / len(context.listed)
        parts.append((explain and f"in a list of {entry.feature} names ({share:.1f})", LIST_BONUS * share))
    if context.pair_of is not None and entry.feature in ("admin1", "country"):
        # "Mississauga, Ontario": the province of the town before it, as the town is the one in it.
        inside = sum(p for e, p in zip(context.pair_of.entries, context.pair_of.probs) if e.feature != entry.feature
                     and (e.admin1_code == entry.admin1_code if entry.feature == "admin1" else e.country == entry.country))
        if inside:
            parts.append((explain and f"the name before it lies in it ({inside:.1f})", PAIR_BONUS * inside))
    near = context.near.get(entry.geonameid)
    if near:
        parts.append((explain and f"other names have places within {NEAR_KM:.0f} km ({near:.1f})",
                      NEAR_BONUS * min(near, NEAR_CAP)))
    if why is not None:
        why.extend(parts)
    return score + sum(value for _, value in parts)


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    weights = [math.exp((s - top) / TEMPERATURE) for s in scores]
    total = sum(weights)
    return [w / total for w in weights]


def _context_score(entry: Entry, countries: dict[str, float], admin1s: dict[str, float], home: Optional[str],
                   pair: Optional[_Name], why: Optional[list] = None) -> float:
    """What the article's other places say for ``entry``: shared country, shared province, "X, Y".

    ``why``, when given, receives (reason, score) for each part of the score.
    """
    explain = why is not None
    parts = []
    support = countries.get(entry.country or "", 0.0)
    if support:
        parts.append((explain and f"the article's places and actors in {entry.country} ({support:.1f})",
                      SAME_COUNTRY_BONUS * min(support, 3.0) / 3.0 + SAME_COUNTRY_BONUS / 2 * min(support, 1.0)))
    # The home country's bonus grows with its support, full at HOME_FULL: a lone street or a word
    # that happens to be a foreign hamlet's name should not make its country the article's home.
    home_share = min(countries[home] / HOME_FULL, 1.0) if home else 0.0
    if home and entry.country == home and entry.feature != "country":
        parts.append((explain and f"in the article's home country {home}", HOME_COUNTRY_BONUS * home_share))
    elif home and entry.country is None and entry.feature in ("region", "physical"):
        # A sea, a range or a continent lies in no country, so no country vouches for it; it
        # should not lose to a hamlet of the home country that shares its name ("Atlantic",
        # "Middle East", a neighbourhood of Baltimore): it counts as lying in the home country.
        home_support = countries[home]
        parts.append(("lies in no country: counts as home", HOME_COUNTRY_BONUS * home_share + SAME_COUNTRY_BONUS * min(
            home_support, 3.0) / 3.0 + SAME_COUNTRY_BONUS / 2 * min(home_support, 1.0)))
    elif home and support < LONE_SUPPORT and entry.feature in LONE_FEATURES:
        # A town or province abroad that nothing else in the article points to (see LONE_FOREIGN_PENALTY).
        parts.append((explain and f"abroad, while the article is about {home}",
                      -LONE_FOREIGN_PENALTY * min(countries[home], LONE_HOME_CAP) / LONE_HOME_CAP))
    if entry.admin1_code and admin1s.get(entry.admin1_code):
        parts.append((explain and f"the article's places in {entry.admin1 or entry.admin1_code} "
                                  f"({admin1s[entry.admin1_code]:.1f})",
                      SAME_ADMIN1_BONUS * min(admin1s[entry.admin1_code], 2.0) / 2.0 * (
                          2.0 if entry.feature in ("city", "admin2") else 1.0)))
    if pair is not None:
        if entry.feature != "admin1" and entry.admin1_code:
            parts.append(("the name after it is its province", PAIR_BONUS * sum(
                p for e, p in zip(pair.entries, pair.probs) if e.feature == "admin1" and e.admin1_code == entry.admin1_code)))
        if entry.feature != "country" and entry.country:
            parts.append(("the name after it is its country", PAIR_BONUS * sum(
                p for e, p in zip(pair.entries, pair.probs) if e.feature == "country" and e.country == entry.country)))
    parts = [(reason, value) for reason, value in parts if value]
    if why is not None:
        why.extend(parts)
    return sum(value for _, value in parts)


def resolve(mentions: list[Mention], analysis: Analysis) -> list[tuple[Mention, Entry]]:
    """Pick one gazetteer entry per mention using the whole article as context.

    Every distinct name holds a probability over its candidates, first from its prior alone;
    then, for a few rounds, each name's candidates are rescored by the countries and provinces
    the *other* names probably lie in (their probability mass, not only their current best
    choice, so one wrong early pick does not drag the rest along), the actors' countries and an
    "X, Y" partner. Every mention of the same name gets the same entry.

    Returns:
        (mention, entry) pairs for the mentions that resolved, in text order.
    """
    names = beliefs(mentions, analysis)
    return _accepted(names)


def beliefs(mentions: list[Mention], analysis: Analysis) -> dict[str, "_Name"]:
    """Every distinct name of the article with its candidates, their priors and their final
    probabilities (the rounds of ``resolve``); ``dateline place`` shows them."""
    tables = place_tables()
    gazetteer = tables.gazetteer
    context_countries = actor_countries(analysis, mentions)
    for iso2, evidence in cue_countries(analysis.text).items():
        context_countries[iso2] = context_countries.get(iso2, 0.0) + evidence
    for mention in mentions:
        if mention.country:
            country = gazetteer.country(mention.country)
            mention.candidates = (country,) if country else ()
        else:
            mention.candidates = gazetteer.candidates(mention.name)
            if mention.hint == "admin1" and not any(c.feature == "admin1" for c in mention.candidates):
                mention.candidates += _namesake_provinces(mention.candidates, gazetteer)

    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.candidates:
            groups.setdefault(_key_of(mention), []).append(mention)
    names: dict[str, _Name] = {}
    for key, group in groups.items():
        pool = {e.geonameid: e for m in group for e in m.candidates[:200]}
        scored = sorted(((max(_prior(e, m) for m in group), e) for e in pool.values()), key=lambda x: -x[0])
        scored = scored[:MAX_CANDIDATES]
        weight = 1.0 if any(m.strong for m in group) else WEAK_CONTEXT_WEIGHT
        names[key] = _Name(key, group, [e for _, e in scored], [s for s, _ in scored], weight)
        names[key].probs = _softmax(names[key].prior)

    # Countries the article names by a demonym: "Georgian authorities" settles "Georgia".
    demonyms = {key.rsplit("|", 1)[1] for key in names if not key.endswith("|")}
    _context_rounds(names, context_countries, area_code_provinces(analysis.text), demonyms)
    return names


def _context_rounds(names: dict[str, "_Name"], actor_countries: dict[str, float], cue_admin1s: dict[str, float],
                    demonyms: set[str]) -> None:
    """Update every name's probabilities for ``CONTEXT_ROUNDS`` rounds from the other names' beliefs,
    the actors' and cues' countries and the provinces of the article's phone numbers."""
    near = neighbours(names)
    pair_of: dict[str, _Name] = {}  # "Y" -> "X" of "X, Y"
    for key, name in names.items():
        for mention in name.mentions:
            if mention.pair is not None and _key_of(mention.pair) in names and _key_of(mention.pair) != key:
                pair_of.setdefault(_key_of(mention.pair), name)
    for round_ in range(CONTEXT_ROUNDS):
        shares = {key: name.shares() for key, name in names.items()}
        total_c: dict[str, float] = dict(actor_countries)
        total_a: dict[str, float] = dict(cue_admin1s)
        total_nations = 0.0
        for key, (countries, admin1s) in shares.items():
            w = names[key].weight
            total_nations += w * names[key].nations()
            for code, p in countries.items():
                total_c[code] = total_c.get(code, 0.0) + w * p
            for code, p in admin1s.items():
                total_a[code] = total_a.get(code, 0.0) + w * p
        # What all names say, less each name's own share below: only its own keys change (a share
        # is never negative, so a total at or under the floor stays under it for every name).
        kept_c = {c: v for c, v in total_c.items() if v > 1e-6}
        kept_a = {a: v for a, v in total_a.items() if v > 1e-6}
        updated = {}
        for key, name in names.items():
            own_c, own_a = shares[key]
            own_n = name.nations()
            countries = _less_own(kept_c, total_c, own_c, name.weight)
            admin1s = _less_own(kept_a, total_a, own_a, name.weight)
            # Other names read as countries: "Mexico, China, Japan and Brazil" are countries, not
            # the towns of Maine that share their names.
            peers = total_nations - name.weight * own_n
            home = max(countries, key=countries.__getitem__) if countries else None
            pair_mention = next((m.pair for m in name.mentions if m.pair is not None), None)
            pair = names.get(_key_of(pair_mention)) if pair_mention is not None else None
            if pair is name:
                pair = None
            listed = {_key_of(other) for m in name.mentions for other in m.listed} - {key}
            name.context = _Context(countries, admin1s, home, pair, peers, demonyms, near[key],
                                    [names[k] for k in sorted(listed) if k in names], pair_of.get(key))
            updated[key] = _softmax([prior + _article_score(entry, name.context)
                                     for entry, prior in zip(name.entries, name.prior)])
        for key, probs in updated.items():
            if round_ > 0:  # the first round starts from the priors alone; later ones are damped
                probs = [DAMPING * old + (1 - DAMPING) * new for old, new in zip(names[key].probs, probs)]
            names[key].probs = probs


def _less_own(kept: dict[str, float], totals: dict[str, float], own: dict[str, float],
              weight: float) -> dict[str, float]:
    """``totals`` less ``weight`` times ``own``, keeping only values over 1e-6, in ``totals``' order.

    ``kept`` is ``totals`` with only the values over 1e-6: the keys ``own`` lacks keep those values.
    """
    result = dict(kept)
    for code, share in own.items():
        if code in result:
            value = totals[code] - weight * share
            if value > 1e-6:
                result[code] = value
            else:
                del result[code]
    return result


def _accepted(names: dict[str, "_Name"]) -> list[tuple[Mention, Entry]]:
    """Each name's best entry for those of its mentions that are likely places (see ``_accept``)."""
    chosen = {key: name.entries[max(range(len(name.probs)), key=name.probs.__getitem__)]
              for key, name in names.items()}
    strong_admin1s: dict[str, float] = {}
    for key, name in names.items():
        admin1_code = chosen[key].admin1_code
        if any(m.strong for m in name.mentions) and admin1_code:
            strong_admin1s[admin1_code] = strong_admin1s.get(admin1_code, 0) + 1
    resolved = []
    for key, name in names.items():
        entry = chosen[key]
        admin1s = dict(strong_admin1s)
        if any(m.strong for m in name.mentions) and entry.admin1_code:
            admin1s[entry.admin1_code] -= 1
        # A name the model marked as a place somewhere, or that a feature word or a local
        # institution shows is one ("Whitestown Town Hall"), is a place everywhere in the article:
        # "Lebanon Police", "the Gainesville sewer system".
        countries = name.context.countries if name.context else {}
        anywhere = any(_accept(entry, m, admin1s, countries) for m in name.mentions
                       if (m.strong or m.hint or m.local) and not m.person)
        for mention in name.mentions:
            if (anywhere and not mention.person and not mention.street) or _accept(entry, mention, admin1s, countries):
                resolved.append((mention, entry))
    resolved.sort(key=lambda pair: pair[0].start)
    return resolved


def _key_of(mention: Optional[Mention]) -> str:
    if mention is None:
        return ""
    # "Sumy region" and "near Sumy" are two places: the province and its town.
    province = "#admin1" if mention.hint == "admin1" else ""
    return name_key(mention.name) + province + "|" + (mention.country or "")
