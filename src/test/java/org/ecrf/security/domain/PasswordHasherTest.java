package org.ecrf.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(10_000, new SecureRandom());

  @Test
  void matchesTheRightPasswordOnly() {
    String stored = hasher.hash("correct horse battery".toCharArray());

    assertThat(hasher.matches("correct horse battery".toCharArray(), stored)).isTrue();
    assertThat(hasher.matches("correct horse batterY".toCharArray(), stored)).isFalse();
    assertThat(hasher.matches(new char[0], stored)).isFalse();
  }

  @Test
  void storesAlgorithmIterationsAndARandomSalt() {
    String first = hasher.hash("same password".toCharArray());
    String second = hasher.hash("same password".toCharArray());

    assertThat(first).startsWith("PBKDF2WithHmacSHA256:10000:");
    assertThat(first.split(":")).hasSize(4);
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void verifiesWithTheIterationsStoredInTheHashNotTheConfiguredOnes() {
    String storedWithFewer = hasher.hash("an older password".toCharArray());
    PasswordHasher stronger = new PasswordHasher(20_000, new SecureRandom());

    assertThat(stronger.matches("an older password".toCharArray(), storedWithFewer)).isTrue();
    assertThat(stronger.needsRehash(storedWithFewer)).isTrue();
    assertThat(hasher.needsRehash(storedWithFewer)).isFalse();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "plain",
        "MD5:1:abc:def",
        "PBKDF2WithHmacSHA256:x:abc:def",
        "PBKDF2WithHmacSHA256:1000:%%:def"
      })
  void neverMatchesAMalformedStoredHash(String stored) {
    assertThat(hasher.matches("anything at all".toCharArray(), stored)).isFalse();
  }

  @Test
  void refusesTooFewIterations() {
    assertThatThrownBy(() -> new PasswordHasher(9_999, new SecureRandom()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
