-- Whether a SCO reports its own completion (SCORM 2004 imsss:deliveryControls completionSetByContent).
-- When it does not, the LMS counts the SCO completed as the learner leaves it having heard no status.
-- Packages stored before keep the behaviour they had: nothing is counted that the content did not report.
ALTER TABLE elearning_item ADD COLUMN completion_set_by_content BOOLEAN NOT NULL DEFAULT TRUE;
