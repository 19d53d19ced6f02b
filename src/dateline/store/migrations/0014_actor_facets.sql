-- Shown events per actor (by type, month, place's country, source and status) and statements per
-- speaker (by kind, speaker's name as written, speaker type, month and source), kept with each
-- article by .summary: the events listing filtered by an actor or an actor's country, and the
-- statements listing by a speaker or a speaker's country, read their count and facets here
-- (summarised.by_actor), where they read every row of those actors (Afghanistan's 2,200 events:
-- 22-27 ms of CPU; a speaker's 2,600 statements: 20 ms). By actor, not country: a later article
-- may give an actor its country.
-- value: '' for none (a key column cannot be NULL and still be unique); month as the listings'
-- facet has it, the first 7 characters of the date.
-- The events' counts are filled by the recount that follows (0015, tools/recount_sql.py), as every
-- count of shown events is; the statements' here, over the current articles.
-- The shown events each actor is the recipient of (its page counts them), also filled by 0015.
ALTER TABLE actor_counts ADD COLUMN received INTEGER NOT NULL DEFAULT 0;
CREATE TABLE event_actor_facets (
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    facet    TEXT NOT NULL,
    value    TEXT NOT NULL,
    n        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_id, facet, value)
);
CREATE TABLE statement_speaker_facets (
    speaker_id INTEGER NOT NULL REFERENCES actors(id),
    facet      TEXT NOT NULL,
    value      TEXT NOT NULL,
    n          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (speaker_id, facet, value)
);
INSERT INTO statement_speaker_facets (speaker_id, facet, value, n) SELECT k.k0, k.k1, k.k2, k.n FROM (SELECT s.speaker_id AS k0, 'kind' AS k1, coalesce(s.kind, '') AS k2, count(*) AS n FROM statements s WHERE s.article_id IN (SELECT id FROM current_articles) AND s.speaker_id IS NOT NULL GROUP BY s.speaker_id, coalesce(s.kind, '') UNION ALL SELECT s.speaker_id AS k0, 'speaker_name' AS k1, coalesce(s.speaker_name, '') AS k2, count(*) AS n FROM statements s WHERE s.article_id IN (SELECT id FROM current_articles) AND s.speaker_id IS NOT NULL GROUP BY s.speaker_id, coalesce(s.speaker_name, '') UNION ALL SELECT s.speaker_id AS k0, 'speaker_type' AS k1, coalesce(s.speaker_type, '') AS k2, count(*) AS n FROM statements s WHERE s.article_id IN (SELECT id FROM current_articles) AND s.speaker_id IS NOT NULL GROUP BY s.speaker_id, coalesce(s.speaker_type, '') UNION ALL SELECT s.speaker_id AS k0, 'month' AS k1, coalesce(substr(a.published, 1, 7), '') AS k2, count(*) AS n FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.article_id IN (SELECT id FROM current_articles) AND s.speaker_id IS NOT NULL GROUP BY s.speaker_id, coalesce(substr(a.published, 1, 7), '') UNION ALL SELECT s.speaker_id AS k0, 'source' AS k1, coalesce(a.source, '') AS k2, count(*) AS n FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.article_id IN (SELECT id FROM current_articles) AND s.speaker_id IS NOT NULL GROUP BY s.speaker_id, coalesce(a.source, '')) k WHERE true ON CONFLICT (speaker_id, facet, value) DO UPDATE SET n = statement_speaker_facets.n + excluded.n;
