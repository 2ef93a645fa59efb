-- What the application's database account may do, table by table (the schema owner runs these migrations).
-- The audit trail is append-only for the application: it may insert and read audit events, never change or delete
-- them. Every later migration that adds a table grants the application account its rights in the same file.

GRANT SELECT, INSERT, UPDATE ON site TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON app_user TO ${appAccount};
GRANT SELECT, INSERT, DELETE ON role_assignment TO ${appAccount};
GRANT SELECT, INSERT ON audit_event TO ${appAccount};
GRANT SELECT, UPDATE ON audit_chain_head TO ${appAccount};
GRANT SELECT, INSERT, UPDATE ON app_setting TO ${appAccount};
