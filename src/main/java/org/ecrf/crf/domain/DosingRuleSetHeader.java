package org.ecrf.crf.domain;

/**
 * What identifies a dosing rule set and what is shown with every advice.
 *
 * @param name e.g. "TOPIT proactive TDM"
 * @param version the rule set's version; a new version is a new set, old advice keeps its version
 * @param status PROVISIONAL (defaults from published designs, to be confirmed against the protocol)
 *     or RELEASED; the XSD closes the set
 * @param note shown with every advice (e.g. where the defaults come from); may be empty
 */
public record DosingRuleSetHeader(String name, int version, String status, String note) {

  /** True while the rules are not confirmed against the protocol. */
  public boolean isProvisional() {
    return "PROVISIONAL".equals(status);
  }
}
