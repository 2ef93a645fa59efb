package org.ecrf.security.web;

import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.ecrf.platform.web.Feedback;
import org.ecrf.platform.web.Texts;
import org.ecrf.security.application.UserAdministration;
import org.ecrf.security.domain.Role;
import org.ecrf.security.domain.RoleAssignment;
import org.ecrf.security.domain.UserAccount;
import org.ecrf.security.domain.UserProfile;
import org.ecrf.site.application.SiteService;
import org.omnifaces.cdi.ViewScoped;

/**
 * One account ({@code admin/user.xhtml?username=...}): its profile, status (unlock, deactivate),
 * password reset and roles (grant at a site or study-wide, revoke).
 */
@Named
@ViewScoped
public class UserEditView implements Serializable {

  @Inject private UserAdministration administration;
  @Inject private SiteService siteService;

  private String username;
  private String displayName;
  private String email;
  private String statusKey;
  private int failedLogins;
  private Instant lastLoginAt;
  private List<RoleRow> roles;
  private List<String> siteCodes;
  private Role newRole;
  private String newRoleSite;
  private String newPassword;

  public void load() {
    UserAccount account = administration.user(username);
    username = account.username();
    displayName = account.displayName();
    email = account.email();
    statusKey = UserRow.statusOf(account);
    failedLogins = account.failedLogins();
    lastLoginAt = account.lastLoginAt();
    roles = account.roleAssignments().stream().map(RoleRow::of).toList();
    siteCodes = List.copyOf(siteService.siteCodes());
  }

  public void saveProfile() {
    Feedback.attempt(
        () -> administration.updateProfile(username, new UserProfile(displayName, email)),
        "user.saved");
    load();
  }

  public void unlock() {
    Feedback.attempt(() -> administration.unlock(username), "user.unlocked");
    load();
  }

  public void setActive(boolean active) {
    Feedback.attempt(
        () -> administration.setActive(username, active),
        active ? "user.reactivated" : "user.deactivated");
    load();
  }

  public void resetPassword() {
    char[] password = newPassword == null ? new char[0] : newPassword.toCharArray();
    Feedback.attempt(() -> administration.resetPassword(username, password), "user.passwordReset");
    newPassword = null;
  }

  public void grant() {
    if (newRole == null) {
      Feedback.error(Texts.get("user.chooseRole"));
      return;
    }
    String site = newRole.isSiteScoped() ? newRoleSite : null;
    if (Feedback.attempt(
        () -> administration.grantRole(username, newRole, site), "user.roleGranted")) {
      newRole = null;
      newRoleSite = null;
    }
    load();
  }

  public void revoke(RoleRow row) {
    Feedback.attempt(
        () -> administration.revokeRole(username, row.role(), row.siteCode()), "user.roleRevoked");
    load();
  }

  public List<SelectItem> getRoleChoices() {
    return Arrays.stream(Role.values())
        .map(role -> new SelectItem(role, Texts.get(role.labelKey())))
        .toList();
  }

  public boolean isLocked() {
    return "user.status.locked".equals(statusKey);
  }

  public boolean isActive() {
    return !"user.status.inactive".equals(statusKey);
  }

  /** A role of the account, as its table row shows it. */
  public record RoleRow(Role role, String siteCode, Instant grantedAt, String grantedBy)
      implements Serializable {

    static RoleRow of(RoleAssignment assignment) {
      return new RoleRow(
          assignment.role(), assignment.siteCode(), assignment.grantedAt(), assignment.grantedBy());
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getStatusKey() {
    return statusKey;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public List<RoleRow> getRoles() {
    return roles;
  }

  public List<String> getSiteCodes() {
    return siteCodes;
  }

  public Role getNewRole() {
    return newRole;
  }

  public void setNewRole(Role newRole) {
    this.newRole = newRole;
  }

  public String getNewRoleSite() {
    return newRoleSite;
  }

  public void setNewRoleSite(String newRoleSite) {
    this.newRoleSite = newRoleSite;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
