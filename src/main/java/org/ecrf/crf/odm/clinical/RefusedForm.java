package org.ecrf.crf.odm.clinical;

import java.util.List;

/**
 * A form of an imported file that must not be stored, with every fault found in it and in the
 * subject, study event or ClinicalData it belongs to. Nothing of a refused form is delivered:
 * imports are all-or-nothing per form.
 *
 * @param key the keys of the form, as far as the file gave them
 * @param position where the FormData element is
 * @param faults why it is refused, in file order
 */
public record RefusedForm(FormKey key, SourcePosition position, List<ClinicalDataFault> faults) {

  public RefusedForm {
    Require.present(key, "key");
    Require.present(position, "position");
    faults = Require.list(faults, "faults");
    if (faults.isEmpty()) {
      throw new IllegalArgumentException("A refused form needs at least one fault");
    }
  }
}
