-- A place's page lists its 20 newest events, statements and articles. On 100,000 synthetic articles
-- Iran has ~900 events, 2,600 statements and 2,200 articles: SQLite found them all by the place,
-- then sorted them by date (14-21 ms of CPU each, the slowest page of the load figure). With each
-- row's date beside the place, in one index, the newest are read off it and the walk stops after a
-- page, as the events listing walks event_dates. Written with each article by .summary; every
-- article version's rows, as statement_places holds them (the listings keep the current ones).

-- The statements naming a place, with their article's publication date (listed from here by
-- store/at_place.py).
ALTER TABLE statement_places ADD COLUMN published TEXT;
UPDATE statement_places SET published = (SELECT a.published FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.id = statement_places.statement_id);
CREATE INDEX statement_places_place_published ON statement_places(place_id, published, statement_id);

-- The articles naming a place, once each (article_places has a row per mention), with their
-- publication date.
CREATE TABLE place_articles (
    place_id   INTEGER NOT NULL REFERENCES places(id),
    article_id TEXT NOT NULL REFERENCES articles(id),
    published  TEXT,
    PRIMARY KEY (place_id, article_id)
);
INSERT INTO place_articles (place_id, article_id, published) SELECT DISTINCT ap.place_id, ap.article_id, a.published FROM article_places ap JOIN articles a ON a.id = ap.article_id;
CREATE INDEX place_articles_place_published ON place_articles(place_id, published, article_id);

-- Each event's place and actor beside its date (as 0009 put the type there): a place's events, and
-- an actor's (its page: 1,000-2,000 events, 7 ms of CPU to sort), newest first, are one walk down
-- one of these indexes.
ALTER TABLE event_dates ADD COLUMN place_id INTEGER;
ALTER TABLE event_dates ADD COLUMN actor_id INTEGER;
UPDATE event_dates SET (place_id, actor_id) = (SELECT v.place_id, v.actor_id FROM events v WHERE v.id = event_dates.event_id);
CREATE INDEX event_dates_place_day ON event_dates(place_id, day, event_id);
CREATE INDEX event_dates_actor_day ON event_dates(actor_id, day, event_id);

-- The events of an actor's country (Afghanistan: 3 actors, 2,200 events) sorted by confidence: the
-- listing reads each event's confidence, status and article to keep the shown, current ones, then
-- sorts them; from this index it reads them without the events' rows (the keys of a page: 28-35 ->
-- 18-23 ms of CPU alone, from a fresh connection). It begins with actor_id and replaces the index
-- on actor_id alone. Not confidence second: with it there, SQLite (3.40) skip-scanned this index
-- for the default confidence filter of every events listing (/events: 8 ms -> 2.4 s).
CREATE INDEX events_actor_shown ON events(actor_id, article_id, confidence, status, recipient_id, place_id);
DROP INDEX events_actor;
ANALYZE;
