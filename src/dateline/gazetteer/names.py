"""How place names are compared: the normalised key a name is indexed and looked up under."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The form a name is indexed under: no accents, no periods, case folded, spaces collapsed,
    and the short forms of "Saint", "Mount" and "Fort" spelled out before another word, so that
    "St. Cloud" is Saint Cloud's own name, not an alternate.

    >>> name_key("São Paulo"), name_key("W.Va."), name_key("St. Louis"), name_key("Mt. Pleasant")
    ('sao paulo', 'w va', 'saint louis', 'mount pleasant')
    """
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("’", "'").replace(".", " ").replace("-", " ")
    key = re.sub(r"\s+", " ", plain).strip().casefold()
    return _SHORT_WORD.sub(lambda m: _SHORT_WORDS[m.group(1)], key)


# Short forms that open a place name: "St. Paul", "Ste. Genevieve", "Mt. Pleasant", "Ft. Worth".
_SHORT_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_SHORT_WORD = re.compile(r"\b(st|ste|mt|ft)\b(?= \S)")


def is_latin(name: str) -> bool:
    """True for names written in Latin letters (others never match English text)."""
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in unicodedata.normalize("NFKD", name))
