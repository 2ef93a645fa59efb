package org.ecrf.dosing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.dosing.domain.AdvisorSettings;
import org.ecrf.entry.application.VisibleItems;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;

/**
 * The trough levels of a guided-arm child for the chart on the subject page. Nothing for a child of
 * another arm, nor for a caller blinded to the child's levels: the chart then does not exist.
 */
@ApplicationScoped
public class TroughChartService {

  @Inject private SubjectService subjects;
  @Inject private DefinitionService definitions;
  @Inject private VisibleItems visibleItems;
  @Inject private DosingInputs inputs;

  /**
   * The child's levels, or empty when no chart may be shown.
   *
   * @throws org.ecrf.shared.NotFoundException when the caller may not see the subject
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<List<TroughPoint>> historyOf(String studyOid, String subjectKey) {
    Subject subject = subjects.visibleSubject(studyOid, subjectKey);
    StudyDefinition definition = definitions.current(studyOid).definition();
    if (!"TDM".equals(subject.armCode().orElse(""))
        || !DosingItems.LEVEL_REVEALING.stream()
            .allMatch(item -> visibleItems.isVisible(definition, subject, item))) {
      return Optional.empty();
    }
    return InfusionAdvisor.of(definition, AdvisorSettings.defaults())
        .map(advisor -> TroughHistory.of(inputs.recordOf(subject), advisor.ruleSet()));
  }
}
