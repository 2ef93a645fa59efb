-- Monitoring (issue 7): source data verification marks per stored item value, investigator signatures per form, and
-- data queries with their threads of messages. Every change to these rows is also an audit event; the rows hold the
-- current state, the audit trail the history.

-- One row per verified item value of a form. A change of the value deletes the row (the item needs SDV again);
-- the audit trail keeps who verified it when.
CREATE TABLE sdv_mark (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    form_data_id       BIGINT       NOT NULL,
    item_group_oid     VARCHAR(64)  NOT NULL COLLATE utf8mb4_bin,
    item_group_repeat  INT          NOT NULL DEFAULT 1,
    item_oid           VARCHAR(64)  NOT NULL COLLATE utf8mb4_bin,
    verified_at        DATETIME(6)  NOT NULL COMMENT 'UTC',
    verified_by        VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_sdv_mark UNIQUE (form_data_id, item_group_oid, item_group_repeat, item_oid),
    CONSTRAINT fk_sdv_mark_form FOREIGN KEY (form_data_id) REFERENCES form_data (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An investigator's signature of a form: who (name as printed), when, its meaning and the form version it covers.
-- A later change of the form voids it (voided_at, voided_by, void_reason); a voided signature is kept.
CREATE TABLE form_signature (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    form_data_id  BIGINT         NOT NULL,
    signed_by     VARCHAR(64)    NOT NULL,
    signer_name   VARCHAR(200)   NOT NULL,
    meaning       VARCHAR(500)   NOT NULL,
    signed_at     DATETIME(6)    NOT NULL COMMENT 'UTC',
    form_version  INT            NOT NULL COMMENT 'the version of form_data the signature covers',
    voided_at     DATETIME(6)    NULL,
    voided_by     VARCHAR(64)    NULL,
    void_reason   VARCHAR(2000)  NULL,
    PRIMARY KEY (id),
    KEY ix_form_signature_form (form_data_id, voided_at),
    CONSTRAINT fk_form_signature_form FOREIGN KEY (form_data_id) REFERENCES form_data (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A query on a visit (form_oid NULL), a form (item_oid NULL) or an item value of a subject. The path is kept by
-- OIDs and repeat keys, not by foreign keys to form rows, so that a query may ask for a visit or form not entered yet.
CREATE TABLE data_query (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    subject_id         BIGINT        NOT NULL,
    event_oid          VARCHAR(64)   NOT NULL COLLATE utf8mb4_bin,
    event_repeat       INT           NOT NULL DEFAULT 1,
    form_oid           VARCHAR(64)   NULL COLLATE utf8mb4_bin,
    item_group_oid     VARCHAR(64)   NULL COLLATE utf8mb4_bin,
    item_group_repeat  INT           NULL,
    item_oid           VARCHAR(64)   NULL COLLATE utf8mb4_bin,
    status             VARCHAR(10)   NOT NULL,
    origin             VARCHAR(10)   NOT NULL COMMENT 'MANUAL, or AUTOMATIC (raised by the platform)',
    raised_at          DATETIME(6)   NOT NULL COMMENT 'UTC',
    raised_by          VARCHAR(64)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL COMMENT 'UTC',
    version            INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_data_query_subject (subject_id, status),
    KEY ix_data_query_form (subject_id, event_oid, form_oid, status),
    CONSTRAINT fk_data_query_subject FOREIGN KEY (subject_id) REFERENCES subject (id),
    CONSTRAINT ck_data_query_status CHECK (status IN ('OPEN', 'ANSWERED', 'CLOSED')),
    CONSTRAINT ck_data_query_origin CHECK (origin IN ('MANUAL', 'AUTOMATIC')),
    CONSTRAINT ck_data_query_item CHECK (item_oid IS NULL OR (form_oid IS NOT NULL AND item_group_oid IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The thread of a query: each message with its author, role, time and the status it left the query in.
CREATE TABLE query_message (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    query_id      BIGINT         NOT NULL,
    written_at    DATETIME(6)    NOT NULL COMMENT 'UTC',
    author        VARCHAR(64)    NOT NULL,
    author_role   VARCHAR(20)    NULL,
    text          VARCHAR(4000)  NOT NULL,
    status_after  VARCHAR(10)    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_query_message_query (query_id, id),
    CONSTRAINT fk_query_message_query FOREIGN KEY (query_id) REFERENCES data_query (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT, DELETE ON sdv_mark TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON form_signature TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON data_query TO ${appAccount};
GRANT SELECT, INSERT ON query_message TO ${appAccount};
