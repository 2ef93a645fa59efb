package org.ecrf.crf.domain;

import java.util.List;
import java.util.Optional;

/**
 * The values an item may take: its code list, its units and its range checks.
 *
 * @param codeListOid the CodeList of a choice item
 * @param unitOids the MeasurementUnits, the first being the standard unit (checks and scores work
 *     in it); a site may enter any of them, the others converting to the first
 * @param rangeChecks its edit checks, in file order
 */
public record ValueDomain(
    Optional<String> codeListOid, List<String> unitOids, List<RangeCheck> rangeChecks) {

  public ValueDomain {
    unitOids = List.copyOf(unitOids);
    rangeChecks = List.copyOf(rangeChecks);
  }

  /** The standard unit, if the item has units. */
  public Optional<String> standardUnitOid() {
    return unitOids.stream().findFirst();
  }
}
