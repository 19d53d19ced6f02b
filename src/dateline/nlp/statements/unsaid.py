"""Reports that look like statements but say nothing in the Gender Gap Tracker's manner (issue 11).

Seven kinds, each a class of English, not of one article:

* **evidence, not speech**: "The hearings demonstrated that …", "The comedian showed that …", "Tests
  at a laboratory confirmed that …". What a thing or a deed shows is no one's statement; a document
  that shows it ("A poll released Tuesday showed that …", "the report found that …") is, with the
  document as its source (issue 11's ``speaker_type`` document: a report, a study, figures);
* **requests**: "The agency recommends that adults get …", "urged that the council reconsider":
  what someone asks for, not what they say is so (fresh12a's gold and its notes: "requests and
  recommendations" are no quotations), unless the words asked for are quoted ("demanded that wealthy
  Americans “pay their fair share”", which polnear_ggt3 counts);
* **a participle or gerund read as a verb**: "Ninety pledged delegates are at stake", "has some
  explaining to do": the parser made a number or a determiner the subject of a cue;
* **the reader or the interviewee addressed**: "You told council in March that …" in an
  interviewer's question, "you might say that …": "you" names no speaker in a news text;
* **a slogan on a sign** ("signs reading “Hands off our clinics”"): words carried, not said;
* **a quoted noun phrase cited** ('Citing “family obligations”', 'decried “systemic racism”'): a thing
  named in someone's words, not what they said, after a verb that does not utter its object;
* **a headline's colon** ("Kenya's finance minister: “We will not borrow …”"): ``drop_headline_colons``.
"""
from __future__ import annotations

from typing import Any

from .forms import Candidate
from .source_nouns import DOCUMENT_NOUNS

# Verbs that report what something shows, not what someone says (English verbs of evidence).
SHOWING = {"show", "demonstrate", "prove"}
# Verbs that report what evidence tells as well as what someone says ("Tests confirmed that …", "The
# ministry confirmed that …"): with a thing of ``EVIDENCE_NOUNS`` as subject they report evidence. A verb
# of speech only ("tests stated") with such a subject is a misparse of an inverted attribution ("…,"
# stated Mcfeely), left to the speaker rules.
EVIDENTIAL = SHOWING | {"confirm", "reveal", "indicate", "suggest", "find", "detect", "establish", "determine"}
# Things that show and never speak: test results, finds and pictures. Written from English news usage
# ("Tests confirmed", "Footage shows", "The discovery revealed"), not from a gold set.
EVIDENCE_NOUNS = {"test", "discovery", "evidence", "experiment", "sample", "footage", "photo", "photograph",
                  "image", "scan", "autopsy", "x-ray", "dna"}
# Documents of figures whose findings are statements besides ``DOCUMENT_NOUNS`` ("Results show …",
# "The numbers show …"): figures are a document source in issue 11.
_FIGURE_NOUNS = {"result", "number", "finding", "statistic", "count", "tally"}
# Things that carry a slogan, not a statement ("signs reading “Save Maple Street Parking”", "a banner
# reading “No more cuts”"): fresh12a's gold and notes count no sign; a document ("The statement read: …")
# is a source. English nouns of placards and garments, not from a gold set.
SIGN_NOUNS = {"sign", "banner", "placard", "poster", "billboard", "shirt", "t-shirt", "sticker", "button",
              "graffiti", "slogan", "hat", "cap"}
