-- Indexes and a summary that serve the web pages' sorted, filtered listings without sorting or
-- counting every row (issue 14's load figure, computed afresh on 100,000 synthetic articles).

-- The statements listing's sort columns: tables._keys reads the rows with a value by walking the
-- column's index and stops after one page (by speaker, offset 1,000: 1.9 s -> 60 ms). The other
-- columns offered either have an index already (published, source, url: on articles; id) or are
-- read through one (speaker country and sector: actors, 2,000 rows).
CREATE INDEX statements_speaker_name ON statements(speaker_name);
CREATE INDEX statements_speaker_type ON statements(speaker_type);
CREATE INDEX statements_cue ON statements(cue);
CREATE INDEX statements_kind ON statements(kind);
CREATE INDEX articles_title ON articles(title);
-- The articles listing by its counts (every article has its row, written with it): a walk down
-- one of these instead of sorting 100,000 articles (by events: 300 ms -> 5 ms).
CREATE INDEX article_counts_statements ON article_counts(statements, article_id);
CREATE INDEX article_counts_events ON article_counts(events, article_id);
CREATE INDEX article_counts_places ON article_counts(places, article_id);

-- Each event's type beside its date, so that a type-filtered events listing (newest first) walks one
-- index instead of sorting every event of the type (ACCUSE, 48,000 events: 330 ms).
ALTER TABLE event_dates ADD COLUMN type TEXT;
UPDATE event_dates SET type = (SELECT v.type FROM events v WHERE v.id = event_dates.event_id);
CREATE INDEX event_dates_type_day ON event_dates(type, day, event_id);

-- Events per month and type, as event_days per day: the events listing's count and its type and
-- month facets, and the monthly timeline, add up ~2,000 rows instead of ~54,000 (70-120 ms each).
-- month: the first 7 characters of the day, a shorter date as it is, '' for none.
CREATE TABLE event_months (
    month TEXT NOT NULL,
    type  TEXT NOT NULL,
    n     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, type)
);
INSERT INTO event_months (month, type, n) SELECT CASE WHEN length(day) >= 7 THEN substr(day, 1, 7) ELSE day END, type, sum(n) FROM event_days GROUP BY CASE WHEN length(day) >= 7 THEN substr(day, 1, 7) ELSE day END, type;

-- The statements that name each place (a mention of it inside the statement's sentence), whatever
-- the article's version, written with each article: a place's page and the statements listing's
-- geonames filter read them off this key, where they went from the place's mentions to every
-- statement of each article mentioning it (Iran, 2,600 statements: 100 ms of CPU, twice a page).
CREATE TABLE statement_places (
    place_id     INTEGER NOT NULL REFERENCES places(id),
    statement_id INTEGER NOT NULL REFERENCES statements(id),
    PRIMARY KEY (place_id, statement_id)
);
INSERT INTO statement_places (place_id, statement_id) SELECT DISTINCT ap.place_id, st.id FROM article_places ap JOIN mentions m ON m.article_id = ap.article_id AND m.local_id = ap.local_id AND m.kind = 'place' JOIN statements st ON st.article_id = ap.article_id AND m.start >= st.sentence_start AND m."end" <= st.sentence_end WHERE ap.article_id IN (SELECT id FROM articles) ON CONFLICT (place_id, statement_id) DO NOTHING;

ANALYZE;
