package org.ecrf.demo.application;

import java.util.List;
import org.ecrf.security.domain.Role;
import org.ecrf.site.domain.SiteDetails;

/**
 * The demo sites and accounts, as listed in the README. Every account has the password {@value
 * #PASSWORD}; the names are invented.
 */
final class DemoTeam {

  static final String PASSWORD = "topit-demo-2026";

  static final List<DemoSite> SITES =
      List.of(
          new DemoSite("BER", new SiteDetails("Berlin (demo)", "DEU", "Europe/Berlin")),
          new DemoSite("POT", new SiteDetails("Potsdam (demo)", "DEU", "Europe/Berlin")));

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("admin", "Alex Admin (demo)", List.of(new Grant(Role.ADMIN, null))),
          new DemoUser(
              "inv.ber", "Dr. Bettina Berg (demo)", List.of(new Grant(Role.INVESTIGATOR, "BER"))),
          new DemoUser(
              "inv.pot", "Dr. Paul Pohl (demo)", List.of(new Grant(Role.INVESTIGATOR, "POT"))),
          new DemoUser("nurse.pot", "Nora Neumann (demo)", List.of(new Grant(Role.NURSE, "POT"))),
          new DemoUser(
              "monitor",
              "Moritz Monk (demo)",
              List.of(new Grant(Role.MONITOR, "BER"), new Grant(Role.MONITOR, "POT"))),
          new DemoUser("dm", "Dana Daten (demo)", List.of(new Grant(Role.DATA_MANAGER, null))),
          new DemoUser("sponsor", "Sven Sponsor (demo)", List.of(new Grant(Role.SPONSOR, null))));

  /** Children registered in TOPIT at the demo sites, so that data entry can be tried at once. */
  static final String STUDY = "TOPIT";

  /**
   * Places per stratum of the demo randomisation list, generated from a random seed at first start:
   * enough for the benchmark's 1,000 children over the four strata (two sites, two diagnoses) and
   * for the test suite, which randomises several hundred children in one database.
   */
  static final int PLACES_PER_STRATUM = 500;

  static final List<DemoSubject> SUBJECTS =
      List.of(
          new DemoSubject("POT", "2013-04", "F", "UC"),
          new DemoSubject("POT", "2012-09", "M", "CD"),
          new DemoSubject("BER", "2014-01", "F", "CD"),
          new DemoSubject("BER", "2011-11", "M", "UC"));

  private DemoTeam() {}

  record DemoSubject(String site, String birthMonth, String sex, String diagnosis) {}

  record DemoSite(String code, SiteDetails details) {}

  record DemoUser(String username, String displayName, List<Grant> grants) {}

  record Grant(Role role, String siteCode) {}
}
