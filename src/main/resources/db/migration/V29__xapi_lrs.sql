-- The built-in xAPI 1.0.3 Learning Record Store: the clients that send and read statements with
-- HTTP Basic credentials, the statements exactly as stored, and the keys their queries find them by.
CREATE TABLE xapi_client (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    client_key  VARCHAR(64)  NOT NULL,
    secret_hash VARCHAR(255) NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    updated_at  TIMESTAMP(3) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_xapi_client_key UNIQUE (client_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per statement, never changed once written. The id is the lower-case UUID, so a statement
-- sent twice (or by two clients at once) is stored once. stored_seq orders the statements and is
-- the position a "more" link continues from. The statement is kept as the text the LRS returns;
-- verb, object activity, actor and registration are copied out for reading with SQL. voids_id is
-- set on a voiding statement, target_id on every statement whose object is a StatementRef: whether
-- a statement is voided is asked of these when it is read, so no write ever has to update another.
CREATE TABLE xapi_statement (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    stored_seq   BIGINT       NOT NULL AUTO_INCREMENT,
    stored_at    TIMESTAMP(3) NOT NULL,
    statement    LONGTEXT     NOT NULL,
    verb_id      TEXT         NOT NULL,
    activity_id  TEXT         NULL,
    actor_key    TEXT         NULL,
    registration CHAR(36)     NULL,
    voids_id     CHAR(36)     NULL,
    target_id    CHAR(36)     NULL,
    client_id    BIGINT       NOT NULL,
    CONSTRAINT uq_xapi_statement_seq UNIQUE (stored_seq),
    CONSTRAINT fk_xapi_statement_client FOREIGN KEY (client_id) REFERENCES xapi_client (id),
    INDEX ix_xapi_statement_stored (stored_at, stored_seq),
    INDEX ix_xapi_statement_registration (registration, stored_seq),
    INDEX ix_xapi_statement_voids (voids_id),
    INDEX ix_xapi_statement_target (target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- What the verb, agent and activity filters of a query match, as the SHA-256 of the verb IRI, the
-- agent's canonical identifier or the activity IRI (IRIs have no length limit, an index has).
-- direct: the statement's own verb, actor or object (and a Group's members); the others (authority,
-- instructor, team, context activities, a SubStatement's parts) only match related_agents or
-- related_activities.
CREATE TABLE xapi_statement_key (
    statement_id CHAR(36)    NOT NULL,
    kind         VARCHAR(10) NOT NULL,
    key_hash     CHAR(64)    NOT NULL,
    direct       BOOLEAN     NOT NULL,
    PRIMARY KEY (statement_id, kind, key_hash),
    CONSTRAINT fk_xapi_statement_key_statement FOREIGN KEY (statement_id) REFERENCES xapi_statement (id) ON DELETE CASCADE,
    CONSTRAINT ck_xapi_statement_key_kind CHECK (kind IN ('VERB', 'AGENT', 'ACTIVITY')),
    INDEX ix_xapi_statement_key_lookup (kind, key_hash, direct, statement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
