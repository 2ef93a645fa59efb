package org.ecrf.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecrf.audit.domain.ItemPath;
import org.ecrf.security.domain.Role;
import org.ecrf.testing.TopitDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOPIT's blinding (issue 6) applied to the audit trail's values. */
class AuditBlindingTest {

  private static ItemPath item(String itemOid) {
    return ItemPath.form("TOPIT", "POT-0001", "SE.WEEK6", 1, "F.TROUGH")
        .group("IG.TROUGH_RESULT", 1)
        .item(itemOid);
  }

  private static Set<Role> roles(String roles) {
    return Arrays.stream(roles.split(" "))
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  @ParameterizedTest(name = "{0} of a {1} subject, read as {2}: hidden {3}")
  @CsvSource({
    "I.TROUGH_IFX, STANDARD, MONITOR, true",
    "I.TROUGH_IFX, STANDARD, INVESTIGATOR, true",
    "I.TROUGH_IFX, STANDARD, NURSE, true",
    "I.TROUGH_IFX, STANDARD, DATA_MANAGER, false",
    "I.TROUGH_IFX, STANDARD, SPONSOR, false",
    "I.TROUGH_IFX, TDM, MONITOR, false",
    "I.TROUGH_IFX, '', MONITOR, false",
    "I.ATI_VALUE, STANDARD, INVESTIGATOR, true",
    "I.INF_REC_DOSE_MGKG, STANDARD, NURSE, true",
    "I.PUCAI_PAIN, STANDARD, MONITOR, false",
    "I.TROUGH_IFX, STANDARD, DATA_MANAGER MONITOR, true"
  })
  void valuesOfBlindedItemsAreHiddenFromBlindedRoles(
      String itemOid, String arm, String roles, boolean hidden) {
    assertThat(AuditBlinding.hidesValues(TopitDefinition.get(), roles(roles), arm, item(itemOid)))
        .isEqualTo(hidden);
  }

  @Test
  void eventsAboveItemLevelHideNothing() {
    ItemPath form = ItemPath.form("TOPIT", "POT-0001", "SE.WEEK6", 1, "F.TROUGH");

    assertThat(
            AuditBlinding.hidesValues(
                TopitDefinition.get(), EnumSet.of(Role.MONITOR), "STANDARD", form))
        .isFalse();
  }
}
