package org.ecrf.export.dataset;

import java.util.Objects;

/**
 * One value a variable may take, with its meaning: a test code and its test name ({@code CRP} "C
 * Reactive Protein"), or a CDISC submission value and its NCI code where CDISC has one.
 *
 * @param code the value stored in the dataset
 * @param decode what it means, or empty when the code speaks for itself
 * @param nciCode the CDISC C-code, or empty for a sponsor-defined value
 */
public record Term(String code, String decode, String nciCode) {

  public Term {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(decode, "decode of " + code);
    Objects.requireNonNull(nciCode, "nciCode of " + code);
  }
}
