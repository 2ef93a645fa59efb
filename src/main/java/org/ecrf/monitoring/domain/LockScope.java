package org.ecrf.monitoring.domain;

/**
 * How many forms a data manager's freeze, lock or unlock covers: a subject, a site, the study.
 * Declared narrowest first; {@link ScopeLockRules} relies on the order.
 */
public enum LockScope {
  SUBJECT,
  SITE,
  STUDY
}
