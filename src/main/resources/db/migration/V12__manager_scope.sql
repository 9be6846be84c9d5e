-- The organisations and partnerships a training manager is responsible for. Every report a
-- manager runs is limited, inside its query, to learners with a membership in this scope.
CREATE TABLE manager_scope (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT       NOT NULL,
    organisation_id BIGINT       NULL,
    partnership_id  BIGINT       NULL,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_manager_scope_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_manager_scope_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_manager_scope_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
    CONSTRAINT ck_manager_scope_one CHECK ((organisation_id IS NULL) <> (partnership_id IS NULL)),
    CONSTRAINT uq_manager_scope UNIQUE (person_id, organisation_id, partnership_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
