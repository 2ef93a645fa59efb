package org.ecrf.crf.odm.clinical;

import java.util.Optional;

/** Where in the data flow a change was made (ODM 1.3.2 schema, simple type EditPointType). */
public enum EditPoint {
  MONITORING("Monitoring"),
  DATA_MANAGEMENT("DataManagement"),
  DB_AUDIT("DBAudit");

  private final String odmName;

  EditPoint(String odmName) {
    this.odmName = odmName;
  }

  public String odmName() {
    return odmName;
  }

  /** The edit point an ODM attribute value names; empty for anything else. */
  public static Optional<EditPoint> fromOdm(String value) {
    for (EditPoint point : values()) {
      if (point.odmName.equals(value)) {
        return Optional.of(point);
      }
    }
    return Optional.empty();
  }
}
