package org.ecrf.audit.domain;

/**
 * What an audit event records. Stored by name: constants may be added, never renamed or removed,
 * because stored events keep their type for ever.
 */
public enum AuditEventType {
  LOGIN,
  LOGIN_FAILED,
  LOGOUT,
  SESSION_EXPIRED,
  ACCOUNT_LOCKED,
  ACCOUNT_UNLOCKED,
  USER_CREATED,
  USER_UPDATED,
  USER_DEACTIVATED,
  USER_REACTIVATED,
  PASSWORD_CHANGED,
  PASSWORD_RESET,
  ROLE_GRANTED,
  ROLE_REVOKED,
  SITE_CREATED,
  SITE_UPDATED,
  DEFINITION_REGISTERED,
  DEFINITION_UPLOADED
}
