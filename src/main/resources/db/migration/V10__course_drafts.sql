-- The instructors' working copy of a course: edits go here, and publishing turns it into the
-- next course_version. One draft per course; the version column guards against two editors
-- overwriting each other.
CREATE TABLE course_draft (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id    BIGINT       NOT NULL,
    content_json MEDIUMTEXT   NOT NULL,
    updated_by   VARCHAR(254) NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_course_draft_course UNIQUE (course_id),
    CONSTRAINT fk_course_draft_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
