-- Learners rate themselves on the four competence shifts at the start and at the end of a course.
CREATE TABLE self_assessment (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id          BIGINT       NOT NULL,
    phase                 VARCHAR(10)  NOT NULL,
    professional_identity TINYINT      NOT NULL,
    ways_of_working       TINYINT      NOT NULL,
    collaboration         TINYINT      NOT NULL,
    leadership            TINYINT      NOT NULL,
    recorded_at           TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_self_assessment UNIQUE (enrolment_id, phase),
    CONSTRAINT fk_self_assessment_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT ck_self_assessment_phase CHECK (phase IN ('START', 'END')),
    CONSTRAINT ck_self_assessment_scale CHECK (professional_identity BETWEEN 1 AND 5 AND ways_of_working BETWEEN 1 AND 5
        AND collaboration BETWEEN 1 AND 5 AND leadership BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
