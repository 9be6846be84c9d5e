-- Browsers a person has signed in from before. When strangers have sent many wrong passwords for
-- an account, sign-in still works from these, so nobody can lock another person out. Only a
-- SHA-256 hash of the cookie's token is stored.
CREATE TABLE known_device (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT       NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_used_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_known_device_token UNIQUE (token_hash),
    INDEX ix_known_device_account (account_id, last_used_at),
    CONSTRAINT fk_known_device_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Wrong passwords sent before the owner chose a new one no longer hold the account back.
ALTER TABLE account ADD COLUMN password_changed_at TIMESTAMP(3) NULL;

-- Refused sign-ins are counted per account and client address together.
CREATE INDEX ix_audit_action_subject_address ON audit_event (action, subject, address, occurred_at);
