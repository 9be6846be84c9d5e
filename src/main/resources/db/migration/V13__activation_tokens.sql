-- One-time links that let a person who was enrolled by someone else (a bulk enrolment) choose
-- a password. Only a SHA-256 hash of the token is stored; a token works once and expires.
CREATE TABLE activation_token (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT       NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    expires_at TIMESTAMP(3) NOT NULL,
    used_at    TIMESTAMP(3) NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_activation_token UNIQUE (token_hash),
    CONSTRAINT fk_activation_token_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
