"""The PostgreSQL store: the same schema and interface as :class:`.sqlite.SQLiteStore`, for many writers.

Writes go in batches (:meth:`PostgresStore.save_many`), one transaction per batch, so a crash
never leaves half an article: the article rows with ``INSERT``, the shared actors and places
with one ``INSERT … ON CONFLICT`` each, and every per-article row (entities, mentions,
statements, places, events) with ``COPY``. Two writers never store one article twice: the
article id is the primary key, and each batch first takes a transaction-level advisory lock on
every article id and URL it writes, in a fixed order, so the "already stored?" and "new
version of?" checks cannot race. Needs ``psycopg`` 3 (``pip install 'dateline[scale]'``).
"""
from __future__ import annotations

import json
import logging
import time
from typing import Optional, Sequence

from ..errors import StoreError
from ..model import Analysis, Article, text_id
from . import summary
from .dialect import POSTGRES
from .keys import actor_key, content_spans_json, place_key
from .pg_migrate import migrate_pg, pg_schema_version, pg_scripts
from .sqlite import (
    EVENT_DETAIL_COLUMNS,
    MAX_VERSION_CANDIDATES,
    NEW,
    UNCHANGED,
    VERSION,
    _now,
    event_details,
    like_escape,
    version_id,
)
from .versions import SAME_STORY_SHARE, story_overlap

log = logging.getLogger(__name__)

URL_PREFIXES = ("postgresql://", "postgres://")

# A batch that loses a deadlock or a serialisation race to another writer is retried this often.
RETRIES = 5


def is_postgres_url(db: object) -> bool:
    return isinstance(db, str) and db.startswith(URL_PREFIXES)


def _psycopg():
    try:
        import psycopg
    except ImportError:
        raise StoreError("a postgresql:// database needs psycopg 3: pip install 'dateline[scale]'") from None
    return psycopg


class Row(tuple):
    """A result row readable by position and by column name, like ``sqlite3.Row``."""

    names: tuple[str, ...] = ()

    def __getitem__(self, key):
        if isinstance(key, str):
            return tuple.__getitem__(self, self.names.index(key))
        return tuple.__getitem__(self, key)

    def keys(self) -> tuple[str, ...]:
        return self.names


def _row_factory(cursor):
    names = tuple(c.name for c in cursor.description or ())
    row_type = type("Row", (Row,), {"names": names})
    return lambda values: row_type(values)


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    head, sep, tail = url.partition("@")
    if not sep or ":" not in head.split("//", 1)[-1]:
        return url
    scheme, _, user = head.partition("//")
    return f"{scheme}//{user.split(':')[0]}:***@{tail}"


def _lock_key(kind: str, value: str) -> str:
    return f"{kind}:{value}"


