-- Issue 20, part L2: the platform's own courses (modules, lessons, images, quizzes), learners' enrolments with
-- their progress and quiz attempts, and the certificates a third party can verify.
CREATE TABLE learning.course (
    id                   uuid PRIMARY KEY,
    slug                 text NOT NULL UNIQUE,
    title                text NOT NULL,
    summary              text NOT NULL,
    duration_minutes     integer NOT NULL CHECK (duration_minutes > 0),
    skill_uris           text[] NOT NULL DEFAULT '{}',
    prerequisites        text NOT NULL DEFAULT '',
    prerequisite_courses uuid[] NOT NULL DEFAULT '{}',
    action_fields        text[] NOT NULL DEFAULT '{}',
    status               text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    owner_id             uuid,
    created_at           timestamptz NOT NULL,
    published_at         timestamptz,
    version              bigint NOT NULL DEFAULT 0
);

CREATE TABLE learning.course_module (
    id        bigserial PRIMARY KEY,
    course_id uuid NOT NULL REFERENCES learning.course (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    title     text NOT NULL
);
CREATE INDEX course_module_course ON learning.course_module (course_id, position);

CREATE TABLE learning.course_lesson (
    id               bigserial PRIMARY KEY,
    module_id        bigint NOT NULL REFERENCES learning.course_module (id) ON DELETE CASCADE,
    position         integer NOT NULL,
    title            text NOT NULL,
    body             text NOT NULL DEFAULT '',
    video_url        text,
    video_transcript text,
    CHECK (video_url IS NULL OR length(trim(coalesce(video_transcript, ''))) > 0)
);
CREATE INDEX course_lesson_module ON learning.course_lesson (module_id, position);

-- images used in lessons' Markdown (uploaded, type-checked, with required alt text)
CREATE TABLE learning.course_image (
    id           bigserial PRIMARY KEY,
    course_id    uuid NOT NULL REFERENCES learning.course (id) ON DELETE CASCADE,
    content_type text NOT NULL,
    alt_text     text NOT NULL CHECK (length(trim(alt_text)) > 0),
    data         bytea NOT NULL,
    uploaded_at  timestamptz NOT NULL
);

CREATE TABLE learning.course_quiz (
    id          bigserial PRIMARY KEY,
    course_id   uuid NOT NULL REFERENCES learning.course (id) ON DELETE CASCADE,
    title       text NOT NULL,
    pass_mark   integer NOT NULL CHECK (pass_mark BETWEEN 1 AND 100),
    final_quiz  boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX course_quiz_one_final ON learning.course_quiz (course_id) WHERE final_quiz;

CREATE TABLE learning.course_question (
    id       bigserial PRIMARY KEY,
    quiz_id  bigint NOT NULL REFERENCES learning.course_quiz (id) ON DELETE CASCADE,
    position integer NOT NULL,
    text     text NOT NULL,
    multiple boolean NOT NULL
);

CREATE TABLE learning.course_answer (
    id          bigserial PRIMARY KEY,
    question_id bigint NOT NULL REFERENCES learning.course_question (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    text        text NOT NULL,
    correct     boolean NOT NULL,
    feedback    text NOT NULL DEFAULT ''
);

CREATE TABLE learning.course_enrolment (
    id                  bigserial PRIMARY KEY,
    course_id           uuid NOT NULL REFERENCES learning.course (id) ON DELETE CASCADE,
    person_id           uuid NOT NULL,
    district_code       text,
    enrolled_at         timestamptz NOT NULL,
    last_lesson_id      bigint REFERENCES learning.course_lesson (id) ON DELETE SET NULL,
    completed_at        timestamptz,
    skills_consent_at   timestamptz,
    skills_consent_text text,
    UNIQUE (course_id, person_id)
);
CREATE INDEX course_enrolment_person ON learning.course_enrolment (person_id);

CREATE TABLE learning.course_lesson_seen (
    enrolment_id bigint NOT NULL REFERENCES learning.course_enrolment (id) ON DELETE CASCADE,
    lesson_id    bigint NOT NULL REFERENCES learning.course_lesson (id) ON DELETE CASCADE,
    seen_at      timestamptz NOT NULL,
    PRIMARY KEY (enrolment_id, lesson_id)
);

CREATE TABLE learning.course_quiz_attempt (
    id           bigserial PRIMARY KEY,
    enrolment_id bigint NOT NULL REFERENCES learning.course_enrolment (id) ON DELETE CASCADE,
    quiz_id      bigint NOT NULL REFERENCES learning.course_quiz (id) ON DELETE CASCADE,
    score        integer NOT NULL,
    passed       boolean NOT NULL,
    answers      text NOT NULL,
    submitted_at timestamptz NOT NULL
);
CREATE INDEX course_quiz_attempt_enrolment ON learning.course_quiz_attempt (enrolment_id, quiz_id);

-- a certificate keeps what it certified as issued (name, course title, skills), so later edits change nothing
CREATE TABLE learning.certificate (
    code          text PRIMARY KEY,
    enrolment_id  bigint REFERENCES learning.course_enrolment (id) ON DELETE SET NULL,
    course_id     uuid NOT NULL REFERENCES learning.course (id),
    person_id     uuid NOT NULL,
    holder_name   text NOT NULL,
    course_title  text NOT NULL,
    skill_labels  text[] NOT NULL DEFAULT '{}',
    issued_at     timestamptz NOT NULL,
    revoked_at    timestamptz,
    revoked_by    uuid,
    revoke_reason text
);
CREATE INDEX certificate_person ON learning.certificate (person_id);
