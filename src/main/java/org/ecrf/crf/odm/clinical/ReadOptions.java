package org.ecrf.crf.odm.clinical;

/**
 * How to read a clinical data file.
 *
 * @param maxBytes input beyond this many bytes is not read (reading stops with TOO_LARGE)
 * @param maxDepth elements nested deeper than this stop the reading (ODM clinical data needs 10)
 * @param maxValueLength an item value, reason for change or comment longer than this many
 *     characters refuses its form
 * @param maxItemsPerForm a form with more items is refused and its items are not kept, so that one
 *     huge form cannot exhaust memory
 * @param validateSchema validate the whole file against the ODM 1.3.2 schema before any form is
 *     delivered; a file with schema errors delivers no form
 * @param lenient ignore elements and attributes of unknown namespaces (vendor extensions) with a
 *     warning, also before schema validation; otherwise they refuse the data they are in
 */
public record ReadOptions(
    long maxBytes,
    int maxDepth,
    int maxValueLength,
    int maxItemsPerForm,
    boolean validateSchema,
    boolean lenient) {

  /**
   * 64 MiB: a central lab file of a whole study's visits is a few MiB; the REST layer may lower it.
   */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  /** ODM/ClinicalData/…/ItemData/Annotation/Flag/FlagValue is 10 levels deep. */
  public static final int DEFAULT_MAX_DEPTH = 32;

  /** The platform stores item values, reasons and comments in columns of 4000 characters. */
  public static final int DEFAULT_MAX_VALUE_LENGTH = 4000;

  /** Far above any CRF page (TOPIT's largest form has well under 100 items). */
  public static final int DEFAULT_MAX_ITEMS_PER_FORM = 10_000;

  public ReadOptions {
    if (maxBytes < 1 || maxDepth < 3 || maxValueLength < 1 || maxItemsPerForm < 1) {
      throw new IllegalArgumentException(
          "Limits must be positive (maxDepth at least 3 to reach SubjectData)");
    }
  }

  /** Default limits, no schema validation, unknown namespaces refused. */
  public static ReadOptions defaults() {
    return new ReadOptions(
        DEFAULT_MAX_BYTES,
        DEFAULT_MAX_DEPTH,
        DEFAULT_MAX_VALUE_LENGTH,
        DEFAULT_MAX_ITEMS_PER_FORM,
        false,
        false);
  }

  public ReadOptions withMaxBytes(long limit) {
    return new ReadOptions(
        limit, maxDepth, maxValueLength, maxItemsPerForm, validateSchema, lenient);
  }

  public ReadOptions withMaxDepth(int limit) {
    return new ReadOptions(
        maxBytes, limit, maxValueLength, maxItemsPerForm, validateSchema, lenient);
  }

  public ReadOptions withMaxValueLength(int limit) {
    return new ReadOptions(maxBytes, maxDepth, limit, maxItemsPerForm, validateSchema, lenient);
  }

  public ReadOptions withMaxItemsPerForm(int limit) {
    return new ReadOptions(maxBytes, maxDepth, maxValueLength, limit, validateSchema, lenient);
  }

  public ReadOptions withSchemaValidation(boolean validate) {
    return new ReadOptions(maxBytes, maxDepth, maxValueLength, maxItemsPerForm, validate, lenient);
  }

  public ReadOptions withLenient(boolean ignoreUnknownNamespaces) {
    return new ReadOptions(
        maxBytes,
        maxDepth,
        maxValueLength,
        maxItemsPerForm,
        validateSchema,
        ignoreUnknownNamespaces);
  }
}
