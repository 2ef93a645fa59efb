package org.ecrf.dosing.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.ecrf.dosing.domain.DryRunCase;

/**
 * The dry-run cases of one child (pure): every stored infusion form for which the advice can be
 * computed, with its situation built exactly as the advice on the form was ({@link
 * InfusionAdvisor#situationOf}). An infusion without a situation (no weight, no trough level for a
 * guided-arm maintenance infusion, no earlier dated infusion) cannot be advised by any rule set and
 * is counted as not compared.
 */
final class DryRunCases {

  private final InfusionAdvisor advisor;
  private final List<DryRunCase> cases = new ArrayList<>();
  private int notComparable;

  DryRunCases(InfusionAdvisor advisor) {
    this.advisor = Objects.requireNonNull(advisor, "advisor");
  }

  /**
   * Adds the infusions of one randomised child.
   *
   * @param record the child's stored data; for a standard-arm child its infusions only
   */
  void addChild(String subjectKey, String armCode, DosingRecord record) {
    List<DryRunCase> ofChild = new ArrayList<>();
    for (StoredForm infusion : record.infusions()) {
      InfusionCase infusionCase =
          new InfusionCase(
              armCode,
              infusion.eventOid(),
              infusion.repeatKey(),
              infusion.date(DosingItems.DATE),
              infusion.decimal(DosingItems.WEIGHT));
      advisor
          .situationOf(infusionCase, () -> record)
          .ifPresentOrElse(
              situation -> ofChild.add(new DryRunCase(subjectKey, situation)),
              () -> notComparable++);
    }
    ofChild.sort(Comparator.comparingInt(dryRunCase -> dryRunCase.situation().visit().week()));
    cases.addAll(ofChild);
  }

  /** The cases so far, child by child and, within a child, by treatment week. */
  List<DryRunCase> cases() {
    return List.copyOf(cases);
  }

  /** The stored infusions no rule set can advise on, so left out of the comparison. */
  int notComparable() {
    return notComparable;
  }
}
