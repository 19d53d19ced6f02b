-- Schema 6: what `dateline watch` has seen, so a restart does not start over. Numbered 6, after
-- the 0003-0005 that other work adds. Portable SQL: PostgreSQL runs it through pg_migrate.translate.
CREATE TABLE watch_seen (
    source  TEXT NOT NULL,  -- the feed URL, sitemap URL or folder as given to watch
    item    TEXT NOT NULL,  -- an entry's link (or id), a sitemap <loc>, or a file path
    version TEXT,           -- what makes a known item new again: its text's hash, <lastmod>, or mtime:size
    seen_at TEXT NOT NULL,
    PRIMARY KEY (source, item)
);
