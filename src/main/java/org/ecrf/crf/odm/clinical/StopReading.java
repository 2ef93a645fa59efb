package org.ecrf.crf.odm.clinical;

/** The reading cannot go on: carries the fault that says where and why. */
final class StopReading extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient ClinicalDataFault fault;

  StopReading(ClinicalFaultKind kind, SourcePosition position, String message) {
    super(message, null, false, false);
    this.fault = new ClinicalDataFault(kind, FaultEffect.STOPS_READING, position, message);
  }

  ClinicalDataFault fault() {
    return fault;
  }
}
