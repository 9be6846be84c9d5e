-- The document resources of the built-in LRS (xAPI 1.0.3 Communication 2.3-2.6): state, activity
-- profiles and agent profiles. A document lives in a scope (its resource, activity, agent and
-- registration, as far as the resource has them) under an id the client chose. scope_key is the
-- SHA-256 of the scope, document_key the SHA-256 of scope and id: IRIs and agents have no length
-- limit, an index has. The content is kept as sent, with its media type and the SHA-1 that is its ETag.
CREATE TABLE xapi_document (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_key CHAR(64)     NOT NULL,
    scope_key    CHAR(64)     NOT NULL,
    resource     VARCHAR(20)  NOT NULL,
    document_id  TEXT         NOT NULL,
    content_type VARCHAR(255) NOT NULL,
    content      LONGBLOB     NOT NULL,
    etag         CHAR(40)     NOT NULL,
    updated_at   TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_xapi_document_key UNIQUE (document_key),
    CONSTRAINT ck_xapi_document_resource CHECK (resource IN ('STATE', 'ACTIVITY_PROFILE', 'AGENT_PROFILE')),
    INDEX ix_xapi_document_scope (scope_key, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
