-- Schema 6: the second round of event fields (DESIGN.md): the sentence's main event, the spans of
-- actor and recipient, what the sentence says of the event (status), and ACLED-style casualty counts.
ALTER TABLE events ADD COLUMN main INTEGER;
ALTER TABLE events ADD COLUMN actor_start INTEGER;
ALTER TABLE events ADD COLUMN actor_end INTEGER;
ALTER TABLE events ADD COLUMN recipient_start INTEGER;
ALTER TABLE events ADD COLUMN recipient_end INTEGER;
ALTER TABLE events ADD COLUMN status TEXT;
ALTER TABLE events ADD COLUMN fatalities INTEGER;
ALTER TABLE events ADD COLUMN fatalities_start INTEGER;
ALTER TABLE events ADD COLUMN fatalities_end INTEGER;
ALTER TABLE events ADD COLUMN injuries INTEGER;
ALTER TABLE events ADD COLUMN injuries_start INTEGER;
ALTER TABLE events ADD COLUMN injuries_end INTEGER;
