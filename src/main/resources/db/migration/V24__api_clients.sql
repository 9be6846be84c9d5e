-- Integrations: API clients with their scope, the key that signs their access tokens, the
-- responses kept for idempotent retries, and the people's ids in the systems that create them.
CREATE TABLE api_client (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_id           VARCHAR(40)  NOT NULL,
    name                VARCHAR(120) NOT NULL,
    secret_hash         VARCHAR(255) NOT NULL,
    scope_kind          VARCHAR(20)  NOT NULL,
    may_write           BOOLEAN      NOT NULL,
    requests_per_minute INT          NOT NULL,
    owner_id            BIGINT       NULL,
    created_by          VARCHAR(254) NOT NULL,
    revoked_at          TIMESTAMP(3) NULL,
    created_at          TIMESTAMP(3) NOT NULL,
    updated_at          TIMESTAMP(3) NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_api_client_client_id UNIQUE (client_id),
    CONSTRAINT fk_api_client_owner FOREIGN KEY (owner_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT ck_api_client_scope CHECK (scope_kind IN ('ALL', 'MANAGER', 'ORGANISATIONS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE api_client_scope (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    api_client_id   BIGINT NOT NULL,
    organisation_id BIGINT NULL,
    partnership_id  BIGINT NULL,
    CONSTRAINT fk_api_client_scope_client FOREIGN KEY (api_client_id) REFERENCES api_client (id) ON DELETE CASCADE,
    CONSTRAINT fk_api_client_scope_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_api_client_scope_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
    CONSTRAINT ck_api_client_scope_one CHECK ((organisation_id IS NULL) <> (partnership_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One RSA key pair for the whole cluster, made on first use; the newest row signs.
CREATE TABLE api_signing_key (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    key_id      VARCHAR(64)  NOT NULL,
    jwk         TEXT         NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_api_signing_key UNIQUE (key_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The first answer to a create with an Idempotency-Key; a retry with the same key gets it again.
CREATE TABLE api_idempotency (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    api_client_id   BIGINT       NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    status          INT          NOT NULL,
    location        VARCHAR(500) NULL,
    body            MEDIUMTEXT   NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_api_idempotency UNIQUE (api_client_id, idempotency_key),
    CONSTRAINT fk_api_idempotency_client FOREIGN KEY (api_client_id) REFERENCES api_client (id) ON DELETE CASCADE,
    INDEX ix_api_idempotency_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

ALTER TABLE person ADD COLUMN external_id VARCHAR(100) NULL, ADD CONSTRAINT uq_person_external_id UNIQUE (external_id);

-- A nightly sync reads what changed since its last run, in (updated_at, id) order.
CREATE INDEX ix_person_updated ON person (updated_at, id);
CREATE INDEX ix_enrolment_updated ON enrolment (updated_at, id);
CREATE INDEX ix_cohort_updated ON cohort (updated_at, id);
CREATE INDEX ix_organisation_updated ON organisation (updated_at, id);
