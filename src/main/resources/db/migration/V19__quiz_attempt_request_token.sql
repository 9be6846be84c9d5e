-- Each quiz form carries a token; a retried or doubled submission with the same token finds
-- the attempt it already made instead of using up another one.
ALTER TABLE quiz_attempt ADD COLUMN request_token CHAR(36) NULL;
ALTER TABLE quiz_attempt ADD CONSTRAINT uq_quiz_attempt_request UNIQUE (enrolment_id, request_token);
