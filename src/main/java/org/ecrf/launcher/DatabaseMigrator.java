package org.ecrf.launcher;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned SQL migrations of {@code sql/} (packaged as {@code db/migration}) with
 * Flyway. The schema comes only from these files, never from JPA schema generation.
 */
final class DatabaseMigrator {

  private static final System.Logger LOG = System.getLogger(DatabaseMigrator.class.getName());

  private final String url;
  private final String user;
  private final String password;

  DatabaseMigrator(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /**
   * Waits until the database answers, for a server that is still starting (a container, a CI
   * service).
   */
  DatabaseMigrator awaitReachable(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    SQLException last;
    do {
      try (Connection connection = DriverManager.getConnection(url, user, password)) {
        return this;
      } catch (SQLException e) {
        last = e;
        sleepBriefly();
      }
    } while (Instant.now().isBefore(deadline));
    throw new LauncherException(
        "The database at "
            + url
            + " did not answer within "
            + timeout.toSeconds()
            + " s: "
            + last.getMessage(),
        last);
  }

  void migrate() {
    try {
      MigrateResult result =
          Flyway.configure()
              .dataSource(url, user, password)
              .locations("classpath:db/migration")
              .failOnMissingLocations(true)
              .validateMigrationNaming(true)
              .load()
              .migrate();
      LOG.log(
          Level.INFO,
          "Database schema at version {0} ({1} migration(s) applied now)",
          result.targetSchemaVersion == null
              ? result.initialSchemaVersion
              : result.targetSchemaVersion,
          result.migrationsExecuted);
    } catch (FlywayException e) {
      throw new LauncherException("The database migration failed: " + e.getMessage(), e);
    }
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LauncherException("Interrupted while waiting for the database", e);
    }
  }
}
