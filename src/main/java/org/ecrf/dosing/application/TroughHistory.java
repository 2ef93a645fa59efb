package org.ecrf.dosing.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ecrf.dosing.domain.DosingRuleSet;
import org.ecrf.dosing.domain.TargetWindow;

/**
 * A guided-arm child's trough levels over time (pure): each stored level with its visit's target
 * window and the dose given at that visit's infusion, in date order. A trough form without a level
 * (neither a value nor "below the limit") or without any date is left out.
 */
final class TroughHistory {

  private TroughHistory() {}

  static List<TroughPoint> of(DosingRecord record, DosingRuleSet ruleSet) {
    List<TroughPoint> points = new ArrayList<>();
    for (StoredForm trough : record.troughs()) {
      Optional<StoredForm> infusion = record.infusionAt(trough.eventOid(), trough.repeatKey());
      Optional<LocalDate> date =
          trough
              .date(DosingItems.TROUGH_DATE)
              .or(() -> infusion.flatMap(form -> form.date(DosingItems.DATE)));
      boolean belowLimit = "Y".equals(trough.text(DosingItems.TROUGH_BLQ).orElse(""));
      Optional<java.math.BigDecimal> level =
          belowLimit ? Optional.empty() : trough.decimal(DosingItems.TROUGH_LEVEL);
      if (date.isEmpty() || (!belowLimit && level.isEmpty())) {
        continue;
      }
      TargetWindow window = ruleSet.targetWindowFor(trough.eventOid());
      points.add(
          new TroughPoint(
              trough.eventOid(),
              date.get(),
              level,
              belowLimit,
              window.lowUgPerMl(),
              window.highUgPerMl(),
              infusion.flatMap(form -> form.decimal(DosingItems.DOSE_MGKG))));
    }
    points.sort(Comparator.comparing(TroughPoint::date));
    return points;
  }
}
