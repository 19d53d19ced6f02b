"""Web pages with no article in them (menus, link lists, cookie walls) are rejected; real articles are kept."""
from __future__ import annotations

import pytest

from dateline.errors import BadInput
from dateline.ingest import Article, Reject, iter_articles
from dateline.ingest.html import article_from_html

NAV = """<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li></ul></nav>"""
FOOTER = "<footer><p>© 2026 The Harbour Gazette. All rights reserved.</p></footer>"


def page(body: str, title: str = "The Harbour Gazette") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


MENU_ONLY = page(NAV + """<div class="sections"><a href="/a">Latest from the coast</a><br>
<a href="/b">Opinion and letters</a><br><a href="/c">Subscribe to our newsletter</a></div>""" + FOOTER)
HEADLINES = page("<main>" + "".join(f'<p><a href="/{n}">{line}</a></p>' for n, line in enumerate([
    "Fishermen block the harbour road for a second day over fuel prices.",
    "The governor says the new bridge will open before the rains.",
    "Teachers in three districts vote to end their strike.",
    "Flooding cuts power to the northern suburbs overnight."])) + "</main>")
COOKIE_WALL = page("""<div id="consent"><h2>Your choices</h2><p>We and our partners use cookies to store and
access information on your device, to measure the audience and to show you relevant adverts.</p>
<p>You can change your mind at any time from the privacy settings link at the foot of every page.</p>
<button>Accept all</button><button>Refuse</button></div>""")
SCRIPT_PROMPT = page("<noscript><p>Please enable JavaScript in your browser to read this page.</p></noscript>")
ARTICLE = page(NAV + """<article><h1>Fuel protest ends at the harbour</h1>
<p>Fishermen who had blocked the harbour road since Monday left on Wednesday after the
<a href="/ministry">fisheries ministry</a> promised to review the price of diesel, a union leader said.</p>
<p>"We will be back if nothing changes by the end of the month," he told reporters.</p></article>""" + FOOTER)
BRIEF = page("<article><p>Police in the port city arrested eleven protesters on Thursday.</p></article>")
GERMAN = page("<article><p>Der Hafen von Hamburg wurde am Montag nach einem Streik wieder geöffnet.</p></article>")
CHINESE = page("<article><p>外交部发言人星期一表示，两国之间的谈判将于下周在日内瓦恢复。</p></article>")
COOKIE_LAW = page("""<article><h1>Regulator fines news site</h1><p>The data regulator fined a news website for
setting advertising cookies without asking its readers first.</p><p>The company said it would appeal the
decision in the courts, according to a statement released on Friday.</p></article>""")


@pytest.mark.parametrize("html, words", [
    (MENU_ONLY, "only links"), (HEADLINES, "only links"), (COOKIE_WALL, "site notice"),
    (SCRIPT_PROMPT, "site notice"),
])
def test_a_page_without_prose_is_refused_with_its_reason(html, words):
    with pytest.raises(BadInput) as refused:
        article_from_html(html)
    reason = str(refused.value)
    assert reason.startswith("no article text:") and words in reason and "\n" not in reason


@pytest.mark.parametrize("html, opening", [
    (ARTICLE, "Fuel protest ends"), (BRIEF, "Police in the port city"), (COOKIE_LAW, "Regulator fines"),
    (GERMAN, "Der Hafen"), (CHINESE, "外交部"),
])
def test_articles_with_menus_links_or_one_sentence_are_kept(html, opening):
    article = article_from_html(html)
    assert opening in article.text
    assert "Subscribe" not in article.text


def test_a_menu_page_in_a_folder_is_one_reject_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a_front.html").write_text(MENU_ONLY)
    (tmp_path / "b_story.html").write_text(ARTICLE)
    (tmp_path / "c_consent.html").write_text(COOKIE_WALL)
    records = list(iter_articles([tmp_path]))
    assert [type(record) for record in records] == [Reject, Article, Reject]
    assert records[0].reason.startswith("no article text: only links")
    assert "harbour road" in records[1].text