# Verbs of request: with a clause they ask for a deed ("recommends that adults get"; English mandative
# verbs, Quirk et al. 1985 §16.32), the Gender Gap Tracker counts none unquoted. Not "ask": "…, asking
# that the talks resume" is kept as the subject's own request (test_review12).
REQUESTING = {"recommend", "urge", "demand", "request", "propose"}
# Reporting verbs whose past participle is also an adjective before a noun ("60 pledged delegates",
# "three reported cases"); "said" is not ("the said delegates" is archaic and never news copy).
_NOT_ATTRIBUTIVE = {"say", "tell"}
_QUOTE_MARKS = set('"“”«»„')
# Verbs that utter their object, so that a quoted noun phrase after them is what was said ("shouted
# “Fire!”", "said “Absolutely”", "tweeted “Sad!”"): verbs of speaking and writing, English usage.
UTTERING = {"say", "tell", "add", "write", "shout", "yell", "scream", "cry", "exclaim", "reply", "answer", "respond",
            "whisper", "mutter", "quip", "joke", "declare", "state", "tweet", "post", "chant", "read", "repeat",
            "retort", "interject", "continue", "email", "text", "utter", "recite"}
# The most words a headline has: the colon headlines of the PolNeAR and lead12 gold texts run 6 to 16
# words; a news lede that opens a text without a title runs longer (25 to 40 words in the same texts).
HEADLINE_WORDS = 20


def says_nothing(doc, cand: Candidate, text: str) -> bool:
    """Whether a verb candidate reports evidence, a request, a misread modifier or "you".

    Args:
        doc: the spaCy Doc.
        cand: the candidate, its ``source_head`` the subject token and ``cue_span`` the verb's.
        text: ``doc.text``.

    Returns:
        True where the candidate is none of the Gender Gap Tracker's statements.

    Example:
        "The hearings demonstrated that the agency ignored the warnings." says nothing;
        "A poll released Tuesday showed that most voters oppose the tax." does.
    """
    source: Any = cand.source_head  # a spaCy Token
    verb = _cue_verb(doc, cand)
    if source is None or verb is None:
        return False
    return _evidence(verb, source) or _request(verb, cand, text) or _misread_modifier(verb, source) \
        or source.lower_ == "you" or _quoted_thing(doc, verb, cand, text) or _thing_named(source) in SIGN_NOUNS


def _thing_named(source) -> str:
    """The lemma of a source that is a common noun, or "" for a name: "Button" of "Jenson Button said"
    is a person, not a badge, though its lemma is one."""
    return "" if source.pos_ == "PROPN" or source.ent_type_ == "PERSON" else source.lemma_.lower()


def _cue_verb(doc, cand: Candidate):
    """The cue's token, or None for a cue that is no single word."""
    if cand.cue_span is None:
        return None
    words = doc.char_span(*cand.cue_span, alignment_mode="expand")
    return words.root if words is not None and len(words) == 1 else None


def _evidence(verb, source) -> bool:
    """True for what a thing shows: a verb of showing whose subject is no document, or a verb of
    evidence whose subject is a test, a find or a picture."""
    lemma = verb.lemma_.lower()
    if _thing_named(source) in EVIDENCE_NOUNS and lemma in EVIDENTIAL:
        return True
    return lemma in SHOWING and not _documentary(source) \
        and source.lower_ not in {"it", "they"}  # "It showed that …" after "The report …": the report


def document_finds(verb, source) -> bool:
    """Whether a verb of evidence has a document or figures as its subject ("Census records prove that
    …", "New data suggests that …"): the document's statement in issue 11's manner, whatever the cue
    model makes of a verb it rarely saw with a document."""
    lemma = verb.lemma_.lower()
    return source is not None and lemma in EVIDENTIAL and bool(_documentary(source))


def _documentary(source) -> set[str]:
    """The document or figure nouns a subject's lemma or text is (en_core_web_sm lemmatises "data" as
    "datum", as source_nouns.speaker_kind notes)."""
    return {source.lemma_.lower(), source.lower_} & (DOCUMENT_NOUNS | _FIGURE_NOUNS)


def _request(verb, cand: Candidate, text: str) -> bool:
    """True for a verb of request with an unquoted clause ("recommends that adults get more sleep"). A
    clause in the past or the perfect is no deed asked for but a claim ("Scientists propose that the
    crater *was formed* by a comet"): the mandative clause has the base form or "should"."""
    start, end = cand.content_span
    return verb.lemma_.lower() in REQUESTING and cand.via == "ccomp" and cand.kind != "direct" \
        and not any(ch in _QUOTE_MARKS for ch in text[start:end]) \
        and not any(_past_or_perfect(clause) for clause in verb.children if clause.dep_ == "ccomp")


