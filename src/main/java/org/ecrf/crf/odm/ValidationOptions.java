package org.ecrf.crf.odm;

/**
 * How to validate a file.
 *
 * @param mode strict for our definitions, import for other systems' files
 * @param lenient (import mode only) strip unknown namespaces' elements and attributes and normalise
 *     harmless deviations, each reported as a warning
 * @param maxBytes files above this size are not read (outcome TOO_LARGE)
 * @param maxFaults at most this many faults are listed; a last fault says how many more there were
 */
public record ValidationOptions(
    ValidationMode mode, boolean lenient, long maxBytes, int maxFaults) {

  /** 16 MiB: TOPIT's definition is well under 1 MiB. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

  /** Enough to list every fault of any real file without flooding a page. */
  public static final int DEFAULT_MAX_FAULTS = 1000;

  public ValidationOptions {
    if (lenient && mode == ValidationMode.STRICT) {
      throw new IllegalArgumentException("Lenient validation is for imports only");
    }
    if (maxBytes < 1 || maxFaults < 1) {
      throw new IllegalArgumentException("maxBytes and maxFaults must be positive");
    }
  }

  /** For the files in {@code crf-definitions/}. */
  public static ValidationOptions strict() {
    return new ValidationOptions(
        ValidationMode.STRICT, false, DEFAULT_MAX_BYTES, DEFAULT_MAX_FAULTS);
  }

  /** For other systems' files, optionally lenient. */
  public static ValidationOptions forImport(boolean lenient) {
    return new ValidationOptions(
        ValidationMode.IMPORT, lenient, DEFAULT_MAX_BYTES, DEFAULT_MAX_FAULTS);
  }

  /** The same options with another size limit. */
  public ValidationOptions withMaxBytes(long limit) {
    return new ValidationOptions(mode, lenient, limit, maxFaults);
  }
}
