-- The cmi5 sessions Samskab launches: one row per launch of an assignable unit (AU) of a package
-- lesson. The launch URL carries the session's fetch URL; the one call to it gives the content its
-- auth token for the LRS, of which only the SHA-256 is kept. The LRS takes statements with that
-- token for the session's learner, registration and AU only, and reads the AU's results from them.
CREATE TABLE cmi5_session (
    id            CHAR(36)      NOT NULL PRIMARY KEY,
    enrolment_id  BIGINT        NOT NULL,
    step_key      VARCHAR(300)  NOT NULL,
    au_identifier VARCHAR(500)  NOT NULL,
    registration  CHAR(36)      NOT NULL,
    activity_id   VARCHAR(1000) NOT NULL,
    actor_name    CHAR(36)      NOT NULL,
    fetch_hash    CHAR(64)      NOT NULL,
    token_hash    CHAR(64)      NULL,
    launched_at   TIMESTAMP(3)  NOT NULL,
    fetched_at    TIMESTAMP(3)  NULL,
    terminated_at TIMESTAMP(3)  NULL,
    abandoned_at  TIMESTAMP(3)  NULL,
    CONSTRAINT fk_cmi5_session_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    INDEX ix_cmi5_session_au (enrolment_id, step_key, launched_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
