package org.ecrf.crf.odm.clinical;

/** What kind of fault the clinical data reader found; lets callers and tests tell faults apart. */
public enum ClinicalFaultKind {
  /** The input is larger than the configured limit. */
  TOO_LARGE,
  /** The input itself failed (a broken connection, a file that vanished). */
  UNREADABLE,
  /** Elements are nested deeper than the configured limit. */
  TOO_DEEP,
  /** Not well-formed XML: unclosed tags, invalid bytes for the encoding, control characters. */
  NOT_WELL_FORMED,
  /** A DOCTYPE declaration, refused so that no entity can expand or reach other files. */
  DOCTYPE,
  /** Well-formed XML, but not an ODM 1.3 document (another root element, the ODM 2.0 namespace). */
  NOT_ODM,
  /** A violation of the ODM 1.3.2 schema (only when schema validation is asked for). */
  SCHEMA,
  /** A required attribute is missing or empty (SubjectKey, ItemOID…). */
  MISSING_ATTRIBUTE,
  /** A required child element is missing (an AuditRecord without DateTimeStamp…). */
  MISSING_ELEMENT,
  /** An element or text where ODM does not allow it (an ItemData outside an ItemGroupData…). */
  MISPLACED_CONTENT,
  /**
   * An attribute ODM does not define for the element (often a misspelling that would lose data).
   */
  UNKNOWN_ATTRIBUTE,
  /** A TransactionType ODM does not define, or one a Snapshot file must not use. */
  TRANSACTION_TYPE,
  /** A value that is not of its ODM type (a time without zone, IsNull other than Yes…). */
  INVALID_VALUE,
  /** A value or text longer than the configured limit. */
  VALUE_TOO_LONG,
  /** A form with more items than the configured limit. */
  TOO_MANY_ITEMS,
  /** Elements or attributes of a namespace ODM 1.3.2 does not know (a vendor extension). */
  UNKNOWN_NAMESPACE,
  /** A part of the file the reader does not read (ReferenceData, typed-data containers…). */
  IGNORED_CONTENT
}
