package org.ecrf.scoring.domain;

import java.util.Objects;

/**
 * Why an item could not be used in a score: it is missing, its value is invalid, or it was recorded
 * as not assessed where the rule needs it. Subject facts that are not CRF items (sex, month of
 * birth, assessment date) are named by the keys in {@link SubjectContext}.
 *
 * @param itemOid the item OID (or subject key) the problem is about
 * @param kind what is wrong
 * @param detail a sentence for the data manager, naming the offending value where there is one
 */
public record ItemProblem(String itemOid, Kind kind, String detail) {

  /** The kinds of problem that keep a score from being computed. */
  public enum Kind {
    /** No value was entered (absent or blank). */
    MISSING,
    /**
     * A value was entered but cannot be scored (not a code of the item, malformed, out of range).
     */
    INVALID,
    /** The item was recorded as not assessed (an SES-CD segment not explored). */
    NOT_ASSESSED
  }

  public ItemProblem {
    Objects.requireNonNull(itemOid, "itemOid");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  static ItemProblem missing(String itemOid) {
    return new ItemProblem(itemOid, Kind.MISSING, "no value entered");
  }

  static ItemProblem invalid(String itemOid, String detail) {
    return new ItemProblem(itemOid, Kind.INVALID, detail);
  }

  @Override
  public String toString() {
    return itemOid + " " + kind + ": " + detail;
  }
}
