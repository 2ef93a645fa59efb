package org.ecrf.monitoring.application;

/**
 * A query raised by hand: on a visit (no form), a form (no item) or an item value.
 *
 * @param subjectKey the subject
 * @param eventOid the study event
 * @param eventRepeat the visit's repeat key; {@code null} means 1
 * @param formOid the form, or {@code null} for the visit
 * @param itemOid the item, or {@code null} for the form or visit
 * @param itemGroupOid the item's group; {@code null} when the item is in one group of the form
 * @param itemGroupRepeat the row; {@code null} means 1
 * @param text the question
 */
public record RaiseQuery(
    String subjectKey,
    String eventOid,
    Integer eventRepeat,
    String formOid,
    String itemOid,
    String itemGroupOid,
    Integer itemGroupRepeat,
    String text) {}
