-- Schema 5: which gazetteer a place's id comes from: 'geonames', or 'dateline' for an entry of
-- dateline's own (resources/places/regions.tsv, features.tsv), whose id is no GeoNames id.
ALTER TABLE places ADD COLUMN gazetteer TEXT;
