package org.ecrf.security.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a user may see, from the roles they hold: site roles open their own sites' clinical data
 * only; data managers and sponsors see every site; administrators manage accounts and sites but see
 * no clinical data.
 */
public record SiteAccessPolicy(List<Grant> grants) {

  private static final Set<Role> STUDY_WIDE_CLINICAL = EnumSet.of(Role.DATA_MANAGER, Role.SPONSOR);

  public SiteAccessPolicy {
    grants = List.copyOf(grants);
  }

  public boolean hasRole(Role role) {
    return grants.stream().anyMatch(g -> g.role() == role);
  }

  public boolean hasAnyRole(Role... roles) {
    Set<Role> wanted = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
    return grants.stream().anyMatch(g -> wanted.contains(g.role()));
  }

  public boolean hasRoleAtSite(Role role, String siteCode) {
    return grants.stream().anyMatch(g -> g.role() == role && siteCode.equals(g.siteCode()));
  }

  public Set<Role> roles() {
    return grants.stream()
        .map(Grant::role)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  /** True when the user may see the clinical data of subjects at this site. */
  public boolean canSeeClinicalDataAt(String siteCode) {
    return grants.stream()
        .anyMatch(g -> STUDY_WIDE_CLINICAL.contains(g.role()) || siteCode.equals(g.siteCode()));
  }

  /** The sites (of those given) whose clinical data the user may see, in code order. */
  public Set<String> clinicalSites(Collection<String> allSiteCodes) {
    return allSiteCodes.stream()
        .filter(this::canSeeClinicalDataAt)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The roles the user holds at a site, including study-wide ones that apply to every site. */
  public Set<Role> rolesAt(String siteCode) {
    return grants.stream()
        .filter(g -> g.siteCode() == null || siteCode.equals(g.siteCode()))
        .map(Grant::role)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  /** One role, at a site ({@code siteCode}) or study-wide ({@code null}). */
  public record Grant(Role role, String siteCode) {}
}
