package org.ecrf.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecrf.security.domain.SiteAccessPolicy.Grant;
import org.junit.jupiter.api.Test;

class SiteAccessPolicyTest {

  private static final List<String> SITES = List.of("BER", "POT", "HAM");

  @Test
  void siteRolesSeeOnlyTheirSites() {
    SiteAccessPolicy monitor =
        new SiteAccessPolicy(
            List.of(new Grant(Role.MONITOR, "BER"), new Grant(Role.MONITOR, "POT")));

    assertThat(monitor.clinicalSites(SITES)).containsExactly("BER", "POT");
    assertThat(monitor.canSeeClinicalDataAt("HAM")).isFalse();
  }

  @Test
  void dataManagersAndSponsorsSeeEverySite() {
    assertThat(
            new SiteAccessPolicy(List.of(new Grant(Role.DATA_MANAGER, null))).clinicalSites(SITES))
        .containsExactly("BER", "HAM", "POT");
    assertThat(
            new SiteAccessPolicy(List.of(new Grant(Role.SPONSOR, null)))
                .canSeeClinicalDataAt("HAM"))
        .isTrue();
  }

  @Test
  void administratorsSeeNoClinicalData() {
    SiteAccessPolicy admin = new SiteAccessPolicy(List.of(new Grant(Role.ADMIN, null)));

    assertThat(admin.clinicalSites(SITES)).isEmpty();
    assertThat(admin.hasRole(Role.ADMIN)).isTrue();
  }

  @Test
  void rolesAtASiteIncludeStudyWideOnes() {
    SiteAccessPolicy policy =
        new SiteAccessPolicy(
            List.of(new Grant(Role.INVESTIGATOR, "POT"), new Grant(Role.SPONSOR, null)));

    assertThat(policy.rolesAt("POT")).containsExactlyInAnyOrder(Role.INVESTIGATOR, Role.SPONSOR);
    assertThat(policy.rolesAt("BER")).containsExactly(Role.SPONSOR);
    assertThat(policy.hasRoleAtSite(Role.INVESTIGATOR, "BER")).isFalse();
    assertThat(policy.hasAnyRole(Role.NURSE, Role.INVESTIGATOR)).isTrue();
    assertThat(policy.hasAnyRole()).isFalse();
  }
}
