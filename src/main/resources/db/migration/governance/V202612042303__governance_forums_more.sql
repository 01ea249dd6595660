-- Codes printed on blank paper cards are reserved here when the card sheet is printed, so that no two
-- printed cards carry the same code and a typed-in card code can be told apart from a mistyped one.
-- A code becomes a forum input's code when its card is entered (forum_input.code is unique as well).
CREATE TABLE governance.card_code (
    code               VARCHAR(12)   PRIMARY KEY,
    forum_id           UUID          NOT NULL REFERENCES governance.forum (id),
    reserved_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX card_code_forum ON governance.card_code (forum_id);
CREATE INDEX forum_input_batch ON governance.forum_input (batch_id, batch_row);
