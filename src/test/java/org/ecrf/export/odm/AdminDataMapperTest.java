package org.ecrf.export.odm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecrf.crf.odm.clinical.SignatureDefData;
import org.ecrf.crf.odm.clinical.UserData;
import org.ecrf.crf.odm.clinical.UserType;
import org.ecrf.security.domain.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The users, sites and signature definitions of the export's AdminData. */
class AdminDataMapperTest {

  @ParameterizedTest(name = "roles {0} make a user of type {1}")
  @CsvSource({
    "INVESTIGATOR NURSE, INVESTIGATOR",
    "SPONSOR, SPONSOR",
    "NURSE, OTHER",
    "MONITOR, OTHER",
    "DATA_MANAGER, OTHER",
    "'', OTHER"
  })
  void typesUsersByTheirRoles(String roles, UserType type) {
    Set<Role> held =
        Arrays.stream(roles.split(" "))
            .filter(r -> !r.isEmpty())
            .map(Role::valueOf)
            .collect(Collectors.toSet());

    assertThat(AdminDataMapper.userType(held)).isEqualTo(type);
  }

  @Test
  void writesOnlyTheLoginAndDisplayNameOfAUser() {
    UserData user = AdminDataMapper.user("inv.ber", Optional.of("Dr. B. Berg"), Set.of());

    assertThat(user)
        .isEqualTo(
            new UserData(
                "U.inv.ber",
                Optional.of(UserType.OTHER),
                Optional.of("inv.ber"),
                Optional.of("Dr. B. Berg"),
                Optional.empty(),
                List.of()));
  }

  @Test
  void namesThePlatformsOwnActor() {
    assertThat(AdminDataMapper.user("system", Optional.empty(), Set.of()).fullName())
        .hasValueSatisfying(name -> assertThat(name).startsWith("eCRF platform"));
  }

  @Test
  void definesOneSignaturePerMeaningInOrder() {
    List<SignatureDefData> definitions = AdminDataMapper.signatureDefs(List.of("A", "B"));

    assertThat(definitions).extracting(SignatureDefData::oid).containsExactly("SD.1", "SD.2");
    assertThat(definitions.get(1).meaning()).isEqualTo("B");
    assertThat(definitions.get(0).legalReason()).contains("21 CFR Part 11");
  }
}
