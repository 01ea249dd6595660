-- Codes are reserved in print sets: one POST reserves a set, the print page shows it again on every reload
-- (codes reserved before this migration belong to no set).
ALTER TABLE governance.card_code ADD COLUMN print_set UUID;
CREATE INDEX card_code_print_set ON governance.card_code (print_set);
