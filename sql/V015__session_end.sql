-- Page sessions that ended by time-out (issue 9). In a cluster every instance holding a copy of a session sees it
-- expire; the first to insert its row here audits the time-out, so that one session gives one SESSION_EXPIRED event.
-- The session id itself is a credential while the session lives and is not kept: only its SHA-256.
CREATE TABLE session_end (
    session_hash  CHAR(64)     NOT NULL COMMENT 'SHA-256 of the session id, lower-case hex',
    ended_at      DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (session_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

GRANT SELECT, INSERT ON session_end TO ${appAccount};
