package org.ecrf.dosing.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.ecrf.crf.domain.PlannedDay;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.domain.StudyEventDef;
import org.ecrf.dosing.domain.AdvisorSettings;
import org.ecrf.dosing.domain.AntibodyStatus;
import org.ecrf.dosing.domain.DosingAdvisor;
import org.ecrf.dosing.domain.DosingRuleSet;
import org.ecrf.dosing.domain.DosingSituation;
import org.ecrf.dosing.domain.InfusionVisit;
import org.ecrf.dosing.domain.Regimen;
import org.ecrf.dosing.domain.TreatmentArm;
import org.ecrf.dosing.domain.TroughResult;

/**
 * Builds the {@link DosingSituation} of one infusion from the infusion form and the stored data,
 * and asks the study's rule set for the advice (pure: the stored data come in as a {@link
 * DosingRecord}). The choices where the sources leave one:
 *
 * <ul>
 *   <li>The treatment week of a scheduled visit is its planned day divided by 7 ({@code
 *       edc:OffsetDays}); of an unscheduled infusion, the whole weeks since the first infusion.
 *   <li>The trough level is the one stored on {@code F.TROUGH} of the same visit; a level reported
 *       below the limit of quantification needs the assay's limit.
 *   <li>The current regimen is the dose (mg/kg) of the latest earlier infusion and, when its
 *       recommendation was followed, its recommended interval; otherwise the whole weeks (rounded)
 *       actually between that infusion and this one.
 *   <li>From {@link AdvisorSettings#adjustmentStartWeek()} on, a guided-arm infusion without a
 *       stored trough level gets no advice (the derived items stay empty and say why); before it,
 *       the standard induction needs no level.
 *   <li>A standard-arm child's advice reads no level and no regimen: the standard regimen only.
 * </ul>
 */
public final class InfusionAdvisor {

  private final StudyDefinition definition;
  private final DosingAdvisor advisor;

  private InfusionAdvisor(StudyDefinition definition, DosingAdvisor advisor) {
    this.definition = definition;
    this.advisor = advisor;
  }

  /** The advisor of a study definition; empty when the definition has no dosing rule set. */
  public static Optional<InfusionAdvisor> of(StudyDefinition definition, AdvisorSettings settings) {
    return definition
        .design()
        .dosingRuleSet()
        .map(RuleSetDefinitions::toRuleSet)
        .map(ruleSet -> new InfusionAdvisor(definition, new DosingAdvisor(ruleSet, settings)));
  }

  public DosingRuleSet ruleSet() {
    return advisor.ruleSet();
  }

  /**
   * The advice for one infusion.
   *
   * @param record read only when needed: never for a standard-arm infusion at a scheduled visit
   */
  public AdviceResult advise(InfusionCase infusion, Supplier<DosingRecord> record) {
    Objects.requireNonNull(infusion, "infusion");
    try {
      DosingSituation situation = situation(infusion, record);
      return new AdviceResult.Advised(advisor.advise(situation), situation.visit());
    } catch (Missing missing) {
      return new AdviceResult.NoAdvice(missing.itemOids, missing.getMessage());
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      return AdviceResult.NoAdvice.because(e.getMessage());
    }
  }

