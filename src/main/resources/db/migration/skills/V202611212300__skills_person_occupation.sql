-- The occupation a person named as their current one on "Mein Weg" (the job title of their profile,
-- linked to the taxonomy). Personal data: exported and erased with the person by the skills module.
CREATE TABLE skills.person_occupation (
    user_id        UUID         PRIMARY KEY,
    occupation_uri VARCHAR(200) NOT NULL,
    chosen_at      TIMESTAMPTZ  NOT NULL
);
