-- Study definitions (CDISC ODM files), one row per study and MetaDataVersion, kept byte for byte. A stored version is
-- never changed: a new MetaDataVersion is a new row, and captured data keep the version they were entered under.
CREATE TABLE study_definition (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    study_oid          VARCHAR(64)   NOT NULL COLLATE utf8mb4_bin,
    metadata_version   VARCHAR(64)   NOT NULL COLLATE utf8mb4_bin,
    source             VARCHAR(10)   NOT NULL COMMENT 'BUILT_IN (crf-definitions/) or UPLOADED',
    file_name          VARCHAR(255)  NOT NULL,
    content            LONGBLOB      NOT NULL COMMENT 'the ODM file as it was validated',
    lenient            BOOLEAN       NOT NULL COMMENT 'validated in lenient import mode (vendor content stripped)',
    sha256             CHAR(64)      NOT NULL,
    form_count         INT           NOT NULL,
    item_count         INT           NOT NULL,
    stored_by          VARCHAR(64)   NOT NULL,
    stored_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_study_definition UNIQUE (study_oid, metadata_version),
    CONSTRAINT ck_study_definition_source CHECK (source IN ('BUILT_IN', 'UPLOADED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT ON study_definition TO ${appAccount};
