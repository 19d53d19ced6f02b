"""The few places where SQLite and PostgreSQL SQL differ, so :mod:`.queries` is written once.

Queries are written in SQLite's dialect with ``?`` placeholders. :meth:`Dialect.sql` turns one
into the backend's form; the methods below give the fragments that cannot be written portably:
case-insensitive equality, case-insensitive LIKE, and full-text search (FTS5 tables with
``snippet``/``bm25`` on SQLite; ``tsvector`` columns with GIN indexes, ``ts_headline`` and
``ts_rank`` on PostgreSQL). Everything else (``substr``, ``coalesce``, ``LIKE … ESCAPE '\\'``,
``NULLS LAST``, ``CAST(… AS INTEGER)``) means the same on both.
"""
from __future__ import annotations

import re

# ts_headline's options for a snippet like FTS5's snippet(…, '[', ']', '…', 12): about twelve
# words around the first match, the match in brackets.
_HEADLINE = "StartSel=[, StopSel=], MaxWords=12, MinWords=6, ShortWord=0, MaxFragments=1, FragmentDelimiter=…"

# The text search configuration: 'simple' lower-cases and splits like FTS5's unicode61 tokenizer
# and does not stem, so both backends find the same articles for the same words.
TS_CONFIG = "simple"


class SQLiteDialect:
    """SQLite: queries run as written."""

    name = "sqlite"
    like = "LIKE"  # ASCII case-insensitive already

    def sql(self, text: str) -> str:
        return text

    def nocase_eq(self, column: str) -> str:
        """``column`` equals one ``?`` parameter, ignoring case."""
        return f"{column} = ? COLLATE NOCASE"

    def table_columns(self) -> str:
        """A query for the column names of one table (one ``?``: its name)."""
        return "SELECT name FROM pragma_table_info(?)"

    def search_words(self, words: list[str]) -> str:
        """The parameter for :meth:`article_hits`: every word must occur (quoted: no syntax errors)."""
        return " ".join('"' + w.replace('"', '""') + '"' for w in words)

    def article_hits(self) -> str:
        """Current articles matching one query parameter, with snippet and score (lower is better)."""
        return ("SELECT f.article_id, a.title, a.published, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet, "
                "bm25(articles_fts) AS score FROM articles_fts f JOIN current_articles a ON a.id = f.article_id "
                "WHERE articles_fts MATCH ? ORDER BY score LIMIT ?")

    def statement_hits(self) -> str:
        """Statements of current articles matching one query parameter, with snippet and score."""
        return ("SELECT s.article_id, s.local_id, s.speaker_name, s.speaker_text, a.published, "
                "snippet(statements_fts, 1, '[', ']', '…', 12) AS snippet, bm25(statements_fts) AS score "
                "FROM statements_fts f JOIN statements s ON s.id = f.statement_id "
                "JOIN current_articles a ON a.id = s.article_id WHERE statements_fts MATCH ? ORDER BY score LIMIT ?")

    def content_mentions(self, names: list[str]) -> tuple[str, list[str]]:
        """A condition on ``s`` (statements): the content contains any of ``names`` as a phrase."""
        phrases = " OR ".join('"' + n.replace('"', '""') + '"' for n in names)
        return ("s.id IN (SELECT statement_id FROM statements_fts WHERE statements_fts MATCH ?)",
                [f"content : ({phrases})"])


class PostgresDialect(SQLiteDialect):
    """PostgreSQL: ``%s`` placeholders, ``lower()`` for NOCASE, ``ILIKE``, tsvector search."""

    name = "postgresql"
    like = "ILIKE"

    def sql(self, text: str) -> str:
        # No query of ours has a ? or % inside a string literal (checked by the tests that run
        # every query on both backends), so a plain replacement is safe.
        return text.replace("%", "%%").replace("?", "%s")

    def nocase_eq(self, column: str) -> str:
        return f"lower({column}) = lower(CAST(? AS TEXT))"

    def table_columns(self) -> str:
        return "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND table_schema = current_schema()"

    def search_words(self, words: list[str]) -> str:
        return " ".join(words)

    def article_hits(self) -> str:
        # The snippet is made for the few rows kept, not for every match.
        return (f"SELECT h.article_id, h.title, h.published, ts_headline('{TS_CONFIG}', a.text, h.q, '{_HEADLINE}') "
                "AS snippet, h.score FROM (SELECT a.id AS article_id, a.title, a.published, q, "
                "-ts_rank(a.fts, q) AS score FROM current_articles a, "
                f"plainto_tsquery('{TS_CONFIG}', ?) q WHERE a.fts @@ q ORDER BY score, a.id LIMIT ?) h "
                "JOIN articles a ON a.id = h.article_id ORDER BY h.score, h.article_id")

    def statement_hits(self) -> str:
        return (f"SELECT h.article_id, h.local_id, h.speaker_name, h.speaker_text, h.published, "
                f"ts_headline('{TS_CONFIG}', h.content, h.q, '{_HEADLINE}') AS snippet, h.score FROM ("
                "SELECT s.article_id, s.local_id, s.speaker_name, s.speaker_text, a.published, s.content, q, "
                "-ts_rank(s.fts, q) AS score FROM statements s JOIN current_articles a ON a.id = s.article_id, "
                f"plainto_tsquery('{TS_CONFIG}', ?) q WHERE s.fts @@ q ORDER BY score, s.id LIMIT ?) h "
                "ORDER BY h.score, h.article_id, h.local_id")

    def content_mentions(self, names: list[str]) -> tuple[str, list[str]]:
        tests = " OR ".join([f"s.content_fts @@ phraseto_tsquery('{TS_CONFIG}', ?)"] * len(names))
        return f"({tests or 'false'})", list(names)


SQLITE = SQLiteDialect()
POSTGRES = PostgresDialect()

# SQLite-only syntax that a migration without a PostgreSQL twin must not use (see .pg_migrate).
SQLITE_ONLY = re.compile(r"\b(VIRTUAL\s+TABLE|INSERT\s+OR|PRAGMA|AUTOINCREMENT|WITHOUT\s+ROWID|fts5)\b", re.I)
