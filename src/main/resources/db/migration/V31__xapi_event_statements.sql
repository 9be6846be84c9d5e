-- Samskab's own learning events as xAPI statements. Each event gets its statement id when it
-- happens, so the built-in LRS and an external one can only ever hold it once, however often it
-- is sent. Rows written before this migration get theirs now; DEFAULT covers writers outside the
-- application (the data generator).
ALTER TABLE learning_event ADD COLUMN statement_id CHAR(36) NOT NULL DEFAULT (UUID());
UPDATE learning_event SET statement_id = UUID();
ALTER TABLE learning_event ADD CONSTRAINT uq_learning_event_statement UNIQUE (statement_id);

-- The opaque name a person has as an xAPI actor (account.name), never their e-mail or name. An
-- erasure gives the person a new one and renames their statements to it.
CREATE TABLE xapi_actor (
    person_id    BIGINT   NOT NULL PRIMARY KEY,
    account_name CHAR(36) NOT NULL,
    CONSTRAINT uq_xapi_actor_name UNIQUE (account_name),
    CONSTRAINT fk_xapi_actor_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Samskab itself as the client, and authority, of the statements it makes of its events. It is
-- disabled, and its secret hash is of a random secret that was thrown away: nobody signs in as it.
INSERT INTO xapi_client (name, client_key, secret_hash, enabled, created_at, updated_at)
VALUES ('Samskab', 'samskab',
        'PBKDF2WithHmacSHA512:210000:sLn63fdHZFH4uEHIrV+nyfnDHIbN++sHbg8h/+sv6ew=:k2dYldrk9jh4iV8WQqOgfGNR4TIz1zoWaSS0LDMSSsjyW+HoSjdiNvk61woZmcss7/5qg5ujUhnf7mkRcqTlcQ==',
        FALSE, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3));

-- Where each feed of events stands, one row per feed, locked by the node that works it:
--   LRS:     every learning event up to position is in the built-in LRS (or needs no statement);
--            later events are found by their missing statement.
--   FORWARD: the external LRS. position is the last outbox entry delivered; attempts, next_attempt_at
--            and last_error are the back-off after failures, shown to admins.
CREATE TABLE xapi_event_feed (
    feed            VARCHAR(20)  NOT NULL PRIMARY KEY,
    position        BIGINT       NOT NULL DEFAULT 0,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3) NULL,
    last_error      VARCHAR(500) NULL,
    last_success_at TIMESTAMP(3) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
INSERT INTO xapi_event_feed (feed) VALUES ('LRS'), ('FORWARD');

-- The statements waiting for the external LRS, in the order they were stored. A row is written in
-- the transaction that stores the statement in the built-in LRS and deleted in the transaction
-- that records its delivery, so a crash between the two sends it again, never loses it.
CREATE TABLE xapi_forward_outbox (
    seq          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    statement_id CHAR(36)     NOT NULL,
    queued_at    TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_xapi_forward_outbox_statement UNIQUE (statement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
