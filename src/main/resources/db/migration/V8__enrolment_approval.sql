-- Cohorts that require approval: requests wait as PENDING until an instructor approves or rejects them.
ALTER TABLE enrolment DROP CONSTRAINT ck_enrolment_status;
ALTER TABLE enrolment ADD CONSTRAINT ck_enrolment_status
    CHECK (status IN ('PENDING', 'ENROLLED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN', 'COMPLETED'));
ALTER TABLE enrolment ADD COLUMN decided_by VARCHAR(254) NULL;
ALTER TABLE enrolment ADD COLUMN decision_reason VARCHAR(500) NULL;
