-- The audit trail: append-only, hash-chained. Each event stores the hash of its predecessor and its own hash over a
-- canonical form of its fields (see org.ecrf.audit.domain.AuditHashChain), so that an edit made behind the
-- application's back is detected by verification. audit_chain_head holds the newest hash; locking its single row
-- serialises appends across transactions and server instances.

CREATE TABLE audit_event (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)    NOT NULL COMMENT 'UTC',
    event_type     VARCHAR(40)    NOT NULL,
    actor          VARCHAR(64)    NOT NULL COMMENT 'user name, or "system"',
    actor_role     VARCHAR(20)    NULL,
    site_code      VARCHAR(16)    NULL,
    source         VARCHAR(10)    NOT NULL COMMENT 'PAGE, API, IMPORT or SYSTEM',
    target         VARCHAR(512)   NULL COMMENT 'what the event is about, e.g. user:inv.pot',
    old_value      TEXT           NULL,
    new_value      TEXT           NULL,
    reason         VARCHAR(2000)  NULL,
    previous_hash  CHAR(64)       NOT NULL,
    hash           CHAR(64)       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_audit_event_actor (actor, occurred_at),
    KEY ix_audit_event_target (target(128))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_chain_head (
    id             TINYINT   NOT NULL,
    last_event_id  BIGINT    NULL,
    last_hash      CHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
) ENGINE = InnoDB;

-- The chain starts from 64 zeros.
INSERT INTO audit_chain_head (id, last_event_id, last_hash)
VALUES (1, NULL, '0000000000000000000000000000000000000000000000000000000000000000');
