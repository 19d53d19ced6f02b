"""The SQLite store: one row per article, versions by URL, spans checked, queries by alias."""
from __future__ import annotations

import copy
import sqlite3

import pytest

from dateline.errors import StoreError
from dateline.model import Analysis, Article, Entity, Statement
from dateline.store import NEW, UNCHANGED, VERSION, open_store, queries


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "test.db") as s:
        yield s


def test_schema_is_migrated_in_wal_mode(store):
    assert store.query("PRAGMA journal_mode")[0][0] == "wal"
    assert store.query("PRAGMA user_version")[0][0] >= 1
    tables = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "actors", "aliases", "mentions", "statements", "places", "events", "rejects",
            "articles_fts", "statements_fts"} <= tables


def test_reopening_does_not_migrate_twice(tmp_path):
    path = tmp_path / "again.db"
    open_store(path).close()
    with open_store(path) as store:
        assert store.query("SELECT count(*) FROM articles")[0][0] == 0


def test_same_article_twice_is_stored_once(store, seed_analysis):
    assert store.save(seed_analysis) == NEW
    assert store.save(copy.deepcopy(seed_analysis)) == UNCHANGED
    assert store.query("SELECT count(*) FROM articles")[0][0] == 1
    n_entities = len(seed_analysis.entities)
    assert store.query("SELECT count(*) FROM entities")[0][0] == n_entities


def test_stored_record_round_trips(store, seed_analysis):
    store.save(seed_analysis)
    back = store.analysis(seed_analysis.article.id)
    assert back.to_dict() == seed_analysis.to_dict()
    assert store.analysis(seed_analysis.article.id[:8]).article.id == seed_analysis.article.id


def test_changed_text_at_same_url_is_a_linked_version(store):
    first = Analysis(Article(text="Officials said the talks would resume.", url="https://example.org/a"))
    second = Analysis(Article(text="Officials said the talks had collapsed.", url="https://example.org/a"))
    assert store.save(first) == NEW
    assert store.save(second) == VERSION
    row = store.query("SELECT previous_id FROM articles WHERE id = ?", (second.article.id,))[0]
    assert row[0] == first.article.id


def test_a_span_that_does_not_index_the_text_is_refused_whole(store):
    text = "Karimi said the border is secure."
    bad = Analysis(Article(text=text), entities=[Entity("E1", "Karimi", "PERSON", mentions=[(0, 6)])],
                   statements=[Statement("S1", "E1", "Karimi", "Karimi", (0, 6), "said", (7, 11),
                                         "the border is secure", (13, 33), "indirect", (0, 34))])
    with pytest.raises(StoreError, match="content_span"):
        store.save(bad)
    assert store.query("SELECT count(*) FROM articles")[0][0] == 0
    assert store.query("SELECT count(*) FROM actors")[0][0] == 0


def test_same_actor_in_two_articles_is_one_row(store):
    for text in ("Karimi spoke in Kabul.", "Karimi spoke again in Kabul today."):
        end = text.index(" spoke")
        store.save(Analysis(Article(text=text), entities=[Entity("E1", "Bilal Karimi", "PERSON",
                                                                 aliases=["Karimi"], mentions=[(0, end)])]))
    rows = queries.actors(store)
    assert [(r["name"], r["articles"], r["mentions"]) for r in rows] == [("Bilal Karimi", 2, 2)]


def test_statements_found_by_alias_and_topic(store):
    text = "The IEA said Daesh was destroyed in Badakhshan."
    analysis = Analysis(
        Article(text=text, published="2023-09-15"),
        entities=[Entity("E1", "Islamic Emirate of Afghanistan", "ORG", aliases=["IEA"], mentions=[(4, 7)]),
                  Entity("E2", "Daesh", "ORG", aliases=["ISIS"], mentions=[(13, 18)])],
        statements=[Statement("S1", "E1", "Islamic Emirate of Afghanistan", "The IEA", (0, 7), "said", (8, 12),
                              text[13:46], (13, 46), "indirect", (0, 47))])
    store.save(analysis)
    assert len(queries.statements(store, speaker="IEA")) == 1
    assert len(queries.statements(store, speaker="islamic emirate of afghanistan")) == 1
    assert len(queries.statements(store, about="ISIS")) == 1  # an alias of the actor the content names
    assert queries.statements(store, speaker="IEA", since="2024-01-01") == []
    assert queries.statements(store, speaker="Nobody Atall") == []
    hits = queries.search(store, "Badakhshan")
    assert {h["kind"] for h in hits} == {"article", "statement"}


