-- dateline store, schema 1. Spans are [start, end) Python str offsets into articles.text.
CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    title       TEXT,
    url         TEXT,
    source      TEXT,
    published   TEXT,
    language    TEXT,
    text        TEXT NOT NULL,
    origin      TEXT,
    previous_id TEXT REFERENCES articles(id),  -- the older version of the same URL
    ingested_at TEXT NOT NULL,
    analysis    TEXT NOT NULL                  -- the whole dateline.analysis/1 record as JSON
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_published ON articles(published);

-- One row per actor across all articles, keyed by canonical key.
CREATE TABLE actors (
    id      INTEGER PRIMARY KEY,
    key     TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    type    TEXT NOT NULL,
    country TEXT,
    sector  TEXT
);
CREATE TABLE aliases (
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    alias    TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
);
CREATE INDEX aliases_alias ON aliases(alias COLLATE NOCASE);
CREATE TABLE roles (
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    role     TEXT NOT NULL,
    PRIMARY KEY (actor_id, role)
);

-- An actor as it appears in one article (the record's E-ids).
CREATE TABLE entities (
    article_id  TEXT NOT NULL REFERENCES articles(id),
    local_id    TEXT NOT NULL,
    actor_id    INTEGER NOT NULL REFERENCES actors(id),
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    country     TEXT,
    sector      TEXT,
    affiliation TEXT,
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX entities_actor ON entities(actor_id);
CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id),
    local_id   TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    kind       TEXT NOT NULL  -- entity | place
);
CREATE INDEX mentions_article ON mentions(article_id, local_id);

CREATE TABLE statements (
    id            INTEGER PRIMARY KEY,
    article_id    TEXT NOT NULL REFERENCES articles(id),
    local_id      TEXT NOT NULL,
    speaker_id    INTEGER REFERENCES actors(id),
    speaker_name  TEXT,
    speaker_text  TEXT,
    speaker_start INTEGER, speaker_end INTEGER,
    cue           TEXT,
    cue_start     INTEGER, cue_end INTEGER,
    content       TEXT NOT NULL,
    content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    UNIQUE (article_id, local_id)
);
CREATE INDEX statements_speaker ON statements(speaker_id);

-- One row per gazetteer entry (or per unresolved name) across all articles.
CREATE TABLE places (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    geonames_id INTEGER,
    lat         REAL,
    lon         REAL,
    country     TEXT,
    admin1      TEXT,
    feature     TEXT
);
CREATE TABLE article_places (
    article_id TEXT NOT NULL REFERENCES articles(id),
    local_id   TEXT NOT NULL,
    place_id   INTEGER NOT NULL REFERENCES places(id),
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_places_place ON article_places(place_id);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    article_id     TEXT NOT NULL REFERENCES articles(id),
    local_id       TEXT NOT NULL,
    type           TEXT NOT NULL,
    mode           TEXT,
    actor_id       INTEGER REFERENCES actors(id),
    recipient_id   INTEGER REFERENCES actors(id),
    place_id       INTEGER REFERENCES places(id),
    date           TEXT,
    trigger_start  INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    confidence     REAL,
    UNIQUE (article_id, local_id)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_actor ON events(actor_id);
CREATE INDEX events_recipient ON events(recipient_id);

CREATE TABLE rejects (
    id     INTEGER PRIMARY KEY,
    item   TEXT NOT NULL,
    reason TEXT NOT NULL,
    at     TEXT NOT NULL,
    UNIQUE (item, reason)
);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, article_id UNINDEXED);
CREATE VIRTUAL TABLE statements_fts USING fts5(speaker_text, content, statement_id UNINDEXED);
