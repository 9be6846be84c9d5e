-- Organisations' OpenID Connect providers as an admin sets them up. Their client secrets are never
-- stored: they come from the operator's configuration (samskab.oidc.CODE.client-secret).
CREATE TABLE sign_in_provider (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    issuer          VARCHAR(500) NOT NULL,
    client_id       VARCHAR(255) NOT NULL,
    organisation_id BIGINT       NOT NULL,
    role_claim      VARCHAR(100) NULL,
    default_role    VARCHAR(40)  NOT NULL,
    acr_levels      VARCHAR(500) NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP(3) NOT NULL,
    updated_at      TIMESTAMP(3) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_sign_in_provider_code UNIQUE (code),
    CONSTRAINT fk_sign_in_provider_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
