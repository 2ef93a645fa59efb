package org.ecrf.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ecrf.security.domain.Role;

/**
 * Who calls in the role × endpoint matrix: nobody signed in, and one demo account per role of the
 * platform (two investigators, one per demo site, for site isolation). The grants are those demo
 * mode seeds (see README, "Demo accounts"); they are written here again on purpose, so that the
 * matrix does not take the platform's word for who may do what.
 */
enum MatrixCaller {
  ANONYMOUS(null, List.of()),
  ADMIN("admin", List.of(new Grant(Role.ADMIN, null))),
  INVESTIGATOR_BER("inv.ber", List.of(new Grant(Role.INVESTIGATOR, "BER"))),
  INVESTIGATOR_POT("inv.pot", List.of(new Grant(Role.INVESTIGATOR, "POT"))),
  NURSE_POT("nurse.pot", List.of(new Grant(Role.NURSE, "POT"))),
  MONITOR("monitor", List.of(new Grant(Role.MONITOR, "BER"), new Grant(Role.MONITOR, "POT"))),
  DATA_MANAGER("dm", List.of(new Grant(Role.DATA_MANAGER, null))),
  SPONSOR("sponsor", List.of(new Grant(Role.SPONSOR, null)));

  /** The demo sites; entries about a subject, query or site are called once for each. */
  static final List<String> SITES = List.of("BER", "POT");

  private static final Set<Role> STUDY_WIDE_READERS = EnumSet.of(Role.DATA_MANAGER, Role.SPONSOR);

  private final String username;
  private final List<Grant> grants;

  MatrixCaller(String username, List<Grant> grants) {
    this.username = username;
    this.grants = grants;
  }

  /** The user name, or {@code anonymous}. */
  String label() {
    return username == null ? "anonymous" : username;
  }

  String username() {
    return username;
  }

  boolean isAnonymous() {
    return username == null;
  }

  /** The roles held, at any site. */
  Set<Role> roles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    grants.forEach(grant -> roles.add(grant.role()));
    return roles;
  }

  /** Holds the role study-wide, or at any site when {@code site} is null, or at that site. */
  boolean holds(Role role, String site, boolean atSiteOnly) {
    return grants.stream()
        .anyMatch(
            grant ->
                grant.role() == role && (!atSiteOnly || site == null || site.equals(grant.site())));
  }

  /**
   * Whether the caller may see the clinical data at the site: data managers and sponsors
   * everywhere, site roles at their own sites, administrators nowhere.
   */
  boolean seesSite(String site) {
    return grants.stream()
        .anyMatch(grant -> STUDY_WIDE_READERS.contains(grant.role()) || site.equals(grant.site()));
  }

  /** One role, at a site or study-wide ({@code site} null). */
  record Grant(Role role, String site) {}
}
