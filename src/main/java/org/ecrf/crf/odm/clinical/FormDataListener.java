package org.ecrf.crf.odm.clinical;

/**
 * Receives the forms of a clinical data file one at a time, in file order, as the reader reaches
 * the end of each: every form is either accepted or refused, exactly once.
 */
public interface FormDataListener {

  /** A form read completely and without fault. */
  void accepted(FormDataSubmission form);

  /** A form with faults, or one in a subject, study event or ClinicalData with faults. */
  void refused(RefusedForm form);
}
