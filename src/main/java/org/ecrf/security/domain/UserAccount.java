package org.ecrf.security.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ecrf.site.domain.Site;

/**
 * A person who signs in. The account keeps its password hash, the count of failed sign-ins since
 * the last success, and the time it was locked; it is never deleted (audit events name it), only
 * deactivated.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "UserAccount.all", query = "SELECT u FROM UserAccount u ORDER BY u.username")
@NamedQuery(
    name = "UserAccount.byUsername",
    query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = "UserAccount.count", query = "SELECT COUNT(u) FROM UserAccount u")
public class UserAccount {

  /**
   * Lower-case letters, digits, dot, dash and underscore; 2 to 64 characters, starting with a
   * letter or digit.
   */
  public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_at")
  private Instant lockedAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private int version;

  @OneToMany(
      mappedBy = "user",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  private List<RoleAssignment> roleAssignments = new ArrayList<>();

  protected UserAccount() {}

  public UserAccount(String username, UserProfile profile, String passwordHash, Instant now) {
    this.username = checkedUsername(username);
    this.passwordHash = passwordHash;
    this.passwordChangedAt = now;
    this.createdAt = now;
    updateProfile(profile);
  }

  public static String checkedUsername(String username) {
    String normalised = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(normalised).matches()) {
      throw new IllegalArgumentException(
          "A user name is 2 to 64 lower-case letters, digits, '.', '-' or '_', not '"
              + username
              + "'");
    }
    return normalised;
  }

  public void updateProfile(UserProfile profile) {
    if (profile.displayName() == null || profile.displayName().isBlank()) {
      throw new IllegalArgumentException("A user needs a display name (printed with signatures)");
    }
    this.displayName = profile.displayName().trim();
    this.email =
        profile.email() == null || profile.email().isBlank() ? null : profile.email().trim();
  }

  /**
   * Counts a failed sign-in; returns true when this failure locks the account ({@code maxFailures}
   * in a row). A locked account stays locked until an administrator unlocks it.
   */
  public boolean registerFailedLogin(int maxFailures, Instant now) {
    failedLogins++;
    if (lockedAt == null && failedLogins >= maxFailures) {
      lockedAt = now;
      return true;
    }
    return false;
  }

  public void registerSuccessfulLogin(Instant now) {
    failedLogins = 0;
    lastLoginAt = now;
  }

  /**
   * Clears failures counted by authenticated API calls without recording an interactive sign-in.
   */
  public void clearFailedLogins() {
    failedLogins = 0;
  }

  public void unlock() {
    lockedAt = null;
    failedLogins = 0;
  }

  public void changePassword(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.passwordChangedAt = now;
  }

  public void deactivate() {
    this.active = false;
  }

  public void reactivate() {
    this.active = true;
  }

  /**
   * Grants a role at a site (site roles) or study-wide ({@code site} null); refuses a duplicate.
   */
  public RoleAssignment grant(Role role, Site site, String grantedBy, Instant now) {
    String siteCode = site == null ? null : site.code();
    if (assignment(role, siteCode).isPresent()) {
      throw new IllegalStateException(
          username + " already holds " + role + (siteCode == null ? "" : " at " + siteCode));
    }
    RoleAssignment assignment = new RoleAssignment(this, role, site, grantedBy, now);
    roleAssignments.add(assignment);
    return assignment;
  }

  /** Removes a role; returns the removed assignment, or empty when the user did not hold it. */
  public Optional<RoleAssignment> revoke(Role role, String siteCode) {
    Optional<RoleAssignment> assignment = assignment(role, siteCode);
    assignment.ifPresent(roleAssignments::remove);
    return assignment;
  }

  private Optional<RoleAssignment> assignment(Role role, String siteCode) {
    return roleAssignments.stream().filter(a -> a.matches(role, siteCode)).findFirst();
  }

  public SiteAccessPolicy accessPolicy() {
    return new SiteAccessPolicy(roleAssignments.stream().map(RoleAssignment::grant).toList());
  }

  public List<RoleAssignment> roleAssignments() {
    return List.copyOf(roleAssignments);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public UserProfile profile() {
    return new UserProfile(displayName, email);
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public boolean isLocked() {
    return lockedAt != null;
  }

  public Instant lockedAt() {
    return lockedAt;
  }

  public int failedLogins() {
    return failedLogins;
  }

  public Instant lastLoginAt() {
    return lastLoginAt;
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  public int version() {
    return version;
  }
}
