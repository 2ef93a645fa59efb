package org.ecrf.security;

import java.util.List;
import java.util.Set;
import org.ecrf.security.EndpointCatalogue.Endpoint;
import org.ecrf.security.domain.Role;

/**
 * One line of the role × endpoint table: an endpoint or page, the concrete call made for it (path
 * with fixture variables such as {@code ${subject}}, and the name of its body), who may call it and
 * what each kind of caller must get.
 *
 * @param line the line in the CSV file, for messages
 * @param endpoint the endpoint or page as the code has it
 * @param call the path called, relative to the application, with fixture variables
 * @param body the name of the request body ({@code -} for none), see {@link MatrixBodies}
 * @param allowed who may call: {@code PUBLIC} (everyone, also without signing in), {@code ANY}
 *     (every signed-in user), a role ({@code DATA_MANAGER}: held anywhere) or a role at the site of
 *     the call's subject ({@code INVESTIGATOR@site})
 * @param ok the statuses an allowed caller may get
 * @param refused the statuses a signed-in caller without an allowed role gets, when it may see the
 *     call's subject (or the call has none)
 * @param hidden the statuses a caller who may not see the call's subject gets (another site's
 *     investigator or nurse; administrators, who see no clinical data): 404 where the platform
 *     hides that the subject exists
 * @param knownFailures the callers whose cell is a known failure, reported as such
 * @param knownReason why those cells fail (an open authorisation bug)
 * @param siteVariant whether the call is made once per demo site (it names a subject, query or
 *     site)
 * @param note what the line's call does, for the reader of the table
 */
record AccessRule(
    int line,
    Endpoint endpoint,
    String call,
    String body,
    List<String> allowed,
    Set<String> ok,
    Set<String> refused,
    Set<String> hidden,
    Set<String> knownFailures,
    String knownReason,
    boolean siteVariant,
    String note) {

  /** What the caller must get when calling for the site ({@code null} unless site-variant). */
  Expectation expectationFor(MatrixCaller caller, String site) {
    if (isAllowed(caller, site)) {
      return new Expectation(Category.ALLOWED, ok);
    }
    if (caller.isAnonymous()) {
      return new Expectation(Category.ANONYMOUS, Set.of(endpoint.isPage() ? "login" : "401"));
    }
    if (siteVariant && !caller.seesSite(site)) {
      return new Expectation(Category.HIDDEN, hidden);
    }
    return new Expectation(Category.REFUSED, refused);
  }

  boolean isAllowed(MatrixCaller caller, String site) {
    return allowed.stream().anyMatch(token -> grants(token, caller, site));
  }

  boolean isKnownFailure(MatrixCaller caller) {
    return knownFailures.contains(caller.label());
  }

  private static boolean grants(String token, MatrixCaller caller, String site) {
    if (token.equals("PUBLIC")) {
      return true;
    }
    if (caller.isAnonymous()) {
      return false;
    }
    if (token.equals("ANY")) {
      return true;
    }
    boolean atSite = token.endsWith("@site");
    Role role = Role.valueOf(atSite ? token.substring(0, token.length() - 5) : token);
    return caller.holds(role, site, atSite);
  }

  /** How a caller stands to the line: may call it, or why not. */
  enum Category {
    ALLOWED,
    REFUSED,
    HIDDEN,
    ANONYMOUS
  }

  /** The statuses the caller must get, and why. */
  record Expectation(Category category, Set<String> statuses) {}
}
