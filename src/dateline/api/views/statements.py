"""``/statements``: who said what, filtered like ``dateline statements``, paged, sorted and faceted."""
from __future__ import annotations

from .. import request as rq
from ..listing import listing_page
from ..render import actor_url, article_url, esc, link
from .events import marked
from .filters import CHOICES

FIELDS = [("speaker", "Speaker", "IEA"), ("about", "About", "Afghanistan"),
          ("speaker_country", "Speaker country", "AF or AFG"), ("speaker_sector", "Speaker sector", ""),
          ("since", "Since", "YYYY-MM-DD"), ("until", "Until", "YYYY-MM-DD")]
SPEC = {"speaker": rq.text, "about": rq.text, "since": rq.date, "until": rq.date, "speaker_country": rq.country,
        "speaker_sector": rq.label, "kind": rq.one_of(("DIRECT", "INDIRECT", "MIXED")), "article": rq.text,
        "geonames": rq.digits_or_key, "source": rq.text}


def sentence_with_content(row: dict) -> str:
    """The statement's sentence, its content marked at the stored offsets when it lies inside the sentence."""
    offset = row["sentence_start"]
    if row["content_start"] < offset or row["content_end"] > row["sentence_end"]:
        return esc(row.get("sentence") or row.get("content"))
    return marked(row.get("sentence") or "", row["content_start"] - offset, row["content_end"] - offset)


def speaker_cell(row: dict) -> str:
    """The speaker's canonical name linked to the actor page, else the words naming the source."""
    if row.get("speaker_name"):
        return link(actor_url(row["speaker_name"]), row["speaker_name"])
    return f'<span class="unnamed">{esc(row.get("speaker_text") or "unnamed source")}</span>'


def view(request: rq.Request) -> rq.Page:
    """Statements with speaker, date and sentence, newest first."""
    return listing_page(
        request, "statements", SPEC, "Statements", FIELDS,
        [("published", "Date"), ("speaker_name", "Speaker"), ("cue", "Cue"), ("kind", "Kind"),
         ("sentence", "Sentence"), ("id", "Source")],
        cells={"speaker_name": speaker_cell, "sentence": sentence_with_content,
               "id": lambda r: link(article_url(r["article_id"], r["id"]), f"{r['article_id'][:8]} {r['id']}")},
        empty="No statements match.", choices=CHOICES)
