-- Sessions an organisation's provider has ended (OpenID Connect back-channel logout): by the
-- provider's session id, or all of a subject's sessions begun before. Every node reads them, so a
-- sign-out at the provider ends the Samskab session whichever node holds it.
CREATE TABLE ended_provider_session (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider   VARCHAR(60)  NOT NULL,
    sid        VARCHAR(255) NULL,
    subject    VARCHAR(255) NULL,
    created_at TIMESTAMP(3) NOT NULL,
    updated_at TIMESTAMP(3) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    INDEX ix_ended_provider_session_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
