-- Courses and their published versions. A published version is immutable: it keeps its whole
-- content (modules, lessons, quizzes) as a JSON document, and the fields the catalogue filters
-- and shows as columns.
CREATE TABLE course (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(20)  NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_course_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE course_version (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id            BIGINT        NOT NULL,
    version_number       INT           NOT NULL,
    content_hash         CHAR(64)      NOT NULL,
    content_json         LONGTEXT      NOT NULL,
    title_da             VARCHAR(300)  NOT NULL,
    title_en             VARCHAR(300)  NOT NULL,
    summary_da           TEXT          NOT NULL,
    summary_en           TEXT          NOT NULL,
    format               VARCHAR(20)   NOT NULL,
    assessment_scale     VARCHAR(20)   NOT NULL,
    ects                 DECIMAL(4, 1) NULL,
    workload_hours       DECIMAL(6, 1) NOT NULL,
    qualification_level  TINYINT       NULL,
    awarding_provider_id BIGINT        NULL,
    audiences            VARCHAR(200)  NOT NULL,
    sector_areas         VARCHAR(400)  NOT NULL,
    competence_themes    VARCHAR(400)  NOT NULL,
    published_at         TIMESTAMP(3)  NOT NULL,
    published_by         VARCHAR(254)  NOT NULL,
    note                 VARCHAR(1000) NULL,
    created_at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_course_version UNIQUE (course_id, version_number),
    CONSTRAINT fk_course_version_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_version_provider FOREIGN KEY (awarding_provider_id) REFERENCES organisation (id),
    CONSTRAINT ck_course_version_ects CHECK (ects IS NULL OR (ects > 0 AND awarding_provider_id IS NOT NULL)),
    CONSTRAINT ck_course_version_scale CHECK (assessment_scale IN ('SEVEN_POINT', 'PASS_FAIL', 'NONE')),
    CONSTRAINT ck_course_version_format CHECK (format IN ('SELF_PACED', 'BLENDED', 'WORKSHOP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
