package org.ecrf.subject.domain;

import java.util.Objects;

/**
 * One item of the eligibility form that prevents randomisation.
 *
 * @param itemOid e.g. {@code I.INCL_AGE}, {@code I.EXCL_PREGNANT}, {@code I.CONSENT_DATE}
 * @param reason why it blocks
 * @param value the value found, or an empty string when there is none
 */
public record BlockingCriterion(String itemOid, BlockingReason reason, String value) {

  public BlockingCriterion {
    Objects.requireNonNull(itemOid, "itemOid");
    Objects.requireNonNull(reason, "reason");
    value = value == null ? "" : value;
  }

  @Override
  public String toString() {
    return itemOid
        + ": "
        + reason.description()
        + (value.isEmpty() ? "" : " (value '" + value + "')");
  }
}
