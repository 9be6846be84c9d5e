-- Whether an awarding provider keeps the grades and ECTS credits it has awarded when a person is
-- erased (pseudonymised), so that it can still confirm a certificate, or has them removed too.
ALTER TABLE organisation ADD COLUMN keeps_credits_on_erasure BOOLEAN NOT NULL DEFAULT TRUE;
