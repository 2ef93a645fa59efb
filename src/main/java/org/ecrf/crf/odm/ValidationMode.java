package org.ecrf.crf.odm;

/** Whose file is validated, which decides how strict some checks are. */
public enum ValidationMode {
  /**
   * Our own definitions ({@code crf-definitions/}): OID naming faults and MethodDefs or
   * ConditionDefs the platform cannot evaluate are errors.
   */
  STRICT,
  /**
   * Another system's study: naming faults are warnings, and a MethodDef or ConditionDef the
   * platform cannot evaluate is a warning (the item is then entered by hand).
   */
  IMPORT
}
