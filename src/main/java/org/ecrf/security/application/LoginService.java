package org.ecrf.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.security.application.LoginOutcome.Status;
import org.ecrf.security.domain.PasswordHasher;
import org.ecrf.security.domain.UserAccount;
import org.ecrf.security.domain.UserRepository;

/**
 * Checks user name and password, counts failures and locks an account after the configured number
 * of consecutive failures (5). Interactive sign-ins are audited whether they succeed or fail; REST
 * calls (HTTP Basic on every request) are audited when they fail, since a successful call is not a
 * sign-in. A locked or deactivated account is refused even with the right password.
 */
@ApplicationScoped
public class LoginService {

  private static final int MAX_AUDITED_NAME = 64;

  @Inject private UserRepository users;
  @Inject private AuditTrail auditTrail;
  @Inject private SecuritySettings settings;
  @Inject private PasswordHasher hasher;
  @Inject private CredentialCache cache;
  @Inject private Clock clock;

  private volatile String unknownUserHash;

  /** A sign-in on the login page. */
  @Transactional
  public LoginOutcome signIn(String username, char[] password) {
    String name = normalise(username);
    Optional<UserAccount> found = users.byUsernameForUpdate(name);
    if (found.isEmpty()) {
      return unknownUser(name, password, AuditSource.PAGE);
    }
    UserAccount account = found.get();
    boolean matches = hasher.matches(password, account.passwordHash());
    Optional<LoginOutcome> refused = refusedAccount(account, AuditSource.PAGE);
    if (refused.isPresent()) {
      return refused.get();
    }
    if (!matches) {
      return registerFailure(account, AuditSource.PAGE);
    }
    account.registerSuccessfulLogin(clock.instant());
    auditTrail.record(
        AuditEntry.of(AuditEventType.LOGIN, account.username(), AuditSource.PAGE, target(name)));
    return success(account);
  }

  /** A REST call authenticated with HTTP Basic. */
  @Transactional
  public LoginOutcome authenticateApiCall(String username, char[] password) {
    String name = normalise(username);
    Optional<UserAccount> found = users.byUsername(name);
    if (found.isEmpty()) {
      return unknownUser(name, password, AuditSource.API);
    }
    UserAccount account = found.get();
    Instant now = clock.instant();
    boolean matches =
        cache.confirms(name, password, account.passwordHash(), now)
            || hasher.matches(password, account.passwordHash());
    Optional<LoginOutcome> refused = refusedAccount(account, AuditSource.API);
    if (refused.isPresent()) {
      return refused.get();
    }
    if (!matches) {
      return registerFailure(users.byUsernameForUpdate(name).orElseThrow(), AuditSource.API);
    }
    cache.remember(name, password, account.passwordHash(), now);
    if (account.failedLogins() > 0) {
      users.byUsernameForUpdate(name).ifPresent(UserAccount::clearFailedLogins);
    }
    return success(account);
  }

  /**
   * The roles of a user who signed in earlier in this session, read afresh so that a revoked role
   * or a deactivated or locked account takes effect at the next request; refused when the account
   * can no longer be used.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public LoginOutcome resumeSession(String username) {
    return users
        .byUsername(username)
        .filter(UserAccount::isActive)
        .filter(account -> !account.isLocked())
        .map(LoginService::success)
        .orElse(LoginOutcome.refused(Status.DEACTIVATED));
  }

  private Optional<LoginOutcome> refusedAccount(UserAccount account, AuditSource source) {
    if (!account.isActive()) {
      auditFailure(account.username(), source, "account deactivated");
      return Optional.of(LoginOutcome.refused(Status.DEACTIVATED));
    }
    if (account.isLocked()) {
      auditFailure(account.username(), source, "account locked");
      return Optional.of(LoginOutcome.refused(Status.LOCKED));
    }
    return Optional.empty();
  }

  private LoginOutcome registerFailure(UserAccount account, AuditSource source) {
    boolean nowLocked = account.registerFailedLogin(settings.lockoutFailures(), clock.instant());
    auditFailure(account.username(), source, "wrong password");
    if (nowLocked) {
      auditTrail.record(
          AuditEntry.of(
                  AuditEventType.ACCOUNT_LOCKED,
                  AuditEntry.SYSTEM_ACTOR,
                  source,
                  target(account.username()))
              .withReason(settings.lockoutFailures() + " failed sign-ins in a row"));
      return LoginOutcome.refused(Status.LOCKED);
    }
    return LoginOutcome.refused(Status.INVALID_CREDENTIALS);
  }

  /**
   * Spends the same PBKDF2 time as for a real account, so that response times do not reveal user
   * names.
   */
  private LoginOutcome unknownUser(String name, char[] password, AuditSource source) {
    hasher.matches(password, unknownUserHash());
    auditFailure(name, source, "unknown user name");
    return LoginOutcome.refused(Status.INVALID_CREDENTIALS);
  }

  private void auditFailure(String attemptedName, AuditSource source, String reason) {
    String actor = attemptedName.isEmpty() ? "(empty)" : attemptedName;
    auditTrail.record(
        AuditEntry.of(AuditEventType.LOGIN_FAILED, actor, source, target(actor))
            .withReason(reason));
  }

  private static LoginOutcome success(UserAccount account) {
    return new LoginOutcome(
        Status.SUCCESS, account.username(), account.accessPolicy().roles(), account);
  }

  private String unknownUserHash() {
    if (unknownUserHash == null) {
      unknownUserHash = hasher.hash("no such user".toCharArray());
    }
    return unknownUserHash;
  }

  /**
   * User names are case-insensitive; an over-long attempt is cut to what the audit trail can hold.
   */
  private static String normalise(String username) {
    String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    return name.length() > MAX_AUDITED_NAME ? name.substring(0, MAX_AUDITED_NAME) : name;
  }

  static String target(String username) {
    return "user:" + username;
  }
}
