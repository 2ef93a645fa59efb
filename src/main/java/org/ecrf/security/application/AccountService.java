package org.ecrf.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.security.domain.PasswordHasher;
import org.ecrf.security.domain.PasswordPolicy;
import org.ecrf.security.domain.SessionEndRepository;
import org.ecrf.security.domain.UserAccount;
import org.ecrf.security.domain.UserRepository;
import org.ecrf.shared.AccessDeniedException;
import org.ecrf.shared.InvalidInputException;

/** What every signed-in user may do with their own account: change the password, sign out. */
@ApplicationScoped
public class AccountService {

  @Inject private UserRepository users;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;
  @Inject private PasswordHasher hasher;
  @Inject private PasswordPolicy passwordPolicy;
  @Inject private SecuritySettings settings;
  @Inject private Clock clock;
  @Inject private SessionEndRepository sessionEnds;

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

  /**
   * Checks the signed-in user's password entered again to sign data (21 CFR 11.200): a wrong one
   * counts as a failed sign-in and, after the same number in a row ({@link
   * SecuritySettings#lockoutFailures}), locks the account, audited as LOGIN_FAILED and
   * ACCOUNT_LOCKED are at sign-in; the right one clears the count. Runs in a transaction of its
   * own, so that the count stays when the signing is refused. (A REST caller proves the password
   * with every request, and {@link LoginService#authenticateApiCall} clears the count then; the
   * count matters for a page session, where no password is entered between signing attempts.)
   *
   * @param password as typed; none counts as a wrong one
   * @throws AccessDeniedException the password is wrong, or the account is locked or deactivated (a
   *     locked account cannot sign)
   */
  @Transactional(
      value = Transactional.TxType.REQUIRES_NEW,
      dontRollbackOn = AccessDeniedException.class)
  public void checkPasswordForSignature(char[] password) {
    String username = currentUser.account().username();
    UserAccount account = users.byUsernameForUpdate(username).orElseThrow();
    if (!account.isActive() || account.isLocked()) {
      throw new AccessDeniedException(
          "Your account is "
              + (account.isActive() ? "locked" : "deactivated")
              + " and cannot sign; an administrator can unlock it");
    }
    if (password != null
        && password.length > 0
        && hasher.matches(password, account.passwordHash())) {
      account.clearFailedLogins();
      return;
    }
    int limit = settings.lockoutFailures();
    boolean nowLocked = account.registerFailedLogin(limit, clock.instant());
    AuditSource source = currentUser.source();
    auditTrail.record(
        AuditEntry.of(AuditEventType.LOGIN_FAILED, username, source, LoginService.target(username))
            .withReason("wrong password when signing"));
    if (nowLocked) {
      auditTrail.record(
          AuditEntry.of(
                  AuditEventType.ACCOUNT_LOCKED,
                  AuditEntry.SYSTEM_ACTOR,
                  source,
                  LoginService.target(username))
              .withReason(limit + " failed password entries in a row, the last when signing"));
      throw new AccessDeniedException(
          "The password is not correct; nothing was signed. After "
              + limit
              + " wrong passwords in a row your account is locked; an administrator can unlock it");
    }
    throw new AccessDeniedException("The password is not correct; nothing was signed");
  }

  /**
   * Records the end of a page session by time-out, once: in a cluster each instance holding a copy
   * of the session sees it expire, and only the first to claim it writes the audit event.
   */
  @Transactional
  public void recordSessionExpired(String username, String sessionId) {
    if (sessionEnds.claim(sha256(sessionId), clock.instant())) {
      recordSignOut(username, true);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  /** Records an explicit sign-out, or the end of a session by time-out ({@code expired}). */
  @Transactional
  public void recordSignOut(String username, boolean expired) {
    AuditEventType type = expired ? AuditEventType.SESSION_EXPIRED : AuditEventType.LOGOUT;
    String actor = expired ? AuditEntry.SYSTEM_ACTOR : username;
    auditTrail.record(AuditEntry.of(type, actor, AuditSource.PAGE, LoginService.target(username)));
  }
}
