-- Visit and casebook signatures (issue 7): an investigator signs a whole visit or a subject's whole casebook with one
-- password entry. Each form still gets its own signature bound to its own version; these columns record that the
-- signing covered a visit or the casebook, so that the signature shows its scope.
ALTER TABLE form_signature
    ADD COLUMN signed_scope        VARCHAR(10)  NOT NULL DEFAULT 'FORM' COMMENT 'FORM, VISIT or CASEBOOK',
    ADD COLUMN scope_event_oid     VARCHAR(64)  NULL COLLATE utf8mb4_bin COMMENT 'the visit signed (scope VISIT)',
    ADD COLUMN scope_event_repeat  INT          NULL,
    ADD CONSTRAINT ck_form_signature_scope CHECK (signed_scope IN ('FORM', 'VISIT', 'CASEBOOK'));
