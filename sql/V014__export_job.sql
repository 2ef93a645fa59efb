-- Sponsor exports (issue 8): one row per export asked for, with its scope, who asked, how far it got, and when done
-- the file it wrote (name, size, SHA-256) and its reconciliation counts. The file itself lives in the export
-- directory (ecrf.export.directory); the audit trail records every export with its checksum.
CREATE TABLE export_job (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    study_oid       VARCHAR(64)    NOT NULL COLLATE utf8mb4_bin,
    kind            VARCHAR(16)    NOT NULL COMMENT 'ODM, SDTM or DEFINE',
    format          VARCHAR(16)    NULL COMMENT 'dataset-json, xpt or csv for SDTM',
    site_code       VARCHAR(16)    NULL COMMENT 'only this site, or every site',
    date_from       DATE           NULL,
    date_to         DATE           NULL,
    requested_by    VARCHAR(64)    NOT NULL,
    reader_roles    VARCHAR(200)   NOT NULL COMMENT 'the roles whose blinding the export follows',
    requested_at    DATETIME(6)    NOT NULL COMMENT 'UTC',
    status          VARCHAR(16)    NOT NULL COMMENT 'QUEUED, RUNNING, DONE or FAILED',
    subjects_total  BIGINT         NOT NULL DEFAULT 0,
    subjects_done   BIGINT         NOT NULL DEFAULT 0,
    finished_at     DATETIME(6)    NULL COMMENT 'UTC',
    file_name       VARCHAR(200)   NULL,
    byte_count      BIGINT         NULL,
    sha256          CHAR(64)       NULL,
    reconciliation  MEDIUMTEXT     NULL COMMENT 'one line per count: what, read, written, note (tab-separated)',
    failure         VARCHAR(2000)  NULL,
    PRIMARY KEY (id),
    KEY ix_export_job_study (study_oid, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT, UPDATE ON export_job TO ${appAccount};
