-- Hand-ins for module reflection tasks as well as the final assignment, each with an optional
-- file; instructors assigned to courses (their grading queue and approvals); and ECTS credits
-- for courses assessed pass/fail, which carry no grade and no ECTS letter.
ALTER TABLE submission ADD COLUMN task VARCHAR(80) NOT NULL DEFAULT 'final' AFTER enrolment_id;
ALTER TABLE submission ADD CONSTRAINT uq_submission_task UNIQUE (enrolment_id, task);
ALTER TABLE submission DROP INDEX uq_submission_enrolment;
ALTER TABLE submission MODIFY text_body MEDIUMTEXT NULL;
ALTER TABLE submission ADD COLUMN file_name VARCHAR(255) NULL;
ALTER TABLE submission ADD COLUMN file_type VARCHAR(100) NULL;
ALTER TABLE submission ADD COLUMN file_size INT NULL;
ALTER TABLE submission ADD CONSTRAINT ck_submission_content CHECK (text_body IS NOT NULL OR file_name IS NOT NULL);
ALTER TABLE submission ADD CONSTRAINT ck_submission_file CHECK (file_name IS NULL OR (file_type IS NOT NULL AND file_size > 0));

-- The file itself, apart from the submission so that queues and pages never load it.
CREATE TABLE submission_file (
    submission_id BIGINT     NOT NULL PRIMARY KEY,
    content       MEDIUMBLOB NOT NULL,
    CONSTRAINT fk_submission_file_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE course_instructor (
    course_id  BIGINT       NOT NULL,
    person_id  BIGINT       NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (course_id, person_id),
    CONSTRAINT fk_course_instructor_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_instructor_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_course_instructor_person ON course_instructor (person_id);

ALTER TABLE credit_award DROP CONSTRAINT ck_credit_award_passed;
ALTER TABLE credit_award MODIFY grade VARCHAR(3) NULL;
ALTER TABLE credit_award MODIFY ects_letter VARCHAR(2) NULL;
ALTER TABLE credit_award ADD CONSTRAINT ck_credit_award_passed CHECK (ects > 0 AND (
    (grade IN ('02', '4', '7', '10', '12') AND ects_letter IS NOT NULL) OR (grade IS NULL AND ects_letter IS NULL)));
