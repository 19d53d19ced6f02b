"""Abbreviated titles the English tokenizer does not know: "Sgt.", "Cpl.", "Lt.-Col.", "Coun.".

spaCy's English exceptions hold "Dr.", "Gen.", "Gov.", "Sen.", "Rep." but not the ranks of the
military and police or the titles of Canadian and British councils. Without them "Sgt." is a word
and a full stop, and the parser ends the sentence there: in "“We are early in the investigation,”
Sgt. Andrew Douglas told reporters" the quotation loses its speaker to the sentence before, and
"Andrew Douglas told reporters." is left with nothing told. Each is added as one token, in title
and lower case (the titles lexicon is tokenized by the same tokenizer, in lower case).

The list was written for dateline from the styles of news agencies (AP and Canadian Press ranks,
police titles, civic and religious titles), checked against the tokenizer of the pipeline in use.
"""
from __future__ import annotations

from spacy.symbols import ORTH

TITLE_ABBREVIATIONS = (
    # military ranks
    "Pte.", "Pfc.", "Spc.", "Cpl.", "Sgt.", "Lt.", "Capt.", "Cpt.", "Maj.", "Col.", "Brig.", "Cmdr.", "Cdr.",
    "Adm.", "Lt.-Col.", "Lt.-Gen.", "Maj.-Gen.", "Brig.-Gen.", "Sgt.-Maj.", "Lt.-Cmdr.",
    # police
    "Const.", "Cst.", "Det.", "Insp.", "Supt.",
    # civic, diplomatic, legal and religious titles; the elder's suffix
    "Coun.", "Cllr.", "Ald.", "Amb.", "Atty.", "Hon.", "Rt.", "Pres.", "Sec.", "Msgr.", "Fr.", "Mme.", "Mlle.",
    "Gov.-Gen.", "Sr.",
    # places named with an abbreviation before a name ("Ft. McMurray")
    "Ft.",
)


def add_title_abbreviations(nlp) -> None:
    """Make each abbreviated title one token in ``nlp``'s tokenizer (title case and lower case)."""
    for title in TITLE_ABBREVIATIONS:
        for form in {title, title.lower()}:
            if len(nlp.tokenizer(form)) > 1:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
