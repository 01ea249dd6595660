-- The towns of the radius search are region data now (region/<name>/places.json, loaded on every start):
-- drop the rows the first migration shipped, so that a platform on another region does not carry them.
-- Runs keep their own coordinates; the start loads the selected region's towns again.
DELETE FROM trainings.place;
