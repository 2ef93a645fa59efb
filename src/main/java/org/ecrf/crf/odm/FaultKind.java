package org.ecrf.crf.odm;

/** What kind of fault the validator found; lets callers and tests tell faults apart. */
public enum FaultKind {
  /** The file is larger than the configured limit (the REST layer answers 413). */
  TOO_LARGE,
  /** The file has no content. */
  EMPTY,
  /** Not well-formed XML: not XML at all, binary, a wrong encoding, unclosed tags. */
  NOT_WELL_FORMED,
  /** A DOCTYPE declaration, refused so that no entity can expand or reach other files. */
  DOCTYPE,
  /** Well-formed XML but not an ODM 1.3 document (another root, the ODM 2.0 namespace). */
  NOT_ODM,
  /** A violation of the ODM 1.3.2 schema or our extension schema. */
  SCHEMA,
  /** Elements or attributes of a namespace no schema of ours knows (a vendor extension). */
  UNKNOWN_NAMESPACE,
  /** A file shape the platform requires beyond the schema (one study, one MetaDataVersion). */
  STRUCTURE,
  /** Lenient mode removed vendor content or ignored a part the platform does not read. */
  STRIPPED,
  /** Lenient mode changed a harmless deviation into its ODM 1.3.2 form. */
  NORMALISED,
  /** An OID reference that names no definition. */
  DANGLING_REFERENCE,
  /** A definition nothing refers to (a warning: it is harmless but often a typing slip). */
  UNUSED_DEFINITION,
  /** An OID defined twice within its kind. */
  DUPLICATE_OID,
  /** An OID that breaks the naming rule of STYLE.md §9. */
  OID_NAMING,
  /** A MethodDef whose algorithm the platform does not implement (or names none). */
  UNKNOWN_ALGORITHM,
  /** A FormalExpression in a language the platform cannot evaluate (XPath, SAS…). */
  UNEVALUABLE_EXPRESSION,
  /** A FormalExpression of ours that does not parse or names an unknown item. */
  EXPRESSION,
  /** A value not written in its data type, or a data type that does not match its code list. */
  DATA_TYPE,
  /** An item unit without a conversion to the item's standard unit. */
  UNIT_CONVERSION,
  /** Inconsistent design: arms, randomisation, visit timing, blinding, SDV, dosing rules. */
  DESIGN,
  /** The validator itself failed; the file could not be checked completely. */
  INTERNAL
}
