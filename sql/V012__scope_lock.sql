-- Scope locks (issue 7): a data manager's freeze or lock of a whole subject, site or study, kept as a record of its
-- own so that it holds for forms not started yet (a save of any form in a locked scope is refused). An unlock ends
-- the record (ended_at, ended_by, end_reason); ended records are kept. The audit trail has the history as well.
CREATE TABLE scope_lock (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    study_oid     VARCHAR(64)    NOT NULL COLLATE utf8mb4_bin,
    scope         VARCHAR(10)    NOT NULL COMMENT 'SUBJECT, SITE or STUDY',
    scope_key     VARCHAR(64)    NOT NULL COLLATE utf8mb4_bin COMMENT 'the subject key, the site code or the study OID',
    level         VARCHAR(10)    NOT NULL COMMENT 'FROZEN or LOCKED',
    locked_at     DATETIME(6)    NOT NULL COMMENT 'UTC; when the scope was frozen, or locked when later',
    locked_by     VARCHAR(64)    NOT NULL COMMENT 'who froze it, or locked it when later',
    reason        VARCHAR(2000)  NOT NULL,
    ended_at      DATETIME(6)    NULL COMMENT 'UTC; when an unlock ended it',
    ended_by      VARCHAR(64)    NULL,
    end_reason    VARCHAR(2000)  NULL,
    version       INT            NOT NULL DEFAULT 0,
    active_scope  VARCHAR(80)    AS (IF(ended_at IS NULL, CONCAT(scope, ':', scope_key), NULL)) PERSISTENT
                                 COMMENT 'makes at most one active lock per scope',
    PRIMARY KEY (id),
    CONSTRAINT uq_scope_lock_active UNIQUE (study_oid, active_scope),
    KEY ix_scope_lock_study (study_oid, ended_at),
    CONSTRAINT ck_scope_lock_scope CHECK (scope IN ('SUBJECT', 'SITE', 'STUDY')),
    CONSTRAINT ck_scope_lock_level CHECK (level IN ('FROZEN', 'LOCKED')),
    CONSTRAINT ck_scope_lock_end CHECK ((ended_at IS NULL) = (ended_by IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT, UPDATE ON scope_lock TO ${appAccount};
