package org.ecrf.export.odm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored form with its current values: item group rows that were removed are not part of it
 * (the audit trail keeps them).
 *
 * @param visit the visit it belongs to
 * @param formOid the form
 * @param metaDataVersionOid the study version it was entered under
 * @param groups its rows with their values, in any order
 */
public record FormRecord(
    VisitRecord visit, String formOid, String metaDataVersionOid, List<GroupRecord> groups) {

  public FormRecord {
    Objects.requireNonNull(visit, "visit");
    Objects.requireNonNull(formOid, "formOid");
    Objects.requireNonNull(metaDataVersionOid, "metaDataVersionOid");
    groups = List.copyOf(groups);
  }

  /** The number of values the form holds. */
  public long valueCount() {
    return groups.stream().mapToLong(group -> group.values().size()).sum();
  }

  /** Whether the record is of this form of this visit. */
  public boolean is(String eventOid, int eventRepeat, String form) {
    return visit.is(eventOid, eventRepeat) && formOid.equals(form);
  }

  /**
   * One row of an item group.
   *
   * @param itemGroupOid the item group
   * @param repeatKey the row, from 1
   * @param values its values
   */
  public record GroupRecord(String itemGroupOid, int repeatKey, List<ValueRecord> values) {

    public GroupRecord {
      Objects.requireNonNull(itemGroupOid, "itemGroupOid");
      values = List.copyOf(values);
    }
  }

  /**
   * One item's current value, exactly as stored, with its unit.
   *
   * @param itemOid the item
   * @param value the value as entered
   * @param unitOid the measurement unit, if the item has one
   */
  public record ValueRecord(String itemOid, String value, Optional<String> unitOid) {

    public ValueRecord {
      Objects.requireNonNull(itemOid, "itemOid");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(unitOid, "unitOid");
    }
  }
}
