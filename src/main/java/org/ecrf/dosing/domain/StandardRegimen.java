package org.ecrf.dosing.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The licensed infliximab schedule the standard arm follows throughout and the guided arm follows
 * during induction: a fixed dose at the induction weeks, then a fixed maintenance interval. Default
 * 5 mg/kg at weeks 0, 2 and 6, then every 8 weeks (domain spec §1.5 [V]: TISKids, REACH, TAILORIX).
 *
 * @param doseMgPerKg the dose of every standard infusion, greater than 0
 * @param inductionWeeks the weeks of the induction infusions, strictly increasing, starting at 0
 * @param maintenanceIntervalWeeks weeks between maintenance infusions after the last induction
 *     infusion, 1 or more
 */
public record StandardRegimen(
    BigDecimal doseMgPerKg, List<Integer> inductionWeeks, int maintenanceIntervalWeeks) {

  public StandardRegimen {
    doseMgPerKg = Decimals.positive(doseMgPerKg, "Standard regimen dose (mg/kg)");
    Objects.requireNonNull(inductionWeeks, "Standard regimen needs its induction weeks");
    inductionWeeks = List.copyOf(inductionWeeks);
    checkInductionWeeks(inductionWeeks);
    if (maintenanceIntervalWeeks < 1) {
      throw new IllegalArgumentException(
          "Standard regimen maintenance interval must be 1 week or more, was "
              + maintenanceIntervalWeeks);
    }
  }

  private static void checkInductionWeeks(List<Integer> weeks) {
    if (weeks.isEmpty() || weeks.get(0) != 0) {
      throw new IllegalArgumentException(
          "Standard regimen induction weeks must start at week 0, were " + weeks);
    }
    for (int i = 1; i < weeks.size(); i++) {
      if (weeks.get(i) <= weeks.get(i - 1)) {
        throw new IllegalArgumentException(
            "Standard regimen induction weeks must be strictly increasing, were " + weeks);
      }
    }
  }

  /** The week of the last induction infusion (6 by default). */
  public int lastInductionWeek() {
    return inductionWeeks.get(inductionWeeks.size() - 1);
  }

  /** True when {@code week} comes before the last induction infusion. */
  public boolean isBeforeLastInductionWeek(int week) {
    return week < lastInductionWeek();
  }

  /**
   * The standard regimen for an infusion at {@code week}: the standard dose, and as interval the
   * gap to the next induction week, or the maintenance interval from the last induction week on
   * (week 0 gives 2, week 2 gives 4, week 6 and later give 8 with the defaults).
   *
   * @throws IllegalArgumentException when {@code week} lies inside induction but is not an
   *     induction week (week 4 with the defaults), or is negative
   */
  public Regimen regimenAtWeek(int week) {
    if (week >= lastInductionWeek()) {
      return new Regimen(doseMgPerKg, maintenanceIntervalWeeks);
    }
    int index = inductionWeeks.indexOf(week);
    if (index < 0) {
      throw new IllegalArgumentException(
          "Week "
              + week
              + " is not an infusion week of the standard induction (weeks "
              + describeInductionWeeks()
              + ")");
    }
    return new Regimen(doseMgPerKg, inductionWeeks.get(index + 1) - week);
  }

  /** "5 mg/kg at weeks 0, 2, 6, then every 8 weeks". */
  public String describe() {
    return Decimals.text(doseMgPerKg)
        + " mg/kg at weeks "
        + describeInductionWeeks()
        + ", then every "
        + maintenanceIntervalWeeks
        + " weeks";
  }

  private String describeInductionWeeks() {
    return inductionWeeks.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
