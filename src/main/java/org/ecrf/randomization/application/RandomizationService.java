package org.ecrf.randomization.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.randomization.domain.AllocationRepository;
import org.ecrf.randomization.domain.RandomizationConfiguration;
import org.ecrf.randomization.domain.StoredAllocationList;
import org.ecrf.randomization.domain.StoredAllocationSlot;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.NotFoundException;
import org.ecrf.site.domain.Site;
import org.ecrf.site.domain.SiteRepository;
import org.ecrf.subject.domain.Eligibility;
import org.ecrf.subject.domain.Subject;
import org.ecrf.subject.domain.SubjectRepository;
import org.ecrf.subject.domain.SubjectState;
import org.ecrf.subject.domain.SubjectStatus;

/**
 * Allocates an eligible subject to an arm: the lowest unused place of its stratum in the list in
 * force. The subject's row is locked first (a second click waits and then gets the same allocation
 * back), then the list's row (allocations of a study happen one at a time, on any number of server
 * instances); the allocation is audited.
 */
@ApplicationScoped
public class RandomizationService {

  @Inject private SubjectRepository subjects;
  @Inject private SiteRepository sites;
  @Inject private AllocationRepository allocations;
  @Inject private EligibilityCheck eligibilityCheck;
  @Inject private CrfDefinitionRegistry definitions;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;
  @Inject private Clock clock;

  /** Randomises the subject, or returns its allocation if it has one already. */
  @Transactional
  public Allocation allocate(String studyOid, String subjectKey) {
    Subject subject = visibleSubjectForUpdate(studyOid, subjectKey);
    String siteCode = subject.site().code();
    if (!currentUser.access().hasRoleAtSite(Role.INVESTIGATOR, siteCode)
        && !currentUser.access().hasRoleAtSite(Role.NURSE, siteCode)) {
      throw new AccessDeniedException(
          "Children are randomised by the investigators and nurses of their site");
    }
    // Locks in one order (subject, then the list in force) and reads the slots only under the
    // list's lock and with locking reads: allocations of a study are serialised, and each sees the
    // slots as committed now, never as they were when its transaction began.
    StoredAllocationList list =
        allocations
            .lockListInForce(studyOid)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "No randomisation list is in force for "
                            + studyOid
                            + ": the sponsor's statistician has to provide one"));
    Optional<StoredAllocationSlot> existing = allocations.slotOfForUpdate(subject);
    if (existing.isPresent()) {
      return Allocation.of(existing.get());
    }
    StudyDefinition definition = definitions.current(studyOid).orElseThrow().definition();
    requireEligible(subject, definition);
    RandomizationConfiguration configuration =
        StudyRandomisation.configuration(definition, sites.all().stream().map(Site::code).toList());
    String stratum = StudyRandomisation.stratumOf(subject, configuration).key();
    StoredAllocationSlot slot =
        allocations
            .nextFreeSlot(list, stratum)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "The randomisation list has no free place left in the stratum "
                            + stratum
                            + ": the sponsor's statistician has to extend it"));
    String actor = currentUser.account().username();
    slot.allocate(subject, actor, clock.instant());
    subject.allocate(slot.armCode());
    moveToRandomised(subject);
    auditTrail.record(
        AuditEntry.about(
                AuditEventType.SUBJECT_RANDOMISED,
                actor,
                currentUser.source(),
                ItemPath.subject(studyOid, subject.subjectKey()))
            .atSite(siteCode, siteRole(siteCode))
            .withValues(null, "arm " + slot.armCode() + ", stratum " + stratum));
    return Allocation.of(slot);
  }

  /** The subject's allocation, if it has been randomised (for the subject page). */
  public Optional<Allocation> allocationOf(String studyOid, String subjectKey) {
    Subject subject =
        subjects
            .byKey(studyOid, subjectKey)
            .filter(s -> currentUser.access().canSeeClinicalDataAt(s.site().code()))
            .orElseThrow(
                () -> new NotFoundException("No subject " + subjectKey + " in study " + studyOid));
    return allocations.slotOf(subject).map(Allocation::of);
  }

  /**
   * Whether the subject may be randomised now, and if not, which criteria block (for the subject
   * page).
   */
  public Eligibility eligibility(String studyOid, String subjectKey) {
    Subject subject =
        subjects
            .byKey(studyOid, subjectKey)
            .filter(s -> currentUser.access().canSeeClinicalDataAt(s.site().code()))
            .orElseThrow(
                () -> new NotFoundException("No subject " + subjectKey + " in study " + studyOid));
    return eligibilityCheck.assess(
        subject, definitions.current(studyOid).orElseThrow().definition());
  }

  private Subject visibleSubjectForUpdate(String studyOid, String subjectKey) {
    return subjects
        .byKeyForUpdate(studyOid, subjectKey)
        .filter(s -> currentUser.access().canSeeClinicalDataAt(s.site().code()))
        .orElseThrow(
            () -> new NotFoundException("No subject " + subjectKey + " in study " + studyOid));
  }

  private void requireEligible(Subject subject, StudyDefinition definition) {
    if (subject.status() != SubjectStatus.SCREENING && subject.status() != SubjectStatus.ENROLLED) {
      throw new ConflictException(
          subject.subjectKey() + " cannot be randomised: its status is " + subject.status());
    }
    Eligibility eligibility = eligibilityCheck.assess(subject, definition);
    if (!eligibility.isEligible()) {
      throw new NotEligibleException(subject.subjectKey(), eligibility.blocking());
    }
  }

  private String siteRole(String siteCode) {
    return currentUser.access().hasRoleAtSite(Role.INVESTIGATOR, siteCode)
        ? Role.INVESTIGATOR.name()
        : Role.NURSE.name();
  }

  private static void moveToRandomised(Subject subject) {
    SubjectState state = subject.state();
    if (state.status() == SubjectStatus.SCREENING) {
      state = state.enrol();
      subject.moveTo(state);
    }
    subject.moveTo(state.randomise());
  }
}
