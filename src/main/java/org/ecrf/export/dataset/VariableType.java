package org.ecrf.export.dataset;

/**
 * The type of a dataset variable. SAS transport knows only character and numeric; Dataset-JSON and
 * Define-XML distinguish integers from decimals, so the definition keeps that difference.
 *
 * <p>Row values by type: {@link #TEXT} a {@link String}; {@link #INTEGER} a {@link Long}; {@link
 * #DECIMAL} a {@link java.math.BigDecimal}; {@code null} for a missing value of any type. SDTM
 * dates and times are ISO 8601 text ({@code --DTC}), so they are {@link #TEXT}.
 */
public enum VariableType {
  TEXT,
  INTEGER,
  DECIMAL;

  /** Whether SAS stores it as a number (8 bytes in XPT). */
  public boolean isNumeric() {
    return this != TEXT;
  }
}
