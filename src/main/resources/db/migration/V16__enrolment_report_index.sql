-- The managers' reports go from a member to their enrolments and read only these columns; with
-- all of them in one index the reports never visit the enrolment rows themselves.
CREATE INDEX ix_enrolment_person_report
    ON enrolment (person_id, status, course_id, course_version_id, cohort_id, last_activity_at, completed_at);
