package org.ecrf.crf.odm.clinical;

import java.util.Optional;

/**
 * Whether an ODM file holds only the current state of the data (Snapshot) or also how it came to be
 * (Transactional); ODM 1.3.2 schema, simple type {@code FileType}.
 */
public enum FileType {
  SNAPSHOT("Snapshot"),
  TRANSACTIONAL("Transactional");

  private final String odmName;

  FileType(String odmName) {
    this.odmName = odmName;
  }

  public String odmName() {
    return odmName;
  }

  /** The file type an ODM attribute value names; empty for anything else. */
  public static Optional<FileType> fromOdm(String value) {
    for (FileType type : values()) {
      if (type.odmName.equals(value)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a transaction type may appear in a file of this type. In a Snapshot file it must be
   * absent or Insert (ODM 1.3.2 specification, ODM element, FileType).
   */
  public boolean allows(Optional<TransactionType> transactionType) {
    return this == TRANSACTIONAL
        || transactionType.isEmpty()
        || transactionType.get() == TransactionType.INSERT;
  }
}
