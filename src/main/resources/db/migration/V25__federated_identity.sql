-- People who sign in through their organisation's OpenID Connect provider: the provider's stable
-- subject id, never the e-mail address, ties the sign-in to the person.
CREATE TABLE federated_identity (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider        VARCHAR(60)  NOT NULL,
    subject         VARCHAR(255) NOT NULL,
    person_id       BIGINT       NOT NULL,
    last_acr        VARCHAR(255) NULL,
    last_sign_in_at TIMESTAMP(3) NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    updated_at      TIMESTAMP(3) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_federated_identity UNIQUE (provider, subject),
    CONSTRAINT fk_federated_identity_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
