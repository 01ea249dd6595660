-- Skills a person acquired elsewhere on the platform (e.g. by completing a course) and agreed to add to their skill
-- profile (issue 20). Personal data: exported and erased with the person by the skills module.
CREATE TABLE skills.acquired_skill (
    person_id    uuid         NOT NULL,
    skill_uri    varchar(200) NOT NULL,
    source       varchar(200) NOT NULL,
    source_title text         NOT NULL,
    acquired_at  timestamptz  NOT NULL,
    PRIMARY KEY (person_id, skill_uri, source)
);
