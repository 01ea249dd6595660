-- An advisor offers one slot per start time; a withdrawn (cancelled) slot no longer holds its time, so the
-- advisor can offer it again. Two requests creating the same slot at once still cannot both succeed.
ALTER TABLE helpdesk.slot DROP CONSTRAINT slot_advisor_id_starts_at_key;
CREATE UNIQUE INDEX slot_advisor_start_offered_idx ON helpdesk.slot (advisor_id, starts_at) WHERE cancelled_at IS NULL;