class PostgresStore:
    """A dateline database in PostgreSQL.

    Args:
        url: ``postgresql://user[:password]@host[:port]/dbname`` (libpq's URL form; a
            ``host=/socket/dir`` query parameter works too).
        readonly: open a read-only session (the web server and query commands); no migration.

    Raises:
        StoreError: when the server cannot be reached, or the database is not a dateline one.
    """

    dialect = POSTGRES

    def __init__(self, url: str, readonly: bool = False):
        psycopg = _psycopg()
        self.path = self.url = url
        options = "-c default_transaction_read_only=on" if readonly else None
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=_row_factory,
                                        **({"options": options} if options else {}))
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {redact(url)}: {str(exc).strip()}") from exc
        try:
            if readonly:
                self.schema_version = pg_schema_version(self.conn)
            else:
                migrate_pg(self.conn, redact(url))
                self.schema_version = pg_schema_version(self.conn)
        except StoreError:
            self.conn.close()
            raise
        except psycopg.Error as exc:
            self.conn.close()
            raise StoreError(f"cannot open {redact(url)} as a dateline database: {str(exc).strip()}") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _exec(self, sql: str, params: Sequence = ()):
        return self.conn.execute(POSTGRES.sql(sql), tuple(params))

    # -- writes -------------------------------------------------------------------------

    def stored_id(self, article: Article) -> Optional[str]:
        """The id under which this article's text is already stored, or None (see SQLiteStore)."""
        wanted = text_id(article.text)
        for row in self._exec("SELECT id, text FROM articles WHERE id IN (?, ?)", (article.id, version_id(article))):
            if text_id(row["text"]) == wanted:
                return row["id"]
        return None

    def _latest_version(self, article: Article) -> Optional[str]:
        rows = self._exec(
            "SELECT id, text FROM articles a WHERE (id = ? OR id LIKE ? ESCAPE '\\' OR url = ?) AND NOT EXISTS "
            "(SELECT 1 FROM articles n WHERE n.previous_id = a.id) ORDER BY ingested_at DESC, rowid DESC LIMIT ?",
            (article.id, like_escape(article.id) + "@%", article.url, MAX_VERSION_CANDIDATES)).fetchall()
        overlaps = [(story_overlap(row["text"], article.text), row["id"]) for row in rows]
        best = max(overlaps, key=lambda pair: pair[0], default=(0.0, None))
        return best[1] if best[0] >= SAME_STORY_SHARE else None

    def save(self, analysis: Analysis, origin: Optional[str] = None) -> str:
        """Store one analysis in a single transaction; returns new, unchanged or new version.

        Raises:
            StoreError: when a span does not index the article text (nothing is written).
        """
        return self.save_many([analysis], origin)[0]

    def save_many(self, analyses: Sequence[Analysis], origin: Optional[str] = None) -> list[str]:
        """Store several analyses in one transaction, per-article rows by COPY.

        Returns:
            each analysis's status, in order (as :meth:`save`).

        Raises:
            StoreError: when any span does not index its text, or the database refuses the
                batch; nothing of the batch is written then.
        """
        psycopg = _psycopg()
        for analysis in analyses:
            problems = analysis.bad_spans()
            if problems:
                raise StoreError(f"refusing to store article {analysis.article.id}: {problems[0]}")
        given_ids = [a.article.id for a in analyses]
        for attempt in range(RETRIES):
            try:
                with self.conn.transaction():
                    return self._save_batch(analyses, origin)
            except (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure) as exc:
                for analysis, given in zip(analyses, given_ids):
                    analysis.article.id = given
                if attempt == RETRIES - 1:
                    raise StoreError(f"cannot write to {redact(self.url)}: {exc}") from exc
                time.sleep(0.05 * 2 ** attempt)
            except psycopg.Error as exc:
                for analysis, given in zip(analyses, given_ids):
                    analysis.article.id = given
                raise StoreError(f"cannot write to {redact(self.url)}: {str(exc).strip()}") from exc
        raise AssertionError("unreachable")

    def _lock(self, analyses: Sequence[Analysis]) -> None:
        """Serialise writers of the same article id or URL until this transaction ends."""
        keys = sorted({_lock_key("id", a.article.id) for a in analyses}
                      | {_lock_key("url", a.article.url) for a in analyses if a.article.url})
        self.conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(%s::text[]) AS k "
                          "ORDER BY k", (keys,))

    def _save_batch(self, analyses: Sequence[Analysis], origin: Optional[str]) -> list[str]:
        self._lock(analyses)
        statuses, fresh, replaced = [], [], []
        for analysis in analyses:
            article = analysis.article
            if self.stored_id(article):
                statuses.append(UNCHANGED)
                continue
            previous = self._latest_version(article)
            if self._exec("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
                article.id = version_id(article)
            self._exec(
                "INSERT INTO articles (id, title, url, source, published, language, text, origin, previous_id, "
                "ingested_at, analysis) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (article.id, article.title, article.url, article.source, article.published, article.language,
                 article.text, origin or article.origin, previous, _now(),
                 json.dumps(analysis.to_dict(), ensure_ascii=False)))
            statuses.append(VERSION if previous else NEW)
            fresh.append(analysis)
            if previous:
                replaced.append(previous)
        if fresh:
            actor_ids = self._upsert_actors(fresh)
            place_ids = self._upsert_places(fresh)
            self._copy_rows(fresh, actor_ids, place_ids)
            summary.add_articles(self._exec, [a.article.id for a in fresh], 1)
            summary.add_articles(self._exec, replaced, -1)  # no longer current: listings stop counting them
            # Last, so the one row every writer updates is locked only until the commit that follows.
            self._exec(summary.BUMP_VERSION)
        return statuses

    def _upsert_actors(self, analyses: Sequence[Analysis]) -> dict[str, int]:
        """Actor rows for every entity of the batch; returns ``{key: actor id}``."""
        first: dict[str, list] = {}
        for analysis in analyses:
            for entity in analysis.entities:
                row = first.setdefault(actor_key(entity), [entity.name, entity.type, entity.country, entity.sector])
                row[2] = row[2] or entity.country
                row[3] = row[3] or entity.sector
        keys = sorted(first)  # one lock order for every writer: no deadlock between batches
        if keys:
            self.conn.execute(
                "INSERT INTO actors (key, name, type, country, sector) "
                "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[], %s::text[]) "
                "ON CONFLICT (key) DO UPDATE SET country = COALESCE(actors.country, excluded.country), "
                "sector = COALESCE(actors.sector, excluded.sector) WHERE (actors.country IS NULL AND "
                "excluded.country IS NOT NULL) OR (actors.sector IS NULL AND excluded.sector IS NOT NULL)",
                (keys, *([first[k][i] for k in keys] for i in range(4))))
        ids = {r[1]: r[0] for r in self.conn.execute("SELECT id, key FROM actors WHERE key = ANY(%s)", (keys,))}
        aliases = sorted({(ids[actor_key(e)], alias) for a in analyses for e in a.entities
                          for alias in {e.name, *e.aliases}})
        roles = sorted({(ids[actor_key(e)], role) for a in analyses for e in a.entities for role in e.roles})
        for table, column, pairs in (("aliases", "alias", aliases), ("roles", "role", roles)):
            if pairs:
                self.conn.execute(
                    f"INSERT INTO {table} (actor_id, {column}) SELECT * FROM unnest(%s::bigint[], %s::text[]) "
                    "ON CONFLICT DO NOTHING", ([p[0] for p in pairs], [p[1] for p in pairs]))
        return ids

    def _upsert_places(self, analyses: Sequence[Analysis]) -> dict[str, int]:
        """Place rows for every place of the batch; returns ``{key: place id}``."""
        first: dict[str, tuple] = {}
        for analysis in analyses:
            for place in analysis.places:
                first.setdefault(place_key(place), (place.name, place.geonames_id, place.lat, place.lon,
                                                    place.country, place.admin1, place.feature))
        keys = sorted(first)
        if keys:
            columns = list(zip(*(first[k] for k in keys)))
            self.conn.execute(
                "INSERT INTO places (key, name, geonames_id, lat, lon, country, admin1, feature) "
                "SELECT * FROM unnest(%s::text[], %s::text[], %s::bigint[], %s::float8[], %s::float8[], "
                "%s::text[], %s::text[], %s::text[]) ON CONFLICT (key) DO NOTHING",
                (keys, *(list(c) for c in columns)))
        return {r[1]: r[0] for r in self.conn.execute("SELECT id, key FROM places WHERE key = ANY(%s)", (keys,))}

    def _copy_rows(self, analyses: Sequence[Analysis], actor_ids: dict[str, int], place_ids: dict[str, int]) -> None:
        """Every per-article row of the batch, one COPY per table."""
        entities: list[tuple] = []
        mentions: list[tuple] = []
        article_places: list[tuple] = []
        statements: list[tuple] = []
        events: list[tuple] = []
        for analysis in analyses:
            article_id = analysis.article.id
            actor_of = {e.id: actor_ids[actor_key(e)] for e in analysis.entities}
            place_of = {p.id: place_ids[place_key(p)] for p in analysis.places}
            for e in analysis.entities:
                entities.append((article_id, e.id, actor_of[e.id], e.name, e.type, e.country, e.sector, e.affiliation))
                mentions += [(article_id, e.id, start, end, "entity") for start, end in e.mentions]
            for p in analysis.places:
                article_places.append((article_id, p.id, place_of[p.id]))
                mentions += [(article_id, p.id, start, end, "place") for start, end in p.mentions]
            for st in analysis.statements:
                statements.append((article_id, st.id, actor_of.get(st.speaker or ""), st.speaker_name,
                                   st.speaker_text, *(st.speaker_span or (None, None)), st.cue,
                                   *(st.cue_span or (None, None)), st.content, *st.content_span, st.kind,
                                   *st.sentence_span, content_spans_json(st), st.speaker_type))
            for ev in analysis.events:
                events.append((article_id, ev.id, ev.type, ev.mode, actor_of.get(ev.actor or ""),
                               actor_of.get(ev.recipient or ""), place_of.get(ev.place or ""), ev.date,
                               *ev.trigger_span, *ev.sentence_span, ev.confidence, *event_details(ev)))
        tables: list[tuple[str, str, list[tuple]]] = [
            ("entities", "article_id, local_id, actor_id, name, type, country, sector, affiliation", entities),
            ("mentions", 'article_id, local_id, start, "end", kind', mentions),
            ("article_places", "article_id, local_id, place_id", article_places),
            ("statements", "article_id, local_id, speaker_id, speaker_name, speaker_text, speaker_start, speaker_end, "
             "cue, cue_start, cue_end, content, content_start, content_end, kind, sentence_start, sentence_end, "
             "content_spans, speaker_type", statements),
            ("events", "article_id, local_id, type, mode, actor_id, recipient_id, place_id, date, trigger_start, "
             "trigger_end, sentence_start, sentence_end, confidence, " + EVENT_DETAIL_COLUMNS, events),
        ]
        with self.conn.cursor() as cursor:
            for table, columns, rows in tables:
                if rows:
                    with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)

    def reject(self, item: str, reason: str) -> None:
        """Record a rejected input item; the same item and reason is kept once (time updated)."""
        self._exec("INSERT INTO rejects (item, reason, at) VALUES (?,?,?) "
                   "ON CONFLICT (item, reason) DO UPDATE SET at = excluded.at", (item, reason, _now()))
        self._exec(summary.BUMP_VERSION)  # /stats shows the rejects

    # -- reads --------------------------------------------------------------------------

    def execute(self, sql: str, params: tuple | list = ()) -> None:
        """Run one write statement (SQLite's dialect) in its own transaction."""
        try:
            self._exec(sql, params)
        except _psycopg().Error as exc:
            raise StoreError(f"cannot write to {redact(self.url)}: {str(exc).strip()}") from exc

    def query(self, sql: str, params: tuple | list = ()) -> list[Row]:
        """Run a read query written in SQLite's dialect (``?`` placeholders) and return its rows."""
        return self._exec(sql, params).fetchall()

    def query_within(self, sql: str, params: tuple | list, seconds: float) -> Optional[list[Row]]:
        """Run a read query and return its rows, or None when it takes longer than ``seconds``."""
        psycopg = _psycopg()
        try:
            with self.conn.transaction():
                self.conn.execute(f"SET LOCAL statement_timeout = {max(1, int(seconds * 1000))}")
                return self._exec(sql, params).fetchall()
        except psycopg.errors.QueryCanceled:
            return None

    def analysis(self, article_id: str) -> Optional[Analysis]:
        """The stored analysis of one article (a unique id prefix of 6+ characters is enough)."""
        row = self._exec("SELECT analysis FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None and len(article_id) >= 6:
            rows = self._exec("SELECT id, analysis FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 6",
                              (like_escape(article_id) + "%",)).fetchall()
            if len(rows) > 1:
                raise StoreError(f"{article_id!r} is ambiguous: it starts "
                                 f"{', '.join(r['id'] for r in rows[:5])}{' …' if len(rows) > 5 else ''}")
            row = rows[0] if rows else None
        return Analysis.from_dict(json.loads(row["analysis"])) if row else None


def needed_schema_version() -> int:
    return max((number for number, _, _ in pg_scripts()), default=0)