  /**
   * The situation of one infusion exactly as {@link #advise} builds it (arm, visit and week,
   * trough, antibodies, current regimen, weight), for running another rule set over it (the dry
   * run). It does not depend on this advisor's rule set, only on the definition's visit schedule
   * and the {@link AdvisorSettings}.
   *
   * @return empty when no advice could be given for the infusion (e.g. no weight, or no trough
   *     level stored for a guided-arm maintenance infusion)
   */
  public Optional<DosingSituation> situationOf(
      InfusionCase infusion, Supplier<DosingRecord> record) {
    Objects.requireNonNull(infusion, "infusion");
    try {
      return Optional.of(situation(infusion, record));
    } catch (Missing | IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private DosingSituation situation(InfusionCase infusion, Supplier<DosingRecord> record) {
    TreatmentArm arm = armOf(infusion.armCode());
    BigDecimal weight =
        infusion
            .weightKg()
            .orElseThrow(
                () ->
                    new Missing(
                        List.of(DosingItems.WEIGHT), "the body weight of the day is needed"));
    InfusionVisit visit = visitOf(infusion, record);
    return arm == TreatmentArm.STANDARD
        ? DosingSituation.standard(visit, weight)
        : guided(infusion, visit, weight, record.get());
  }

  private static TreatmentArm armOf(String armCode) {
    if (armCode.isEmpty()) {
      throw new Missing("the child is not randomised yet; dosing advice starts with the arm");
    }
    return switch (armCode) {
      case "TDM" -> TreatmentArm.TDM;
      case "STANDARD" -> TreatmentArm.STANDARD;
      default -> throw new Missing("arm " + armCode + " has no dosing advice");
    };
  }

  private InfusionVisit visitOf(InfusionCase infusion, Supplier<DosingRecord> record) {
    Optional<PlannedDay> planned =
        definition
            .event(infusion.eventOid())
            .filter(event -> !event.repeating())
            .map(StudyEventDef::timing)
            .flatMap(timing -> timing.plannedDay());
    if (planned.isPresent()) {
      return new InfusionVisit(
          infusion.eventOid(), Math.floorDiv(Math.max(0, planned.get().offsetDays()), 7));
    }
    LocalDate date =
        infusion
            .infusionDate()
            .orElseThrow(
                () ->
                    new Missing(
                        List.of(DosingItems.DATE),
                        "the week of an unscheduled infusion counts from the first infusion, so"
                            + " its date is needed"));
    LocalDate first =
        record.get().datedInfusionsExcept(infusion.eventOid(), infusion.repeatKey()).stream()
            .map(form -> form.date(DosingItems.DATE).orElseThrow())
            .filter(other -> other.isBefore(date))
            .findFirst()
            .orElse(date);
    return new InfusionVisit(infusion.eventOid(), (int) (ChronoUnit.DAYS.between(first, date) / 7));
  }

  private DosingSituation guided(
      InfusionCase infusion, InfusionVisit visit, BigDecimal weight, DosingRecord record) {
    Optional<StoredForm> troughForm = record.troughAt(infusion.eventOid(), infusion.repeatKey());
    TroughResult trough =
        troughForm.map(InfusionAdvisor::trough).orElse(TroughResult.notAvailable());
    AntibodyStatus antibodies =
        AntibodyStatus.fromItemValue(
            troughForm.flatMap(form -> form.text(DosingItems.ATI_STATUS)).orElse(null));
    if (visit.week() < advisor.settings().adjustmentStartWeek()) {
      return new DosingSituation(
          visit, TreatmentArm.TDM, trough, antibodies, Optional.empty(), weight);
    }
    if (!trough.available()) {
      throw new Missing(
          "no trough level stored for this visit ("
              + DosingItems.TROUGH_FORM
              + " at "
              + visit.studyEventOid()
              + ")");
    }
    Regimen current = currentRegimen(infusion, record);
    return DosingSituation.guided(visit, trough, antibodies, current, weight);
  }

  private static TroughResult trough(StoredForm form) {
    if ("Y".equals(form.text(DosingItems.TROUGH_BLQ).orElse(""))) {
      BigDecimal lloq =
          form.decimal(DosingItems.TROUGH_LLOQ)
              .filter(limit -> limit.signum() > 0)
              .orElseThrow(
                  () ->
                      new Missing(
                          "the trough level at "
                              + form.describe()
                              + " is below the limit of quantification, but the assay's limit ("
                              + DosingItems.TROUGH_LLOQ
                              + ") is not stored"));
      return TroughResult.belowLloq(lloq);
    }
    return form.decimal(DosingItems.TROUGH_LEVEL)
        .map(TroughResult::measured)
        .orElse(TroughResult.notAvailable());
  }

  /** Dose of the latest earlier infusion, and the interval followed or actually kept since. */
  private static Regimen currentRegimen(InfusionCase infusion, DosingRecord record) {
    List<StoredForm> earlier =
        record.datedInfusionsExcept(infusion.eventOid(), infusion.repeatKey()).stream()
            .filter(
                form ->
                    infusion.infusionDate().isEmpty()
                        || form.date(DosingItems.DATE)
                            .orElseThrow()
                            .isBefore(infusion.infusionDate().get()))
            .toList();
    if (earlier.isEmpty()) {
      throw new Missing("no earlier infusion with its date (" + DosingItems.DATE + ") is stored");
    }
    StoredForm previous = earlier.get(earlier.size() - 1);
    BigDecimal dose =
        previous
            .decimal(DosingItems.DOSE_MGKG)
            .orElseThrow(
                () ->
                    new Missing(
                        "the previous infusion ("
                            + previous.describe()
                            + ") has no dose in mg/kg ("
                            + DosingItems.DOSE_MGKG
                            + ")"));
    Optional<BigDecimal> followed =
        previous
            .decimal(DosingItems.REC_INTERVAL_WEEKS)
            .filter(weeks -> "FOLLOW".equals(previous.text(DosingItems.DECISION).orElse("")));
    if (followed.isPresent()) {
      return new Regimen(dose, followed.get().intValueExact());
    }
    LocalDate date =
        infusion
            .infusionDate()
            .orElseThrow(
                () ->
                    new Missing(
                        List.of(DosingItems.DATE),
                        "the interval since the previous infusion needs this infusion's date"));
    long days = ChronoUnit.DAYS.between(previous.date(DosingItems.DATE).orElseThrow(), date);
    int weeks =
        BigDecimal.valueOf(days).divide(BigDecimal.valueOf(7), 0, RoundingMode.HALF_UP).intValue();
    return new Regimen(dose, Math.max(1, weeks));
  }

  /** Why there is no advice; caught in {@link #advise}. */
  private static final class Missing extends RuntimeException {
    private final List<String> itemOids;

    Missing(String reason) {
      this(List.of(), reason);
    }

    Missing(List<String> itemOids, String reason) {
      super(reason, null, false, false);
      this.itemOids = List.copyOf(itemOids);
    }
  }
}
