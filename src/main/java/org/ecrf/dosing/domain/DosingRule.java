package org.ecrf.dosing.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One rule of a dosing rule set: when its condition holds (and no earlier rule's did), its action
 * gives the recommendation. The rationale and the source are shown with the advice, so that an
 * investigator can see why and on what evidence.
 *
 * @param oid the rule's OID, e.g. {@code DR.SHORTEN} (type prefix, upper-case letters, digits and
 *     underscores; STYLE.md §9); stored with the recommendation ({@code I.INF_REC_RULE})
 * @param condition when the rule applies
 * @param action what it recommends
 * @param doseMgPerKg the rule's dose: required for {@link DosingAction#requiresDose() actions that
 *     need one}, absent for all others
 * @param source the publication or guidance the rule follows
 * @param rationale why the rule recommends what it does, in plain words for the investigator
 */
public record DosingRule(
    String oid,
    DosingCondition condition,
    DosingAction action,
    Optional<BigDecimal> doseMgPerKg,
    String source,
    String rationale) {

  private static final Pattern OID = Pattern.compile("[A-Z][A-Z0-9_]*(\\.[A-Z0-9_]+)+");

  public DosingRule {
    if (oid == null || !OID.matcher(oid).matches()) {
      throw new IllegalArgumentException(
          "Dosing rule OID '"
              + oid
              + "' is not valid: use a prefix, a dot, then upper-case letters, digits and _"
              + " (e.g. DR.SHORTEN)");
    }
    Objects.requireNonNull(condition, () -> "Dosing rule " + oid + " needs a Condition");
    Objects.requireNonNull(action, () -> "Dosing rule " + oid + " needs an Action");
    Objects.requireNonNull(doseMgPerKg, "doseMgPerKg must be empty, not null");
    doseMgPerKg = doseMgPerKg.map(dose -> Decimals.positive(dose, oid + " DoseMgPerKg"));
    if (action.requiresDose() && doseMgPerKg.isEmpty()) {
      throw new IllegalArgumentException(
          "Dosing rule " + oid + ": action " + action + " needs a DoseMgPerKg");
    }
    if (!action.requiresDose() && doseMgPerKg.isPresent()) {
      throw new IllegalArgumentException(
          "Dosing rule "
              + oid
              + ": action "
              + action
              + " takes no DoseMgPerKg (it would be ignored)");
    }
    source = requireText(source, oid, "Source");
    rationale = requireText(rationale, oid, "Rationale");
  }

  /** A rule whose action takes no dose. */
  public static DosingRule of(
      String oid, DosingCondition condition, DosingAction action, String source, String rationale) {
    return new DosingRule(oid, condition, action, Optional.empty(), source, rationale);
  }

  /**
   * A rule whose action needs a dose ({@link DosingAction#INCREASE_DOSE}, {@link
   * DosingAction#REINDUCE}).
   */
  public static DosingRule withDose(
      String oid,
      DosingCondition condition,
      DosingAction action,
      BigDecimal doseMgPerKg,
      String source,
      String rationale) {
    return new DosingRule(oid, condition, action, Optional.of(doseMgPerKg), source, rationale);
  }

  /** The rule's dose; only call for actions that {@link DosingAction#requiresDose() need one}. */
  BigDecimal requiredDose() {
    return doseMgPerKg.orElseThrow();
  }

  private static String requireText(String text, String oid, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Dosing rule " + oid + " needs a " + what);
    }
    return text.strip();
  }
}
