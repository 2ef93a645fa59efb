-- Why a planned visit did not take place, as the site recorded it with "visit missed"
-- (the audit trail keeps who marked it, when, and every later change).
ALTER TABLE study_event_data
    ADD COLUMN missed_reason VARCHAR(1000) NULL COMMENT 'the reason given when the visit was marked missed' AFTER missed;
