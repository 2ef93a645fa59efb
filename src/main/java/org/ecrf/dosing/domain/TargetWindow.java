package org.ecrf.dosing.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The infliximab trough range aimed at, in µg/mL, either for one visit (study event) or, without a
 * study event, for every other visit. Both bounds are inclusive: a level equal to a bound is within
 * the window. TOPIT defaults (issue 6): 5-10 µg/mL in maintenance, at least 5 µg/mL at week 14. The
 * lower bound 5 matches paediatric maintenance thresholds for mucosal healing and remission (domain
 * spec §1.4: >4.9, >5, >5.4 µg/mL; NASPGHAN 2025: over 5-7 µg/mL by week 14); the upper bound 10 is
 * a project default with no cited source.
 *
 * @param studyEventOid the visit this window applies to; empty for the default window
 * @param lowUgPerMl the lower bound, greater than 0 (so an undetectable level is always below)
 * @param highUgPerMl the upper bound, above the lower one; empty when there is none (the level can
 *     then never be above target)
 */
public record TargetWindow(
    Optional<String> studyEventOid, BigDecimal lowUgPerMl, Optional<BigDecimal> highUgPerMl) {

  public TargetWindow {
    Objects.requireNonNull(studyEventOid, "studyEventOid must be empty, not null");
    Objects.requireNonNull(highUgPerMl, "highUgPerMl must be empty, not null");
    String where = studyEventOid.map(oid -> "Target window for " + oid).orElse("Default window");
    if (studyEventOid.isPresent() && studyEventOid.get().isBlank()) {
      throw new IllegalArgumentException("Target window StudyEventOID must not be blank");
    }
    lowUgPerMl = Decimals.positive(lowUgPerMl, where + ": LowUgPerMl");
    highUgPerMl = highUgPerMl.map(high -> Decimals.canonical(high, where + ": HighUgPerMl"));
    if (highUgPerMl.isPresent() && highUgPerMl.get().compareTo(lowUgPerMl) <= 0) {
      throw new IllegalArgumentException(
          where
              + ": HighUgPerMl ("
              + Decimals.text(highUgPerMl.get())
              + ") must be above LowUgPerMl ("
              + Decimals.text(lowUgPerMl)
              + ")");
    }
  }

  /** The window for visits without a window of their own. */
  public static TargetWindow byDefault(BigDecimal low, BigDecimal high) {
    return new TargetWindow(Optional.empty(), low, Optional.ofNullable(high));
  }

  /** The window for one visit; {@code high} may be null for a lower bound only. */
  public static TargetWindow forStudyEvent(String studyEventOid, BigDecimal low, BigDecimal high) {
    Objects.requireNonNull(studyEventOid, "studyEventOid");
    return new TargetWindow(Optional.of(studyEventOid), low, Optional.ofNullable(high));
  }

  /** True for the default window (no study event). */
  public boolean isDefault() {
    return studyEventOid.isEmpty();
  }

  /** Where a measured level lies relative to this window; bounds count as within. */
  public TroughPosition positionOf(BigDecimal levelUgPerMl) {
    if (levelUgPerMl.compareTo(lowUgPerMl) < 0) {
      return TroughPosition.BELOW;
    }
    if (highUgPerMl.isPresent() && levelUgPerMl.compareTo(highUgPerMl.get()) > 0) {
      return TroughPosition.ABOVE;
    }
    return TroughPosition.WITHIN;
  }

  /** "5-10 µg/mL" or "at least 5 µg/mL". */
  public String describe() {
    return highUgPerMl
        .map(high -> Decimals.text(lowUgPerMl) + "-" + Decimals.text(high) + " µg/mL")
        .orElse("at least " + Decimals.text(lowUgPerMl) + " µg/mL");
  }
}
