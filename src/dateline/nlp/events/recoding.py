"""Acts the PLOVER codebook types apart from what their words first suggest.

- Ground taken ("captured the *village*", "took control of *Mosul*") is a military occupation
  carried out, ASSAULT; capturing people stays COERCE (arrest).

- An arrest warrant for someone out of reach ("issued arrest warrants for opposition figures
  *living abroad*", "sentenced *in absentia*") holds no one: the codebook's THREATEN section codes
  "an in-absentia arrest" as THREATEN (arrest), not COERCE. A warrant for someone at hand stays
  COERCE, as PLV codes it ("police issued an arrest warrant for the actor after he admitted …").
- Acts dismissed as crimes ("dismissed the strikes *as terrorist acts*", "rejected the protests *as
  sabotage*") are an accusation (ACCUSE), not a refusal: what is turned down is no proposal but the
  others' conduct, and the label names a wrong. A proposal or claim turned down "as" anything stays
  REJECT, as PLV codes it ("dismissed a cease-fire proposal *as a deception*", "rejected the
  referendum *as unconstitutional*").
"""
from __future__ import annotations

# Words that put the wanted person out of reach. From the codebook's "in-absentia" and the ways
# news says it: "living abroad", "in exile", "fled the country", "remains at large", "a fugitive".
_OUT_OF_REACH = {"absentia", "abroad", "exile", "exiled", "fugitive", "fled", "flee", "fleeing", "large", "overseas"}
# Verbs whose object is turned down; the label after "as" says what it is taken for.
_DISMISSING = {"dismiss", "reject", "brush", "write", "denounce", "condemn", "brand", "label", "decry"}
# Labels that name a crime or a hostile act, after the codebook's ACCUSE ("accuse of crimes, human
# rights abuses, terrorism"). Labels of a claim's worth ("baseless", "a deception", "unconstitutional")
# are not here: turning down a claim or proposal so is REJECT.
_WRONGS = {"terrorism", "terrorist", "crime", "criminal", "sabotage", "provocation", "aggression", "treason",
           "vandalism", "hooliganism", "riot", "insurrection", "extortion", "blackmail", "atrocity", "massacre",
           "genocide", "murder", "banditry", "violation", "subversion"}
# Nouns that name a proposal or a claim, not the conduct of others: turned down "as" anything they
# stay REJECT ("rejected the ceasefire *proposal* as a deception"; "dismissed the *strikes*" is conduct).
_PROPOSALS = {"proposal", "offer", "plan", "demand", "request", "call", "claim", "allegation", "accusation",
              "report", "charge", "resolution", "bill", "deal", "appeal", "referendum", "idea", "initiative",
              "suggestion", "statement", "remark", "comment", "result", "verdict", "ruling", "decision", "motion"}


def _lemma(token) -> str:
    return token.lemma_.lower()


def _warrant(trigger):
    """The arrest warrant a trigger issues or names ("*issued* arrest warrants", "an arrest *warrant*"), or None."""
    if _lemma(trigger) == "warrant":
        return trigger
    if _lemma(trigger) == "arrest" and trigger.dep_ == "compound" and _lemma(trigger.head) == "warrant":
        return trigger.head
    return next((c for c in trigger.children if c.dep_ == "dobj" and _lemma(c) == "warrant"), None)


def in_absentia_warrant(trigger) -> bool:
    """Whether a trigger issues an arrest warrant for someone out of reach (see the module's notes)."""
    warrant = _warrant(trigger)
    if warrant is None:
        return False
    clause = warrant.head if warrant.dep_ == "dobj" else warrant  # (the verb that issues it holds whom it is for)
    return any(_puts_out_of_reach(t) for t in clause.subtree)


def _puts_out_of_reach(word) -> bool:
    """Whether a word says where the wanted person is ("living *abroad*", "remains *at large*"), not
    what they are: a noun's modifier ("a *large* group", "an *overseas* student") names no place out
    of reach, and "large" does so only in "at large"."""
    if word.lower_ not in _OUT_OF_REACH or (word.dep_ == "amod" and word.head.pos_ in {"NOUN", "PROPN"}):
        return False
    return word.lower_ != "large" or (word.i > 0 and word.doc[word.i - 1].lower_ == "at")


def dismissed_as_a_crime(trigger) -> bool:
    """Whether a refusal's verb turns down others' acts as a crime (see the module's notes)."""
    if trigger.pos_ != "VERB" or _lemma(trigger) not in _DISMISSING:
        return False
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not objects or any(_lemma(o) in _PROPOSALS for o in objects):
        return False
    # (the parser hangs "as" on the verb or on its object: "dismissed [the protests as sabotage]")
    for prep in [c for word in [trigger, *objects] for c in word.children]:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for label in (c for c in prep.children if c.dep_ == "pobj"):
                if _lemma(label) in _WRONGS or any(m.dep_ in {"amod", "compound"} and _lemma(m) in _WRONGS
                                                   for m in label.children):
                    return True
    return False


_TAKING = {"capture", "seize", "take", "occupy", "overrun", "retake", "recapture", "storm"}
# Common nouns that name ground rather than people ("captured the *village*").
_TERRITORY = {"village", "town", "city", "territory", "area", "region", "district", "base", "airport", "hill",
              "border", "province", "settlement", "position", "stronghold", "outpost", "port", "crossing", "land",
              "neighbourhood", "neighborhood", "suburb", "island", "capital", "airfield", "road", "bridge"}


def takes_territory(trigger) -> bool:
    """Whether a taking verb's object is ground: a place entity or a territory noun ("took control of X" too)."""
    if trigger.lemma_.lower() not in _TAKING:
        return False
    for child in trigger.children:
        if child.dep_ not in {"dobj", "nsubjpass"}:
            continue
        target = child
        if child.lemma_.lower() == "control":
            target = next((p for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for p in prep.children if p.dep_ == "pobj"), child)
        if target.ent_type_ in {"GPE", "LOC", "FAC"} or target.lemma_.lower() in _TERRITORY:
            return True
    return False


def codebook_type(event_type: str, trigger) -> tuple[str, str | None] | None:
    """The (type, mode) the codebook gives an act of ``event_type`` at ``trigger`` where it differs
    (see the module's notes), else None."""
    if event_type == "COERCE" and takes_territory(trigger):
        # a military occupation carried out is ASSAULT; capturing people is COERCE (arrest)
        return "ASSAULT", None
    if event_type == "REJECT" and dismissed_as_a_crime(trigger):
        return "ACCUSE", "disapprove"
    if event_type == "COERCE" and in_absentia_warrant(trigger):
        return "THREATEN", "arrest"
    return None


__all__ = ["takes_territory", "in_absentia_warrant", "dismissed_as_a_crime", "codebook_type"]
