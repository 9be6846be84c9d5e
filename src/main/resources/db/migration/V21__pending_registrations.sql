-- Registrations through an invitation link wait here until the person confirms their e-mail
-- address with the link mailed to it. Nothing about them exists elsewhere until then, so nobody
-- can take another person's address. Only a SHA-256 hash of the link's token and the password's
-- PBKDF2 hash are stored; a registration not confirmed within two days is void.
CREATE TABLE pending_registration (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash      CHAR(64)     NOT NULL,
    cohort_id       BIGINT       NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    organisation_id BIGINT       NOT NULL,
    language        VARCHAR(2)   NOT NULL,
    expires_at      TIMESTAMP(3) NOT NULL,
    confirmed_at    TIMESTAMP(3) NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_pending_registration_token UNIQUE (token_hash),
    INDEX ix_pending_registration_email (email, created_at),
    CONSTRAINT ck_pending_registration_language CHECK (language IN ('DA', 'EN')),
    CONSTRAINT fk_pending_registration_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_pending_registration_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
