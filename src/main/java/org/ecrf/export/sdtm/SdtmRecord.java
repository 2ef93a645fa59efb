package org.ecrf.export.sdtm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of a subject-level dataset while it is built: its values by variable name, and its
 * supplemental qualifiers, which become SUPPxx rows once --SEQ is known.
 */
final class SdtmRecord {

  /** A supplemental qualifier of the record (a SUPPxx row without its IDVARVAL yet). */
  record Supplement(String qnam, String qlabel, String qval, String qorig) {}

  private final String dataset;
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final List<Supplement> supplements = new ArrayList<>();

  SdtmRecord(String dataset) {
    this.dataset = dataset;
  }

  String dataset() {
    return dataset;
  }

  SdtmRecord put(String variable, Object value) {
    if (value != null) {
      values.put(variable, value);
    }
    return this;
  }

  Object get(String variable) {
    return values.get(variable);
  }

  boolean has(String variable) {
    return values.containsKey(variable);
  }

  void supplement(Supplement supplement) {
    supplements.add(supplement);
  }

  List<Supplement> supplements() {
    return Collections.unmodifiableList(supplements);
  }

  Map<String, Object> values() {
    return Collections.unmodifiableMap(values);
  }
}
