-- Shown events per actor by type, month, place's country, source and status, kept with each article
-- by .summary: the events listing filtered by an actor's country reads its count and facets here
-- (summarised.by_actor_country), where it read every event of the country's actors (Afghanistan,
-- 2,200 events: 22-27 ms of CPU, the count and facets of one page). Filled by the recount that follows
-- (0015, tools/recount_sql.py), as every count of shown events is.
-- value: '' for none (a key column cannot be NULL and still be unique); month as the listing's facet
-- has it, the first 7 characters of the event's date.
CREATE TABLE event_actor_facets (
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    facet    TEXT NOT NULL,
    value    TEXT NOT NULL,
    n        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_id, facet, value)
);
