"""``/articles``: the stored articles (current versions), like ``dateline articles``."""
from __future__ import annotations

from .. import request as rq
from ..listing import listing_page
from ..render import article_url, link

FIELDS = [("q", "Title contains", "Kabul"), ("source", "Source", "Wikinews"), ("since", "Since", "YYYY-MM-DD"),
          ("until", "Until", "YYYY-MM-DD")]
SPEC = {"q": rq.text, "source": rq.text, "since": rq.date, "until": rq.date, "language": rq.label,
        "geonames": rq.digits_or_key, "actor": rq.text}


def view(request: rq.Request) -> rq.Page:
    """Articles with their date, title, source and counts of statements, events and places, newest first."""
    return listing_page(
        request, "articles", SPEC, "Articles", FIELDS,
        [("published", "Date"), ("title", "Title"), ("source", "Source"), ("statements", "Statements"),
         ("events", "Events"), ("places", "Places")],
        cells={"title": lambda r: link(article_url(r["id"]), r["title"] or r["id"])},
        empty="No articles match.")
