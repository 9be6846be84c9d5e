-- Who did what and when: sign-ins, refused sign-ins, changes of roles and scopes, grades,
-- credits, exports and erasures. Entries are only ever added: triggers refuse any change or
-- removal, whoever asks (production also grants the application INSERT and SELECT only).
CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    actor       VARCHAR(254)  NULL,
    address     VARCHAR(64)   NULL,
    action      VARCHAR(40)   NOT NULL,
    subject     VARCHAR(254)  NULL,
    detail      VARCHAR(1000) NULL,
    INDEX ix_audit_action_subject (action, subject, occurred_at),
    INDEX ix_audit_action_address (action, address, occurred_at),
    INDEX ix_audit_occurred (occurred_at),
    INDEX ix_audit_actor (actor, occurred_at),
    INDEX ix_audit_subject (subject, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TRIGGER trg_audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Audit entries cannot be changed';

CREATE TRIGGER trg_audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Audit entries cannot be removed';
