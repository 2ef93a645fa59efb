package org.ecrf.monitoring.domain;

/** How many forms a data manager's freeze, lock or unlock covers: a subject, a site, the study. */
public enum LockScope {
  SUBJECT,
  SITE,
  STUDY
}
