package org.ecrf.entry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.security.domain.SiteAccessPolicy;
import org.ecrf.shared.NotFoundException;
import org.ecrf.subject.domain.Subject;
import org.ecrf.subject.domain.SubjectRepository;

/**
 * Who may read and write a subject's clinical data, and in which role a change is recorded. A
 * subject at a site the caller may not see does not exist for the caller: the answer is "not
 * found", never a hint that it exists.
 */
@ApplicationScoped
public class EntryAccess {

  @Inject private SubjectRepository subjects;
  @Inject private CurrentUser currentUser;

  public Subject visibleSubject(FormAddress address) {
    return subjects
        .byKey(address.studyOid(), address.subjectKey())
        .filter(s -> currentUser.access().canSeeClinicalDataAt(s.site().code()))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "No subject " + address.subjectKey() + " in study " + address.studyOid()));
  }

  /**
   * Site staff (investigators, nurses) enter data at their sites; data managers import data, such
   * as central laboratory results, through the API only.
   */
  public boolean mayWrite(Subject subject, AuditSource source) {
    SiteAccessPolicy access = currentUser.access();
    String site = subject.site().code();
    return access.hasRoleAtSite(Role.INVESTIGATOR, site)
        || access.hasRoleAtSite(Role.NURSE, site)
        || (source != AuditSource.PAGE && access.hasRole(Role.DATA_MANAGER));
  }

  /** The actor, role, site and door recorded with each audit event of a change. */
  public AuditEntry who(Subject subject, AuditSource source) {
    SiteAccessPolicy access = currentUser.access();
    String site = subject.site().code();
    Role role =
        access.hasRoleAtSite(Role.INVESTIGATOR, site)
            ? Role.INVESTIGATOR
            : access.hasRoleAtSite(Role.NURSE, site) ? Role.NURSE : Role.DATA_MANAGER;
    return FormChanges.who(currentUser.account().username(), role.name(), site, source);
  }
}
