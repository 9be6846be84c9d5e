-- Cohorts, enrolments with waitlists, lesson progress, quiz attempts, certificates and the
-- progress events that reporting and xAPI build on.
CREATE TABLE cohort (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_version_id BIGINT       NOT NULL,
    name              VARCHAR(200) NOT NULL,
    starts_on         DATE         NOT NULL,
    ends_on           DATE         NOT NULL,
    capacity          INT          NULL,
    enrolment_key     VARCHAR(60)  NULL,
    approval_required BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_cohort_version FOREIGN KEY (course_version_id) REFERENCES course_version (id),
    CONSTRAINT ck_cohort_dates CHECK (ends_on >= starts_on),
    CONSTRAINT ck_cohort_capacity CHECK (capacity IS NULL OR capacity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE cohort_organisation (
    cohort_id       BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, organisation_id),
    CONSTRAINT fk_cohort_organisation_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_organisation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE enrolment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id         BIGINT       NOT NULL,
    course_id         BIGINT       NOT NULL,
    course_version_id BIGINT       NOT NULL,
    cohort_id         BIGINT       NULL,
    status            VARCHAR(20)  NOT NULL,
    requested_at      TIMESTAMP(3) NOT NULL,
    enrolled_at       TIMESTAMP(3) NULL,
    completed_at      TIMESTAMP(3) NULL,
    created_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_enrolment_person_course UNIQUE (person_id, course_id),
    CONSTRAINT fk_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_enrolment_version FOREIGN KEY (course_version_id) REFERENCES course_version (id),
    CONSTRAINT fk_enrolment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT ck_enrolment_status CHECK (status IN ('ENROLLED', 'WAITLISTED', 'WITHDRAWN', 'COMPLETED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_enrolment_cohort_status ON enrolment (cohort_id, status, requested_at);

CREATE TABLE lesson_progress (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id BIGINT       NOT NULL,
    lesson_key   VARCHAR(200) NOT NULL,
    completed_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_lesson_progress UNIQUE (enrolment_id, lesson_key),
    CONSTRAINT fk_lesson_progress_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE quiz_attempt (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id   BIGINT       NOT NULL,
    module_slug    VARCHAR(120) NOT NULL,
    attempt_number INT          NOT NULL,
    score_percent  INT          NOT NULL,
    passed         BOOLEAN      NOT NULL,
    answers        TEXT         NOT NULL,
    submitted_at   TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_quiz_attempt UNIQUE (enrolment_id, module_slug, attempt_number),
    CONSTRAINT fk_quiz_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT ck_quiz_attempt_score CHECK (score_percent BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE certificate (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id      BIGINT       NOT NULL,
    verification_code CHAR(16)     NOT NULL,
    issued_at         TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_certificate_enrolment UNIQUE (enrolment_id),
    CONSTRAINT uq_certificate_code UNIQUE (verification_code),
    CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE learning_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT       NOT NULL,
    enrolment_id BIGINT       NOT NULL,
    type         VARCHAR(30)  NOT NULL,
    detail       VARCHAR(300) NULL,
    occurred_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_learning_event_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_learning_event_enrolment ON learning_event (enrolment_id, occurred_at);
