package org.ecrf.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.ecrf.testing.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, as a new user runs it: the platform starts with its embedded MariaDB
 * in demo mode, the login page answers, data survive a stop and a restart; and {@code /health}
 * follows the database.
 */
class LauncherIT {

  private static final Duration START = Duration.ofMinutes(3);

  private final List<Path> dataDirectories = new ArrayList<>();

  @Test
  void startsInDemoModeAndKeepsItsDataAcrossARestart() throws Exception {
    Path data = newDataDirectory("launcher-data");
    int port = LauncherProcess.freePort();
    Map<String, String> environment =
        Map.of(
            "ECRF_DATA_DIR",
            data.toString(),
            "ECRF_HTTP_PORT",
            Integer.toString(port),
            "ECRF_DEMO",
            "true");
    String base = "http://127.0.0.1:" + port + "/";
    String username = "restart-" + UUID.randomUUID().toString().substring(0, 8);

    try (LauncherProcess first = LauncherProcess.start(data.resolve("first.log"), environment)) {
      first.awaitLogLine("eCRF is ready", START);
      HttpResponse<String> home = LauncherProcess.get(base);
      assertThat(home.statusCode()).isEqualTo(302);
      assertThat(home.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).contains("login.xhtml"));
      assertThat(LauncherProcess.get(base + "login.xhtml").body()).contains("Sign in");
      assertThat(first.log()).contains("Study TOPIT, MetaDataVersion MDV.1");
      ApiClient admin = ApiClient.asDemoUser(new java.net.URL(base), "admin");
      assertThat(
              admin
                  .post(
                      "api/v1/users",
                      "{\"username\":\""
                          + username
                          + "\",\"displayName\":\"Kept\",\"password\":\"kept across restarts\"}")
                  .status())
          .isEqualTo(201);
      assertThat(first.stop()).as("exit code after SIGTERM").isIn(0, 143);
    }
    assertThat(Files.readString(data.resolve("payara.pid"))).isNotBlank();
    assertThat(serverProcessesAlive(data)).as("server processes left behind").isFalse();

    try (LauncherProcess second = LauncherProcess.start(data.resolve("second.log"), environment)) {
      second.awaitLogLine("eCRF is ready", START);
      ApiClient admin = ApiClient.asDemoUser(new java.net.URL(base), "admin");
      assertThat(admin.get("api/v1/users/" + username).status()).isEqualTo(200);
      assertThat(admin.get("api/v1/users").jsonArray()).hasSize(8);
      assertThat(second.log()).contains("demo data were seeded earlier");
    }
  }

  @Test
  void healthIsUpOnlyWhileTheDatabaseAnswers() throws Exception {
    Path data = newDataDirectory("launcher-health");
    int dbPort = LauncherProcess.freePort();
    int httpPort = LauncherProcess.freePort();
    Map<String, String> databaseEnvironment =
        Map.of(
            "ECRF_DATA_DIR",
            data.resolve("db").toString(),
            "ECRF_EMBEDDED_DB_PORT",
            Integer.toString(dbPort),
            "ECRF_EMBEDDED_OWNER_PASSWORD",
            "health owner",
            "ECRF_EMBEDDED_APP_PASSWORD",
            "health app");
    Map<String, String> serverEnvironment =
        Map.of(
            "ECRF_DATA_DIR",
            data.resolve("server").toString(),
            "ECRF_HTTP_PORT",
            Integer.toString(httpPort),
            "ECRF_DB_URL",
            "jdbc:mariadb://127.0.0.1:" + dbPort + "/ecrf",
            "ECRF_DB_OWNER_USER",
            "ecrf_owner",
            "ECRF_DB_OWNER_PASSWORD",
            "health owner",
            "ECRF_DB_USER",
            "ecrf_app",
            "ECRF_DB_PASSWORD",
            "health app",
            "ECRF_DB_APP_HOST",
            "127.0.0.1");
    String health = "http://127.0.0.1:" + httpPort + "/health";

    LauncherProcess database =
        LauncherProcess.start(data.resolve("db.log"), databaseEnvironment, "database");
    database.awaitLogLine("Embedded MariaDB ready", START);
    try (LauncherProcess server =
        LauncherProcess.start(data.resolve("server.log"), serverEnvironment)) {
      server.awaitLogLine("eCRF is ready", START);
      assertThat(LauncherProcess.get(health).statusCode()).isEqualTo(200);

      database.stop();
      HttpResponse<String> down = LauncherProcess.get(health);
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body()).contains("\"DOWN\"");

      database =
          LauncherProcess.start(data.resolve("db-again.log"), databaseEnvironment, "database");
      database.awaitLogLine("Embedded MariaDB ready", START);
      assertThat(LauncherProcess.get(health).statusCode()).isEqualTo(200);
    } finally {
      database.close();
    }
  }

  /**
   * Removes the embedded database files (some 600 MB) after a test; the launcher logs stay for
   * reading.
   */
  @AfterEach
  void removeDatabaseFiles() throws IOException {
    for (Path data : dataDirectories) {
      try (Stream<Path> paths = Files.walk(data)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          if (!path.toString().endsWith(".log") && !path.equals(data)) {
            Files.deleteIfExists(path);
          }
        }
      } catch (DirectoryNotEmptyException e) {
        // a directory that still holds logs
      }
    }
  }

  private Path newDataDirectory(String prefix) throws IOException {
    Path data = Files.createTempDirectory(Path.of("target"), prefix).toAbsolutePath();
    dataDirectories.add(data);
    return data;
  }

  private static boolean serverProcessesAlive(Path data) throws Exception {
    for (Path pidFile :
        new Path[] {data.resolve("payara.pid"), data.resolve("mariadb").resolve("mariadbd.pid")}) {
      if (Files.exists(pidFile)
          && ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
              .map(ProcessHandle::isAlive)
              .orElse(false)) {
        return true;
      }
    }
    return false;
  }
}
