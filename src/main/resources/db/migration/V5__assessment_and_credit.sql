-- Final assignments handed in and graded, and the ECTS credits awarded for passed assessments.
CREATE TABLE submission (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id BIGINT       NOT NULL,
    text_body    MEDIUMTEXT   NOT NULL,
    submitted_at TIMESTAMP(3) NOT NULL,
    grade        VARCHAR(3)   NULL,
    passed       BOOLEAN      NULL,
    feedback     TEXT         NULL,
    graded_by    VARCHAR(254) NULL,
    graded_at    TIMESTAMP(3) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_submission_enrolment UNIQUE (enrolment_id),
    CONSTRAINT fk_submission_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT ck_submission_grade CHECK (grade IS NULL OR grade IN ('-3', '00', '02', '4', '7', '10', '12'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE credit_award (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id BIGINT        NOT NULL,
    provider_id  BIGINT        NOT NULL,
    ects         DECIMAL(4, 1) NOT NULL,
    grade        VARCHAR(3)    NOT NULL,
    ects_letter  VARCHAR(2)    NOT NULL,
    awarded_on   DATE          NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_credit_award_enrolment UNIQUE (enrolment_id),
    CONSTRAINT fk_credit_award_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_credit_award_provider FOREIGN KEY (provider_id) REFERENCES organisation (id),
    CONSTRAINT ck_credit_award_passed CHECK (grade IN ('02', '4', '7', '10', '12') AND ects > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
