package org.ecrf.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.ecrf.site.domain.Site;
import org.ecrf.site.domain.SiteDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final Site POT =
      new Site("POT", new SiteDetails("Potsdam", "DEU", "Europe/Berlin"), NOW);

  private final UserAccount account =
      new UserAccount("Nurse.Pot", new UserProfile("Nora Neumann", null), "hash", NOW);

  @Test
  void locksAtTheFifthConsecutiveFailureAndStaysLocked() {
    for (int failure = 1; failure <= 4; failure++) {
      assertThat(account.registerFailedLogin(5, NOW)).isFalse();
    }
    assertThat(account.isLocked()).isFalse();

    assertThat(account.registerFailedLogin(5, NOW)).as("the fifth failure locks").isTrue();
    assertThat(account.isLocked()).isTrue();
    assertThat(account.registerFailedLogin(5, NOW)).as("already locked: not a new lock").isFalse();
  }

  @Test
  void aSuccessfulSignInResetsTheCount() {
    for (int failure = 1; failure <= 4; failure++) {
      account.registerFailedLogin(5, NOW);
    }
    account.registerSuccessfulLogin(NOW);
    account.registerFailedLogin(5, NOW);

    assertThat(account.isLocked()).isFalse();
    assertThat(account.failedLogins()).isEqualTo(1);
    assertThat(account.lastLoginAt()).isEqualTo(NOW);
  }

  @Test
  void unlockingClearsLockAndCount() {
    for (int failure = 1; failure <= 5; failure++) {
      account.registerFailedLogin(5, NOW);
    }
    account.unlock();

    assertThat(account.isLocked()).isFalse();
    assertThat(account.failedLogins()).isZero();
  }

  @Test
  void userNamesAreStoredInLowerCase() {
    assertThat(account.username()).isEqualTo("nurse.pot");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "-starts-with-dash", "has space", "ümlaut", "semi;colon"})
  void refusesMalformedUserNames(String username) {
    assertThatThrownBy(() -> UserAccount.checkedUsername(username))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(username);
  }

  @Test
  void siteRolesNeedASiteAndStudyWideRolesMustNotHaveOne() {
    assertThatThrownBy(() -> account.grant(Role.NURSE, null, "admin", NOW))
        .hasMessageContaining("granted at a site");
    assertThatThrownBy(() -> account.grant(Role.DATA_MANAGER, POT, "admin", NOW))
        .hasMessageContaining("study-wide");
  }

  @Test
  void grantingTheSameRoleTwiceIsRefusedAndRevokingRemovesIt() {
    account.grant(Role.NURSE, POT, "admin", NOW);
    assertThatThrownBy(() -> account.grant(Role.NURSE, POT, "admin", NOW))
        .isInstanceOf(IllegalStateException.class);

    assertThat(account.revoke(Role.NURSE, "POT")).isPresent();
    assertThat(account.revoke(Role.NURSE, "POT")).isEmpty();
    assertThat(account.accessPolicy().roles()).isEmpty();
  }
}
