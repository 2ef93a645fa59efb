package org.ecrf.export.dataset;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One column of a dataset, described as SDTMIG and the FDA's conformance guide require: a SAS name
 * of at most 8 characters, a label of at most 40 ASCII characters, a type and, for text, a length
 * in bytes of at most 200.
 *
 * @param name the SAS name, upper case (e.g. {@code USUBJID})
 * @param label the label (e.g. {@code Unique Subject Identifier})
 * @param type text, integer or decimal
 * @param length the number of bytes a text value may take (8 for numbers)
 * @param role the SDTM role ({@code Identifier}, {@code Topic}, {@code Timing}, {@code Grouping
 *     Qualifier}, {@code Result Qualifier}, {@code Synonym Qualifier}, {@code Record Qualifier},
 *     {@code Variable Qualifier}, {@code Rule})
 * @param mandatory whether every row has a value (SDTM core "Req")
 * @param origin where the values come from
 * @param keySequence its place in the dataset's key (1 first), or 0 when not a key
 */
public record Variable(
    String name,
    String label,
    VariableType type,
    int length,
    String role,
    boolean mandatory,
    VariableOrigin origin,
    int keySequence) {

  /** The longest text value SAS transport v5 and the FDA accept. */
  public static final int MAX_TEXT_LENGTH = 200;

  private static final Pattern SAS_NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,7}");
  private static final Pattern ASCII = Pattern.compile("[\\x20-\\x7E]*");

  public Variable {
    Objects.requireNonNull(type, "type of " + name);
    Objects.requireNonNull(origin, "origin of " + name);
    Objects.requireNonNull(role, "role of " + name);
    if (name == null || !SAS_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Variable name '" + name + "' is not an upper-case SAS name of at most 8 characters");
    }
    if (label == null
        || label.isBlank()
        || label.length() > 40
        || !ASCII.matcher(label).matches()) {
      throw new IllegalArgumentException(
          "Label of " + name + " must be 1 to 40 printable ASCII characters: '" + label + "'");
    }
    if (type.isNumeric() ? length != 8 : length < 1 || length > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "Length of "
              + name
              + " must be "
              + (type.isNumeric() ? "8 for a number" : "1 to " + MAX_TEXT_LENGTH + " for text")
              + ", not "
              + length);
    }
    if (keySequence < 0) {
      throw new IllegalArgumentException("Key sequence of " + name + " is negative");
    }
  }

  /** A text variable. */
  public static Variable text(
      String name,
      String label,
      int length,
      String role,
      boolean mandatory,
      VariableOrigin origin) {
    return new Variable(name, label, VariableType.TEXT, length, role, mandatory, origin, 0);
  }

  /** A numeric variable (integer or decimal). */
  public static Variable number(
      String name,
      String label,
      VariableType type,
      String role,
      boolean mandatory,
      VariableOrigin origin) {
    return new Variable(name, label, type, 8, role, mandatory, origin, 0);
  }

  /** The same variable as part of the dataset's key, at the given place (1 first). */
  public Variable key(int sequence) {
    return new Variable(name, label, type, length, role, mandatory, origin, sequence);
  }
}
