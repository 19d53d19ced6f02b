-- A place's page lists the latest 20 of its articles, statements and events (Iran, on 100,000
-- synthetic articles: 2,200 articles, 2,600 statements): SQLite finds them all, then sorts them by
-- date. These two indexes make every lookup of that sort an index-only one, where each read the
-- article's row (its text beside it) or the place's row of article_places (the three queries: 52 ms
-- -> 24 ms alone; the articles' alone 24 ms -> 6 ms):
-- an article's publication date and source by its id (the statements' and events' article joins use
-- it too, and their facets by month and source: a speaker's statements' facets 40 -> 22-30 ms alone),
CREATE INDEX articles_id_published_source ON articles(id, published, source);
-- and the articles naming a place, without reading article_places' rows (it replaces the index on
-- place_id alone, which it begins with).
CREATE INDEX article_places_place_article ON article_places(place_id, article_id);
DROP INDEX article_places_place;
ANALYZE;
