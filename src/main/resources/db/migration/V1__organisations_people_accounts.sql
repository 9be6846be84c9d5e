-- Organisations, people, memberships, partnerships and accounts.
CREATE TABLE organisation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(60)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    type           VARCHAR(30)  NOT NULL,
    region         VARCHAR(20)  NULL,
    size_band      VARCHAR(20)  NULL,
    hours_per_ects DECIMAL(4, 1) NULL,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_organisation_code UNIQUE (code),
    CONSTRAINT ck_organisation_type CHECK (type IN ('MUNICIPALITY', 'VOLUNTEER_ORGANISATION', 'VOLUNTEER_CENTRE', 'EDUCATION_PROVIDER')),
    CONSTRAINT ck_organisation_region CHECK (region IS NULL OR region IN ('HOVEDSTADEN', 'SJAELLAND', 'SYDDANMARK', 'MIDTJYLLAND', 'NORDJYLLAND')),
    CONSTRAINT ck_municipality_size CHECK ((type = 'MUNICIPALITY') = (size_band IS NOT NULL)),
    CONSTRAINT ck_municipality_region CHECK (type <> 'MUNICIPALITY' OR region IS NOT NULL),
    CONSTRAINT ck_hours_per_ects CHECK (hours_per_ects IS NULL OR (type = 'EDUCATION_PROVIDER' AND hours_per_ects BETWEEN 20 AND 35))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_organisation_type ON organisation (type, name);

CREATE TABLE person (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    full_name          VARCHAR(200) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    preferred_language VARCHAR(2)   NOT NULL DEFAULT 'DA',
    created_at         TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at         TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_person_email UNIQUE (email),
    CONSTRAINT ck_person_language CHECK (preferred_language IN ('DA', 'EN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE membership (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    role            VARCHAR(30)  NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uq_membership UNIQUE (person_id, organisation_id, role),
    CONSTRAINT ck_membership_role CHECK (role IN ('PROFESSIONAL', 'LEADER', 'VOLUNTEER', 'VOLUNTEER_COORDINATOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_membership_organisation ON membership (organisation_id, role);

CREATE TABLE partnership (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(60)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    municipality_id BIGINT       NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_partnership_code UNIQUE (code),
    CONSTRAINT fk_partnership_municipality FOREIGN KEY (municipality_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE partnership_member (
    partnership_id  BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (partnership_id, organisation_id),
    CONSTRAINT fk_partnership_member_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
    CONSTRAINT fk_partnership_member_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE account (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id     BIGINT       NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    last_login_at TIMESTAMP(3) NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_account_person UNIQUE (person_id),
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_role CHECK (role IN ('ADMIN', 'TRAINING_MANAGER', 'INSTRUCTOR', 'LEARNER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
