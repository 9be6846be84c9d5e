-- Imported e-learning packages (SCORM, cmi5, Tin Can), kept by the SHA-256 of the uploaded zip so
-- that the same package imported twice is stored once. Their files are served from here, never
-- from a web root, so that only a course's learners and instructors reach them.
CREATE TABLE elearning_package (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    sha256           CHAR(64)     NOT NULL,
    standard         VARCHAR(20)  NOT NULL,
    edition          VARCHAR(40)  NOT NULL,
    identifier       VARCHAR(500) NOT NULL,
    title            VARCHAR(500) NOT NULL,
    control_choice   BOOLEAN      NULL,
    control_flow     BOOLEAN      NULL,
    control_forward  BOOLEAN      NULL,
    unpacked_bytes   BIGINT       NOT NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    updated_at       TIMESTAMP(3) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_elearning_package_sha256 UNIQUE (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE elearning_item (
    package_id    BIGINT        NOT NULL,
    position      INT           NOT NULL,
    identifier    VARCHAR(500)  NOT NULL,
    title         VARCHAR(500)  NOT NULL,
    launch_file   VARCHAR(1000) NULL,
    launch_path   VARCHAR(2000) NOT NULL,
    sco           BOOLEAN       NOT NULL,
    mastery_score DECIMAL(9, 4) NULL,
    move_on       VARCHAR(30)   NULL,
    launch_method VARCHAR(20)   NULL,
    activity_id   VARCHAR(1000) NULL,
    PRIMARY KEY (package_id, position),
    CONSTRAINT fk_elearning_item_package FOREIGN KEY (package_id) REFERENCES elearning_package (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE elearning_file (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    package_id  BIGINT        NOT NULL,
    path        VARCHAR(1000) NOT NULL,
    path_hash   CHAR(64)      NOT NULL,
    media_type  VARCHAR(100)  NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    content     LONGBLOB      NOT NULL,
    CONSTRAINT uq_elearning_file_path UNIQUE (package_id, path_hash),
    CONSTRAINT fk_elearning_file_package FOREIGN KEY (package_id) REFERENCES elearning_package (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A learner's run-time data, per enrolment like lesson progress, for one launchable item of a package lesson: the SCORM cmi data model
-- as the run-time commits it, with the statuses and score read out of it for progress and reports.
CREATE TABLE elearning_attempt (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id      BIGINT        NOT NULL,
    step_key          VARCHAR(300)  NOT NULL,
    item_identifier   VARCHAR(500)  NOT NULL,
    item_hash         CHAR(64)      NOT NULL,
    attempt           INT           NOT NULL,
    cmi               LONGTEXT      NOT NULL,
    completion_status VARCHAR(20)   NULL,
    success_status    VARCHAR(20)   NULL,
    score_scaled      DECIMAL(9, 4) NULL,
    commits           INT           NOT NULL DEFAULT 0,
    created_at        TIMESTAMP(3)  NOT NULL,
    updated_at        TIMESTAMP(3)  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_elearning_attempt UNIQUE (enrolment_id, step_key, item_hash, attempt),
    CONSTRAINT fk_elearning_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
