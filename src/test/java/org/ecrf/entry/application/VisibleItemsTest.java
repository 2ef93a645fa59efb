package org.ecrf.entry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrf.entry.application.ImportFixtures.topit;

import java.util.Arrays;
import java.util.List;
import org.ecrf.security.domain.Role;
import org.ecrf.security.domain.SiteAccessPolicy;
import org.ecrf.security.domain.SiteAccessPolicy.Grant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TOPIT's blinding (MDV.1, edc:Blinding): trough levels, antibodies and the dosing advice are
 * hidden from investigators, nurses and monitors for children of the standard arm; a caller sees an
 * item when any of their roles at the child's site may.
 */
class VisibleItemsTest {

  @ParameterizedTest(name = "{0} at {1}, arm \"{2}\", {3}: visible {4}")
  @CsvSource({
    "INVESTIGATOR@BER, BER, STANDARD, I.TROUGH_IFX, false",
    "NURSE@BER, BER, STANDARD, I.ATI_STATUS, false",
    "MONITOR@BER, BER, STANDARD, I.INF_REC_DOSE_MGKG, false",
    "INVESTIGATOR@BER, BER, TDM, I.TROUGH_IFX, true",
    "INVESTIGATOR@BER, BER, '', I.TROUGH_IFX, true",
    "INVESTIGATOR@BER, BER, STANDARD, I.LB_CRP, true",
    "DATA_MANAGER, BER, STANDARD, I.TROUGH_IFX, true",
    "SPONSOR, BER, STANDARD, I.TROUGH_IFX, true",
    "INVESTIGATOR@BER DATA_MANAGER, BER, STANDARD, I.TROUGH_IFX, false",
    "INVESTIGATOR@BER DATA_MANAGER, BER, TDM, I.TROUGH_IFX, true",
    "INVESTIGATOR@POT MONITOR@BER, BER, STANDARD, I.TROUGH_IFX, false",
    "INVESTIGATOR@POT, BER, TDM, I.TROUGH_IFX, false"
  })
  void showsAnItemOnlyWhenNoRoleAtTheSiteIsBlindedToIt(
      String grants, String site, String arm, String itemOid, boolean visible) {
    SiteAccessPolicy access = new SiteAccessPolicy(grants(grants));

    assertThat(VisibleItems.visibleItems(topit(), access, site, arm).test(itemOid))
        .isEqualTo(visible);
  }

  /** {@code INVESTIGATOR@BER DATA_MANAGER}: site roles with their site, study-wide roles alone. */
  private static List<Grant> grants(String text) {
    return Arrays.stream(text.split(" "))
        .map(
            grant -> {
              String[] parts = grant.split("@");
              return new Grant(Role.valueOf(parts[0]), parts.length > 1 ? parts[1] : null);
            })
        .toList();
  }
}
