package org.ecrf.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's settings, read from environment variables ({@code ECRF_HTTP_PORT}) or, for tests
 * and scripts, from the equivalent system properties ({@code ecrf.http.port}). The application
 * inside Payara reads its own settings through MicroProfile Config; the launcher hands the database
 * settings over as system properties.
 */
record LauncherSettings(
    Optional<String> dbUrl,
    String dbUser,
    String dbPassword,
    Path dataDir,
    int httpPort,
    int embeddedDbPort,
    boolean demo,
    List<String> serverJvmOptions) {

  static final String EMBEDDED_DB_NAME = "ecrf";

  static LauncherSettings from(Map<String, String> environment) {
    Lookup lookup = new Lookup(environment);
    return new LauncherSettings(
        lookup.optional("ECRF_DB_URL"),
        lookup.optional("ECRF_DB_USER").orElse("root"),
        lookup.optional("ECRF_DB_PASSWORD").orElse(""),
        Path.of(lookup.optional("ECRF_DATA_DIR").orElse("data")).toAbsolutePath().normalize(),
        lookup.port("ECRF_HTTP_PORT", 8080),
        lookup.port("ECRF_EMBEDDED_DB_PORT", 0),
        Boolean.parseBoolean(lookup.optional("ECRF_DEMO").orElse("false")),
        List.of(lookup.optional("ECRF_JAVA_OPTS").orElse("-Xmx1g").split("\\s+")));
  }

  boolean usesEmbeddedDatabase() {
    return dbUrl.isEmpty();
  }

  Path embeddedDbDir() {
    return dataDir.resolve("mariadb");
  }

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
