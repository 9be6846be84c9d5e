-- The latest progress event of each enrolment, kept by the database itself, so that "active"
-- and "no activity for N days" are read from the enrolment row instead of searching the event log.
ALTER TABLE enrolment ADD COLUMN last_activity_at TIMESTAMP(3) NULL;

UPDATE enrolment e SET last_activity_at = (SELECT MAX(le.occurred_at) FROM learning_event le WHERE le.enrolment_id = e.id);

CREATE TRIGGER trg_learning_event_activity AFTER INSERT ON learning_event FOR EACH ROW
    UPDATE enrolment SET last_activity_at = NEW.occurred_at
    WHERE id = NEW.enrolment_id AND (last_activity_at IS NULL OR last_activity_at < NEW.occurred_at);
