package org.ecrf.audit.domain;

/** Through which door a change came in. */
public enum AuditSource {
  /** A page of the web application. */
  PAGE,
  /** The REST API. */
  API,
  /** A file or batch import (e.g. central laboratory data). */
  IMPORT,
  /** The platform itself (start-up, demo data, scheduled work). */
  SYSTEM
}
