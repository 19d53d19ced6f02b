"""The embedded SQLite store: WAL mode, numbered migrations, one transaction per article."""
from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Optional

from ..errors import StoreError
from ..model import Analysis, Article, text_id
from . import summary
from .dialect import SQLITE
from .keys import actor_key, content_spans_json, place_key
from .migrate import migrate
from .versions import SAME_STORY_SHARE, story_overlap

# The second round of event fields (migration 0006), in column order: shared by both backends.
EVENT_DETAIL_COLUMNS = ("main, actor_start, actor_end, recipient_start, recipient_end, status, fatalities, "
                        "fatalities_start, fatalities_end, injuries, injuries_start, injuries_end")


def event_details(ev) -> tuple:
    """An event's values for ``EVENT_DETAIL_COLUMNS`` (absent spans as two NULLs)."""
    def span(value):
        return tuple(value) if value else (None, None)
    return (int(bool(ev.main)), *span(ev.actor_span), *span(ev.recipient_span), ev.status,
            ev.fatalities, *span(ev.fatalities_span), ev.injuries, *span(ev.injuries_span))

log = logging.getLogger(__name__)

NEW, UNCHANGED, VERSION = "new", "unchanged", "new version"

# Stored articles a changed text is compared with (the newest under its id or URL): a page
# reused for hundreds of stories costs at most this many comparisons per save.
MAX_VERSION_CANDIDATES = 50


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class SQLiteStore:
    """A dateline database in one SQLite file.

    Args:
        path: the database file; created with its schema when missing.
        lock_timeout: seconds a write waits for another writer's lock before it fails.

    Raises:
        StoreError: when the file cannot be opened as a dateline database.
    """

    dialect = SQLITE

    def __init__(self, path: str | Path, lock_timeout: float = 30.0):
        self.path = Path(path)
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=lock_timeout)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys=ON")
            migrate(self.conn, str(self.path))
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.DatabaseError as exc:
            folder = self.path.resolve().parent
            # SQLite says only "unable to open database file" when the folder is missing.
            fix = f"; there is no folder {folder}: create it first" if not folder.is_dir() else ""
            raise StoreError(f"cannot open {self.path} as a dateline database: {exc}{fix}") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- writes -------------------------------------------------------------------------

    def stored_id(self, article: Article) -> Optional[str]:
        """The id under which this article's text is already stored, or None.

        The same id with a text that differs only in spacing or case counts as stored.
        """
        wanted = text_id(article.text)
        for row in self.conn.execute("SELECT id, text FROM articles WHERE id IN (?, ?)",
                                     (article.id, version_id(article))):
            if text_id(row["text"]) == wanted:
                return row["id"]
        return None

    def _latest_version(self, article: Article) -> Optional[str]:
        """The current stored article this one is a new version of, or None.

        Candidates are the current articles under the same id (or a version of it, ``ID@HASH``)
        or at the same URL; the one whose text is most like the new one is its previous version
        when the two are recognisably one story (:func:`.versions.same_story`). A different
        story at a known URL or under a given id is an article of its own.
        """
        rows = self.conn.execute(
            "SELECT id, text FROM articles WHERE (id = ? OR id LIKE ? ESCAPE '\\' OR url = ?) AND id IN "
            "(SELECT id FROM current_articles) ORDER BY ingested_at DESC, rowid DESC LIMIT ?",
            (article.id, like_escape(article.id) + "@%", article.url, MAX_VERSION_CANDIDATES)).fetchall()
        overlaps = [(story_overlap(row["text"], article.text), row["id"]) for row in rows]
        best = max(overlaps, key=lambda pair: pair[0], default=(0.0, None))  # the newest on a tie
        return best[1] if best[0] >= SAME_STORY_SHARE else None

    def save(self, analysis: Analysis, origin: Optional[str] = None) -> str:
        """Store one analysis in a single transaction.

        A changed text under an id already stored (a given id, or the same URL) is stored as
        a new version linked to the one it replaces when it is recognisably the same story
        (most word pairs shared, see :mod:`.versions`), else as an article of its own. When
        the id itself is taken, the new article's id becomes ``ID@HASH``
        (``analysis.article.id`` is updated to match).

        Returns:
            ``"new"``, ``"unchanged"`` (this text is already stored: a no-op), or
            ``"new version"``.

        Raises:
            StoreError: when a span does not index the article text (nothing is written).
        """
        problems = analysis.bad_spans()
        if problems:
            raise StoreError(f"refusing to store article {analysis.article.id}: {problems[0]}")
        article = analysis.article
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:  # another writer held the lock past the timeout
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc
        try:
            if self.stored_id(article):
                conn.execute("ROLLBACK")
                return UNCHANGED
            previous = self._latest_version(article)
            if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                article.id = version_id(article)
            conn.execute(
                "INSERT INTO articles (id, title, url, source, published, language, text, origin, "
                "previous_id, ingested_at, analysis) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (article.id, article.title, article.url, article.source, article.published,
                 article.language, article.text, origin or article.origin, previous, _now(),
                 json.dumps(analysis.to_dict(), ensure_ascii=False)))
            conn.execute("INSERT INTO articles_fts (title, text, article_id) VALUES (?,?,?)",
                         (article.title or "", article.text, article.id))
            actor_ids = self._write_entities(analysis)
            place_ids = self._write_places(analysis)
            self._write_statements(analysis, actor_ids)
            self._write_events(analysis, actor_ids, place_ids)
            if previous:  # no longer current: listings stop counting it
                summary.add_articles(conn.execute, [previous], -1)
            summary.add_articles(conn.execute, [article.id], 1)
            conn.execute(summary.BUMP_VERSION)
            conn.execute("COMMIT")
        except BaseException as exc:
            # SQLite rolls back by itself on some failures (a full disk): a second ROLLBACK would
            # raise "no transaction is active" and hide the real reason.
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # the original error says more; SQLite discards the transaction anyway
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"cannot write to {self.path}: {exc}") from exc
            raise
        return VERSION if previous else NEW

    def save_many(self, analyses, origin: Optional[str] = None) -> list[str]:
        """Store several analyses, one transaction each; returns their statuses in order.

        Raises:
            StoreError: when any span does not index its text (then nothing is written).
        """
        for analysis in analyses:
            problems = analysis.bad_spans()
            if problems:
                raise StoreError(f"refusing to store article {analysis.article.id}: {problems[0]}")
        return [self.save(analysis, origin) for analysis in analyses]

    def _write_entities(self, analysis: Analysis) -> dict[str, int]:
        conn, article_id = self.conn, analysis.article.id
        actor_ids: dict[str, int] = {}
        for entity in analysis.entities:
            key = actor_key(entity)
            conn.execute(
                "INSERT INTO actors (key, name, type, country, sector) VALUES (?,?,?,?,?) "
                "ON CONFLICT(key) DO UPDATE SET country = COALESCE(actors.country, excluded.country), "
                "sector = COALESCE(actors.sector, excluded.sector)",
                (key, entity.name, entity.type, entity.country, entity.sector))
            actor_id = conn.execute("SELECT id FROM actors WHERE key = ?", (key,)).fetchone()[0]
            actor_ids[entity.id] = actor_id
            for alias in {entity.name, *entity.aliases}:
                conn.execute("INSERT OR IGNORE INTO aliases (actor_id, alias) VALUES (?,?)", (actor_id, alias))
            for role in entity.roles:
                conn.execute("INSERT OR IGNORE INTO roles (actor_id, role) VALUES (?,?)", (actor_id, role))
            conn.execute(
                "INSERT INTO entities (article_id, local_id, actor_id, name, type, country, sector, affiliation) "
                "VALUES (?,?,?,?,?,?,?,?)",
                (article_id, entity.id, actor_id, entity.name, entity.type, entity.country, entity.sector,
                 entity.affiliation))
            self._write_mentions(article_id, entity.id, entity.mentions, "entity")
        return actor_ids

    def _write_mentions(self, article_id: str, local_id: str, spans, kind: str) -> None:
        self.conn.executemany(
            'INSERT INTO mentions (article_id, local_id, start, "end", kind) VALUES (?,?,?,?,?)',
            [(article_id, local_id, start, end, kind) for start, end in spans])

    def _write_places(self, analysis: Analysis) -> dict[str, int]:
        conn, article_id = self.conn, analysis.article.id
        place_ids: dict[str, int] = {}
        for place in analysis.places:
            key = place_key(place)
            conn.execute(
                "INSERT INTO places (key, name, geonames_id, lat, lon, country, admin1, feature, gazetteer) "
                "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(key) DO NOTHING",
                (key, place.name, place.geonames_id, place.lat, place.lon, place.country, place.admin1,
                 place.feature, place.gazetteer))
            place_id = conn.execute("SELECT id FROM places WHERE key = ?", (key,)).fetchone()[0]
            place_ids[place.id] = place_id
            conn.execute("INSERT INTO article_places (article_id, local_id, place_id) VALUES (?,?,?)",
                         (article_id, place.id, place_id))
            self._write_mentions(article_id, place.id, place.mentions, "place")
        return place_ids

    def _write_statements(self, analysis: Analysis, actor_ids: dict[str, int]) -> None:
        conn, article_id = self.conn, analysis.article.id
        for st in analysis.statements:
            speaker_span = st.speaker_span or (None, None)
            cue_span = st.cue_span or (None, None)
            cursor = conn.execute(
                "INSERT INTO statements (article_id, local_id, speaker_id, speaker_name, speaker_text, "
                "speaker_start, speaker_end, cue, cue_start, cue_end, content, content_start, content_end, "
                "kind, sentence_start, sentence_end, content_spans, speaker_type) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (article_id, st.id, actor_ids.get(st.speaker or ""), st.speaker_name, st.speaker_text,
                 *speaker_span, st.cue, *cue_span, st.content, *st.content_span, st.kind, *st.sentence_span,
                 content_spans_json(st), st.speaker_type))
            conn.execute("INSERT INTO statements_fts (speaker_text, content, statement_id) VALUES (?,?,?)",
                         (st.speaker_text or "", st.content, cursor.lastrowid))

    def _write_events(self, analysis: Analysis, actor_ids: dict[str, int], place_ids: dict[str, int]) -> None:
        conn, article_id = self.conn, analysis.article.id
        for ev in analysis.events:
            conn.execute(
                "INSERT INTO events (article_id, local_id, type, mode, actor_id, recipient_id, place_id, date, "
                "trigger_start, trigger_end, sentence_start, sentence_end, confidence, " + EVENT_DETAIL_COLUMNS + ") "
                "VALUES (" + ",".join("?" * 25) + ")",
                (article_id, ev.id, ev.type, ev.mode, actor_ids.get(ev.actor or ""), actor_ids.get(ev.recipient or ""),
                 place_ids.get(ev.place or ""), ev.date, *ev.trigger_span, *ev.sentence_span, ev.confidence,
                 *event_details(ev)))

    def reject(self, item: str, reason: str) -> None:
        """Record a rejected input item; the same item and reason is kept once (time updated)."""
        self.conn.execute(
            "INSERT INTO rejects (item, reason, at) VALUES (?,?,?) "
            "ON CONFLICT(item, reason) DO UPDATE SET at = excluded.at", (item, reason, _now()))
        self.conn.execute(summary.BUMP_VERSION)  # /stats shows the rejects

    # -- reads --------------------------------------------------------------------------

    def execute(self, sql: str, params: tuple | list = ()) -> None:
        """Run one write statement in its own transaction (small bookkeeping, not analyses)."""
        try:
            self.conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc

    def query(self, sql: str, params: tuple | list = ()) -> list[sqlite3.Row]:
        """Run a read query and return its rows."""
        return self.conn.execute(sql, params).fetchall()

    def query_within(self, sql: str, params: tuple | list, seconds: float) -> Optional[list[sqlite3.Row]]:
        """Run a read query and return its rows, or None when it takes longer than ``seconds``.

        A timer interrupts the connection from its own thread when the time is up. A progress handler
        (SQLite calling back into Python every 10,000 steps) took the GIL at each call, and in
        a server answering 8 clients each call waited for the other threads' turn: a country's events'
        facets took 10 ms alone, and beside three busy Python threads 33 ms without the handler and
        150 ms with it.
        """
        lock, running = threading.Lock(), [True]

        def stop() -> None:
            with lock:  # only while this query runs: never the connection's next one
                if running[0]:
                    self.conn.interrupt()

        timer = threading.Timer(seconds, stop)
        timer.daemon = True
        timer.start()
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if "interrupted" not in str(exc):
                raise
            return None
        finally:
            with lock:
                running[0] = False
            timer.cancel()

    def analysis(self, article_id: str) -> Optional[Analysis]:
        """The stored analysis of one article (a unique id prefix of 6+ characters is enough).

        Raises:
            StoreError: when a prefix matches several articles (the message lists some).
        """
        row = self.conn.execute("SELECT analysis FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None and len(article_id) >= 6:
            rows = self.conn.execute("SELECT id, analysis FROM articles WHERE substr(id, 1, ?) = ? LIMIT 6",
                                     (len(article_id), article_id)).fetchall()
            if len(rows) > 1:
                raise StoreError(f"{article_id!r} is ambiguous: it starts "
                                 f"{', '.join(r['id'] for r in rows[:5])}{' …' if len(rows) > 5 else ''}")
            row = rows[0] if rows else None
        return Analysis.from_dict(json.loads(row["analysis"])) if row else None


def version_id(article: Article) -> str:
    """The id a changed text gets when its own id is already taken: ``ID@HASH8``."""
    return f"{article.id}@{text_id(article.text)[:8]}"


def like_escape(text: str) -> str:
    """``text`` for a LIKE pattern with ``ESCAPE '\\'``: its ``%``, ``_`` and ``\\`` match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
