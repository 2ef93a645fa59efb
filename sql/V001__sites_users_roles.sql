-- Sites, user accounts and role assignments. Times are UTC (DATETIME(6) holding UTC, written by the application).

CREATE TABLE site (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          VARCHAR(16)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    country_code  CHAR(3)      NOT NULL COMMENT 'ISO 3166-1 alpha-3, as SDTM DM.COUNTRY needs it',
    time_zone     VARCHAR(64)  NOT NULL COMMENT 'IANA zone id, for local times shown at the site',
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_site_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    username             VARCHAR(64)   NOT NULL,
    display_name         VARCHAR(200)  NOT NULL COMMENT 'printed name, shown with e-signatures',
    email                VARCHAR(254)  NULL,
    password_hash        VARCHAR(400)  NOT NULL COMMENT 'PBKDF2, self-describing: algorithm:iterations:salt:hash',
    active               BOOLEAN       NOT NULL DEFAULT TRUE,
    failed_logins        INT           NOT NULL DEFAULT 0,
    locked_at            DATETIME(6)   NULL,
    last_login_at        DATETIME(6)   NULL,
    password_changed_at  DATETIME(6)   NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    version              INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE role_assignment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    user_id     BIGINT       NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    site_id     BIGINT       NULL COMMENT 'set for site roles (investigator, nurse, monitor), empty for study-wide roles',
    site_scope  BIGINT AS (COALESCE(site_id, 0)) PERSISTENT COMMENT 'makes study-wide assignments unique too',
    granted_at  DATETIME(6)  NOT NULL,
    granted_by  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_role_assignment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_role_assignment_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT uq_role_assignment UNIQUE (user_id, role, site_scope),
    CONSTRAINT ck_role_assignment_role
        CHECK (role IN ('ADMIN', 'INVESTIGATOR', 'NURSE', 'MONITOR', 'DATA_MANAGER', 'SPONSOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
