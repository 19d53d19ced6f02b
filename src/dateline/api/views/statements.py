"""``/statements``: who said what, filtered like ``dateline statements``."""
from __future__ import annotations

from ...store import queries
from .. import request as rq
from ..render import actor_url, article_url, esc, form, json_link, link, table

FIELDS = [("speaker", "Speaker", "IEA"), ("about", "About", "Afghanistan"), ("since", "Since", "YYYY-MM-DD"),
          ("until", "Until", "YYYY-MM-DD"), ("limit", "Limit", "50")]


def sentence_with_content(row: dict) -> str:
    """The statement's sentence, its content in ``<mark>`` when it lies inside the sentence."""
    sentence, content = row.get("sentence") or "", row.get("content") or ""
    at = sentence.find(content) if content else -1
    if at < 0:
        return esc(sentence or content)
    return (esc(sentence[:at]) + f"<mark>{esc(content)}</mark>" + esc(sentence[at + len(content):]))


def speaker_cell(row: dict) -> str:
    """The speaker's canonical name linked to the actor page, else the words naming the source."""
    if row.get("speaker_name"):
        return link(actor_url(row["speaker_name"]), row["speaker_name"])
    return f'<span class="unnamed">{esc(row.get("speaker_text") or "unnamed source")}</span>'


def view(request: rq.Request) -> rq.Page:
    """Statements with speaker, date and sentence, newest first."""
    args = request.params({"speaker": rq.text, "about": rq.text, "since": rq.date, "until": rq.date})
    rows = queries.statements(request.store, args["speaker"], args["about"], args["since"], args["until"],
                              args["limit"])
    body = form("/statements", FIELDS, args) + table(
        rows, [("published", "Date"), ("speaker", "Speaker"), ("cue", "Cue"), ("sentence", "Sentence"),
               ("id", "Source")],
        cells={"speaker": speaker_cell, "sentence": sentence_with_content,
               "id": lambda r: link(article_url(r["article_id"], r["id"]), f"{r['article_id'][:8]} {r['id']}")},
        empty="No statements match.")
    return rq.Page("Statements", rows, body + json_link(request.path, request.query))
