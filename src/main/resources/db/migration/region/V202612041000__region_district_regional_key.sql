-- The official key of a district (Kreisschlüssel, five digits, e.g. 14713 for Leipzig), filled in from the
-- region's districts.json on start, for joining open data by district.
ALTER TABLE region.district ADD COLUMN regional_key VARCHAR(12)
    CONSTRAINT district_regional_key_digits CHECK (regional_key ~ '^[0-9]{5,12}$');
