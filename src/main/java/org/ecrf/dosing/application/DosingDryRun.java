package org.ecrf.dosing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;
import org.ecrf.crf.application.CrfDefinitionRegistry.LoadedVersion;
import org.ecrf.crf.application.DefinitionService;
import org.ecrf.crf.domain.DefinitionFile;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.crf.odm.Fault;
import org.ecrf.crf.odm.ValidationReport;
import org.ecrf.dosing.domain.AdvisorSettings;
import org.ecrf.dosing.domain.DosingRuleSet;
import org.ecrf.dosing.domain.DryRunReport;
import org.ecrf.dosing.domain.RuleSetDryRun;
import org.ecrf.dosing.domain.RuleSetHeader;
import org.ecrf.entry.application.VisibleItems;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.NotFoundException;
import org.ecrf.subject.application.SubjectService;
import org.ecrf.subject.domain.Subject;

/**
 * The dry run of a new dosing rule set (issue 6): a data manager gives a candidate study definition
 * file, and sees, per subject and visit, where its rule set would advise differently from the
 * current definition's over every stored infusion of every randomised child, before the new version
 * is released. The candidate is checked by the same validator as an upload and is never stored;
 * nothing is written (no transaction is begun) and, like every other read, the dry run is not
 * audited.
 */
@ApplicationScoped
public class DosingDryRun {

  /** The field named in a refusal: the candidate file. */
  public static final String FIELD = "definition";

  private static final int FAULTS_NAMED = 10;

  @Inject private CurrentUser currentUser;
  @Inject private DefinitionService definitions;
  @Inject private SubjectService subjects;
  @Inject private VisibleItems visibleItems;
  @Inject private DosingInputs inputs;

  /**
   * The rule set in use, for the page to name before a candidate is given.
   *
   * @throws org.ecrf.shared.AccessDeniedException unless the caller is a data manager
   * @throws NotFoundException for an unknown study or one without dosing rules
   */
  public CurrentRuleSet currentRuleSet(String studyOid) {
    currentUser.requireAnyRole(Role.DATA_MANAGER);
    LoadedVersion current = definitions.current(studyOid);
    return new CurrentRuleSet(
        current.metaDataVersionOid(), advisorOf(studyOid, current).ruleSet().header());
  }

  /** The largest candidate file accepted, in bytes: the same limit as a definition upload. */
  public int maxBytes() {
    return definitions.maxBytes();
  }

  /**
   * Compares the candidate's dosing rule set with the current one over all stored infusions.
   *
   * @param fileName the candidate's file name, used in fault messages
   * @throws org.ecrf.shared.AccessDeniedException unless the caller is a data manager
   * @throws NotFoundException for an unknown study or one without dosing rules
   * @throws InvalidCandidateException naming the line and problem when the candidate is not a valid
   *     definition of this study with a dosing rule set, or its rules cannot advise a stored case
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public DryRunOutcome dryRun(String studyOid, String fileName, byte[] candidateDefinition) {
    currentUser.requireAnyRole(Role.DATA_MANAGER);
    LoadedVersion current = definitions.current(studyOid);
    InfusionAdvisor advisor = advisorOf(studyOid, current);
    StudyDefinition candidate = validCandidate(studyOid, fileName, candidateDefinition);
    DosingRuleSet candidateRules = candidateRuleSet(candidate, fileName);
    DryRunCases cases = casesOf(studyOid, current.definition(), advisor);
    try {
      DryRunReport report =
          new RuleSetDryRun(AdvisorSettings.defaults())
              .compare(advisor.ruleSet(), candidateRules, cases.cases());
      return new DryRunOutcome(
          studyOid,
          current.metaDataVersionOid(),
          candidate.header().metaDataVersionOid(),
          report,
          cases.notComparable());
    } catch (IllegalArgumentException e) {
      throw new InvalidCandidateException(fileName + ": " + e.getMessage());
    }
  }

  private static InfusionAdvisor advisorOf(String studyOid, LoadedVersion current) {
    return InfusionAdvisor.of(current.definition(), AdvisorSettings.defaults())
        .orElseThrow(() -> new NotFoundException(studyOid + " has no dosing rules"));
  }

  private StudyDefinition validCandidate(String studyOid, String fileName, byte[] content) {
    ValidationReport report =
        definitions.validate(
            new DefinitionFile(fileName, content == null ? new byte[0] : content, false));
    if (report.tooLarge()) {
      throw new InvalidCandidateException(
          fileName + " is larger than " + definitions.maxBytes() + " bytes");
    }
    StudyDefinition candidate =
        report
            .definition()
            .orElseThrow(() -> new InvalidCandidateException(faults(report), report.errors()));
    String candidateStudy = candidate.header().studyOid();
    if (!candidateStudy.equals(studyOid)) {
      throw new InvalidCandidateException(
          fileName + " defines study " + candidateStudy + ", not " + studyOid + " (Study OID)");
    }
    return candidate;
  }

  private static DosingRuleSet candidateRuleSet(StudyDefinition candidate, String fileName) {
    try {
      return candidate
          .design()
          .dosingRuleSet()
          .map(RuleSetDefinitions::toRuleSet)
          .orElseThrow(
              () ->
                  new InvalidCandidateException(
                      fileName + " has no dosing rule set (edc:DosingRuleSet)"));
    } catch (IllegalArgumentException e) {
      throw new InvalidCandidateException(
          fileName + ": the dosing rule set is inconsistent: " + e.getMessage());
    }
  }

  /** Every stored infusion of every randomised child the data manager may see unblinded. */
  private DryRunCases casesOf(
      String studyOid, StudyDefinition definition, InfusionAdvisor advisor) {
    DryRunCases cases = new DryRunCases(advisor);
    for (Subject subject : subjects.visibleSubjects(studyOid)) {
      String arm = subject.armCode().orElse("");
      if (arm.isEmpty()) {
        continue;
      }
      if (!"TDM".equals(arm)) {
        cases.addChild(subject.subjectKey(), arm, inputs.infusionsOf(subject));
      } else if (levelsVisible(definition, subject)) {
        cases.addChild(subject.subjectKey(), arm, inputs.recordOf(subject));
      }
    }
    return cases;
  }

  private boolean levelsVisible(StudyDefinition definition, Subject subject) {
    return DosingItems.LEVEL_REVEALING.stream()
        .allMatch(item -> visibleItems.isVisible(definition, subject, item));
  }

  /**
   * The rule set in use and the MetaDataVersion it belongs to.
   *
   * @param metaDataVersion the current MetaDataVersion OID of the study
   * @param header the rule set's version, name and status
   */
  public record CurrentRuleSet(String metaDataVersion, RuleSetHeader header) {}

  /** "candidate.xml is not a valid study definition: candidate.xml:12:5: ERROR ...; ...". */
  private static String faults(ValidationReport report) {
    List<Fault> errors = report.errors();
    String named =
        errors.stream().limit(FAULTS_NAMED).map(Fault::toString).collect(Collectors.joining("; "));
    String more =
        errors.size() > FAULTS_NAMED ? "; and " + (errors.size() - FAULTS_NAMED) + " more" : "";
    return report.sourceName()
        + " is not a valid study definition ("
        + errors.size()
        + " error(s)): "
        + named
        + more;
  }
}
