"""``/`` and ``/search``: full-text search over articles and statements, like ``dateline search``."""
from __future__ import annotations

import re

from ...store import queries
from .. import request as rq
from ..render import actor_url, article_url, esc, form, json_link, link, table
from . import stats

FIELDS = [("q", "Words", "Badakhshan"), ("limit", "Limit", "50")]
# queries.search marks the matched words with [ and ]; only a bracket pair with no bracket
# inside becomes a <mark>, so stray brackets in the text stay plain text.
_HIT = re.compile(r"\[([^\[\]]*)\]")


def snippet(text: str) -> str:
    """A search snippet with its matched words in ``<mark>``, everything else escaped."""
    out, last = [], 0
    for hit in _HIT.finditer(text or ""):
        out.append(esc(text[last:hit.start()]) + f"<mark>{esc(hit.group(1))}</mark>")
        last = hit.end()
    return "".join(out) + esc((text or "")[last:])


def _source(row: dict) -> str:
    if row["kind"] == "statement":
        return link(article_url(row["article_id"], row["local_id"]), f"{row['article_id'][:8]} {row['local_id']}")
    return link(article_url(row["article_id"]), row.get("title") or row["article_id"])


def _who(row: dict) -> str:
    if row.get("speaker_name"):
        return link(actor_url(row["speaker_name"]), row["speaker_name"])
    return esc(row.get("speaker_text") or "")


def view(request: rq.Request) -> rq.Page:
    """Articles and statements matching ``q``, best first; the store's counts when ``q`` is empty."""
    args = request.params({"q": rq.text})
    if not args["q"]:
        body = form("/search", FIELDS, args) + "<h2>In this database</h2>" + stats.counts_table(
            queries.stats(request.store))
        return rq.Page("Search", [], body + json_link("/search", request.query))
    rows = queries.search(request.store, args["q"], args["limit"])
    body = form("/search", FIELDS, args) + table(
        rows, [("kind", "Kind"), ("published", "Date"), ("source", "Source"), ("speaker", "Speaker"),
               ("snippet", "Match")],
        cells={"source": _source, "speaker": _who, "snippet": lambda r: snippet(r["snippet"])},
        empty="No article or statement contains all these words.")
    return rq.Page(f"Search: {args['q']}", rows, body + json_link("/search", request.query))
