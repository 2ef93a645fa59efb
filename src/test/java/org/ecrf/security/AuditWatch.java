package org.ecrf.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.ecrf.testing.ItDatabase;

/**
 * Reads the audit events written since the last look, so that each call of the matrix can be given
 * the events it caused: a refused call must cause none. Events of the platform itself (actor {@code
 * system}, e.g. a session time-out) are not anybody's call and are left out.
 */
final class AuditWatch implements AutoCloseable {

  private final Connection connection;
  private long lastSeen;

  private AuditWatch(Connection connection, long lastSeen) {
    this.connection = connection;
    this.lastSeen = lastSeen;
  }

  /** Starts watching from the newest event now stored. */
  static AuditWatch start() {
    try {
      Connection connection = ItDatabase.connect();
      try (PreparedStatement statement =
              connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM audit_event");
          ResultSet result = statement.executeQuery()) {
        result.next();
        return new AuditWatch(connection, result.getLong(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the audit trail of the test database", e);
    }
  }

  /** The events written since the last call of this method (or the start), oldest first. */
  List<Event> newEvents() {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT id, event_type, actor, target FROM audit_event"
                + " WHERE id > ? AND actor <> 'system' ORDER BY id")) {
      statement.setLong(1, lastSeen);
      List<Event> events = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          events.add(
              new Event(
                  result.getLong(1),
                  result.getString(2),
                  result.getString(3),
                  result.getString(4)));
        }
      }
      if (!events.isEmpty()) {
        lastSeen = events.get(events.size() - 1).id();
      }
      return events;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the audit trail of the test database", e);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  /** One audit event: its id, type, actor and what it is about. */
  record Event(long id, String type, String actor, String target) {

    @Override
    public String toString() {
      return type + " by " + actor + (target == null ? "" : " on " + target) + " (#" + id + ")";
    }
  }
}
