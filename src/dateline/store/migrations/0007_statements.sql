-- Schema 7: statements keep the pieces of an interrupted quotation and the kind of speaker.
-- Numbered 7, after the 0004-0006 that other work adds. Portable SQL: PostgreSQL runs it
-- through pg_migrate.translate.
-- content_spans: JSON list of [start, end) pieces in order, NULL when the content is one piece
-- (content_start/content_end still cover first to last, and content holds the joined pieces).
ALTER TABLE statements ADD COLUMN content_spans TEXT;
-- speaker_type: person, organisation, document or unnamed (NULL for rows stored before).
ALTER TABLE statements ADD COLUMN speaker_type TEXT;
