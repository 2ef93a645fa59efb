package org.ecrf.dosing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.dosing.domain.AdvisorSettings;
import org.ecrf.dosing.domain.ProtocolDeviationCheck;
import org.ecrf.entry.application.VisibleItems;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.security.domain.SiteAccessPolicy;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.NotFoundException;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;

/**
 * The protocol-deviation listing of a study (issue 6): every infusion whose decision was an
 * override, or whose dose or interval differs from the recommendation beyond the tolerance ({@link
 * ProtocolDeviationCheck#withDefaultTolerance()}: 0.25 mg/kg, 5 % of the mg, 7 days). Data managers
 * and sponsors see every child; an investigator sees the guided-arm children of their sites only,
 * so that nothing derived from a standard-arm child's level reaches a blinded role.
 */
@ApplicationScoped
public class DeviationListing {

  @Inject private CurrentUser currentUser;
  @Inject private SubjectService subjects;
  @Inject private DefinitionService definitions;
  @Inject private VisibleItems visibleItems;
  @Inject private DosingInputs inputs;

  /**
   * The deviations of the children the caller may list, by subject and infusion date.
   *
   * @throws AccessDeniedException for roles without the listing (nurses, monitors, admins)
   * @throws NotFoundException for an unknown study or one without dosing rules
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<DeviationRow> deviations(String studyOid) {
    SiteAccessPolicy access = currentUser.access();
    boolean wholeStudy = access.hasAnyRole(Role.DATA_MANAGER, Role.SPONSOR);
    if (!wholeStudy && !access.hasRole(Role.INVESTIGATOR)) {
      throw new AccessDeniedException(
          "The protocol-deviation listing is for data managers, sponsors and investigators");
    }
    StudyDefinition definition = definitions.current(studyOid).definition();
    DeviationRows rows =
        new DeviationRows(
            InfusionAdvisor.of(definition, AdvisorSettings.defaults())
                .orElseThrow(() -> new NotFoundException(studyOid + " has no dosing rules")),
            ProtocolDeviationCheck.withDefaultTolerance());
    List<DeviationRow> listed = new ArrayList<>();
    for (Subject subject : subjects.visibleSubjects(studyOid)) {
      if (mayList(definition, subject, access, wholeStudy)) {
        boolean guided = "TDM".equals(subject.armCode().orElse(""));
        listed.addAll(
            rows.of(
                subject.subjectKey(),
                subject.site().code(),
                subject.armCode().orElse(""),
                guided ? inputs.recordOf(subject) : inputs.infusionsOf(subject)));
      }
    }
    return listed;
  }

  private boolean mayList(
      StudyDefinition definition, Subject subject, SiteAccessPolicy access, boolean wholeStudy) {
    String arm = subject.armCode().orElse("");
    if (arm.isEmpty()) {
      return false;
    }
    boolean levelsVisible =
        DosingItems.LEVEL_REVEALING.stream()
            .allMatch(item -> visibleItems.isVisible(definition, subject, item));
    if (wholeStudy) {
      return levelsVisible || !"TDM".equals(arm);
    }
    return "TDM".equals(arm)
        && levelsVisible
        && access.hasRoleAtSite(Role.INVESTIGATOR, subject.site().code());
  }
}
