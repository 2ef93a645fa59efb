package org.ecrf.monitoring.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What a query is about: a visit (no form), a form of the visit (no item), or one item value of the
 * form (item group instance and item).
 *
 * @param eventOid the study event OID
 * @param eventRepeat its repeat key, from 1
 * @param formOid the form, or {@code null} for the visit as a whole
 * @param itemGroupOid the item group of the item, {@code null} unless an item is named
 * @param itemGroupRepeat the row of the item group, {@code null} unless an item is named
 * @param itemOid the item, or {@code null} for the form (or visit) as a whole
 */
public record QueryTarget(
    String eventOid,
    int eventRepeat,
    String formOid,
    String itemGroupOid,
    Integer itemGroupRepeat,
    String itemOid) {

  public QueryTarget {
    Objects.requireNonNull(eventOid, "eventOid");
    if (eventRepeat < 1) {
      throw new IllegalArgumentException("A visit's repeat key counts from 1, not " + eventRepeat);
    }
    if (itemOid != null && (formOid == null || itemGroupOid == null || itemGroupRepeat == null)) {
      throw new IllegalArgumentException(
          "A query on the item " + itemOid + " needs its form and item group row");
    }
    if (itemOid == null && (itemGroupOid != null || itemGroupRepeat != null)) {
      throw new IllegalArgumentException("A query names an item group only with an item");
    }
  }

  public static QueryTarget visit(String eventOid, int eventRepeat) {
    return new QueryTarget(eventOid, eventRepeat, null, null, null, null);
  }

  public static QueryTarget form(String eventOid, int eventRepeat, String formOid) {
    return new QueryTarget(
        eventOid, eventRepeat, Objects.requireNonNull(formOid), null, null, null);
  }

  public Optional<String> form() {
    return Optional.ofNullable(formOid);
  }

  public Optional<String> item() {
    return Optional.ofNullable(itemOid);
  }

  /** {@code SE.WEEK6[1]/F.LAB/IG.LB_INFLAMMATION[1]/I.LB_CRP}, as far as it goes. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(eventOid).append('[').append(eventRepeat).append(']');
    if (formOid != null) {
      text.append('/').append(formOid);
    }
    if (itemOid != null) {
      text.append('/')
          .append(itemGroupOid)
          .append('[')
          .append(itemGroupRepeat)
          .append("]/")
          .append(itemOid);
    }
    return text.toString();
  }
}
