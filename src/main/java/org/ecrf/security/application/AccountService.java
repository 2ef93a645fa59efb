package org.ecrf.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.security.domain.PasswordHasher;
import org.ecrf.security.domain.PasswordPolicy;
import org.ecrf.security.domain.UserAccount;
import org.ecrf.security.domain.UserRepository;
import org.ecrf.shared.InvalidInputException;

/** What every signed-in user may do with their own account: change the password, sign out. */
@ApplicationScoped
public class AccountService {

  @Inject private UserRepository users;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;
  @Inject private PasswordHasher hasher;
  @Inject private PasswordPolicy passwordPolicy;
  @Inject private Clock clock;

  @Transactional
  public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
    String username = currentUser.account().username();
    UserAccount account = users.byUsernameForUpdate(username).orElseThrow();
    if (!hasher.matches(currentPassword, account.passwordHash())) {
      throw new InvalidInputException("currentPassword", "The current password is not correct");
    }
    List<PasswordPolicy.Violation> violations =
        passwordPolicy.check(username, new String(newPassword));
    if (!violations.isEmpty()) {
      throw new InvalidInputException("newPassword", PasswordMessages.describe(violations.get(0)));
    }
    account.changePassword(hasher.hash(newPassword), clock.instant());
    auditTrail.record(
        AuditEntry.of(
            AuditEventType.PASSWORD_CHANGED,
            username,
            currentUser.source(),
            LoginService.target(username)));
  }

  /** Records an explicit sign-out, or the end of a session by time-out ({@code expired}). */
  @Transactional
  public void recordSignOut(String username, boolean expired) {
    AuditEventType type = expired ? AuditEventType.SESSION_EXPIRED : AuditEventType.LOGOUT;
    String actor = expired ? AuditEntry.SYSTEM_ACTOR : username;
    auditTrail.record(AuditEntry.of(type, actor, AuditSource.PAGE, LoginService.target(username)));
  }
}
