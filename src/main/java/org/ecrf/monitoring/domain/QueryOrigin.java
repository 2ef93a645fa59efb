package org.ecrf.monitoring.domain;

/** Who raised a query: a monitor or data manager by hand, or the platform (failed edit checks). */
public enum QueryOrigin {
  MANUAL,
  AUTOMATIC
}
