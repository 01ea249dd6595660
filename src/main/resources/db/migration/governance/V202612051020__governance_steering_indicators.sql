-- Who computed a snapshot (the account, for export and erasure of personal data; NULL once erased or when the
-- platform computed it, e.g. the demo data).
ALTER TABLE governance.indicator_snapshot ADD COLUMN computed_by UUID;
CREATE INDEX indicator_snapshot_computed_by ON governance.indicator_snapshot (computed_by) WHERE computed_by IS NOT NULL;
CREATE INDEX indicator_snapshot_signed_off_by ON governance.indicator_snapshot (signed_off_by) WHERE signed_off_by IS NOT NULL;
