package org.ecrf.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

  private final PasswordPolicy policy = PasswordPolicy.standard();

  @ParameterizedTest(name = "{0} / \"{1}\" -> {2}")
  @CsvSource({
    "inv.pot, 12345678901,            password.tooShort",
    "inv.pot, 123456789012,           ''",
    "inv.pot, twelve chars,           ''",
    "inv.pot, my inv.pot password,    password.containsUsername",
    "inv.pot, MY INV.POT PASSWORD,    password.containsUsername",
    "nurse,   ümlaute äöü ß!,         ''"
  })
  void checksLengthAndUserName(String username, String password, String expectedViolation) {
    assertThat(policy.check(username, password))
        .extracting(PasswordPolicy.Violation::messageKey)
        .isEqualTo(
            expectedViolation.isEmpty()
                ? java.util.List.of()
                : java.util.List.of(expectedViolation));
  }

  @ParameterizedTest
  @CsvSource({"11, false", "12, true"})
  void countsCharactersNotBytes(int length, boolean acceptable) {
    String password = "ö".repeat(length);
    assertThat(policy.check("user", password).isEmpty()).isEqualTo(acceptable);
  }
}
