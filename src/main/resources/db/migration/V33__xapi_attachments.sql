-- Attachment data the LRS received in multipart/mixed statement requests (xAPI 1.0.3
-- Communication 1.5.2), kept once per SHA-2 hash however many statements name it.
CREATE TABLE xapi_attachment (
    sha2         VARCHAR(128) NOT NULL PRIMARY KEY,
    content_type VARCHAR(255) NOT NULL,
    content      LONGBLOB     NOT NULL,
    stored_at    TIMESTAMP(3) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
