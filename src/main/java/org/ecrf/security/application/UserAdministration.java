package org.ecrf.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.ecrf.audit.application.AuditTrail;
import org.ecrf.audit.domain.AuditEntry;
import org.ecrf.audit.domain.AuditEventType;
import org.ecrf.security.domain.PasswordHasher;
import org.ecrf.security.domain.PasswordPolicy;
import org.ecrf.security.domain.Role;
import org.ecrf.security.domain.RoleAssignment;
import org.ecrf.security.domain.UserAccount;
import org.ecrf.security.domain.UserProfile;
import org.ecrf.security.domain.UserRepository;
import org.ecrf.shared.ConflictException;
import org.ecrf.shared.InvalidInputException;
import org.ecrf.shared.NotFoundException;
import org.ecrf.site.domain.Site;
import org.ecrf.site.domain.SiteRepository;

/**
 * The administrator's use cases for accounts: create, edit, grant and revoke roles, unlock, reset
 * passwords, deactivate. Only ADMIN may call them, every change is audited with old and new value,
 * and an administrator cannot remove their own administration rights (the platform would otherwise
 * lose its last administrator by a slip).
 */
@ApplicationScoped
@Transactional
public class UserAdministration {

  @Inject private UserRepository users;
  @Inject private SiteRepository sites;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;
  @Inject private PasswordHasher hasher;
  @Inject private PasswordPolicy passwordPolicy;
  @Inject private Clock clock;

  public List<UserAccount> allUsers() {
    currentUser.requireAnyRole(Role.ADMIN);
    return users.all();
  }

  public UserAccount user(String username) {
    currentUser.requireAnyRole(Role.ADMIN);
    return find(username);
  }

  public UserAccount create(NewUser newUser) {
    currentUser.requireAnyRole(Role.ADMIN);
    String username = checked("username", () -> UserAccount.checkedUsername(newUser.username()));
    if (users.byUsername(username).isPresent()) {
      throw new ConflictException("The user name " + username + " is taken");
    }
    requireAcceptable(username, newUser.initialPassword());
    UserAccount account =
        checked(
            "displayName",
            () ->
                new UserAccount(
                    username,
                    newUser.profile(),
                    hasher.hash(newUser.initialPassword()),
                    clock.instant()));
    users.add(account);
    record(
        audit(AuditEventType.USER_CREATED, username)
            .withValues(null, account.profile().toString()));
    return account;
  }

  public UserAccount updateProfile(String username, UserProfile profile) {
    currentUser.requireAnyRole(Role.ADMIN);
    UserAccount account = find(username);
    String before = account.profile().toString();
    checked(
        "displayName",
        () -> {
          account.updateProfile(profile);
          return account;
        });
    record(
        audit(AuditEventType.USER_UPDATED, username)
            .withValues(before, account.profile().toString()));
    return account;
  }

  public RoleAssignment grantRole(String username, Role role, String siteCode) {
    currentUser.requireAnyRole(Role.ADMIN);
    UserAccount account = find(username);
    Site site = siteCode == null || siteCode.isBlank() ? null : findSite(siteCode);
    RoleAssignment assignment;
    try {
      assignment = account.grant(role, site, currentUser.account().username(), clock.instant());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("site", e.getMessage());
    } catch (IllegalStateException e) {
      throw new ConflictException(e.getMessage());
    }
    record(audit(AuditEventType.ROLE_GRANTED, username).withValues(null, assignment.toString()));
    return assignment;
  }

  public void revokeRole(String username, Role role, String siteCode) {
    currentUser.requireAnyRole(Role.ADMIN);
    UserAccount account = find(username);
    if (role == Role.ADMIN && isSelf(account)) {
      throw new ConflictException("You cannot remove your own administrator role");
    }
    RoleAssignment removed =
        account
            .revoke(role, siteCode == null || siteCode.isBlank() ? null : siteCode)
            .orElseThrow(() -> new NotFoundException(username + " does not hold " + role));
    record(audit(AuditEventType.ROLE_REVOKED, username).withValues(removed.toString(), null));
  }

  public void unlock(String username) {
    currentUser.requireAnyRole(Role.ADMIN);
    UserAccount account = find(username);
    if (!account.isLocked()) {
      throw new ConflictException(username + " is not locked");
    }
    account.unlock();
    record(audit(AuditEventType.ACCOUNT_UNLOCKED, username).withValues("locked", "unlocked"));
  }

  public void resetPassword(String username, char[] newPassword) {
    currentUser.requireAnyRole(Role.ADMIN);
    UserAccount account = find(username);
    requireAcceptable(username, newPassword);
    account.changePassword(hasher.hash(newPassword), clock.instant());
    record(audit(AuditEventType.PASSWORD_RESET, username));
  }

  public void setActive(String username, boolean active) {
    currentUser.requireAnyRole(Role.ADMIN);
    UserAccount account = find(username);
    if (!active && isSelf(account)) {
      throw new ConflictException("You cannot deactivate your own account");
    }
    if (account.isActive() == active) {
      return;
    }
    if (active) {
      account.reactivate();
    } else {
      account.deactivate();
    }
    AuditEventType type =
        active ? AuditEventType.USER_REACTIVATED : AuditEventType.USER_DEACTIVATED;
    record(
        audit(type, username)
            .withValues(active ? "inactive" : "active", active ? "active" : "inactive"));
  }

  private void requireAcceptable(String username, char[] password) {
    List<PasswordPolicy.Violation> violations =
        passwordPolicy.check(username, new String(password));
    if (!violations.isEmpty()) {
      PasswordPolicy.Violation first = violations.get(0);
      throw new InvalidInputException("password", PasswordMessages.describe(first));
    }
  }

  private boolean isSelf(UserAccount account) {
    return account.username().equals(currentUser.account().username());
  }

  private UserAccount find(String username) {
    return users
        .byUsername(username == null ? "" : username.trim().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> new NotFoundException("No user " + username));
  }

  private Site findSite(String code) {
    return sites
        .byCode(code.trim().toUpperCase(Locale.ROOT))
        .orElseThrow(() -> new InvalidInputException("site", "No site with the code " + code));
  }

  private AuditEntry audit(AuditEventType type, String username) {
    return AuditEntry.of(
            type,
            currentUser.account().username(),
            currentUser.source(),
            LoginService.target(username))
        .atSite(null, Role.ADMIN.name());
  }

  private void record(AuditEntry entry) {
    auditTrail.record(entry);
  }

  private static <T> T checked(String field, Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, e.getMessage());
    }
  }
}
