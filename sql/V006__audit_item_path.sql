-- Clinical data events name the item they are about: study, subject, visit (event OID and repeat key), form, item
-- group (OID and repeat key) and item. Empty for events that are not about clinical data. These columns enter the
-- hash only when filled, so the hashes of earlier events stay valid.
ALTER TABLE audit_event
    ADD COLUMN study_oid          VARCHAR(64)  NULL COLLATE utf8mb4_bin AFTER target,
    ADD COLUMN subject_key        VARCHAR(32)  NULL COLLATE utf8mb4_bin AFTER study_oid,
    ADD COLUMN event_oid          VARCHAR(64)  NULL COLLATE utf8mb4_bin AFTER subject_key,
    ADD COLUMN event_repeat       INT          NULL AFTER event_oid,
    ADD COLUMN form_oid           VARCHAR(64)  NULL COLLATE utf8mb4_bin AFTER event_repeat,
    ADD COLUMN item_group_oid     VARCHAR(64)  NULL COLLATE utf8mb4_bin AFTER form_oid,
    ADD COLUMN item_group_repeat  INT          NULL AFTER item_group_oid,
    ADD COLUMN item_oid           VARCHAR(64)  NULL COLLATE utf8mb4_bin AFTER item_group_repeat,
    ADD KEY ix_audit_event_subject (study_oid, subject_key, id),
    ADD KEY ix_audit_event_item (study_oid, subject_key, form_oid, item_oid);
