package org.ecrf.crf.odm.clinical;

/** What a fault does to the reading of a file. */
public enum FaultEffect {
  /** Something was ignored (a vendor extension in lenient mode, an element this reader skips). */
  WARNING,
  /**
   * The data of the element where the fault is are refused: the form it is in, or every form of the
   * subject, study event or ClinicalData it belongs to. Reading goes on with the next form.
   */
  REFUSES_DATA,
  /**
   * Reading stopped here (the XML is not well-formed from this point, or a limit was reached):
   * forms already delivered stand, nothing after this point was read.
   */
  STOPS_READING
}
