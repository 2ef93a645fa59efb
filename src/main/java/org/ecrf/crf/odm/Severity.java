package org.ecrf.crf.odm;

/** How bad a fault is: an error makes the file invalid, a warning does not. */
public enum Severity {
  ERROR,
  WARNING
}
