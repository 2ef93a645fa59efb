package org.ecrf.crf.odm.clinical;

import java.util.Optional;

/**
 * What a clinical data element asks the receiver to do with the data it carries (ODM 1.3.2 schema,
 * simple type {@code TransactionType}). In a Snapshot file it is absent or {@link #INSERT} (ODM
 * 1.3.2 specification, ODM element, FileType).
 */
public enum TransactionType {
  INSERT("Insert"),
  UPDATE("Update"),
  REMOVE("Remove"),
  UPSERT("Upsert"),
  /** The element is only there to locate its children; it changes nothing itself. */
  CONTEXT("Context");

  private final String odmName;

  TransactionType(String odmName) {
    this.odmName = odmName;
  }

  /** The value as ODM writes it ({@code Insert}, {@code Upsert}…). */
  public String odmName() {
    return odmName;
  }

  /** The transaction type an ODM attribute value names; empty for anything else (case matters). */
  public static Optional<TransactionType> fromOdm(String value) {
    for (TransactionType type : values()) {
      if (type.odmName.equals(value)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
