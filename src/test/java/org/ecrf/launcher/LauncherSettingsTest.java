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
    assertThat(settings.exportDir()).isEqualTo(Path.of("data", "exports").toAbsolutePath());
    assertThat(settings.exportsInDataDir()).isTrue();
    assertThat(settings.demo()).isFalse();
    assertThat(settings.serverJvmOptions()).containsExactly("-Xmx1g");
    assertThat(settings.cluster()).as("runs alone").isEmpty();
  }

  @Test
  void aMemberListMakesTheInstanceAClusterMember() {
    LauncherSettings settings =
        LauncherSettings.from(
            Map.of(
                "ECRF_CLUSTER_MEMBERS", "127.0.0.1:6900,127.0.0.1:6901",
                "ECRF_CLUSTER_PORT", "6901",
                "ECRF_CLUSTER_NAME", "topit-test"));

    ClusterSettings cluster = settings.cluster().orElseThrow();
    assertThat(cluster.self()).hasToString("127.0.0.1:6901");
    assertThat(cluster.name()).isEqualTo("topit-test");
  }

  @Test
  void theInstancesOfAClusterShareOneExportDirectory() {
    LauncherSettings settings =
        LauncherSettings.from(
            Map.of("ECRF_DATA_DIR", "/var/ecrf/a", "ECRF_EXPORT_DIRECTORY", "/srv/ecrf/exports"));

    assertThat(settings.exportDir()).isEqualTo(Path.of("/srv/ecrf/exports"));
    assertThat(settings.exportsInDataDir()).isFalse();
  }

  @Test
  void aMalformedMemberListIsExplainedByName() {
    assertThatThrownBy(
            () -> LauncherSettings.from(Map.of("ECRF_CLUSTER_MEMBERS", "127.0.0.1-6900")))
        .isInstanceOf(LauncherException.class)
        .hasMessageContaining("ECRF_CLUSTER_MEMBERS")
        .hasMessageContaining("127.0.0.1-6900");
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
    DatabaseTarget database = settings.externalDatabase().orElseThrow();
    assertThat(database.app().user()).isEqualTo("ecrf");
    assertThat(database.ownerIsApplication()).as("no separate owner given").isTrue();
    assertThat(database.appAccountInGrants()).isEqualTo("'ecrf'@'%'");
    assertThat(settings.demo()).isTrue();
    assertThat(settings.serverJvmOptions()).containsExactly("-Xmx2g", "-XX:+UseG1GC");
  }

  @Test
  void aSeparateOwnerAccountMigratesAndGrantsTheApplicationAccount() {
    DatabaseTarget database =
        LauncherSettings.from(
                Map.of(
                    "ECRF_DB_URL", "jdbc:mariadb://db:3306/ecrf",
                    "ECRF_DB_OWNER_USER", "ecrf_owner",
                    "ECRF_DB_USER", "ecrf_app",
                    "ECRF_DB_APP_HOST", "10.0.0.%"))
            .externalDatabase()
            .orElseThrow();

    assertThat(database.ownerIsApplication()).isFalse();
    assertThat(database.owner().user()).isEqualTo("ecrf_owner");
    assertThat(database.appAccountInGrants()).isEqualTo("'ecrf_app'@'10.0.0.%'");
  }

  @Test
  void refusesAccountNamesThatCouldBreakOutOfAGrantStatement() {
    assertThatThrownBy(
            () -> LauncherSettings.from(Map.of("ECRF_DB_URL", "jdbc:x", "ECRF_DB_USER", "app'@'%")))
        .isInstanceOf(LauncherException.class)
        .hasMessageContaining("user name");
    assertThatThrownBy(
            () ->
                LauncherSettings.from(
                    Map.of("ECRF_DB_URL", "jdbc:x", "ECRF_DB_APP_HOST", "x' OR 1")))
        .isInstanceOf(LauncherException.class)
        .hasMessageContaining("ECRF_DB_APP_HOST");
  }

  @Test
  void escapesPasswordsInSqlStrings() {
    assertThat(EmbeddedDatabase.sqlString("a'b\\c")).isEqualTo("'a\\'b\\\\c'");
  }

  @Test
  void aMalformedPortIsExplainedByName() {
    assertThatThrownBy(() -> LauncherSettings.from(Map.of("ECRF_HTTP_PORT", "80a")))
        .isInstanceOf(LauncherException.class)
        .hasMessageContaining("ECRF_HTTP_PORT")
        .hasMessageContaining("80a");
  }
}