def test_rejects_are_kept_once_per_item_and_reason(store):
    store.reject("bad.bin", "binary file")
    store.reject("bad.bin", "binary file")
    store.reject("empty.txt", "empty file")
    assert store.query("SELECT count(*) FROM rejects")[0][0] == 2


def test_an_item_rejected_again_in_other_words_counts_once_under_the_last(store):
    store.reject("bad.bin", "binary file")
    store.execute("UPDATE rejects SET at = '2020-01-01T00:00:00' WHERE item = 'bad.bin'")  # an older run
    store.reject("bad.bin", "not text: a binary file (PNG image)")
    store.reject("empty.txt", "empty file")
    figures = queries.stats(store)
    assert figures["rejects"] == 2
    assert {r["reason"]: r["n"] for r in figures["rejects_by_reason"]} == {
        "not text: a binary file (PNG image)": 1, "empty file": 1}


def test_a_non_database_file_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(path)


def test_a_database_in_a_missing_folder_names_the_folder(tmp_path):
    with pytest.raises(StoreError, match=f"there is no folder {tmp_path / 'archive'}: create it first"):
        open_store(tmp_path / "archive" / "news.db")


def test_aliases_across_articles_meet_in_one_actor(store, analyze):
    store.save(analyze("Officials of the Islamic Emirate met in Kabul on Sunday.", published="2023-05-01"))
    store.save(analyze("The IEA said on Monday that the border was secure.", published="2023-05-02"))
    rows = [r for r in queries.actors(store) if r["name"] == "Islamic Emirate of Afghanistan"]
    assert len(rows) == 1 and rows[0]["articles"] == 2


def test_a_given_id_with_changed_text_becomes_a_new_version(store):
    first = Analysis(Article(id="cms-1", text="The minister said the border was closed."))
    again = Analysis(Article(id="cms-1", text="The minister said the border was closed."))
    edited = Analysis(Article(id="cms-1", text="The minister said the border had reopened."))
    third = Analysis(Article(id="cms-1", text="The minister said the border would reopen on Monday."))
    assert store.save(first) == NEW
    assert store.save(again) == UNCHANGED
    assert store.save(edited) == VERSION
    assert edited.article.id.startswith("cms-1@")
    assert store.save(Analysis(Article(id="cms-1", text=edited.article.text))) == UNCHANGED
    assert store.save(third) == VERSION
    chain = dict(store.query("SELECT id, previous_id FROM articles"))
    assert chain[third.article.id] == edited.article.id and chain[edited.article.id] == "cms-1"
    current = [r[0] for r in store.query("SELECT id FROM current_articles")]
    assert current == [third.article.id]


def test_listings_count_only_the_current_version(store):
    for text in ("Kabul officials said the talks would resume.", "Kabul officials said the talks had resumed."):
        entity = Entity("E1", "Kabul officials", "NORP", mentions=[(0, 15)])
        said = text.index("said")
        statement = Statement("S1", "E1", "Kabul officials", "Kabul officials", (0, 15), "said", (said, said + 4),
                              text[said + 5:-1], (said + 5, len(text) - 1), "indirect", (0, len(text)))
        store.save(Analysis(Article(text=text, url="https://example.org/kabul"), entities=[entity],
                            statements=[statement]))
    assert store.query("SELECT count(*) FROM articles")[0][0] == 2
    assert [s["content"] for s in queries.statements(store)] == ["the talks had resumed"]
    assert [h["kind"] for h in queries.search(store, "Kabul talks")] in (["article", "statement"],
                                                                          ["statement", "article"])
    assert queries.actors(store)[0]["articles"] == 1


def test_about_matches_whole_words_and_case_of_short_names(store):
    text = "Daesh was pushed from Syria, he said. They cooperated well with us. The US left."
    spans = [(0, 36), (38, 66), (68, 80)]
    statements = [Statement(f"S{i}", None, None, "he", None, None, None, text[s:e], (s, e), "indirect", (s, e))
                  for i, (s, e) in enumerate(spans, 1)]
    store.save(Analysis(Article(text=text), entities=[Entity("E1", "United States", "GPE", aliases=["US"],
                                                             mentions=[(72, 74)])], statements=statements))
    assert [s["content"] for s in queries.statements(store, about="United States")] == ["The US left."]
    assert [s["content"] for s in queries.statements(store, about="Syria")] == [text[0:36]]


