-- Subjects and their clinical data, keyed by ODM OIDs: subject -> study event (repeat key) -> form (with the
-- MetaDataVersion it was entered under, a status and a version counter) -> item group (repeat key) -> item value.
-- No name or other direct identifier of a child is stored: only month and year of birth, sex and diagnosis.

CREATE TABLE subject (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    study_oid       VARCHAR(64)   NOT NULL COLLATE utf8mb4_bin,
    subject_key     VARCHAR(32)   NOT NULL COLLATE utf8mb4_bin,
    site_id         BIGINT        NOT NULL,
    sequence_number INT           NOT NULL COMMENT 'the number in the key, per study and site',
    birth_month     CHAR(7)       NOT NULL COMMENT 'YYYY-MM',
    sex             CHAR(1)       NOT NULL,
    diagnosis       VARCHAR(8)    NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    status_reason   VARCHAR(1000) NULL,
    arm_code        VARCHAR(16)   NULL COMMENT 'set once by randomisation',
    registered_at   DATETIME(6)   NOT NULL,
    registered_by   VARCHAR(64)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_subject_key UNIQUE (study_oid, subject_key),
    CONSTRAINT uq_subject_sequence UNIQUE (study_oid, site_id, sequence_number),
    CONSTRAINT fk_subject_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT ck_subject_sex CHECK (sex IN ('M', 'F')),
    CONSTRAINT ck_subject_status
        CHECK (status IN ('SCREENING', 'SCREEN_FAILED', 'ENROLLED', 'RANDOMISED', 'WITHDRAWN', 'COMPLETED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last sequence number issued per study and site. Taking the next one locks the row until commit, so two
-- registrations at the same site, on any server instance, never get the same key.
CREATE TABLE subject_key_counter (
    study_oid   VARCHAR(64) NOT NULL COLLATE utf8mb4_bin,
    site_id     BIGINT      NOT NULL,
    last_value  INT         NOT NULL,
    PRIMARY KEY (study_oid, site_id),
    CONSTRAINT fk_subject_key_counter_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE = InnoDB;

CREATE TABLE study_event_data (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    subject_id   BIGINT       NOT NULL,
    event_oid    VARCHAR(64)  NOT NULL COLLATE utf8mb4_bin,
    repeat_key   INT          NOT NULL DEFAULT 1,
    visit_date   DATE         NULL COMMENT 'the actual date of the visit',
    missed       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_study_event_data UNIQUE (subject_id, event_oid, repeat_key),
    CONSTRAINT fk_study_event_data_subject FOREIGN KEY (subject_id) REFERENCES subject (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE form_data (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    study_event_data_id  BIGINT       NOT NULL,
    form_oid             VARCHAR(64)  NOT NULL COLLATE utf8mb4_bin,
    form_repeat_key      INT          NOT NULL DEFAULT 1,
    metadata_version     VARCHAR(64)  NOT NULL COLLATE utf8mb4_bin COMMENT 'the MetaDataVersion it was entered under',
    status               VARCHAR(20)  NOT NULL,
    version              INT          NOT NULL DEFAULT 0 COMMENT 'raised by every save: concurrent saves are refused',
    created_at           DATETIME(6)  NOT NULL,
    created_by           VARCHAR(64)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    updated_by           VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_form_data UNIQUE (study_event_data_id, form_oid, form_repeat_key),
    CONSTRAINT fk_form_data_event FOREIGN KEY (study_event_data_id) REFERENCES study_event_data (id),
    CONSTRAINT ck_form_data_status
        CHECK (status IN ('IN_PROGRESS', 'COMPLETE', 'VERIFIED', 'SIGNED', 'FROZEN', 'LOCKED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A removed row of a repeating group is kept (removed = TRUE) with who, when and why.
CREATE TABLE item_group_data (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    form_data_id    BIGINT         NOT NULL,
    item_group_oid  VARCHAR(64)    NOT NULL COLLATE utf8mb4_bin,
    repeat_key      INT            NOT NULL DEFAULT 1,
    removed         BOOLEAN        NOT NULL DEFAULT FALSE,
    removed_at      DATETIME(6)    NULL,
    removed_by      VARCHAR(64)    NULL,
    removed_reason  VARCHAR(2000)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_item_group_data UNIQUE (form_data_id, item_group_oid, repeat_key),
    CONSTRAINT fk_item_group_data_form FOREIGN KEY (form_data_id) REFERENCES form_data (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The current value of each item, as entered (value_text, unit_oid) and typed for querying; the audit trail holds
-- every earlier value with who, when and why.
CREATE TABLE item_data (
    id                  BIGINT          NOT NULL AUTO_INCREMENT,
    item_group_data_id  BIGINT          NOT NULL,
    item_oid            VARCHAR(64)     NOT NULL COLLATE utf8mb4_bin,
    value_text          VARCHAR(4000)   NOT NULL COLLATE utf8mb4_bin,
    unit_oid            VARCHAR(64)     NULL COLLATE utf8mb4_bin,
    value_number        DECIMAL(38, 10) NULL COMMENT 'the number as entered, in unit_oid',
    standard_value      DECIMAL(38, 10) NULL COMMENT 'the number converted into the item''s standard unit',
    value_date          DATE            NULL,
    value_datetime      DATETIME(6)     NULL,
    derived             BOOLEAN         NOT NULL DEFAULT FALSE COMMENT 'computed by the platform, never typed',
    warning_confirmed   BOOLEAN         NOT NULL DEFAULT FALSE COMMENT 'a soft-check warning was confirmed',
    updated_at          DATETIME(6)     NOT NULL,
    updated_by          VARCHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_item_data UNIQUE (item_group_data_id, item_oid),
    CONSTRAINT fk_item_data_group FOREIGN KEY (item_group_data_id) REFERENCES item_group_data (id),
    KEY ix_item_data_item (item_oid, standard_value)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT, UPDATE ON subject TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON subject_key_counter TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON study_event_data TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON form_data TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON item_group_data TO ${appAccount};
GRANT SELECT, INSERT, UPDATE, DELETE ON item_data TO ${appAccount};
