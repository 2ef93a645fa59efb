package org.ecrf.subject.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.crf.application.CrfDefinitionRegistry;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.security.domain.SiteAccessPolicy;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.shared.NotFoundException;
import org.ecrf.site.domain.Site;
import org.ecrf.site.domain.SiteRepository;
import org.ecrf.subject.domain.FieldProblem;
import org.ecrf.subject.domain.IllegalStatusChangeException;
import org.ecrf.subject.domain.NewSubject;
import org.ecrf.subject.domain.Subject;
import org.ecrf.subject.domain.SubjectInputException;
import org.ecrf.subject.domain.SubjectKey;
import org.ecrf.subject.domain.SubjectRepository;
import org.ecrf.subject.domain.SubjectState;

/**
 * Registration of a child at one of the caller's sites, with a key the platform issues (site code +
 * sequence, unique under concurrency), and the subjects a caller may see: those of their sites, or
 * all for data managers and sponsors.
 */
@ApplicationScoped
public class SubjectService {

  private static final Set<Role> REGISTERING_ROLES = Set.of(Role.INVESTIGATOR, Role.NURSE);

  @Inject private SubjectRepository subjects;
  @Inject private SiteRepository sites;
  @Inject private CrfDefinitionRegistry definitions;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;
  @Inject private Clock clock;

  /** Registers a child (status SCREENING); investigators and nurses, at their own sites only. */
  @Transactional
  public Subject register(String studyOid, Registration registration) {
    requireStudy(studyOid);
    NewSubject details = parse(registration);
    SiteAccessPolicy access = currentUser.access();
    if (REGISTERING_ROLES.stream()
        .noneMatch(role -> access.hasRoleAtSite(role, details.siteCode()))) {
      throw new AccessDeniedException(
          "Children are registered by investigators and nurses of the site; you hold no such role at "
              + details.siteCode());
    }
    Site site =
        sites
            .byCode(details.siteCode())
            .filter(Site::isActive)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "site", "The site " + details.siteCode() + " is not active"));
    SubjectKey key = new SubjectKey(site.code(), subjects.nextSequence(studyOid, site.id()));
    String actor = currentUser.account().username();
    Subject subject = new Subject(studyOid, key, site, details, actor, clock.instant());
    subjects.add(subject);
    auditTrail.record(
        AuditEntry.about(
                AuditEventType.SUBJECT_ENROLLED,
                actor,
                currentUser.source(),
                ItemPath.subject(studyOid, key.value()))
            .atSite(site.code(), roleAt(access, site.code()))
            .withValues(null, describe(subject)));
    return subject;
  }

  /**
   * Records that a child left before randomisation (not eligible, consent withdrawn, ...), with the
   * reason; investigators and nurses of the child's site. The child stays in the study's records
   * and counts as a screening failure; a randomised child cannot fail screening (409).
   */
  @Transactional
  public Subject recordScreeningFailure(String studyOid, String subjectKey, String reason) {
    Subject subject = visibleSubject(studyOid, subjectKey);
    String siteCode = subject.site().code();
    if (!mayRecordScreeningFailure(subject)) {
      throw new AccessDeniedException(
          "A screening failure is recorded by an investigator or nurse of " + siteCode);
    }
    Subject locked = subjects.byKeyForUpdate(studyOid, subject.subjectKey()).orElseThrow();
    SubjectState before = locked.state();
    SubjectState after;
    try {
      after = before.failScreening(reason);
    } catch (IllegalStatusChangeException e) {
      throw new ConflictException(
          locked.subjectKey() + " cannot fail screening: its status is " + before.status());
    } catch (SubjectInputException e) {
      throw new InvalidInputException("reason", e.problems().get(0).message());
    }
    locked.moveTo(after);
    auditTrail.record(
        AuditEntry.about(
                AuditEventType.SUBJECT_STATUS_CHANGED,
                currentUser.account().username(),
                currentUser.source(),
                ItemPath.subject(studyOid, locked.subjectKey()))
            .atSite(siteCode, roleAt(currentUser.access(), siteCode))
            .withValues(before.status().name(), after.status().name())
            .withReason(after.reason().orElseThrow()));
    return locked;
  }

  /** Whether the caller may record a screening failure for the child (not whether it may fail). */
  public boolean mayRecordScreeningFailure(Subject subject) {
    SiteAccessPolicy access = currentUser.access();
    return REGISTERING_ROLES.stream()
        .anyMatch(role -> access.hasRoleAtSite(role, subject.site().code()));
  }

  /** The sites where the caller may register children (as investigator or nurse). */
  public List<String> registrationSites() {
    SiteAccessPolicy access = currentUser.access();
    return sites.all().stream()
        .filter(Site::isActive)
        .map(Site::code)
        .filter(
            code -> REGISTERING_ROLES.stream().anyMatch(role -> access.hasRoleAtSite(role, code)))
        .toList();
  }

  /** The subjects of a study whose data the caller may see, by key. */
  public List<Subject> visibleSubjects(String studyOid) {
    requireStudy(studyOid);
    SiteAccessPolicy access = currentUser.access();
    Set<String> siteCodes = access.clinicalSites(sites.all().stream().map(Site::code).toList());
    return subjects.atSites(studyOid, siteCodes);
  }

  /** One subject the caller may see; an unknown key and one of another site get the same answer. */
  public Subject visibleSubject(String studyOid, String subjectKey) {
    requireStudy(studyOid);
    String key = subjectKey == null ? "" : subjectKey.trim().toUpperCase(Locale.ROOT);
    return subjects
        .byKey(studyOid, key)
        .filter(subject -> currentUser.access().canSeeClinicalDataAt(subject.site().code()))
        .orElseThrow(
            () -> new NotFoundException("No subject " + subjectKey + " in study " + studyOid));
  }

  private void requireStudy(String studyOid) {
    currentUser.account();
    if (definitions.current(studyOid).isEmpty()) {
      throw new NotFoundException("No study " + studyOid);
    }
  }

  private NewSubject parse(Registration registration) {
    try {
      return NewSubject.parse(
          registration.site(),
          registration.birthMonth(),
          registration.sex(),
          registration.diagnosis(),
          LocalDate.now(clock));
    } catch (SubjectInputException e) {
      FieldProblem first = e.problems().get(0);
      String all =
          e.problems().stream().map(FieldProblem::toString).collect(Collectors.joining("; "));
      throw new InvalidInputException(first.field(), all);
    }
  }

  private static String roleAt(SiteAccessPolicy access, String siteCode) {
    return access.hasRoleAtSite(Role.INVESTIGATOR, siteCode)
        ? Role.INVESTIGATOR.name()
        : Role.NURSE.name();
  }

  static String describe(Subject subject) {
    return "site "
        + subject.site().code()
        + ", born "
        + subject.birthMonth()
        + ", sex "
        + subject.sex()
        + ", diagnosis "
        + subject.diagnosis();
  }

  /** What a site enters to register a child, as typed. */
  public record Registration(String site, String birthMonth, String sex, String diagnosis) {}
}
