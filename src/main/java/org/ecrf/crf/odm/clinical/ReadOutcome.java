package org.ecrf.crf.odm.clinical;

/** How the reading of a clinical data file ended. */
public enum ReadOutcome {
  /** The whole file was read; every form was accepted or refused. */
  READ_TO_END,
  /**
   * Reading stopped at a fault (not well-formed, too large, too deep, not ODM): forms before it
   * were delivered, nothing after it was read.
   */
  STOPPED,
  /** Schema validation was asked for and failed: no form was delivered. */
  NOT_VALID
}
