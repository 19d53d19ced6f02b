"""A changed text at a known URL or id: a new version when it is the same story, else an article of its own."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.model import Analysis, Article
from dateline.store import NEW, VERSION, open_store, queries
from dateline.store.versions import SAME_STORY_SHARE, story_overlap

URL = "https://news.example.org/latest"
HARBOUR = ("Dock workers in Mombasa ended a two-day strike on Monday after the port authority agreed to "
           "raise night-shift pay. Ships had queued outside the harbour since Saturday. The union said "
           "talks on pensions would resume next month.")
HARBOUR_UPDATED = HARBOUR.replace("two-day strike on Monday", "two-day strike late on Monday") + (
    " By Tuesday morning the first container ships had docked, a port spokesman said.")
ELECTION = ("Voters in the coastal county of Kilifi queued for hours to elect a new governor on Sunday. "
            "Turnout was above 60 percent, the electoral commission said. Results are expected on "
            "Wednesday.")


@pytest.fixture()
def db(tmp_path) -> str:
    return str(tmp_path / "versions.db")


def current_ids(store) -> set[str]:
    return {row[0] for row in store.query("SELECT id FROM current_articles")}


def test_a_different_story_at_a_known_url_is_kept_as_its_own_article(db):
    with open_store(db) as store:
        first, second = Analysis(Article(text=HARBOUR, url=URL)), Analysis(Article(text=ELECTION, url=URL))
        assert store.save(first) == NEW
        assert store.save(second) == NEW
        assert current_ids(store) == {first.article.id, second.article.id}
        assert store.query("SELECT previous_id FROM articles WHERE id = ?", (second.article.id,))[0][0] is None
        assert [hit["article_id"] for hit in queries.search(store, "Mombasa dock strike")] == [first.article.id]


def test_an_update_of_the_same_story_is_a_new_version_even_after_another_story(db):
    with open_store(db) as store:
        harbour, election = Analysis(Article(text=HARBOUR, url=URL)), Analysis(Article(text=ELECTION, url=URL))
        updated = Analysis(Article(text=HARBOUR_UPDATED, url=URL))
        store.save(harbour)
        store.save(election)
        assert store.save(updated) == VERSION
        chain = dict(store.query("SELECT id, previous_id FROM articles"))
        assert chain[updated.article.id] == harbour.article.id  # not the election story saved last
        assert current_ids(store) == {election.article.id, updated.article.id}


def test_a_different_story_under_a_given_id_is_kept_too(db):
    with open_store(db) as store:
        first = Analysis(Article(id="cms-7", text=HARBOUR))
        other = Analysis(Article(id="cms-7", text=ELECTION))
        assert store.save(first) == NEW
        assert store.save(other) == NEW
        assert other.article.id.startswith("cms-7@")
        assert current_ids(store) == {"cms-7", other.article.id}


def test_story_overlap_separates_updates_from_other_stories():
    assert story_overlap(HARBOUR, HARBOUR_UPDATED) > 0.8
    assert story_overlap(HARBOUR, ELECTION) < 0.1 < SAME_STORY_SHARE
    assert story_overlap("Officials said the talks would resume.",
                         "Officials said the talks had collapsed.") >= SAME_STORY_SHARE
    assert story_overlap("", HARBOUR) == 0.0


def test_show_lists_versions_and_other_articles_at_the_url(db):
    with open_store(db) as store:
        harbour, election = Analysis(Article(text=HARBOUR, url=URL)), Analysis(Article(text=ELECTION, url=URL))
        updated = Analysis(Article(text=HARBOUR_UPDATED, url=URL))
        for analysis in (harbour, election, updated):
            store.save(analysis)
    runner = CliRunner()
    shown = runner.invoke(main, ["show", harbour.article.id, "--db", db])
    assert shown.exit_code == 0, shown.output
    versions = shown.stdout.split("Versions")[1].split("\n\n")[0]
    assert versions.index(harbour.article.id) < versions.index(updated.article.id)
    assert "this one" in versions and "current" in versions
    assert f"Other articles at {URL}" in shown.stdout and election.article.id in shown.stdout
    alone = runner.invoke(main, ["show", election.article.id, "--db", db])
    assert "Versions" not in alone.stdout and harbour.article.id in alone.stdout
