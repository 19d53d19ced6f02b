-- Schema 2, PostgreSQL twin of ../0002_current_versions.sql. NOT EXISTS instead of NOT IN
-- (the planner turns it into an anti-join on the previous_id index). The view is re-created
-- after every migration (see pg_migrate.py), because PostgreSQL fixes a view's "*" when it is made.
CREATE INDEX articles_previous ON articles(previous_id);
CREATE INDEX events_place ON events(place_id);
CREATE INDEX entities_article ON entities(article_id);

CREATE VIEW current_articles AS
    SELECT * FROM articles a
    WHERE NOT EXISTS (SELECT 1 FROM articles newer WHERE newer.previous_id = a.id);
