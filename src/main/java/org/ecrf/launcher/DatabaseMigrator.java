package org.ecrf.launcher;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned SQL migrations of {@code sql/} (packaged as {@code db/migration}) with
 * Flyway, as the schema owner. The migrations also grant the application account its rights table
 * by table ({@code ${appAccount}}), so the schema and who may change what evolve together. The
 * schema comes only from these files, never from JPA.
 */
final class DatabaseMigrator {

  private static final System.Logger LOG = System.getLogger(DatabaseMigrator.class.getName());

  private final DatabaseTarget target;

  DatabaseMigrator(DatabaseTarget target) {
    this.target = target;
  }

  /**
   * Waits until the database answers, for a server that is still starting (a container, a CI
   * service).
   */
  DatabaseMigrator awaitReachable(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    SQLException last;
    do {
      try (Connection connection =
          DriverManager.getConnection(
              target.url(), target.owner().user(), target.owner().password())) {
        return this;
      } catch (SQLException e) {
        last = e;
        sleepBriefly();
      }
    } while (Instant.now().isBefore(deadline));
    throw new LauncherException(
        "The database at "
            + target.url()
            + " did not answer within "
            + timeout.toSeconds()
            + " s: "
            + last.getMessage(),
        last);
  }

  void migrate() {
    if (target.ownerIsApplication()) {
      LOG.log(
          Level.WARNING,
          "One database account ({0}) owns the schema and runs the application: it could change audit rows."
              + " Set ECRF_DB_OWNER_USER to a separate owner account for an append-only audit trail.",
          target.app().user());
    }
    try {
      MigrateResult result =
          Flyway.configure()
              .dataSource(target.url(), target.owner().user(), target.owner().password())
              .locations("classpath:db/migration")
              .placeholders(Map.of("appAccount", target.appAccountInGrants()))
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
