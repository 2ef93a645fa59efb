package org.ecrf.scoring.domain;

/**
 * The subject's sex as the PCDAI hematocrit bands need it (Hyams 1991: separate bands for girls and
 * boys from 11 years).
 */
public enum Sex {
  FEMALE,
  MALE
}
