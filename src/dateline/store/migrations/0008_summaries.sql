-- Summary counts kept up to date by the store as it writes articles (dateline/store/summary.py),
-- so that listings, the map, the timeline and the network read counts instead of counting
-- every event, mention and statement on each request. Filled here from the current articles:
-- the statements at the end are summary.add_articles's for every current article (printed by
-- it; tests/store/test_summary.py checks that the two give the same counts).
CREATE TABLE actor_counts (
    actor_id   INTEGER NOT NULL PRIMARY KEY REFERENCES actors(id),
    mentions   INTEGER NOT NULL DEFAULT 0,
    articles   INTEGER NOT NULL DEFAULT 0,
    statements INTEGER NOT NULL DEFAULT 0,
    events     INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE place_counts (
    place_id INTEGER NOT NULL PRIMARY KEY REFERENCES places(id),
    mentions INTEGER NOT NULL DEFAULT 0,
    articles INTEGER NOT NULL DEFAULT 0,
    events   INTEGER NOT NULL DEFAULT 0
);
-- Per article whatever its version (the articles listing shows these beside each one).
CREATE TABLE article_counts (
    article_id TEXT NOT NULL PRIMARY KEY REFERENCES articles(id),
    statements INTEGER NOT NULL DEFAULT 0,
    events     INTEGER NOT NULL DEFAULT 0,
    places     INTEGER NOT NULL DEFAULT 0
);
-- day: the event's date as listings show it (its own, else its article's), '' when it has none.
CREATE TABLE event_days (
    day  TEXT NOT NULL,
    type TEXT NOT NULL,
    n    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, type)
);
CREATE TABLE event_places (
    place_id INTEGER NOT NULL,
    type     TEXT NOT NULL,
    n        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (place_id, type)
);
-- The network's links, by actor name as the network draws them.
CREATE TABLE event_links (
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    type   TEXT NOT NULL,
    n      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (source, target, type)
);
CREATE TABLE statement_links (
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    n      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (source, target)
);
-- Statements and articles (current versions) per publication date, '' for none.
CREATE TABLE statement_days (
    day TEXT NOT NULL PRIMARY KEY,
    n   INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE article_days (
    day TEXT NOT NULL PRIMARY KEY,
    n   INTEGER NOT NULL DEFAULT 0
);
-- Each event's date as listings show and sort it: its own, else its article's (NULL for none).
CREATE TABLE event_dates (
    event_id INTEGER NOT NULL PRIMARY KEY REFERENCES events(id),
    day      TEXT
);
-- The number of writes so far: a reader's cache keys its answers by it.
CREATE TABLE data_version (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
);
INSERT INTO data_version (id, n) VALUES (1, 0);

-- The events listing's default order (newest first) as a walk down an index: the first page
-- reads 51 rows instead of sorting every event (1.4 s on 100,000 articles). Indexes on other
-- sort columns were tried and left out: an index on events(confidence) made SQLite walk all
-- events for "-confidence" with an actor country filter that matched 0.5% of them (1.9 s).
CREATE INDEX event_dates_day ON event_dates(day, event_id);
-- The articles listing reads only these columns of each article for its order, paging and facets
-- (with the id for the current-version test): from an index, not from rows that hold whole texts
-- (on 100,000 articles, offset 5,000: 112 ms -> 11 ms; the source and language facets were not
-- counted within their 150 ms, and now take about 70 ms each).
CREATE INDEX articles_published_id ON articles(published, id);
CREATE INDEX articles_source_id ON articles(source, id);
CREATE INDEX articles_language_id ON articles(language, id);

INSERT INTO actor_counts (actor_id, mentions) SELECT k.k0, k.n FROM (SELECT e.actor_id AS k0, count(*) AS n FROM entities e JOIN mentions m ON m.article_id = e.article_id AND m.local_id = e.local_id AND m.kind = 'entity' WHERE e.article_id IN (SELECT id FROM current_articles) GROUP BY e.actor_id) k WHERE true ON CONFLICT (actor_id) DO UPDATE SET mentions = actor_counts.mentions + excluded.mentions;
INSERT INTO actor_counts (actor_id, articles) SELECT k.k0, k.n FROM (SELECT actor_id AS k0, count(DISTINCT article_id) AS n FROM entities WHERE article_id IN (SELECT id FROM current_articles) GROUP BY actor_id) k WHERE true ON CONFLICT (actor_id) DO UPDATE SET articles = actor_counts.articles + excluded.articles;
INSERT INTO actor_counts (actor_id, statements) SELECT k.k0, k.n FROM (SELECT speaker_id AS k0, count(*) AS n FROM statements WHERE article_id IN (SELECT id FROM current_articles) AND speaker_id IS NOT NULL GROUP BY speaker_id) k WHERE true ON CONFLICT (actor_id) DO UPDATE SET statements = actor_counts.statements + excluded.statements;
INSERT INTO actor_counts (actor_id, events) SELECT k.k0, k.n FROM (SELECT party AS k0, count(*) AS n FROM (SELECT id, actor_id AS party FROM events v WHERE article_id IN (SELECT id FROM current_articles) AND actor_id IS NOT NULL AND v.confidence >= 0.5 AND coalesce(v.status, 'asserted') = 'asserted' UNION SELECT id, recipient_id FROM events v WHERE article_id IN (SELECT id FROM current_articles) AND recipient_id IS NOT NULL AND v.confidence >= 0.5 AND coalesce(v.status, 'asserted') = 'asserted') parties GROUP BY party) k WHERE true ON CONFLICT (actor_id) DO UPDATE SET events = actor_counts.events + excluded.events;
INSERT INTO place_counts (place_id, mentions) SELECT k.k0, k.n FROM (SELECT ap.place_id AS k0, count(*) AS n FROM article_places ap JOIN mentions m ON m.article_id = ap.article_id AND m.local_id = ap.local_id AND m.kind = 'place' WHERE ap.article_id IN (SELECT id FROM current_articles) GROUP BY ap.place_id) k WHERE true ON CONFLICT (place_id) DO UPDATE SET mentions = place_counts.mentions + excluded.mentions;
INSERT INTO place_counts (place_id, articles) SELECT k.k0, k.n FROM (SELECT place_id AS k0, count(*) AS n FROM article_places WHERE article_id IN (SELECT id FROM current_articles) GROUP BY place_id) k WHERE true ON CONFLICT (place_id) DO UPDATE SET articles = place_counts.articles + excluded.articles;
INSERT INTO place_counts (place_id, events) SELECT k.k0, k.n FROM (SELECT place_id AS k0, count(*) AS n FROM events v WHERE article_id IN (SELECT id FROM current_articles) AND place_id IS NOT NULL AND v.confidence >= 0.5 AND coalesce(v.status, 'asserted') = 'asserted' GROUP BY place_id) k WHERE true ON CONFLICT (place_id) DO UPDATE SET events = place_counts.events + excluded.events;
INSERT INTO event_days (day, type, n) SELECT k.k0, k.k1, k.n FROM (SELECT coalesce(v.date, a.published, '') AS k0, v.type AS k1, count(*) AS n FROM events v JOIN articles a ON a.id = v.article_id WHERE v.article_id IN (SELECT id FROM current_articles) AND v.confidence >= 0.5 AND coalesce(v.status, 'asserted') = 'asserted' GROUP BY coalesce(v.date, a.published, ''), v.type) k WHERE true ON CONFLICT (day, type) DO UPDATE SET n = event_days.n + excluded.n;
INSERT INTO event_places (place_id, type, n) SELECT k.k0, k.k1, k.n FROM (SELECT place_id AS k0, type AS k1, count(*) AS n FROM events v WHERE article_id IN (SELECT id FROM current_articles) AND place_id IS NOT NULL AND v.confidence >= 0.5 AND coalesce(v.status, 'asserted') = 'asserted' GROUP BY place_id, type) k WHERE true ON CONFLICT (place_id, type) DO UPDATE SET n = event_places.n + excluded.n;
INSERT INTO statement_days (day, n) SELECT k.k0, k.n FROM (SELECT coalesce(a.published, '') AS k0, count(*) AS n FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.article_id IN (SELECT id FROM current_articles) GROUP BY coalesce(a.published, '')) k WHERE true ON CONFLICT (day) DO UPDATE SET n = statement_days.n + excluded.n;
INSERT INTO article_days (day, n) SELECT k.k0, k.n FROM (SELECT coalesce(published, '') AS k0, count(*) AS n FROM articles WHERE id IN (SELECT id FROM current_articles) GROUP BY coalesce(published, '')) k WHERE true ON CONFLICT (day) DO UPDATE SET n = article_days.n + excluded.n;
INSERT INTO event_links (source, target, type, n) SELECT k.k0, k.k1, k.k2, k.n FROM (SELECT ac.name AS k0, rc.name AS k1, v.type AS k2, count(*) AS n FROM events v JOIN actors ac ON ac.id = v.actor_id JOIN actors rc ON rc.id = v.recipient_id WHERE v.article_id IN (SELECT id FROM current_articles) AND v.actor_id != v.recipient_id AND v.confidence >= 0.5 AND coalesce(v.status, 'asserted') = 'asserted' GROUP BY ac.name, rc.name, v.type) k WHERE true ON CONFLICT (source, target, type) DO UPDATE SET n = event_links.n + excluded.n;
INSERT INTO statement_links (source, target, n) SELECT k.k0, k.k1, k.n FROM (SELECT x.name AS k0, t.name AS k1, count(DISTINCT s.id) AS n FROM statements s JOIN actors x ON x.id = s.speaker_id JOIN mentions m ON m.article_id = s.article_id AND m.kind = 'entity' AND m.start >= s.content_start AND m."end" <= s.content_end JOIN entities e ON e.article_id = m.article_id AND e.local_id = m.local_id JOIN actors t ON t.id = e.actor_id WHERE s.article_id IN (SELECT id FROM current_articles) AND e.actor_id != s.speaker_id GROUP BY x.name, t.name) k WHERE true ON CONFLICT (source, target) DO UPDATE SET n = statement_links.n + excluded.n;
INSERT INTO article_counts (article_id, statements, events, places) SELECT a.id, (SELECT count(*) FROM statements s WHERE s.article_id = a.id), (SELECT count(*) FROM events v WHERE v.article_id = a.id AND v.confidence >= 0.5 AND coalesce(v.status, 'asserted') = 'asserted'), (SELECT count(*) FROM article_places ap WHERE ap.article_id = a.id) FROM articles a WHERE a.id IN (SELECT id FROM articles) ON CONFLICT (article_id) DO NOTHING;
INSERT INTO event_dates (event_id, day) SELECT v.id, coalesce(v.date, a.published) FROM events v JOIN articles a ON a.id = v.article_id WHERE v.article_id IN (SELECT id FROM articles) ON CONFLICT (event_id) DO NOTHING;

-- Fresh statistics for the query planner, new tables included: with statistics on the old tables
-- only (a database someone ran ANALYZE on), SQLite sorted every event for the events listing
-- instead of walking event_dates_day. Seconds on 100,000 articles; nothing to do on a new database.
ANALYZE;
