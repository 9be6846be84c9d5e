-- Images and attachments that instructors upload for their lessons, served at
-- /course-files/<course code>/<name> and linked from the lessons' Markdown.
CREATE TABLE course_file (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id   BIGINT       NOT NULL,
    name        VARCHAR(120) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  INT          NOT NULL,
    content     MEDIUMBLOB   NOT NULL,
    uploaded_by VARCHAR(254) NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_course_file_name UNIQUE (course_id, name),
    CONSTRAINT fk_course_file_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_course_file_size CHECK (size_bytes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
