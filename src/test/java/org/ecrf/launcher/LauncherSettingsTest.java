package org.ecrf.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

  @Test
  void defaultsRunTheEmbeddedDatabaseOnPort8080WithDataInDotData() {
    LauncherSettings settings = LauncherSettings.from(Map.of());

    assertThat(settings.usesEmbeddedDatabase()).isTrue();
    assertThat(settings.httpPort()).isEqualTo(8080);
    assertThat(settings.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
    assertThat(settings.demo()).isFalse();
    assertThat(settings.serverJvmOptions()).containsExactly("-Xmx1g");
  }

  @Test
  void anExternalDatabaseIsOneSetOfVariablesAway() {
    LauncherSettings settings =
        LauncherSettings.from(
            Map.of(
                "ECRF_DB_URL", "jdbc:mariadb://db:3306/ecrf",
                "ECRF_DB_USER", "ecrf",
                "ECRF_DB_PASSWORD", "secret",
                "ECRF_DEMO", "true",
                "ECRF_JAVA_OPTS", "-Xmx2g  -XX:+UseG1GC"));

    assertThat(settings.usesEmbeddedDatabase()).isFalse();
    assertThat(settings.dbUser()).isEqualTo("ecrf");
    assertThat(settings.demo()).isTrue();
    assertThat(settings.serverJvmOptions()).containsExactly("-Xmx2g", "-XX:+UseG1GC");
  }

  @Test
  void aMalformedPortIsExplainedByName() {
    assertThatThrownBy(() -> LauncherSettings.from(Map.of("ECRF_HTTP_PORT", "80a")))
        .isInstanceOf(LauncherException.class)
        .hasMessageContaining("ECRF_HTTP_PORT")
        .hasMessageContaining("80a");
  }
}
