package org.ecrf.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.crf.domain.StudyDefinition;
import org.ecrf.security.application.CurrentUser;
import org.ecrf.security.domain.Role;
import org.ecrf.subject.domain.Subject;

/**
 * The caller's roles at a subject's site (study-wide roles included), the role an audit event
 * records for a monitoring action, and which items the caller is blinded to for the subject.
 */
@ApplicationScoped
public class MonitoringAccess {

  @Inject private CurrentUser currentUser;

  public Set<Role> rolesAt(Subject subject) {
    Set<Role> roles = currentUser.access().rolesAt(subject.site().code());
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  /**
   * The audit entry of an action by the caller at the subject's site, in the first of {@code
   * acting} the caller holds there (the role that allowed the action).
   */
  public AuditEntry who(Subject subject, Set<Role> acting) {
    Set<Role> held = rolesAt(subject);
    String role = acting.stream().filter(held::contains).findFirst().map(Role::name).orElse(null);
    return new AuditEntry(
        AuditEventType.FORM_STATUS_CHANGED,
        currentUser.account().username(),
        role,
        subject.site().code(),
        currentUser.source(),
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * True when the caller has a role at the subject's site and none of them is blinded to the item
   * ({@link StudyDefinition#isHiddenFrom}).
   */
  public boolean sees(StudyDefinition definition, Subject subject, String itemOid) {
    var roles = rolesAt(subject);
    return !roles.isEmpty()
        && !definition.isHiddenFrom(itemOid, roles, subject.armCode().orElse(""));
  }

  /** True when the caller may see the clinical data of the subject's site. */
  public boolean seesSite(Subject subject) {
    return currentUser.access().canSeeClinicalDataAt(subject.site().code());
  }

  public String username() {
    return currentUser.account().username();
  }

  public String displayName() {
    return currentUser.displayName();
  }
}