def _past_or_perfect(clause) -> bool:
    """Whether a clause's verb is in the past tense or the perfect ("was formed", "spread", "has risen")."""
    auxiliaries = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    return clause.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_.lower() == "have" for a in auxiliaries)


def _quoted_thing(doc, verb, cand: Candidate, text: str) -> bool:
    """True for a quoted noun phrase as the object of a verb that does not utter it: 'Citing “family
    obligations in Ottawa,” the spokeswoman …', 'decried “systemic racism”' name a thing in someone's
    words, which the Gender Gap Tracker's manner does not count ("no noun-phrase objects quoted or
    not", polnear_ggt3's conventions). With a verb of uttering ('shouted “Fire!”') the words are said."""
    start, end = cand.content_span
    if cand.via != "dobj" or start < 1 or text[start - 1] not in _QUOTE_MARKS or verb.lemma_.lower() in UTTERING:
        return False
    words = doc.char_span(start, end, alignment_mode="expand")
    return words is not None and not any(t.pos_ in {"VERB", "AUX"} for t in words)


def _misread_modifier(verb, source) -> bool:
    """True for a participle or gerund the parser read as a cue with a subject: a number right before a
    participle that a bare noun follows ("Ninety pledged delegates are …"), or a determiner before a
    gerund with no clause of its own ("has some explaining to do")."""
    doc = verb.doc
    if source.tag_ == "DT" and verb.tag_ == "VBG" and not any(c.dep_ in {"aux", "ccomp"} for c in verb.children):
        return True  # a clause of its own makes it a participle with its subject ("both saying that …")
    if source.tag_ != "CD" or source.i != verb.i - 1 or verb.lemma_.lower() in _NOT_ATTRIBUTIVE \
            or verb.i + 1 >= len(doc):
        return False
    after = doc[verb.i + 1]
    return after.tag_ in {"NNS", "NN"} and after.dep_ in {"nsubj", "nsubjpass"} and after.head.head.i == verb.i \
        and not any(c.dep_ in {"det", "poss"} for c in after.children)


def drop_headline_colons(doc, text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Leave out a headline's "Name: “words”" when the article's body gives the same words again
    ("Kenya's finance minister: “We will not borrow our way out of this”", said again by the minister in
    the interview): one quotation, counted once, where it is attributed (lead12's gold). A headline
    quotation found nowhere else is kept ("Okonkwo: “This budget is a promise we can keep”"); unquoted
    words after a noun and a colon ("Democrats' new warning: Leaks could include …") are a headline's,
    as ``forms.colon_cue`` holds for "Name: words" without marks. The
    headline is the first line of a text that goes on after it, when it is as short as a headline
    (``HEADLINE_WORDS``); only colon forms (a colon or a noun before it), not "He said:"."""
    headline_end = text.find("\n")
    if headline_end < 0 or not text[headline_end:].strip() or len(text[:headline_end].split()) > HEADLINE_WORDS:
        return candidates
    return [c for c in candidates if not (_headline_colon(doc, text, c, headline_end)
                                          and (text[slice(*c.content_span)] in text[headline_end:]
                                               or text[c.content_span[0] - 1] not in _QUOTE_MARKS))]


def _headline_colon(doc, text: str, cand: Candidate, headline_end: int) -> bool:
    """Whether the candidate is a colon form in the headline: its cue a colon or a noun before one."""
    if cand.cue_span is None or cand.cue_span[1] > headline_end or cand.via == "turn":
        return False  # a transcript's first turn ("SMITH: I think …") is no headline
    cue = doc.char_span(*cand.cue_span, alignment_mode="expand")
    return cue is not None and (cue.text == ":" or cue.root.pos_ == "NOUN") \
        and ":" in text[cand.cue_span[0]:min(cand.content_span[0], headline_end)]
