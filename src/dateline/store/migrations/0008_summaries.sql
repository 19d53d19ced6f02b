-- Summary counts kept up to date by the store as it writes articles (dateline/store/summary.py),
-- so that listings, the map, the timeline and the network read counts instead of counting
-- every event, mention and statement on each request. Filled here from the current articles;
-- each SELECT below is summary.py's for the articles in current_articles (keep them alike;
-- tests/store/test_summary.py checks that the two give the same counts).
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
-- The number of writes so far: a reader's cache keys its answers by it.
CREATE TABLE data_version (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
);
INSERT INTO data_version (id, n) VALUES (1, 0);

-- Columns the pages sort on: with an index the first page of a sorted listing is a walk down
-- the index, not a sort of every row.
CREATE INDEX actor_counts_mentions ON actor_counts(mentions);
CREATE INDEX place_counts_mentions ON place_counts(mentions);
CREATE INDEX article_counts_events ON article_counts(events);
CREATE INDEX statements_speaker_name ON statements(speaker_name);
CREATE INDEX events_confidence ON events(confidence);
CREATE INDEX articles_source ON articles(source);

INSERT INTO actor_counts (actor_id, mentions)
SELECT e.actor_id, count(*) FROM entities e JOIN mentions m ON m.article_id = e.article_id
AND m.local_id = e.local_id AND m.kind = 'entity' WHERE e.article_id IN (SELECT id FROM current_articles)
GROUP BY e.actor_id;
INSERT INTO actor_counts (actor_id) SELECT id FROM actors WHERE id NOT IN (SELECT actor_id FROM actor_counts);
UPDATE actor_counts SET
    articles = (SELECT count(DISTINCT e.article_id) FROM entities e WHERE e.actor_id = actor_counts.actor_id
                AND e.article_id IN (SELECT id FROM current_articles)),
    statements = (SELECT count(*) FROM statements s WHERE s.speaker_id = actor_counts.actor_id
                  AND s.article_id IN (SELECT id FROM current_articles)),
    events = (SELECT count(*) FROM events v WHERE (v.actor_id = actor_counts.actor_id
              OR v.recipient_id = actor_counts.actor_id) AND v.article_id IN (SELECT id FROM current_articles));

INSERT INTO place_counts (place_id) SELECT id FROM places;
UPDATE place_counts SET
    mentions = (SELECT count(*) FROM article_places ap JOIN mentions m ON m.article_id = ap.article_id
                AND m.local_id = ap.local_id AND m.kind = 'place' WHERE ap.place_id = place_counts.place_id
                AND ap.article_id IN (SELECT id FROM current_articles)),
    articles = (SELECT count(*) FROM article_places ap WHERE ap.place_id = place_counts.place_id
                AND ap.article_id IN (SELECT id FROM current_articles)),
    events = (SELECT count(*) FROM events v WHERE v.place_id = place_counts.place_id
              AND v.article_id IN (SELECT id FROM current_articles));

INSERT INTO article_counts (article_id, statements, events, places) SELECT a.id,
    (SELECT count(*) FROM statements s WHERE s.article_id = a.id),
    (SELECT count(*) FROM events v WHERE v.article_id = a.id),
    (SELECT count(*) FROM article_places ap WHERE ap.article_id = a.id)
FROM articles a;

INSERT INTO event_days (day, type, n)
SELECT coalesce(v.date, a.published, ''), v.type, count(*) FROM events v JOIN current_articles a
ON a.id = v.article_id GROUP BY coalesce(v.date, a.published, ''), v.type;

INSERT INTO event_places (place_id, type, n)
SELECT v.place_id, v.type, count(*) FROM events v WHERE v.place_id IS NOT NULL
AND v.article_id IN (SELECT id FROM current_articles) GROUP BY v.place_id, v.type;

INSERT INTO event_links (source, target, type, n)
SELECT ac.name, rc.name, v.type, count(*) FROM events v JOIN actors ac ON ac.id = v.actor_id
JOIN actors rc ON rc.id = v.recipient_id WHERE v.article_id IN (SELECT id FROM current_articles)
AND v.actor_id != v.recipient_id GROUP BY ac.name, rc.name, v.type;

INSERT INTO statement_links (source, target, n)
SELECT x.name, t.name, count(DISTINCT s.id) FROM statements s JOIN actors x ON x.id = s.speaker_id
JOIN mentions m ON m.article_id = s.article_id AND m.kind = 'entity' AND m.start >= s.content_start
AND m."end" <= s.content_end JOIN entities e ON e.article_id = m.article_id AND e.local_id = m.local_id
JOIN actors t ON t.id = e.actor_id WHERE s.article_id IN (SELECT id FROM current_articles)
AND e.actor_id != s.speaker_id GROUP BY x.name, t.name;
