-- Schema 2: the newest version of each article, and indexes the listings need.
CREATE INDEX articles_previous ON articles(previous_id);
CREATE INDEX events_place ON events(place_id);
CREATE INDEX entities_article ON entities(article_id);

-- An article is current unless a newer version names it as its previous one.
CREATE VIEW current_articles AS
    SELECT * FROM articles
    WHERE id NOT IN (SELECT previous_id FROM articles WHERE previous_id IS NOT NULL);
