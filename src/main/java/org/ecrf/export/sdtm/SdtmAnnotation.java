package org.ecrf.export.sdtm;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SDTM annotation of an item ({@code Alias Context="SDTM"}), read as {@code DATASET.VARIABLE}
 * or {@code DATASET.VARIABLE=VALUE}: {@code LB.LBTESTCD=CRP} (the item is the CRP test of LB),
 * {@code EX.EXDOSE} (the item's value is EXDOSE), {@code SUPPEX.QNAM=INTERVAL} (a supplemental
 * qualifier of EX), {@code DS.DSDECOD=INFORMED CONSENT OBTAINED} (a milestone reached when the item
 * says yes).
 *
 * @param dataset e.g. {@code LB} or {@code SUPPEX}
 * @param variable e.g. {@code LBTESTCD}
 * @param value the fixed value after {@code =}, or empty
 */
public record SdtmAnnotation(String dataset, String variable, Optional<String> value) {

  private static final Pattern FORM =
      Pattern.compile("([A-Z][A-Z0-9]{1,7})\\.([A-Z][A-Z0-9]{1,7})(?:=(.+))?");

  /**
   * Reads an annotation.
   *
   * @throws IllegalArgumentException naming the item when the text is not {@code DS.VAR[=VALUE]}
   */
  public static SdtmAnnotation parse(String itemOid, String text) {
    Matcher matcher = FORM.matcher(text.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "SDTM annotation '" + text + "' of " + itemOid + " is not DATASET.VARIABLE[=VALUE]");
    }
    return new SdtmAnnotation(
        matcher.group(1),
        matcher.group(2),
        Optional.ofNullable(matcher.group(3)).map(String::trim));
  }

  /** The domain the value belongs to: {@code EX} for {@code SUPPEX}. */
  public String domain() {
    return isSupplemental() ? dataset.substring(4) : dataset;
  }

  /** Whether the item is a supplemental qualifier ({@code SUPPxx.QNAM=NAME}). */
  public boolean isSupplemental() {
    return dataset.startsWith("SUPP") && dataset.length() > 4 && variable.equals("QNAM");
  }

  /** Whether the item is a test of a findings domain ({@code XX.XXTESTCD=CODE}). */
  public boolean isTest() {
    return variable.equals(dataset + "TESTCD") && value.isPresent();
  }

  /** Whether the item gives a date or time of its domain ({@code --DTC}, {@code --STDTC}...). */
  public boolean isTiming() {
    return variable.endsWith("DTC") && value.isEmpty();
  }

  @Override
  public String toString() {
    return dataset + "." + variable + value.map(v -> "=" + v).orElse("");
  }
}
