package org.ecrf.crf.odm.clinical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The faults of a reading that belong to no refused form: warnings, errors of elements that held no
 * form, and the fault that stopped the reading. A warning repeated for the same reason is listed
 * once with a count, so that a vendor export does not drown the real faults; the list is capped.
 */
final class FaultLog {

  /** Enough to show every distinct fault of a real file without flooding an answer. */
  static final int MAX_FAULTS = 1000;

  private final List<ClinicalDataFault> faults = new ArrayList<>();
  private final Map<String, Repeated> warnings = new LinkedHashMap<>();
  private int dropped;

  void add(ClinicalDataFault fault) {
    if (faults.size() + warnings.size() < MAX_FAULTS) {
      faults.add(fault);
    } else {
      dropped++;
    }
  }

  void addAll(List<ClinicalDataFault> more) {
    more.forEach(this::add);
  }

  /**
   * A warning; warnings with the same key (say, the same vendor attribute on the same element) are
   * merged into one with a count.
   */
  void warn(String key, ClinicalFaultKind kind, SourcePosition position, String message) {
    Repeated repeated = warnings.get(key);
    if (repeated != null) {
      repeated.count++;
    } else if (faults.size() + warnings.size() < MAX_FAULTS) {
      warnings.put(
          key, new Repeated(new ClinicalDataFault(kind, FaultEffect.WARNING, position, message)));
    } else {
      dropped++;
    }
  }

  /** Everything logged, in file order, with a last entry for what did not fit. */
  List<ClinicalDataFault> faults() {
    List<ClinicalDataFault> all = new ArrayList<>(faults);
    warnings.values().forEach(repeated -> all.add(repeated.fault()));
    all.sort(
        Comparator.comparingInt((ClinicalDataFault f) -> f.position().line())
            .thenComparingInt(f -> f.position().column()));
    if (dropped > 0) {
      all.add(
          new ClinicalDataFault(
              ClinicalFaultKind.IGNORED_CONTENT,
              FaultEffect.WARNING,
              SourcePosition.NONE,
              dropped + " more faults are not listed."));
    }
    return all;
  }

  /** A warning and how often it occurred. */
  private static final class Repeated {
    private final ClinicalDataFault first;
    private int count = 1;

    Repeated(ClinicalDataFault first) {
      this.first = first;
    }

    ClinicalDataFault fault() {
      if (count == 1) {
        return first;
      }
      return new ClinicalDataFault(
          first.kind(),
          first.effect(),
          first.position(),
          first.message() + " (" + count + " times, first here)");
    }
  }
}
