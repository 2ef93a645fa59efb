package org.ecrf.dosing.application;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What is stored for one child that dosing needs: the trough forms and the infusion forms of all
 * visits. Read once per form evaluation or page, never for a standard-arm child's advice (which
 * must not depend on a level).
 *
 * @param troughs the trough forms, one per visit
 * @param infusions the infusion forms, one per visit
 */
public record DosingRecord(List<StoredForm> troughs, List<StoredForm> infusions) {

  /** Nothing stored. */
  public static final DosingRecord EMPTY = new DosingRecord(List.of(), List.of());

  public DosingRecord {
    troughs = List.copyOf(troughs);
    infusions = List.copyOf(infusions);
  }

  /** The trough form of a visit. */
  public Optional<StoredForm> troughAt(String eventOid, int repeatKey) {
    return troughs.stream().filter(form -> form.isAt(eventOid, repeatKey)).findFirst();
  }

  /** The infusion form of a visit. */
  public Optional<StoredForm> infusionAt(String eventOid, int repeatKey) {
    return infusions.stream().filter(form -> form.isAt(eventOid, repeatKey)).findFirst();
  }

  /** The infusions of other visits that have a date, earliest first. */
  public List<StoredForm> datedInfusionsExcept(String eventOid, int repeatKey) {
    return infusions.stream()
        .filter(form -> !form.isAt(eventOid, repeatKey))
        .filter(form -> form.date(DosingItems.DATE).isPresent())
        .sorted(Comparator.comparing(form -> form.date(DosingItems.DATE).orElseThrow()))
        .toList();
  }
}
