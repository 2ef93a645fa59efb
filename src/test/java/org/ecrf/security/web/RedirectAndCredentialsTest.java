package org.ecrf.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two pieces of the sign-in path that parse what a client sends: the page to return to, and
 * Basic credentials.
 */
class RedirectAndCredentialsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/admin/users.xhtml, /admin/users.xhtml",
    "/index.xhtml?x=1, /index.xhtml?x=1",
    "'', /",
    "https://evil.example/, /",
    "//evil.example/, /",
    "/\\evil.example, /",
    "/login.xhtml?continue=/x, /"
  })
  void returnsOnlyToPagesOfThisApplication(String requested, String expected) {
    assertThat(LoginView.safeTarget(requested)).isEqualTo(expected);
  }

  @Test
  void returnsHomeWhenNothingWasRequested() {
    assertThat(LoginView.safeTarget(null)).isEqualTo("/");
  }

  @Test
  void decodesBasicCredentialsInUtf8WithColonsInThePassword() {
    String header =
        Base64.getEncoder().encodeToString("jürgen:pass:word".getBytes(StandardCharsets.UTF_8));

    EcrfAuthenticationMechanism.BasicCredentials credentials =
        EcrfAuthenticationMechanism.BasicCredentials.parse(header);

    assertThat(credentials.username()).isEqualTo("jürgen");
    assertThat(new String(credentials.password())).isEqualTo("pass:word");
  }

  @Test
  void rejectsMalformedBasicCredentials() {
    assertThat(EcrfAuthenticationMechanism.BasicCredentials.parse("not base64!")).isNull();
    assertThat(
            EcrfAuthenticationMechanism.BasicCredentials.parse(
                Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8))))
        .isNull();
  }
}
