package org.ecrf.security.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ecrf.audit.domain.AuditSource;
import org.ecrf.security.domain.Role;
import org.ecrf.security.domain.SiteAccessPolicy;
import org.ecrf.security.domain.UserAccount;
import org.ecrf.security.domain.UserRepository;
import org.ecrf.shared.AccessDeniedException;

/**
 * The signed-in user of the current request, with roles read from the database for each request: a
 * role revoked by an administrator stops working at the next request, not at the next sign-in.
 * (STYLE.md suggests a session-scoped bean; request scope also serves the stateless REST API and
 * never holds stale rights.)
 */
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext securityContext;
  @Inject private HttpServletRequest request;
  @Inject private UserRepository users;

  /**
   * The request attribute under which the authentication of this request leaves the account it read
   * and found active (a {@link UserAccount}), so that the request does not read it a second time.
   */
  public static final String SIGNED_IN_ACCOUNT = "org.ecrf.signedInAccount";

  private UserAccount account;

  public Optional<String> username() {
    Principal principal = securityContext.getCallerPrincipal();
    return principal == null ? Optional.empty() : Optional.of(principal.getName());
  }

  public boolean isSignedIn() {
    return username().isPresent();
  }

  /**
   * The account of the caller; refused when nobody is signed in or the account was deactivated
   * meanwhile.
   */
  public UserAccount account() {
    if (account == null) {
      String name = username().orElseThrow(() -> new AccessDeniedException("Please sign in"));
      account =
          authenticatedAccount(name)
              .or(() -> users.byUsername(name))
              .filter(UserAccount::isActive)
              .orElseThrow(
                  () -> new AccessDeniedException("The account " + name + " is not active"));
    }
    return account;
  }

  private Optional<UserAccount> authenticatedAccount(String name) {
    return request.getAttribute(SIGNED_IN_ACCOUNT) instanceof UserAccount read
            && read.username().equals(name)
        ? Optional.of(read)
        : Optional.empty();
  }

  public String displayName() {
    return account().displayName();
  }

  public SiteAccessPolicy access() {
    return account().accessPolicy();
  }

  public boolean hasRole(Role role) {
    return isSignedIn() && access().hasRole(role);
  }

  /**
   * Throws {@link AccessDeniedException} unless the caller holds at least one of the roles (at any
   * site).
   */
  public void requireAnyRole(Role... roles) {
    if (!access().hasAnyRole(roles)) {
      throw new AccessDeniedException(
          "This needs the role "
              + Arrays.stream(roles).map(Role::name).collect(Collectors.joining(" or ")));
    }
  }

  /** Which door the request came through, for the audit trail. */
  public AuditSource source() {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") ? AuditSource.API : AuditSource.PAGE;
  }
}
