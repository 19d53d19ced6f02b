"""Whether the text extracted from a web page is an article at all, or only a menu, links or a notice.

trafilatura falls back to whatever text a page has when it finds no main content, so a section
front, a page of headlines, a cookie wall or a "please enable JavaScript" page comes back as
"text". Stored, such a page is an article with nothing in it (or, for a list of headlines, a
dozen half-stories with no source). The rule: a page is an article when at least one of its
paragraphs is prose, that is

- it reads as a sentence: :data:`MIN_PROSE_WORDS` words or more and sentence-final punctuation;
- it is not mostly link text (a menu item or a linked headline, :data:`MAX_LINK_SHARE`);
- it is not site boilerplate (cookies, privacy settings, copyright, newsletters: :data:`BOILERPLATE`).

One such paragraph is enough: a one-sentence news brief is still an article.
"""
from __future__ import annotations

import re
from typing import Optional

import lxml.html
from lxml.etree import ParserError

# A sentence has a subject, a verb and something more: "Police arrested twelve protesters." has
# four words. Menu entries and buttons ("Contact us", "Read more.", "Accept all.") have fewer, or
# no final punctuation. Chosen by hand: the shortest sentence-ending paragraph of the 228 bundled
# example articles has 9 words or more (none of them would be refused), and the menus, link lists and
# consent pages in tests/ingest/test_prose.py have no paragraph of 4+ words ending a sentence.
MIN_PROSE_WORDS = 4

# A paragraph more than half of whose characters are link text is navigation or a linked
# headline, not prose: a news paragraph links a name or a source, well under a fifth of it.
MAX_LINK_SHARE = 0.5

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")

# Kana and CJK ideographs: scripts written without spaces between words.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")

# Ends like a sentence: a full stop, ? or ! (also the CJK, Arabic and Devanagari ones, so a page in
# another language is not refused as a menu), then perhaps a closing quote or bracket.
_SENTENCE_END = re.compile(r"[.!?…。！？؟।][\"'”’)\]»」』]*$")

# What sites put around an article, never in one: cookie and consent walls, privacy and terms
# links, copyright lines, newsletter and JavaScript prompts. A paragraph with one of these does
# not count as prose (a real paragraph about cookie law would not count either; the page is
# still an article when any other paragraph is prose).
BOILERPLATE = re.compile(
    r"\bcookies?\b|\bprivacy (?:settings|policy|preferences|notice)\b|\ball rights reserved\b|©|"
    r"\bterms (?:of|and) (?:use|service|conditions)\b|\bnewsletter\b|\benable javascript\b|"
    r"\byour browser\b",
    re.IGNORECASE)


def link_texts(html: str) -> list[str]:
    """The text of every link in a page, whitespace collapsed, longest first, without repeats."""
    try:
        # A str with an XML declaration naming an encoding is refused by lxml: drop the declaration.
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (ValueError, ParserError):
        return []
    texts = {" ".join(link.text_content().split()) for link in root.iter("a")}
    return sorted((text for text in texts if len(text) > 1), key=len, reverse=True)


def _link_share(paragraph: str, links: list[str]) -> float:
    """The share of a paragraph's non-space characters that lie in link texts."""
    whole = "".join(paragraph.split())
    if not whole:
        return 0.0
    rest = " ".join(paragraph.split())
    for text in links:
        if text in rest:
            rest = rest.replace(text, " ")
    return 1 - len("".join(rest.split())) / len(whole)


def is_prose(paragraph: str, links: list[str]) -> bool:
    """Whether a paragraph reads as article prose (see the module's rule)."""
    words = paragraph.split()
    # Chinese and Japanese put no spaces between words: two characters count as one word.
    count = len(words) + len(_UNSPACED.findall(paragraph)) // 2
    return (count >= MIN_PROSE_WORDS and bool(_SENTENCE_END.search(paragraph.rstrip()))
            and not BOILERPLATE.search(paragraph) and _link_share(paragraph, links) <= MAX_LINK_SHARE)


def why_not_an_article(text: str, html: str) -> Optional[str]:
    """Why the text extracted from ``html`` is not an article, or None when it is.

    Args:
        text: The extracted text, one paragraph per line (blank lines between are fine).
        html: The page it came from, for its links.

    Returns:
        A one-line reason for a Reject, or None.

    >>> menu = '<nav><a href="/">Home</a> <a href="/world">World news</a></nav>'
    >>> why_not_an_article("Home\\n\\nWorld news", menu)
    'no article text: only links and short lines (a menu or section page), no sentence of prose'
    """
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    links = link_texts(html)
    if any(is_prose(paragraph, links) for paragraph in paragraphs):
        return None
    # Name what most of the page is: a menu with a "Subscribe to our newsletter" line is a menu.
    linked = sum(_link_share(paragraph, links) > MAX_LINK_SHARE for paragraph in paragraphs)
    notices = sum(bool(BOILERPLATE.search(paragraph)) for paragraph in paragraphs)
    if linked and linked >= notices:
        return "no article text: only links and short lines (a menu or section page), no sentence of prose"
    if notices:
        return "no article text: only a site notice (cookies, privacy, copyright, sign-up), no sentence of prose"
    return f"no article text: no sentence of prose ({MIN_PROSE_WORDS}+ words ending in . ! or ?)"
