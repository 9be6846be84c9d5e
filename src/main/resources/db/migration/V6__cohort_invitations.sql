-- An invitation link per cohort lets people without an account register and join in one step.
ALTER TABLE cohort ADD COLUMN invite_token CHAR(24) NULL;
ALTER TABLE cohort ADD CONSTRAINT uq_cohort_invite_token UNIQUE (invite_token);