def test_an_ambiguous_prefix_is_named(store):
    for n in range(2):
        store.save(Analysis(Article(id=f"abcdef{n}", text=f"Report number {n} from Herat.")))
    with pytest.raises(StoreError, match="ambiguous"):
        store.analysis("abcdef")
    assert store.analysis("abcdef1").article.id == "abcdef1"
    assert store.analysis("%%%%%%") is None


def test_a_foreign_sqlite_file_is_left_alone(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE foo (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="something else"):
        open_store(path)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["foo"]


def _open_and_count(path: str) -> int:
    with open_store(path) as store:
        return store.query("PRAGMA user_version")[0][0]


def test_processes_opening_a_new_database_at_once_migrate_it_once(tmp_path):
    from concurrent.futures import ProcessPoolExecutor

    path = str(tmp_path / "race.db")
    with ProcessPoolExecutor(4) as pool:
        versions = list(pool.map(_open_and_count, [path] * 8))
    assert len(set(versions)) == 1 and versions[0] >= 2


def test_percent_and_underscore_in_a_name_are_not_wildcards(store):
    for text, name in (("Karimi spoke in Kabul.", "Bilal Karimi"), ("100% Media said it would appeal.", "100% Media")):
        end = text.index(" s")
        statement = Statement("S1", "E1", name, text[:end], (0, end), text[end + 1:text.index(" ", end + 1)],
                              (end + 1, text.index(" ", end + 1)), text[text.index(" ", end + 1) + 1:-1],
                              (text.index(" ", end + 1) + 1, len(text) - 1), "indirect", (0, len(text)))
        store.save(Analysis(Article(text=text), entities=[Entity("E1", name, "ORG", mentions=[(0, end)])],
                            statements=[statement]))
    # "%" matches the one name that holds a percent sign, not every name.
    assert [s["speaker_name"] for s in queries.statements(store, speaker="%")] == ["100% Media"]
    assert queries.statements(store, speaker="K_rimi") == []
    assert queries.actor(store, "_arimi") is None
    assert queries.actor(store, "Karimi")["name"] == "Bilal Karimi"


def test_place_records_which_gazetteer_its_id_is_from(store):
    from dateline.model import Place

    text = "Fighting spread across Darfur, Sudan."
    analysis = Analysis(article=Article(text=text))
    analysis.places = [
        Place("P1", "Darfur", 90000001, 13.5, 24.0, "SD", None, "region", [(23, 29)], gazetteer="dateline"),
        Place("P2", "Sudan", 366755, 15.0, 30.0, "SD", None, "country", [(31, 36)], gazetteer="geonames"),
    ]
    store.save(analysis)
    rows = dict(store.query("SELECT name, gazetteer FROM places"))
    assert rows == {"Darfur": "dateline", "Sudan": "geonames"}

def test_interrupted_quote_pieces_and_speaker_type_are_stored(store):
    text = "“We will win,” she said. “Soon.” A report said prices rose."
    analysis = Analysis(
        Article(text=text, published="2023-09-15"),
        entities=[Entity("E1", "Ann Lee", "PERSON", mentions=[])],
        statements=[Statement("S1", "E1", "Ann Lee", "she", (15, 18), "said", (19, 23), "We will win … Soon",
                              (1, 30), "direct", (0, 32), content_spans=[(1, 12), (26, 30)], speaker_type="person"),
                    Statement("S2", None, None, "A report", (33, 41), "said", (42, 46), "prices rose", (47, 58),
                              "indirect", (33, 59), speaker_type="document")])
    assert analysis.bad_spans() == []
    store.save(analysis)
    row = store.query("SELECT content, content_spans, speaker_type FROM statements WHERE local_id = 'S1'")[0]
    assert (row[0], row[1], row[2]) == ("We will win … Soon", "[[1, 12], [26, 30]]", "person")
    assert [r["id"] for r in queries.statements(store, speaker_type="document")] == ["S2"]
    assert [r["id"] for r in queries.statements(store, speaker_type="person")] == ["S1"]
