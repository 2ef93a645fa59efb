package org.ecrf.dosing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.dosing.domain.AdvisorSettings;
import org.ecrf.dosing.domain.DosingDerivation;
import org.ecrf.entry.application.EntryAccess;
import org.ecrf.entry.application.FormAddress;
import org.ecrf.entry.application.VisibleItems;
import org.ecrf.subject.domain.Subject;

/**
 * The dosing advice of an infusion form for its page, computed as the derived items are, for the
 * weight and date as typed: dose in mg/kg and mg, next interval, and the rule that fired with its
 * rationale and source. A standard-arm child gets the standard regimen, computed without reading a
 * level; a caller blinded to a guided-arm child's levels gets nothing derived from them.
 */
@ApplicationScoped
public class DosingAdviceService {

  @Inject private EntryAccess access;
  @Inject private VisibleItems visibleItems;
  @Inject private DosingInputs inputs;

  /** True when the form has derived items computed by the dosing advice ({@code DOSING/1}). */
  public static boolean hasDosingAdvice(StudyDefinition definition, String formOid) {
    return definition.itemRefsOf(formOid).stream()
        .flatMap(ref -> definition.derivationOf(ref).stream())
        .anyMatch(output -> output.algorithm().name().equals(DosingDerivation.NAME));
  }

  /**
   * The advice on the page of an infusion form.
   *
   * @param definition the MetaDataVersion the form is entered under; must have a dosing rule set
   * @param weightKg the body weight as typed, when it is a number
   * @param infusionDate the infusion date as typed, else the visit date
   * @throws org.ecrf.shared.NotFoundException when the caller may not see the subject
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PageAdvice adviceFor(
      FormAddress address,
      StudyDefinition definition,
      Optional<BigDecimal> weightKg,
      Optional<LocalDate> infusionDate) {
    Subject subject = access.visibleSubject(address);
    InfusionAdvisor advisor =
        InfusionAdvisor.of(definition, AdvisorSettings.defaults())
            .orElseThrow(
                () -> new IllegalArgumentException(definition + " has no dosing rule set"));
    String arm = subject.armCode().orElse("");
    InfusionCase infusion =
        new InfusionCase(arm, address.eventOid(), address.eventRepeat(), infusionDate, weightKg);
    boolean guided = "TDM".equals(arm);
    if (guided && blindedToLevels(definition, subject)) {
      return new PageAdvice(
          arm, true, advisor.ruleSet().standardRegimen(), AdviceResult.NoAdvice.because("blinded"));
    }
    AdviceResult result =
        advisor.advise(
            infusion, () -> guided ? inputs.recordOf(subject) : inputs.infusionsOf(subject));
    return new PageAdvice(arm, false, advisor.ruleSet().standardRegimen(), result);
  }

  private boolean blindedToLevels(StudyDefinition definition, Subject subject) {
    return DosingItems.LEVEL_REVEALING.stream()
        .anyMatch(itemOid -> !visibleItems.isVisible(definition, subject, itemOid));
  }
}
