package org.ecrf.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's settings, read from environment variables ({@code ECRF_HTTP_PORT}) or, for tests
 * and scripts, from the equivalent system properties ({@code ecrf.http.port}). The application
 * inside Payara reads its own settings through MicroProfile Config; the launcher hands the database
 * settings over as environment variables. Export files go to {@code ECRF_EXPORT_DIRECTORY} ({@code
 * exports} in the data directory by default; the instances of a cluster share one). Without {@code
 * ECRF_CLUSTER_MEMBERS} the instance runs alone ({@code cluster} is empty).
 */
record LauncherSettings(
    Optional<DatabaseTarget> externalDatabase,
    EmbeddedSettings embedded,
    Path dataDir,
    Path exportDir,
    int httpPort,
    boolean demo,
    List<String> serverJvmOptions,
    Optional<ClusterSettings> cluster) {

  static LauncherSettings from(Map<String, String> environment) {
    Lookup lookup = new Lookup(environment);
    Path dataDir =
        Path.of(lookup.optional("ECRF_DATA_DIR").orElse("data")).toAbsolutePath().normalize();
    return new LauncherSettings(
        lookup.optional("ECRF_DB_URL").map(url -> externalDatabase(url, lookup)),
        new EmbeddedSettings(
            lookup.port("ECRF_EMBEDDED_DB_PORT", 0),
            lookup.optional("ECRF_EMBEDDED_OWNER_PASSWORD"),
            lookup.optional("ECRF_EMBEDDED_APP_PASSWORD")),
        dataDir,
        lookup
            .optional("ECRF_EXPORT_DIRECTORY")
            .map(dir -> Path.of(dir).toAbsolutePath().normalize())
            .orElse(dataDir.resolve("exports")),
        lookup.port("ECRF_HTTP_PORT", 8080),
        Boolean.parseBoolean(lookup.optional("ECRF_DEMO").orElse("false")),
        List.of(lookup.optional("ECRF_JAVA_OPTS").orElse("-Xmx1g").split("\\s+")),
        ClusterSettings.from(
            lookup.optional("ECRF_CLUSTER_MEMBERS"),
            lookup.optional("ECRF_CLUSTER_PORT"),
            lookup.optional("ECRF_CLUSTER_NAME"),
            lookup.optional("ECRF_CLUSTER_INTERFACE")));
  }

  private static DatabaseTarget externalDatabase(String url, Lookup lookup) {
    DatabaseAccount app =
        new DatabaseAccount(
            lookup.optional("ECRF_DB_USER").orElse("ecrf"),
            lookup.optional("ECRF_DB_PASSWORD").orElse(""));
    DatabaseAccount owner =
        lookup
            .optional("ECRF_DB_OWNER_USER")
            .map(
                user ->
                    new DatabaseAccount(user, lookup.optional("ECRF_DB_OWNER_PASSWORD").orElse("")))
            .orElse(app);
    return new DatabaseTarget(url, owner, app, lookup.optional("ECRF_DB_APP_HOST").orElse("%"));
  }

  boolean usesEmbeddedDatabase() {
    return externalDatabase.isEmpty();
  }

  /** True when the export files stay in this instance's own data directory. */
  boolean exportsInDataDir() {
    return exportDir.equals(dataDir.resolve("exports"));
  }

  Path embeddedDbDir() {
    return dataDir.resolve("mariadb");
  }

  /**
   * The embedded MariaDB: its port (0 = any free port on loopback) and, for test runs that must
   * know them, fixed passwords of its two accounts (otherwise generated once and kept in its
   * directory).
   */
  record EmbeddedSettings(int port, Optional<String> ownerPassword, Optional<String> appPassword) {}

  /**
   * Reads {@code ECRF_X_Y} from the environment, falling back to the system property {@code
   * ecrf.x.y}.
   */
  private record Lookup(Map<String, String> environment) {

    Optional<String> optional(String name) {
      String value = environment.get(name);
      if (value == null || value.isBlank()) {
        value = System.getProperty(name.toLowerCase().replace('_', '.'));
      }
      return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    int port(String name, int defaultValue) {
      Optional<String> value = optional(name);
      if (value.isEmpty()) {
        return defaultValue;
      }
      try {
        int port = Integer.parseInt(value.get());
        if (port < 0 || port > 65535) {
          throw new NumberFormatException();
        }
        return port;
      } catch (NumberFormatException e) {
        throw new LauncherException(
            name + " must be a port number between 0 and 65535, not '" + value.get() + "'");
      }
    }
  }
}
