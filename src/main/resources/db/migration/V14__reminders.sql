-- Reminders to learners who are behind, which managers can switch off per cohort, and a log
-- so that no one is reminded twice of the same thing on the same day (even with several nodes).
ALTER TABLE cohort ADD COLUMN reminders_enabled BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE reminder_sent (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id BIGINT      NULL,
    person_id    BIGINT      NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    sent_on      DATE        NOT NULL,
    CONSTRAINT uq_reminder_sent UNIQUE (person_id, enrolment_id, kind, sent_on),
    CONSTRAINT fk_reminder_sent_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT fk_reminder_sent_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT ck_reminder_sent_kind CHECK (kind IN ('BEHIND', 'DIGEST'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
