package org.ecrf.export.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.ecrf.platform.DataSourceConfiguration;

/**
 * The right to run an export, held by one export at a time across every server instance on the
 * database: a MariaDB user-level lock ({@code GET_LOCK}) named after the database, held on a
 * connection of its own for as long as the export runs. MariaDB frees it when that connection ends,
 * so a server that dies while exporting never blocks the others. (A Galera cluster does not
 * replicate user-level locks; there every server must use the same database node for this.)
 */
@ApplicationScoped
public class ExportLock {

  private static final System.Logger LOG = System.getLogger(ExportLock.class.getName());

  /**
   * How long one {@code GET_LOCK} call waits before it is asked again: below the pool's statement
   * time-out of 60 s, and short enough to notice a stopping server.
   */
  private static final int WAIT_SECONDS = 10;

  /** At most 64 characters, as MariaDB requires of a lock name. */
  static final String LOCK_NAME = "CONCAT('ecrf-export.', LEFT(DATABASE(), 52))";

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  private DataSource dataSource;

  /**
   * Waits until no export runs on any instance and takes the turn, until {@link Held#close()}.
   *
   * @throws IllegalStateException when the database cannot be asked or the thread is interrupted
   */
  public Held await() {
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      while (!tryLock(connection)) {
        if (Thread.currentThread().isInterrupted()) {
          throw new IllegalStateException("Interrupted while waiting for the running export");
        }
      }
      return new Held(connection);
    } catch (SQLException | RuntimeException e) {
      discard(connection);
      throw new IllegalStateException(
          "Could not wait for the running export to finish: " + e.getMessage(), e);
    }
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT GET_LOCK(" + LOCK_NAME + ", ?)")) {
      statement.setInt(1, WAIT_SECONDS);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        int acquired = result.getInt(1);
        if (result.wasNull()) {
          throw new SQLException("GET_LOCK answered NULL (an error in MariaDB)");
        }
        return acquired == 1;
      }
    }
  }

  /**
   * Closes the physical connection, not only its pooled handle: a connection that may still hold
   * the lock must not go back to the pool (the pool replaces a closed one).
   */
  private static void discard(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.unwrap(org.mariadb.jdbc.Connection.class).close();
    } catch (SQLException e) {
      LOG.log(Level.DEBUG, "Closing the export lock's connection failed", e);
    }
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.log(Level.DEBUG, "Returning the export lock's connection failed", e);
    }
  }

  /** The turn of one export; closing it lets the next one run. */
  public static final class Held implements AutoCloseable {

    private final Connection connection;

    private Held(Connection connection) {
      this.connection = connection;
    }

    @Override
    public void close() {
      try (PreparedStatement statement =
          connection.prepareStatement("SELECT RELEASE_LOCK(" + LOCK_NAME + ")")) {
        statement.executeQuery().close();
        connection.close();
      } catch (SQLException e) {
        LOG.log(Level.WARNING, "Releasing the export lock failed; closing its connection", e);
        discard(connection);
      }
    }
  }
}
