-- A place's statements counted as its articles and events are (place_counts, kept with each article
-- by .summary): a place's page and the statements listing's geonames filter read the total off one
-- row instead of counting the statements naming the place (Iran, 2,600 statements: 11-15 ms of CPU).
ALTER TABLE place_counts ADD COLUMN statements INTEGER NOT NULL DEFAULT 0;
UPDATE place_counts SET statements = (SELECT count(*) FROM statement_places sp JOIN statements st ON st.id = sp.statement_id WHERE sp.place_id = place_counts.place_id AND NOT EXISTS (SELECT 1 FROM articles newer WHERE newer.previous_id = st.article_id));

-- The events and statements listings sorted by a name, country or sector of the actor, recipient,
-- speaker or place: tables._keys asks for the rows with a value as "column >= ''", which turns the
-- LEFT JOIN into an inner one, so SQLite walks the joined table by one of these and reads each row's
-- events or statements by its index, stopping after a page (events by actor name: 560 ms -> 2 ms
-- alone), where it sorted every event.
CREATE INDEX actors_name ON actors(name);
CREATE INDEX actors_country ON actors(country);
CREATE INDEX actors_sector ON actors(sector);
CREATE INDEX places_name ON places(name);
CREATE INDEX places_country ON places(country);
CREATE INDEX places_admin1 ON places(admin1);

-- Each event's confidence beside its date and type (as 0009 put the type there), indexed: the events
-- listing sorted by confidence walks this index and stops after a page, where it sorted every event
-- (630 ms alone). An index on events(confidence) made SQLite drive other listings' plans from the
-- default confidence filter (confidence >= 0.5 looks selective and is not); nothing filters on this
-- copy, so only the sort reads it.
ALTER TABLE event_dates ADD COLUMN confidence REAL;
UPDATE event_dates SET confidence = (SELECT v.confidence FROM events v WHERE v.id = event_dates.event_id);
CREATE INDEX event_dates_confidence ON event_dates(confidence, event_id);
-- and of one type (ACCUSE, 48,000 events, by confidence: 220 ms -> 10 ms alone)
CREATE INDEX event_dates_type_confidence ON event_dates(type, confidence, event_id);

-- The timeline's latest days and what comes before them (charts._latest_days) read event_days by
-- type and day, or by day, off these alone (ACCUSE's weekly timeline: 31 -> 16 ms of CPU alone),
-- where they looked up each row's count in the table.
CREATE INDEX event_days_type_day ON event_days(type, day, n);
CREATE INDEX event_days_day_n ON event_days(day, n);

-- How many articles (every version), statements and events are stored, added to with each article
-- written (rows are never deleted): the home page and /stats read them here, where counting each
-- table took 7-12 ms of CPU (statements, 660,000 rows), twice a visit to both pages.
CREATE TABLE stored_counts (
    name TEXT NOT NULL PRIMARY KEY,
    n    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO stored_counts (name, n) SELECT 'articles', count(*) FROM articles;
INSERT INTO stored_counts (name, n) SELECT 'statements', count(*) FROM statements;
INSERT INTO stored_counts (name, n) SELECT 'events', count(*) FROM events;
ANALYZE;
