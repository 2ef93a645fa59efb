-- The audit views (org.ecrf.audit.application.AuditHistory) list a study's or a subject's clinical-data events
-- newest first, ORDER BY occurred_at DESC, id DESC, optionally within a period, a page at a time. V006's keys end in
-- id or in the item OID, so those reads had to sort every matching event first. InnoDB appends the primary key (id)
-- to every secondary key, so these two keys are read backwards in exactly that order, and a period is a range on them.
ALTER TABLE audit_event
    ADD KEY ix_audit_event_study_time (study_oid, occurred_at),
    ADD KEY ix_audit_event_subject_time (study_oid, subject_key, occurred_at);
